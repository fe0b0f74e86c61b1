/** Civil Service Jobs (UK): a facts list (Reference number, Salary, Grade, Closing date). Fixtures: csj-*. */
import type { Portal, PortalAddresses } from './types';

/** Where the portal is: the manifest's match patterns (src/extract/portals/matches.ts) and its rules' guard come from these. */
export const addresses: PortalAddresses = {
  // Home; a vacancy is /csr/jobs.cgi?jcode=<id>.
  sites: [{ host: 'civilservicejobs.service.gov.uk', lists: { paths: ['/', '/csr/index.cgi'] }, vacancies: ['/csr/jobs.cgi?jcode='] }],
};

export const civilServiceJobs: Portal = {
  id: 'civilservicejobs',
  addresses,
  ownerNames: ['Civil Service Jobs'],
  selectors: { title: 'main h1', organisation: '.csr-page-subtitle strong' },
  labels: { reference: ['Reference number'], organisation: ['Department', 'Organisation'] },
};
