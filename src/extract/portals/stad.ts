/**
 * A Flemish city's applicant-tracking system (Stad Gent's jobs site; other cities run the same
 * kind of board). Fixtures: tests/fixtures/pages/stad-*.
 */
import type { Portal } from './types';
import { hostIs } from './types';

export const stadGent: Portal = {
  id: 'stad-gent',
  matches: hostIs('jobs.stad.gent'),
  country: 'be',
  employer: 'Stad Gent',
  selectors: { title: 'main h1' },
  labels: { reference: ['Vacaturenummer', 'Referentie'] },
};
