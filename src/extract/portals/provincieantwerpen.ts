/**
 * The Province of Antwerp's applicant-tracking system (jobs.provincieantwerpen.be).
 * Fixtures: tests/fixtures/pages/provant-*.
 */
import type { Portal, PortalAddresses } from './types';

/** Where the portal is: the manifest's match patterns (src/extract/portals/matches.ts) and its rules' guard come from these. */
export const addresses: PortalAddresses = {
  sites: [
    {
      host: 'jobs.provincieantwerpen.be',
      subdomains: false,
      // Home and the list; a vacancy is /vacature/<id>/<slug>.
      lists: { paths: ['/', '/vacatures'] },
      vacancies: ['/vacature/'],
    },
  ],
};

export const provincieAntwerpen: Portal = {
  id: 'provincie-antwerpen',
  addresses,
  selectors: { title: 'main h1' },
  labels: { organisation: ['Dienst', 'Directie'] },
};
