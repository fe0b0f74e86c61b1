/**
 * The labels only vacancies use in this language (a whole heading, term or bold run), lower case: what the
 * content script counts on every page it reads (see ../../detect-read.ts); the phrases it does not need
 * are in ./detect.ts.
 */
export const deVacancyLabels: readonly string[] = [
  'aufgaben', 'ihre aufgaben', 'aufgabenschwerpunkte', 'ihr profil', 'bewerbungsprofil', 'wir bieten', 'was wir bieten', 'unser angebot', 'bewerbungsfrist',
  'bewerbungsschluss', 'besoldung', 'besoldung / entgelt', 'entgelt', 'entgeltgruppe', 'ansprechpartner', 'ansprechpartnerin', 'stellenbeschreibung',
  'dienstverhältnis', 'wochenarbeitszeit', 'teilzeit / vollzeit', 'befristung', 'beschäftigungsart', 'kennung für bewerbungen', 'stellenbezeichnung',
  'einstellungstermin', 'besetzung zum', 'anforderungen', 'anforderungsprofil', 'ihre qualifikationen', 'das bringen sie mit', 'was sie mitbringen',
  'was sie erwartet', 'wir erwarten', 'arbeitsort', 'dienstort', 'einsatzort', 'stellenantritt', 'pensum', 'arbeitspensum',
  'entlohnung', 'entlohnungsschema', 'gehalt', 'vergütung', 'kennziffer', 'referenznummer',
];
