/**
 * The labels only vacancies use in this language (a whole heading, term or bold run), lower case: what the
 * content script counts on every page it reads (see ../../detect-read.ts); the phrases it does not need
 * are in ./detect.ts.
 */
export const nlVacancyLabels: readonly string[] = [
  'functieinhoud', 'functie-inhoud', 'functieprofiel', 'functieomschrijving', 'functiebeschrijving', 'jouw functie', 'jouw profiel', 'je profiel', 'profiel',
  'wat ga je doen', 'wat doe je', 'wie ben jij', 'wie ben je', 'wie zoeken we', 'wie zoeken wij', 'wat bieden wij', 'wat bieden we', 'wij bieden', 'ons aanbod', 'aanbod',
  'hoe verloopt de selectie', 'selectieprocedure', 'selectie-procedure', 'de selectieprocedure', 'solliciteren', 'hoe solliciteren', 'arbeidsvoorwaarden',
  'vacaturenummer', 'publicatiedatum', 'sluitingsdatum', 'salaris', 'salarisschaal', 'statuut', 'standplaats', 'selectiecode', 'contracttype',
  'functieniveau', 'type aanwerving', 'plaats van tewerkstelling', 'graad', 'niveau', 'vereisten', 'jouw taken', 'taken', 'wat vragen wij', 'wat vragen we',
  'wat verwachten we', 'wat verwachten wij', 'uren per week', 'dienstverband', 'contractduur', 'solliciteer ten laatste op', 'uiterste sollicitatiedatum',
  'wat breng je mee', 'wat krijg je', 'wie zijn wij', 'jouw uitdaging', 'wat wij vragen', 'wat wij bieden',
  'toelatingsvoorwaarden', 'aanwervingsvoorwaarden', 'diplomavereisten', 'takenpakket',
  'dit ga je doen', 'dit ben jij', 'dit ben je', 'dit bieden wij', 'dit bieden we', 'dit breng je mee', 'dit neem je mee', 'waar ga je werken', 'waar kom je te werken', 'sollicitatieprocedure',
];

/**
 * A heading over other posts than the page's own ("More Job Openings"): a word for "other", then, at most two words on,
 * posts; or over the site's news and stories ("Nieuws", "Verhalen van collega's"), which are no posts at all.
 */
export const nlOtherPosts: { others: string[]; posts: string[]; news: string[] } = {
  others: ['andere', 'meer', 'gelijkaardige', 'vergelijkbare', 'soortgelijke', 'recente', 'nieuwste', 'laatste'],
  posts: ['vacatures', 'jobs', 'functies'],
  news: ['nieuws', 'actueel', 'verhalen', 'agenda', 'evenementen', 'blog', 'in de kijker'],
};
