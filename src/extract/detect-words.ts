/**
 * What detection reads, per language, as data: the labels only vacancies use, and the phrases that
 * say a text offers one post (an employer hiring, a call to apply) or that it does not (a closed
 * notice, a job alert, an open application, a job fair). The content script imports this and
 * nothing of the extractor's larger vocabulary. Phrases are matched case-insensitively, whole
 * words, white space as any run of spaces; `\d` stands for any number where written.
 */

export interface DetectWords {
  /** Section and fact labels (a whole heading, term or bold run), lower case. */
  labels: string[];
  /** An employer offering a post: "is op zoek naar een", "recrute un". */
  hiring: string[];
  /** A call to apply: "solliciteer", "postulez", "bewerben Sie sich". */
  apply: string[];
  /** A notice that the post is no longer open. */
  closed: string[];
  /** Headings or titles of pages that are about applying without offering one post. */
  notOnePost: string[];
  /** The main heading of a list of vacancies. */
  listHeadings: string[];
  /** How the main heading of a careers page starts ("Werken bij …", "Working for us"): about working there, not one post. */
  landingHeadings: string[];
}

const nl: DetectWords = {
  labels: [
    'functieinhoud', 'functie-inhoud', 'functieprofiel', 'functieomschrijving', 'functiebeschrijving', 'jouw functie', 'jouw profiel', 'je profiel', 'profiel',
    'wat ga je doen', 'wat doe je', 'wie ben jij', 'wie ben je', 'wie zoeken we', 'wie zoeken wij', 'wat bieden wij', 'wat bieden we', 'wij bieden', 'ons aanbod', 'aanbod',
    'hoe verloopt de selectie', 'selectieprocedure', 'selectie-procedure', 'de selectieprocedure', 'solliciteren', 'hoe solliciteren', 'arbeidsvoorwaarden',
    'vacaturenummer', 'publicatiedatum', 'sluitingsdatum', 'salaris', 'salarisschaal', 'statuut', 'standplaats', 'selectiecode', 'contracttype',
    'functieniveau', 'type aanwerving', 'plaats van tewerkstelling', 'graad', 'niveau', 'vereisten', 'jouw taken', 'taken', 'wat vragen wij', 'wat vragen we',
    'wat verwachten we', 'wat verwachten wij', 'uren per week', 'dienstverband', 'contractduur', 'solliciteer ten laatste op', 'uiterste sollicitatiedatum',
    'wat breng je mee', 'wat krijg je', 'wie zijn wij', 'jouw uitdaging', 'wat wij vragen', 'wat wij bieden',
    'toelatingsvoorwaarden', 'aanwervingsvoorwaarden', 'diplomavereisten', 'takenpakket',
  ],
  hiring: ['is op zoek naar', 'zijn op zoek naar', 'gaat op zoek naar', 'zoekt een', 'zoekt twee', 'zoekt drie', 'zoekt \\d', 'zoeken een', 'werft aan', 'werft een', 'zoekt voor', 'vacature:', 'vacature -', 'aanwerving van', 'aanleg van een wervingsreserve'],
  apply: ['solliciteer', 'solliciteren kan', 'stuur je cv', 'stuur je kandidatuur', 'stuur je sollicitatie', 'stuur uw kandidatuur', 'je kandidatuur', 'uw kandidatuur', 'kandidaat stellen', 'stel je kandidaat', 'je kunt reageren', 'je kan reageren', 'reageren kan', 'kandidaturen worden', 'schrijf je in voor deze'],
  closed: [
    'vacature is afgesloten', 'vacature is gesloten', 'vacature is ingevuld', 'vacature is vervuld', 'vacature is niet meer beschikbaar', 'vacature is niet langer beschikbaar',
    'vacature is verlopen', 'kan je niet meer solliciteren', 'kun je niet meer solliciteren', 'kunt u niet meer solliciteren', 'niet meer solliciteren voor deze vacature',
    'solliciteren is niet meer mogelijk', 'reageren is niet meer mogelijk', 'deze functie is ingevuld',
  ],
  notOnePost: [ 'resultaten selectieprocedure', 'resultaten van de selectie', 'uitslag selectie', 'uitslag van de selectie', 'lijst van geslaagden', 'geslaagde kandidaten',
    'open sollicitatie', 'spontane sollicitatie', 'spontaan solliciteren', 'spontaan kandidaat', 'jobalert', 'job alert', 'vacaturemelding', 'vacature-alert', 'vacaturealert',
    'vacaturemail', 'jobmail', 'jobbeurs', 'jobdag', 'banenmarkt', 'vacatureoverzicht', 'alle vacatures', 'onze vacatures', 'openstaande vacatures',
  ],
  listHeadings: ['vacatures', 'onze vacatures', 'alle vacatures', 'openstaande vacatures', 'jobs', 'zoekresultaten', 'vacatureoverzicht', 'werken bij'],
  landingHeadings: ['werken bij', 'werken voor', 'werken in', 'jobs bij', 'solliciteren bij', 'vacatures bij', 'salaris en voordelen', 'verloning en voordelen', 'loon en voordelen', 'onze voordelen', 'zo solliciteer je', 'hoe solliciteren', 'hoe solliciteer je', 'sollicitatietips'],
};

const fr: DetectWords = {
  labels: [
    'profil', 'votre profil', 'profil recherché', 'missions', 'vos missions', 'description de la fonction', 'description du poste', 'nous offrons', 'notre offre',
    'procédure de sélection', 'date limite', 'date limite de candidature', 'rémunération', 'code de sélection', 'type de contrat', 'niveau de fonction',
    'lieu de travail', 'temps de travail', 'catégorie', 'vos tâches', 'conditions de participation', 'conditions d’admission', 'conditions d\'admission',
    'missions principales', 'activités principales', 'comment postuler', 'pour postuler',
    'descriptif du poste', 'votre mission', 'vos activités', 'délai de postulation', 'entrée en fonction', 'taux d\'activité', 'descriptif de l\'emploi', 'cadre d\'emplois', 'grade',
  ],
  hiring: ['recrute', 'recrutons', 'recherche un', 'recherche une', 'recherche des', 'recherchons', 'cherche un', 'cherche une', 'engage un', 'engage une', 'engage des', 'offre d\'emploi', 'offre d’emploi', 'poste à pourvoir', 'poste vacant'],
  apply: ['postulez', 'postuler', 'envoyez votre candidature', 'adressez votre candidature', 'votre candidature', 'candidatures sont', 'candidatures doivent', 'faire acte de candidature', 'déposer votre candidature', 'lettre de motivation'],
  closed: [
    'offre n\'est plus disponible', 'offre n’est plus disponible', 'offre est pourvue', 'offre pourvue', 'offre est clôturée', 'offre clôturée', 'offre a expiré', 'offre expirée',
    'poste est pourvu', 'poste a été pourvu', 'candidatures sont closes', 'il n\'est plus possible de postuler', 'il n’est plus possible de postuler', 'plus possible de postuler',
  ],
  notOnePost: [ 'liste des lauréats', 'résultats de la sélection', 'résultats de la procédure','candidature spontanée', 'candidatures spontanées', 'alerte emploi', 'alertes emploi', 'alerte e-mail', 'alertes e-mail', 'salon de l\'emploi', 'salon de l’emploi', 'forum emploi', 'forum de l\'emploi', 'job dating', 'nos offres', 'toutes les offres'],
  listHeadings: ['offres d\'emploi', 'offres d’emploi', 'nos offres', 'nos offres d\'emploi', 'emplois', 'résultats de recherche', 'toutes les offres'],
  landingHeadings: ['travailler à', 'travailler pour', 'travailler chez', 'emplois à', 'emploi et carrière', 'rejoignez-nous', 'carrières', 'rémunération et avantages', 'salaires et avantages', 'nos avantages', 'barèmes', 'comment postuler', 'conseils pour postuler'],
};

const de: DetectWords = {
  labels: [
    'aufgaben', 'ihre aufgaben', 'aufgabenschwerpunkte', 'ihr profil', 'bewerbungsprofil', 'wir bieten', 'was wir bieten', 'unser angebot', 'bewerbungsfrist',
    'bewerbungsschluss', 'besoldung', 'besoldung / entgelt', 'entgelt', 'entgeltgruppe', 'ansprechpartner', 'ansprechpartnerin', 'stellenbeschreibung',
    'dienstverhältnis', 'wochenarbeitszeit', 'teilzeit / vollzeit', 'befristung', 'beschäftigungsart', 'kennung für bewerbungen', 'stellenbezeichnung',
    'einstellungstermin', 'besetzung zum', 'anforderungen', 'anforderungsprofil', 'ihre qualifikationen', 'das bringen sie mit', 'was sie mitbringen',
    'was sie erwartet', 'wir erwarten', 'arbeitsort', 'dienstort', 'einsatzort', 'stellenantritt', 'pensum', 'arbeitspensum',
    'entlohnung', 'entlohnungsschema', 'gehalt', 'vergütung', 'kennziffer', 'referenznummer',
  ],
  hiring: ['sucht zum', 'sucht ab', 'sucht für', 'sucht eine', 'sucht einen', 'sucht ein', 'sucht zur', 'sucht befristet', 'sucht unbefristet', 'sucht in', 'suchen wir', 'suchen zum', 'suchen ab', 'suchen eine', 'suchen einen', 'ist zum', 'zu besetzen', 'stellenausschreibung', 'stellenangebot:', 'ausschreibung:', 'stelle als', 'stelle einer', 'stelle eines'],
  apply: ['bewerben sie sich', 'ihre bewerbung', 'bewerbungen richten', 'bewerbungen senden', 'bewirb dich', 'deine bewerbung', 'bewerbung richten', 'bewerbungsunterlagen', 'online-bewerbung', 'jetzt bewerben'],
  closed: [
    'stelle ist bereits besetzt', 'stelle ist besetzt', 'stelle wurde besetzt', 'stellenangebot ist abgelaufen', 'ausschreibung ist abgelaufen', 'ausschreibung ist beendet',
    'bewerbungsfrist ist abgelaufen', 'bewerbungsfrist ist bereits abgelaufen', 'nicht mehr verfügbar', 'keine bewerbungen mehr',
  ],
  notOnePost: [ 'ergebnisse des auswahlverfahrens', 'ergebnis des auswahlverfahrens','initiativbewerbung', 'blindbewerbung', 'stellenalarm', 'jobalarm', 'job-alarm', 'jobabo', 'job-abo', 'suchauftrag', 'jobmesse', 'karrieremesse', 'berufsmesse', 'alle stellenangebote', 'unsere stellenangebote'],
  listHeadings: ['stellenangebote', 'unsere stellenangebote', 'alle stellenangebote', 'offene stellen', 'stellenausschreibungen', 'trefferliste', 'suchergebnisse', 'jobs'],
  landingHeadings: ['arbeiten bei', 'arbeiten für', 'karriere bei', 'jobs bei', 'stellenangebote der', 'stellenangebote des', 'ausbildung bei', 'arbeitgeber', 'gehalt und benefits', 'vergütung und benefits', 'so bewerben sie sich', 'bewerbungstipps', 'tipps für ihre bewerbung'],
};

const en: DetectWords = {
  labels: [
    'job description', 'person specification', 'closing date', 'responsibilities', 'key responsibilities', 'duties', 'main duties', 'qualifications',
    'requirements', 'benefits', 'salary', 'how to apply', 'about the role', 'essential criteria', 'job summary', 'job reference', 'reference', 'grade', 'contract type',
    'working pattern', 'pay scale & grade', 'open & closing dates', 'pay band', 'announcement number', 'job purpose', 'selection process', 'eligibility',
    'what we offer', 'about you', 'the role', 'apply by', 'closing', 'salary range', 'type of role', 'job type', 'classification',
    'contact officer', 'duties and responsibilities', 'minimum qualifications', 'desirable criteria', 'key skills', 'final filing date', 'closing date/time',
    'application deadline', 'opening date', 'conditions of employment', 'work environment', 'intent of the process', 'who can apply', 'information you must provide', 'essential qualifications', 'asset qualifications', 'duties and responsibilities', 'key duties', 'reference number', 'selection process number', 'tenure', 'employment type', 'interview date',
  ],
  hiring: ['is recruiting', 'are recruiting', 'is seeking', 'are seeking', 'is looking for', 'are looking for', 'is hiring', 'are hiring', 'seeks a', 'seeks an', 'we are looking for', 'vacancy:', 'job opportunity', 'invites applications', 'is inviting applications', 'applications are invited'],
  apply: ['how to apply', 'apply now', 'apply online', 'apply by', 'apply before', 'apply via', 'apply through', 'to apply', 'submit your application', 'submit an application', 'applications must', 'applications should', 'applications close', 'applications will', 'application form'],
  closed: [ 'applications are now closed', 'applications for this role are now closed', 'this vacancy is now closed', 'this vacancy has closed', 'applications have closed', 'no longer accepting applications',
    'no longer accepting applications', 'no longer available', 'no longer open', 'vacancy has closed', 'vacancy has now closed', 'vacancy is closed', 'job has closed', 'job has expired',
    'position has been filled', 'position has closed', 'posting has closed', 'posting has expired', 'advert has closed', 'advert has expired', 'this job is closed', 'applications have closed',
  ],
  notOnePost: [ 'results of the selection', 'selection results', 'list of successful candidates','speculative application', 'open application', 'job alert', 'job alerts', 'email alert', 'email alerts', 'careers fair', 'career fair', 'job fair', 'jobs fair', 'recruitment fair', 'all vacancies', 'current vacancies', 'search results'],
  listHeadings: ['vacancies', 'current vacancies', 'jobs', 'job openings', 'search results', 'job search', 'current opportunities', 'careers', 'all jobs'],
  landingHeadings: ['working for', 'work for', 'working at', 'careers at', 'jobs at', 'join us', 'join our team', 'how we recruit', 'our recruitment process', 'recruitment process', 'pay and benefits', 'salary and benefits', 'how to apply', 'applying for a job', 'tips for applying'],
};

export const DETECT_WORDS: readonly DetectWords[] = [nl, fr, de, en];
