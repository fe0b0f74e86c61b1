/** EPSO (eu-careers.europa.eu): the selection's reference (EPSO/AD/...) and the institution. Fixtures: epso-*. */
import type { Portal, PortalAddresses } from './types';

/** Where the portal is: the manifest's match patterns (src/extract/portals/matches.ts) and its rules' guard come from these. */
export const addresses: PortalAddresses = {
  sites: [{ host: 'eu-careers.europa.eu', vacancies: ['/en/job-opportunities/', '/fr/job-opportunities/', '/de/job-opportunities/'] }],
};

export const epso: Portal = {
  id: 'epso',
  addresses,
  // EPSO's own site, where some notices are published too.
  alsoHosts: ['epso.europa.eu'],
  selectors: { title: 'main h1' },
  labels: { reference: ['Reference', 'Selection reference'], organisation: ['Institution', 'Institution / Agency', 'Institution/Agency', 'Institution/Agence', 'Institution / Agence'] },
};
