/**
 * werkenvoornederland.nl (Dutch central government): JSON-LD JobPosting plus a facts list; the
 * scale ("schaal 11") is only in the text. Fixtures: tests/fixtures/pages/wvn-*.
 */
import type { Portal, PortalAddresses } from './types';

/** Where the portal is: the manifest's match patterns (src/extract/portals/matches.ts) and its rules' guard come from these. */
export const addresses: PortalAddresses = {
  sites: [
    {
      host: 'werkenvoornederland.nl',
      // Home and the search results (filters in the query); a vacancy is /vacatures/<slug>-<ORG>-<YYYY>-<NNNN>.
      lists: { paths: ['/', '/vacatures'] },
      vacancies: ['/vacatures/'],
    },
  ],
};

export const werkenvoornederland: Portal = {
  id: 'werkenvoornederland',
  addresses,
  ownerNames: ['Werken voor Nederland', 'Rijksoverheid'],
  selectors: { title: 'main h1' },
  labels: { reference: ['Vacaturenummer'], published: ['Plaatsingsdatum'] },
};
