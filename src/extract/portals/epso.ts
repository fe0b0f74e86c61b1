/** EPSO (eu-careers.europa.eu): the selection's reference (EPSO/AD/...) and the institution. Fixtures: epso-*. */
import type { Portal } from './types';
import { hostIs } from './types';

export const epso: Portal = {
  id: 'epso',
  matches: (url) => hostIs('eu-careers.europa.eu')(url) || hostIs('epso.europa.eu')(url),
  selectors: { title: 'main h1' },
  labels: { reference: ['Reference', 'Selection reference'], organisation: ['Institution', 'Institution / Agency', 'Institution/Agency', 'Institution/Agence', 'Institution / Agence'] },
};
