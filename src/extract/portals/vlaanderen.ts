/**
 * vlaanderen.be/werken-voor-vlaanderen (Flemish government): a "Vacature-info" <dl> beside the
 * text. "Entiteit" is the hiring agency. Fixtures: tests/fixtures/pages/vlaanderen-*.
 */
import type { Portal, PortalAddresses } from './types';

/** Where the portal is: the manifest's match patterns (src/extract/portals/matches.ts) and its rules' guard come from these. */
export const addresses: PortalAddresses = {
  sites: [
    {
      host: 'vlaanderen.be',
      under: '/werken-voor-vlaanderen/',
      // The list of vacancies; a vacancy is /werken-voor-vlaanderen/vacatures/<slug>-<6 hex>.
      lists: { paths: ['/werken-voor-vlaanderen/vacatures'] },
      vacancies: ['/werken-voor-vlaanderen/vacatures/'],
    },
  ],
};

export const vlaanderen: Portal = {
  id: 'vlaanderen',
  addresses,
  selectors: { title: 'main h1' },
  labels: { organisation: ['Entiteit'], deadline: ['Solliciteer ten laatste op'] },
};
