/**
 * Is this a page about one vacancy? Runs on every page of the portals, so it stays tiny: a few
 * selector queries, one word list, no text walk beyond one textContent read.
 *
 * A vacancy names its parts with labels only vacancies use ("Functieprofiel", "Bewerbungsfrist",
 * "Closing date"); three different ones, or two on a job-shaped URL, make a vacancy. A list of
 * vacancies repeats its few labels per item, links its headings, or declares several JobPostings.
 */

/** Vacancy section and fact labels in nl, fr, de and en: whole labels, lower case. */
const LABELS = new Set(
  (
    'functieinhoud|functie-inhoud|functieprofiel|functieomschrijving|functiebeschrijving|jouw functie|jouw profiel|je profiel|profiel|' +
    'wat ga je doen|wat doe je|wie ben jij|wie ben je|wie zoeken we|wie zoeken wij|wat bieden wij|wat bieden we|wij bieden|ons aanbod|aanbod|' +
    'hoe verloopt de selectie|selectieprocedure|selectie-procedure|de selectieprocedure|solliciteren|hoe solliciteren|arbeidsvoorwaarden|' +
    'vacaturenummer|publicatiedatum|sluitingsdatum|salaris|salarisschaal|statuut|standplaats|selectiecode|contracttype|' +
    'functieniveau|type aanwerving|plaats van tewerkstelling|graad|niveau|vereisten|jouw taken|taken|wat vragen wij|wat vragen we|' +
    'wat verwachten we|wat verwachten wij|uren per week|dienstverband|contractduur|solliciteer ten laatste op|uiterste sollicitatiedatum|' +
    'wat breng je mee|wat krijg je|wie zijn wij|' +
    'profil|votre profil|profil recherché|missions|vos missions|description de la fonction|description du poste|nous offrons|notre offre|' +
    'procédure de sélection|date limite|date limite de candidature|rémunération|code de sélection|type de contrat|niveau de fonction|' +
    'lieu de travail|temps de travail|catégorie|vos tâches|conditions de participation|conditions d’admission|' +
    'aufgaben|ihre aufgaben|aufgabenschwerpunkte|ihr profil|bewerbungsprofil|wir bieten|was wir bieten|unser angebot|bewerbungsfrist|' +
    'bewerbungsschluss|besoldung|besoldung / entgelt|entgelt|entgeltgruppe|ansprechpartner|ansprechpartnerin|stellenbeschreibung|' +
    'dienstverhältnis|wochenarbeitszeit|teilzeit / vollzeit|befristung|beschäftigungsart|kennung für bewerbungen|stellenbezeichnung|' +
    'einstellungstermin|besetzung zum|anforderungen|anforderungsprofil|ihre qualifikationen|' +
    'job description|person specification|closing date|responsibilities|key responsibilities|duties|main duties|qualifications|' +
    'requirements|benefits|salary|how to apply|about the role|essential criteria|job summary|job reference|reference|grade|contract type|' +
    'working pattern|pay scale & grade|open & closing dates|pay band|announcement number|job purpose|selection process|eligibility|' +
    'what we offer|about you|the role|apply by|closing|salary range|type of role|job type'
  ).split('|'),
);
/** Deadline phrases: one per vacancy (and a few in its "related vacancies"), so many mean a list. */
const DEADLINE = /solliciteer (?:ten laatste|tot en met)|closing date|bewerbungsfrist|date limite/gi;
const URL_HINT = /\/(?:vacatures?|vacature|vacancies|vacancy|jobs?|stellen?|stelle|offre-emploi|jobadvert|job-details)\b|[?&](?:id|jcode|jobid|poster)=/i;
const LABEL_ELEMENTS = 'h1, h2, h3, h4, h5, h6, dt, th, strong, b, label, [class*="term" i], [class*="label" i], [class*="title" i]';

export function looksLikeVacancy(doc: Document, url: string): boolean {
  try {
    const ld = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? '').join(' ');
    const postings = ld.match(/"JobPosting"/g)?.length ?? 0;
    if (postings > 1) return false;
    if (((doc.body?.textContent ?? '').match(DEADLINE)?.length ?? 0) > 5) return false;
    const seen = new Map<string, number>();
    for (const el of Array.from(doc.querySelectorAll(LABEL_ELEMENTS))) {
      const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/\s*[:?]$/, '').toLowerCase();
      if (t.length < 40 && LABELS.has(t)) seen.set(t, (seen.get(t) ?? 0) + 1);
    }
    // The labels of a list repeat once per item; a vacancy states each of its facts once.
    const once = [...seen.values()].filter((n) => n <= 2).length;
    // Several headings that each link somewhere, and few labels of its own: a list of vacancies.
    let linkedHeadings = 0;
    for (const h of Array.from(doc.querySelectorAll('h2, h3, h4'))) if (h.querySelector('a[href]')) linkedHeadings++;
    if (linkedHeadings >= 3 && linkedHeadings >= once) return false;
    if (postings === 1) return true;
    return once >= 3 || (once >= 2 && URL_HINT.test(url));
  } catch {
    return false;
  }
}
