/**
 * Is this a page about one vacancy? Runs on every page of the portals, so it stays tiny and
 * bounded: a portal's known home and search addresses are decided by the address alone; elsewhere
 * the cheap signals come first (linked headings counted natively, declared postings), then
 * the label elements, and the page text only to confirm a vacancy, never more than its first
 * 100,000 characters.
 *
 * A vacancy names its parts with labels only vacancies use ("Functieprofiel", "Bewerbungsfrist",
 * "Closing date"); three different ones, or two on a job-shaped URL, make a vacancy. A list of
 * vacancies repeats its few labels per item, links its headings, or declares several JobPostings.
 */
import { LIST_ADDRESSES } from './portals/matches';

/** Vacancy section and fact labels in nl, fr, de and en: whole labels, lower case, `|` between. */
const LABEL_LIST =
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
  'what we offer|about you|the role|apply by|closing|salary range|type of role|job type';

let labelSet: ReadonlySet<string> | undefined;
/** The labels as a set, built at the first page that is read rather than at every start of the content script. */
function vacancyLabels(): ReadonlySet<string> {
  labelSet ??= new Set(LABEL_LIST.split('|'));
  return labelSet;
}

const URL_HINT = /\/(?:vacatures?|vacature|vacancies|vacancy|jobs?|stellen?|stelle|offre-emploi|jobadvert|job-details)\b|[?&](?:id|jcode|jobid|poster)=/i;
const LABEL_ELEMENTS = 'h1, h2, h3, h4, h5, h6, dt, th, strong, b, label, [class*="term" i], [class*="label" i], [class*="title" i]';

export function looksLikeVacancy(doc: Document, url: string): boolean {
  try {
    const address = parsedUrl(url);
    if (address && isListAddress(address)) return false;
    // A list links one heading per item. Past as many linked headings as there are labels, no
    // count of labels can outweigh them: decided without reading the labels of a large list.
    const labels = vacancyLabels();
    // Counted up to the number of labels: below it the count is exact, for the test further down.
    const linked = linkedHeadings(doc, labels.size);
    if (linked >= labels.size) return false;
    const postings = declaredPostings(doc);
    if (postings > 1) return false;
    const seen = new Map<string, number>();
    for (const el of Array.from(doc.querySelectorAll(LABEL_ELEMENTS))) {
      const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/\s*[:?]$/, '').toLowerCase();
      if (t.length < 40 && labels.has(t)) seen.set(t, (seen.get(t) ?? 0) + 1);
    }
    // The labels of a list repeat once per item; a vacancy states each of its facts once.
    const once = [...seen.values()].filter((n) => n <= 2).length;
    // Several headings that each link somewhere, and few labels of its own: a list of vacancies.
    if (linked >= 3 && linked >= once) return false;
    const vacancy = postings === 1 || once >= 3 || (once >= 2 && URL_HINT.test(url));
    return vacancy && deadlinePhrases(doc) <= 5;
  } catch {
    return false;
  }
}

/** JSON-LD scripts larger than this declare no single vacancy (and are not worth reading here). */
const MAX_SCRIPT = 200_000;

function declaredPostings(doc: Document): number {
  let n = 0;
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = s.textContent ?? '';
    if (text.length <= MAX_SCRIPT) n += text.split('"JobPosting"').length - 1;
  }
  return n;
}

/** Deadline phrases: one per vacancy (and a few in its "related vacancies"), so many mean a list. */
const DEADLINE = /solliciteer (?:ten laatste|tot en met)|closing date|bewerbungsfrist|date limite/gi;
/** A vacancy's text is far shorter; a long list has been told apart by its linked headings before. */
const MAX_TEXT = 100_000;
/** Nodes visited for it at most: a vacancy page has a few thousand. */
const MAX_NODES = 20_000;

/** Deadline phrases in the page's first `MAX_TEXT` characters of text (as textContent reads it). */
function deadlinePhrases(doc: Document): number {
  if (!doc.body) return 0;
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  const walk = (node: Node) => {
    if (length >= MAX_TEXT || ++visited > MAX_NODES) return;
    if (node.nodeType === 3) {
      parts.push((node as Text).data);
      length += (node as Text).data.length;
      return;
    }
    const children = node.childNodes;
    for (let i = 0; i < children.length && length < MAX_TEXT && visited <= MAX_NODES; i++) walk(children[i]!);
  };
  walk(doc.body);
  return parts.join('').slice(0, MAX_TEXT).match(DEADLINE)?.length ?? 0;
}

/** Links inside h2, h3 and h4 headings: one matching pass, made by the browser over links only. */
const HEADING_LINKS = ':is(h2, h3, h4) a[href]';

/**
 * h2, h3 and h4 elements with a link inside, counted up to `limit`. The browser counts the links
 * inside headings in one native pass without handing any element to script; only when there are
 * fewer than `limit` of them are they visited, to count their headings exactly. Past `limit`
 * links in headings the page counts as a list even if some heading holds two links: a vacancy
 * has nowhere near that many. Asking each heading for a link instead costs about 5 µs per
 * heading on a freshly loaded page: milliseconds on a list of thousands of rows.
 */
function linkedHeadings(doc: Document, limit: number): number {
  const links = doc.querySelectorAll(HEADING_LINKS);
  if (links.length >= limit) return limit;
  const headings = new Set<Element>();
  // A link counts for its nearest heading: headings inside headings are malformed HTML.
  for (const link of Array.from(links)) headings.add(link.closest('h2, h3, h4')!);
  return headings.size;
}

/**
 * Is this address a listed portal's home page or search results (LIST_ADDRESSES)? Takes the parts
 * of an address the browser has already split (a URL, or the page's `location`).
 */
export function isListAddress({ hostname, pathname }: { hostname: string; pathname: string }): boolean {
  const host = hostname.toLowerCase();
  const path = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  for (const a of LIST_ADDRESSES) {
    if (host !== a.host && !host.endsWith(`.${a.host}`)) continue;
    if (a.paths?.includes(path) || a.under?.some((p) => path === p || path.startsWith(`${p}/`))) return true;
  }
  return false;
}

function parsedUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
