/** choisirleservicepublic.gouv.fr (French public service): "Référence" and "Employeur" in the facts. Fixtures: csp-*. */
import type { Portal, PortalAddresses } from './types';

/** Where the portal is: the manifest's match patterns (src/extract/portals/matches.ts) and its rules' guard come from these. */
export const addresses: PortalAddresses = {
  // Home; a vacancy is /offre-emploi/<slug>-reference-<REF>/.
  sites: [{ host: 'choisirleservicepublic.gouv.fr', lists: { paths: ['/'] }, vacancies: ['/offre-emploi/'] }],
};

export const choisirLeServicePublic: Portal = {
  id: 'choisirleservicepublic',
  addresses,
  ownerNames: ['Choisir le service public'],
  selectors: { title: 'main h1' },
  labels: { reference: ['Référence', "Référence de l'offre"], organisation: ['Employeur', 'Organisme de rattachement'] },
};
