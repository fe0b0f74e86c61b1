/**
 * BOSA, the federal recruiter: werkenvoor.be (nl), travaillerpour.be (fr), workingfor.be (en),
 * formerly selor.be. A facts table with the selection code. Fixtures: tests/fixtures/pages/bosa-*.
 */
import type { Portal, PortalAddresses } from './types';

/** Where the portal is: the manifest's match patterns (src/extract/portals/matches.ts) and its rules' guard come from these. */
export const addresses: PortalAddresses = {
  // One site per language; on each, the home pages per language, and a vacancy at /<lang>/jobs/<code>-<slug>.
  sites: ['werkenvoor.be', 'travaillerpour.be', 'workingfor.be'].map((host) => ({
    host,
    lists: { paths: ['/', '/nl', '/fr', '/en', '/de'] },
    vacancies: ['/nl/jobs/', '/fr/jobs/', '/en/jobs/', '/de/jobs/'],
  })),
};

export const bosa: Portal = {
  id: 'bosa',
  addresses,
  ownerNames: ['BOSA', 'SELOR', 'FOD BOSA', 'SPF BOSA', 'FOD Beleid en Ondersteuning', 'SPF Stratégie et Appui', 'FPS Policy and Support'],
  // Its former name: old links still reach pages the rules read.
  alsoHosts: ['selor.be'],
  selectors: { title: 'main h1' },
  labels: {
    reference: ['Selectiecode', 'Code de sélection', 'Selection code'],
    deadline: ['Afgesloten op', 'Clôturé le', 'Closed on'],
    organisation: ['Organisatie', 'Organisation'],
  },
};
