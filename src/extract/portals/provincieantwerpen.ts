/**
 * The Province of Antwerp's applicant-tracking system (jobs.provincieantwerpen.be).
 * Fixtures: tests/fixtures/pages/provant-*.
 */
import type { Portal } from './types';
import { hostIs } from './types';

export const provincieAntwerpen: Portal = {
  id: 'provincie-antwerpen',
  matches: hostIs('jobs.provincieantwerpen.be'),
  selectors: { title: 'main h1' },
  labels: { organisation: ['Dienst', 'Directie'] },
};
