/** USAJOBS: the announcement number is the vacancy's code, the control number (URL) the portal's. Fixtures: usajobs-*. */
import type { Portal, PortalAddresses } from './types';

/** Where the portal is: the manifest's match patterns (src/extract/portals/matches.ts) and its rules' guard come from these. */
export const addresses: PortalAddresses = {
  sites: [{ host: 'usajobs.gov', vacancies: ['/job/'] }],
};

export const usajobs: Portal = {
  id: 'usajobs',
  addresses,
  ownerNames: ['USAJOBS', 'Office of Personnel Management'],
  selectors: { title: 'main h1' },
  labels: { reference: ['Announcement number'], portalId: ['Control number'], organisation: ['Agency', 'Department'] },
};
