/**
 * interamt.de: a sidebar of label/value items (term and desc spans). The employer's own
 * "Kennung für Bewerbungen" is the reference; the "INTERAMT Angebots-ID" only when there is none.
 * The workplace is split over a street item and a postcode/place item.
 * Fixtures: tests/fixtures/pages/interamt-*.
 */
import type { Portal, PortalAddresses } from './types';

/** Where the portal is: the manifest's match patterns (src/extract/portals/matches.ts) and its rules' guard come from these. */
export const addresses: PortalAddresses = {
  // The hit list; a vacancy is /koop/app/stelle?id=<id>.
  sites: [{ host: 'interamt.de', lists: { paths: ['/koop/app/trefferliste'] }, vacancies: ['/koop/app/stelle?id='] }],
};

export const interamt: Portal = {
  id: 'interamt',
  addresses,
  ownerNames: ['INTERAMT'],
  selectors: { title: 'main h1' },
  labels: {
    organisation: ['Behörde'],
    reference: ['Kennung für Bewerbungen'],
    portalId: ['INTERAMT Angebots-ID'],
    location: ['Einsatzort Straße', 'Einsatzort PLZ / Ort'],
    salary: ['Besoldung / Entgelt'],
    deadline: ['Bewerbungsfrist'],
  },
};
