/**
 * werkenbijdeoverheid.be ("Werken bij de overheid", Flemish local and provincial government).
 * The board fills the employer and the regime line in by script after load; these selectors read
 * them when present. Fixtures that must match: tests/fixtures/pages/wbdo-*.
 */
import type { Portal, PortalAddresses } from './types';

/** Where the portal is: the manifest's match patterns (src/extract/portals/matches.ts) and its rules' guard come from these. */
export const addresses: PortalAddresses = {
  sites: [
    {
      host: 'werkenbijdeoverheid.be',
      // Home; search results at /index.php/page/advsearchvacs/<filter>/<value>/...
      lists: { paths: ['/'], under: ['/index.php/page/advsearchvacs'] },
      vacancies: ['/vacature/'],
    },
  ],
};

export const werkenbijdeoverheid: Portal = {
  id: 'werkenbijdeoverheid',
  addresses,
  ownerNames: ['Werken bij de overheid', 'werkenbijdeoverheid.be'],
  selectors: {
    title: 'main h1',
    organisation: 'main .organisation',
    contract: 'main .regime',
  },
};
