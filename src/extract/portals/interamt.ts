/**
 * interamt.de: a sidebar of label/value items (term and desc spans). The employer's own
 * "Kennung für Bewerbungen" is the reference; the "INTERAMT Angebots-ID" only when there is none.
 * The workplace is split over a street item and a postcode/place item.
 * Fixtures: tests/fixtures/pages/interamt-*.
 */
import type { Portal } from './types';
import { hostIs } from './types';

export const interamt: Portal = {
  id: 'interamt',
  matches: hostIs('interamt.de'),
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
