/** NHS Jobs (England): employer block and a facts list with the job reference and pay band. Fixtures: nhs-*. */
import type { Portal, PortalAddresses } from './types';

/** Where the portal is: the manifest's match patterns (src/extract/portals/matches.ts) and its rules' guard come from these. */
export const addresses: PortalAddresses = {
  sites: [{ host: 'jobs.nhs.uk', vacancies: ['/candidate/jobadvert/'] }],
};

export const nhsJobs: Portal = {
  id: 'nhsjobs',
  addresses,
  ownerNames: ['NHS Jobs', 'NHS Business Services Authority'],
  selectors: { title: 'main h1', organisation: '#employer_name', location: '#employer_name + p' },
  labels: { reference: ['Job reference', 'Reference number'], organisation: ['Employer name', 'Employer'] },
};
