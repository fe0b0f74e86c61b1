/** choisirleservicepublic.gouv.fr (French public service): "Référence" and "Employeur" in the facts. Fixtures: csp-*. */
import type { Portal } from './types';
import { hostIs } from './types';

export const choisirLeServicePublic: Portal = {
  id: 'choisirleservicepublic',
  matches: hostIs('choisirleservicepublic.gouv.fr'),
  selectors: { title: 'main h1' },
  labels: { reference: ['Référence', "Référence de l'offre"], organisation: ['Employeur', 'Organisme de rattachement'] },
};
