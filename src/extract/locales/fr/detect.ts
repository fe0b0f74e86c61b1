import type { DetectWords } from '../types';

/** What detection weighs in a page's text in this language (see ../../detect-weigh.ts); the labels it counts are in ./vacancy-labels.ts. */
export const frDetect: DetectWords = {
  hiring: ['recrute', 'recrutons', 'recherche un', 'recherche une', 'recherche des', 'recherchons', 'cherche un', 'cherche une', 'engage un', 'engage une', 'engage des', 'offre d\'emploi', 'offre d’emploi', 'poste à pourvoir', 'poste vacant', 'se propose d\'engager', 'se propose de recruter', 'avis de vacance'],
  apply: ['sont à adresser', 'postulez', 'postuler', 'votre candidature', 'candidatures sont', 'candidatures doivent', 'faire acte de candidature', 'lettre de motivation'],
  closed: [
    'offre n\'est plus disponible', 'offre n’est plus disponible', 'offre est pourvue', 'offre pourvue', 'offre est clôturée', 'offre clôturée', 'offre a expiré', 'offre expirée',
    'poste est pourvu', 'poste a été pourvu', 'candidatures sont closes', 'plus possible de postuler', 'appel à candidatures est clôturé', 'appel à candidatures est clos', 'candidatures ne sont plus acceptées', 'procédure est clôturée', 'sélection est clôturée', 'recrutement est clôturé',
  ],
  conditionals: ['dès que', 'lorsque', 'quand', 'une fois que', 'si', 'après que', 'jusqu\'à ce que'],
  notOnePost: [ 'journée portes ouvertes', 'journée de recrutement', 'journée recrutement', 'apprentis', 'places d\'apprentissage', 'places d’apprentissage', 'places de stage', 'offres d\'apprentissage', 'jobs étudiants', 'soirée d\'information', 'soirée d’information', 'jobs d\'été', 'jobs d’été', 'emplois d\'été', 'emplois d’été', 'emplois saisonniers', 'emplois étudiants', 'job étudiant', '(clôturée)', '(clôturé)', '(pourvu)', 'liste des lauréats', 'résultats de la sélection', 'résultats de la procédure','candidature spontanée', 'candidatures spontanées', 'alerte emploi', 'alertes emploi', 'alerte e-mail', 'alertes e-mail', 'salon de l\'emploi', 'salon de l’emploi', 'forum emploi', 'forum de l\'emploi', 'job dating', 'nos offres', 'toutes les offres', 'soirée recrutement', 'soirée de recrutement', 'programme pour les jeunes diplômés', 'programme jeunes diplômés', 'programme des jeunes diplômés', 'programme de jeunes professionnels', 'programme des jeunes professionnels', 'programme de stages', 'programme d\'apprentissage', 'programme d’apprentissage', 'grilles salariales', 'grilles indiciaires', 'barèmes de traitement'],
  listHeadings: ['offres d\'emploi', 'offres d’emploi', 'nos offres', 'nos offres d\'emploi', 'emplois', 'résultats de recherche', 'toutes les offres', 'stages', 'apprentissage', 'alternance', 'postes vacants', 'emplois vacants', 'places vacantes', 'vacances d\'emploi', 'vacances de postes'],
  volunteerHeadings: ['bénévole', 'bénévoles', 'bénévolat'],
  decisionEndings: ['approbation', 'décision', 'adoption'],
  landingHeadings: ['travailler à', 'travailler au', 'travailler pour', 'travailler chez', 'comment candidater', 'candidater au', 'candidater à', 'emplois à', 'emploi et carrière', 'rejoignez-nous', 'carrières', 'rémunération et avantages', 'salaires et avantages', 'nos avantages', 'barèmes', 'échelles de traitement', 'grilles salariales', 'grilles indiciaires', 'comment postuler', 'conseils pour postuler', 'comment se déroule', 'le processus de recrutement', 'la procédure de sélection', 'déroulement de la sélection'],
};
