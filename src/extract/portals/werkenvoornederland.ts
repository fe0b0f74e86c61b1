/**
 * werkenvoornederland.nl (Dutch central government): JSON-LD JobPosting plus a facts list; the
 * scale ("schaal 11") is only in the text. Fixtures: tests/fixtures/pages/wvn-*.
 */
import type { Portal } from './types';
import { hostIs } from './types';

export const werkenvoornederland: Portal = {
  id: 'werkenvoornederland',
  matches: hostIs('werkenvoornederland.nl'),
  selectors: { title: 'main h1' },
  labels: { reference: ['Vacaturenummer'], published: ['Plaatsingsdatum'] },
};
