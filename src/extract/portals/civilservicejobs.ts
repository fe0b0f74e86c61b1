/** Civil Service Jobs (UK): a facts list (Reference number, Salary, Grade, Closing date). Fixtures: csj-*. */
import type { Portal } from './types';
import { hostIs } from './types';

export const civilServiceJobs: Portal = {
  id: 'civilservicejobs',
  matches: hostIs('civilservicejobs.service.gov.uk'),
  selectors: { title: 'main h1', organisation: '.csr-page-subtitle strong' },
  labels: { reference: ['Reference number'], organisation: ['Department', 'Organisation'] },
};
