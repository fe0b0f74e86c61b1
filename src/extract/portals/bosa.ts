/**
 * BOSA, the federal recruiter: werkenvoor.be (nl), travaillerpour.be (fr), workingfor.be (en),
 * formerly selor.be. A facts table with the selection code. Fixtures: tests/fixtures/pages/bosa-*.
 */
import type { Portal } from './types';
import { hostIs } from './types';

const hosts = ['werkenvoor.be', 'travaillerpour.be', 'workingfor.be', 'selor.be'].map((h) => hostIs(h));

export const bosa: Portal = {
  id: 'bosa',
  matches: (url) => hosts.some((m) => m(url)),
  selectors: { title: 'main h1' },
  labels: {
    reference: ['Selectiecode', 'Code de sélection', 'Selection code'],
    deadline: ['Afgesloten op', 'Clôturé le', 'Closed on'],
    organisation: ['Organisatie', 'Organisation'],
  },
};
