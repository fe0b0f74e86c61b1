/**
 * werkenbijdeoverheid.be ("Werken bij de overheid", Flemish local and provincial government).
 * The board fills the employer and the regime line in by script after load; these selectors read
 * them when present. Fixtures that must match: tests/fixtures/pages/wbdo-*.
 */
import type { Portal } from './types';
import { hostIs } from './types';

export const werkenbijdeoverheid: Portal = {
  id: 'werkenbijdeoverheid',
  matches: hostIs('werkenbijdeoverheid.be'),
  selectors: {
    title: 'main h1',
    organisation: 'main .organisation',
    contract: 'main .regime',
  },
};
