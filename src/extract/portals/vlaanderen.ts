/**
 * vlaanderen.be/werken-voor-vlaanderen (Flemish government): a "Vacature-info" <dl> beside the
 * text. "Entiteit" is the hiring agency. Fixtures: tests/fixtures/pages/vlaanderen-*.
 */
import type { Portal } from './types';
import { hostIs } from './types';

export const vlaanderen: Portal = {
  id: 'vlaanderen',
  matches: hostIs('vlaanderen.be', '/werken-voor-vlaanderen/'),
  selectors: { title: 'main h1' },
  labels: { organisation: ['Entiteit'], deadline: ['Solliciteer ten laatste op'] },
};
