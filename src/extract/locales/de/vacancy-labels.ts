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

/**
 * A heading over other posts than the page's own ("More Job Openings"): a word for "other", then, at most two words on,
 * posts; or over the site's news and stories ("Nieuws", "Verhalen van collega's"), which are no posts at all.
 */
export const deOtherPosts: { others: string[]; posts: string[]; news: string[] } = {
  others: ['weitere', 'andere', 'ähnliche', 'aktuelle', 'neueste'],
  posts: ['stellen', 'stellenangebote', 'ausschreibungen', 'stellenausschreibungen', 'jobs', 'jobangebote', 'kundmachungen', 'bekanntmachungen'],
  news: ['aktuelles', 'nachrichten', 'neuigkeiten', 'pressemitteilungen', 'veranstaltungen', 'termine', 'erfahrungsberichte', 'blog'],
};
