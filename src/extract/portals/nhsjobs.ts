/** NHS Jobs (England): employer block and a facts list with the job reference and pay band. Fixtures: nhs-*. */
import type { Portal } from './types';
import { hostIs } from './types';

export const nhsJobs: Portal = {
  id: 'nhsjobs',
  matches: hostIs('jobs.nhs.uk'),
  selectors: { title: 'main h1', organisation: '#employer_name', location: '#employer_name + p' },
  labels: { reference: ['Job reference', 'Reference number'], organisation: ['Employer name', 'Employer'] },
};
