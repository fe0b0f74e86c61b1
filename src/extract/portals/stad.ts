/**
 * A Flemish city's applicant-tracking system (Stad Gent's jobs site; other cities run the same
 * kind of board). Fixtures: tests/fixtures/pages/stad-*.
 */
import type { Portal, PortalAddresses } from './types';

/** Where the portal is: the manifest's match patterns (src/extract/portals/matches.ts) and its rules' guard come from these. */
export const addresses: PortalAddresses = {
  // The city's own board, on one host of its domain.
  sites: [{ host: 'jobs.stad.gent', subdomains: false, vacancies: ['/nl/vacature/'] }],
};

export const stadGent: Portal = {
  id: 'stad-gent',
  addresses,
  country: 'be',
  employer: 'Stad Gent',
  selectors: { title: 'main h1' },
  labels: { reference: ['Vacaturenummer', 'Referentie'] },
};
