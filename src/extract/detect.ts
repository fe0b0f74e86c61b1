/**
 * Is this a page about one vacancy? Runs on every page of the portals, so it stays tiny and
 * bounded: a portal's known home and search addresses are decided by the address alone; elsewhere
 * the cheap signals come first (linked headings counted natively, declared postings), then
 * the label elements, and the page text only to confirm a vacancy, never more than its first
 * 100,000 characters.
 *
 * A vacancy names its parts with labels only vacancies use ("Functieprofiel", "Bewerbungsfrist",
 * "Closing date"); three different ones, or a declared JobPosting, make a vacancy. A page with fewer is
 * weighed by its text (looksLikeVacancy below). A list of vacancies repeats its few labels per item,
 * links its headings, or declares several JobPostings.
 */
import type { DetectWords } from './locales/detect';
import { DETECT_WORDS } from './locales/detect';
import { LIST_ADDRESSES } from './portals/matches';

/** Letters as a plain class (Latin, with accents): no Unicode property escape to compile on every page. */
const L = 'a-zA-Z\\u00c0-\\u024f';
const phrase = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\\d/g, '\\d+').replace(/\s+/g, '\\s+');
/** One case-insensitive pattern for a kind of phrase in every language, whole words only. */
const anyOf = (pick: (w: DetectWords) => string[], flags = 'i') =>
  new RegExp(`(?<![${L}0-9])(?:${[...new Set(DETECT_WORDS.flatMap(pick))].map(phrase).join('|')})(?![${L}])`, flags);

let labelSet: ReadonlySet<string> | undefined;
/** The labels, gathered at the first page that is read rather than at every start of the content script. */
function vacancyLabels(): ReadonlySet<string> {
  labelSet ??= new Set(DETECT_WORDS.flatMap((w) => w.labels));
  return labelSet;
}

let compiled:
  | { listHeadings: ReadonlySet<string>; landing: RegExp; hiring: RegExp; apply: RegExp; closed: RegExp; notOnePost: RegExp }
  | undefined;
/** The phrases, compiled only for a page that gets as far as its text (most pages of a portal never do). */
function words() {
  compiled ??= {
    listHeadings: new Set(DETECT_WORDS.flatMap((w) => w.listHeadings)),
    landing: new RegExp(`^(?:${[...new Set(DETECT_WORDS.flatMap((w) => w.landingHeadings))].map(phrase).join('|')})(?![${L}])`, 'i'),
    hiring: anyOf((w) => w.hiring),
    apply: anyOf((w) => w.apply),
    closed: anyOf((w) => w.closed),
    notOnePost: anyOf((w) => w.notOnePost),
  };
  return compiled;
}

const URL_HINT = /\/(?:vacatures?|vacanc(?:y|ies)|jobs?|(?:offene-)?stellen?|stellenangebote?|offres?-(?:d-)?emploi|emplois?|jobadvert|job-details|karriere|careers?)\b|[?&](?:id|jcode|jobid|poster)=/i;
/** Where a site keeps articles, news and guides: a page there is about vacancies more often than it is one. */
const ARTICLE_PATH = /\/(?:blogs?|nieuws|news|actualit[eé]s?|aktuell(?:es)?|presse|pers(?:berichten)?|artikels?|articles?|magazine|stories|verhalen|tips|advies|guides?|gids|ratgeber(?:artikel)?)(?:\/|$)/i;
/** An article's byline or dated post header. */
const BYLINE = '[rel="author"], [class*="byline" i], [class*="author" i], meta[property="article:published_time"], article time[datetime]';
/** "1.", "2.2", "3)", "B." before a heading's words. */
const SECTION_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[A-H][.)])\s+/;
/** Where labels stand; "li > span:first-child": a key-facts list of label and value spans ("<li><span>Closing date</span><span>02/03/2026</span></li>"). */
const LABEL_ELEMENTS = 'h1, h2, h3, h4, h5, h6, dt, th, strong, b, small, label, summary, [class*="term" i], [class*="label" i], [class*="title" i], li > span:first-child';
/** "(m/v/x)", "(w/m/d)", "(H/F)", "(f/m/d)", "(M/V)": a post's title, in every language. */
const GENDER_MARKER = /\(\s*[mvwfhxd]\s*[/|,]\s*[mvwfhxd](?:\s*[/|,]\s*[mvwfhxd])?\s*\)|\b[mwvfh]\/[mwvfh]\/[dxi]\b/i;
/**
 * A single post named in a title ("Vacature: …", "Stellenausschreibung", "Offre d'emploi", "Job advert"), or an
 * employer seeking one person ("OCMW Bree zoekt een maatschappelijk werker", "recrute un(e)", "sucht eine(n)",
 * "We're recruiting: Community Development Officer"); not a drive ("We're recruiting 24 firefighters").
 */
const ONE_POST_TITLE = /\b(?:vacature|vacancy|stellenausschreibung|ausschreibung|stellenangebot|offre d['’]emploi|job advert|job advertisement|job poster|job posting|job opportunity|stellenanzeige|recrutement d['’]un|recrutement d['’]une|zoekt een|zoeken een|zoeken (?:we |wij )?iemand|recrute une?|sucht einen?|is looking for an?|is recruiting an?|seeks an?)\b(?![a-zA-Z\u00c0-\u024f])|\b(?:we(?:['’]re| are)(?: now)? recruiting|nous recrutons|wir suchen|wij zoeken|we zoeken)(?::| an?\b| une?\b| eine[nr]?\b| een\b)/i;
/** A scale in a title: "(B1-B3)", "(E 9a TVöD)", "(A 13)", "(Temporary Agent, AD 7)", "(80%)", "schaal 10", "GS-12", "Band 6"; a Swiss workload at its end ("… Bauinspektorat 80–100 %"). */
const SCALE_TITLE = /\((?:[A-E]\d(?:\s*-\s*[A-E]?\d)?|[A-E]\s?\d{1,2}[a-c]?(?:\s?TV\S*)?|(?:[^()]{1,30},\s?)?(?:AD\s?\d{1,2}|AST(?:\/SC)?\s?\d{1,2}|FG\s?I{1,3}V?)|\d{2,3}\s?%(?:\s?[-–]\s?\d{2,3}\s?%)?)\)|\b(?:schaal|salarisschaal|entgeltgruppe|besoldungsgruppe)\s*\d|\bGS-\d{1,2}\b|\bband\s\d\b|(?:^|\s)(?:[4-9]\d|100)\s?(?:[-–]\s?(?:[4-9]\d|100)\s?)?%$/i;
/** An amount of money to another: "€ 3.059,65 – € 4.129,64", "$75,000 to $85,000", "CHF 78'470.– à CHF 107'620.–". */
const MONEY_RANGE = /(?:[€£$]|\b(?:eur|chf|cad|aud|usd|gbp))\s?\d[\d.,'’ ]*(?:\.[-–]|,-)?\s*(?:-|–|to|à|bis|tot)\s*(?:[€£$]|\b(?:eur|chf|cad|aud|usd|gbp))?\s?\d/i;
/** Pay: a salary word with an amount or a scale in the same stretch of text ("Vergütung … Entgeltgruppe 8"). */
const PAY = /(?:salaris|loon|wedde|verloning|barema|rémunération|salaire|traitement|entgelt|besoldung|gehalt|vergütung|lohn|salary|pay\b|wage)[^\n]{0,120}?(?:[€£$]\s?\d|\b(?:eur|chf|gbp|usd|cad|aud)\s?\d|\d[\d.,' ]*\s?(?:€|eur|euro|chf|£|\$)|\b(?:schaal|grade|band|klasse|stufe|gruppe|[A-E]\d|E\s?\d{1,2}|A\s?\d{1,2}|GS)|(?:entgelt|besoldungs|lohn|gehalts)(?:gruppe|klasse|stufe)\s?\d)/i;
const CONTRACT = /\b(?:voltijdse?|deeltijdse?|statutaire?|contractue(?:el|le?|lle)|(?:on)?bepaalde duur|temps plein|plein temps|temps partiel|tâche complète|durée (?:in)?déterminée|cd[di]|titulaire|vollzeit|teilzeit|(?:un)?befristet|full[- ]?time|part[- ]?time|permanent|fixed[- ]term|indeterminate|fonctionnaire|poste fixe|beamtenverhältnis|dienstverhältnis|unbestimmte zeit|festanstellung|arbeidsovereenkomst|dienstverband|vaste? (?:contract|aanstelling)|tijdelijk contract|jaarcontract|temporary agent|contract agent)\b/i;
/** A date: "1 februari 2026", "15.01.2026", "12/03/2026", "2026-03-12". */
const DATE = /\b\d{1,2}(?:[./-]\d{1,2}[./-]\d{2,4}|\.?\s+[a-zA-Z\u00c0-\u024f]{3,10}\.?\s+\d{4})\b|\b\d{4}-\d{2}-\d{2}\b|\b[a-zA-Z\u00c0-\u024f]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b/;

/**
 * Is this a page about one vacancy? Labels and declared data decide the clear cases; the rest is
 * weighed by what the text says: an employer hiring, a call to apply, a date to apply by, pay,
 * contract terms, a post's title. A notice that the post has closed, a job alert, an open
 * application, a job fair or a list's heading says it is not one, whatever else the page holds.
 */
export function looksLikeVacancy(doc: Document, url: string): boolean {
  try {
    const address = parsedUrl(url);
    if (address && isListAddress(address)) return false;
    const labels = vacancyLabels();
    // A list links one heading per item. Past as many linked headings as there are labels, no
    // count of labels can outweigh them: decided without reading the labels of a large list.
    // Counted up to the number of labels: below it the count is exact, for the test further down.
    const linked = linkedHeadings(doc, labels.size);
    if (linked >= labels.size) return false;
    const postings = declaredPostings(doc);
    if (postings > 1 || postings < 0) return false;
    const seen = new Map<string, number>();
    const count = (el: Element) => {
      // "2.2 Duties", "3. Eligibility criteria": a section's number is no part of its label.
      const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/\s*[:?]$/, '').replace(SECTION_NUMBER, '').toLowerCase();
      if (t.length < 40 && labels.has(t)) seen.set(t, (seen.get(t) ?? 0) + 1);
    };
    for (const el of Array.from(doc.querySelectorAll(LABEL_ELEMENTS))) count(el);
    // A key-facts table whose labels are plain cells: the first cell of each row of a short table.
    for (const table of Array.from(doc.getElementsByTagName('table')).slice(0, 8)) {
      if (table.rows.length > 30) continue;
      for (const row of Array.from(table.rows)) if (row.cells.length === 2 && row.cells[0]!.localName === 'td') count(row.cells[0]!);
    }
    // The labels of a list repeat once per item; a vacancy states each of its facts once.
    const once = [...seen.values()].filter((n) => n <= 2).length;
    // Several headings that each link somewhere, and few labels of its own: a list of vacancies.
    if (linked >= 3 && linked >= once) return false;
    const urlHint = URL_HINT.test(address ? address.pathname + address.search : url);
    const titles = titlesOf(doc);
    const titleMarker = titles.some((t) => GENDER_MARKER.test(t) || ONE_POST_TITLE.test(t) || SCALE_TITLE.test(t));
    const labelled = postings === 1 || once >= 3 || (once >= 2 && urlHint);
    // No label, no post in its titles, no job address and no main heading: not read further.
    if (!labelled && once === 0 && !titleMarker && !urlHint && !titles[0]) return false;
    const w = words();
    const heading = (titles[0] ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
    // Of the document title (titles[1]) only its first part: "Executive Engineer - Current Vacancies - Wicklow
    // County Council" names its site's section after the post.
    if (w.listHeadings.has(heading) || w.landing.test(heading) || titles.some((t, i) => w.notOnePost.test(i === 1 ? t.split(/\s[-–|]\s/)[0]! : t))) return false;
    const text = contentText(doc);
    if (w.closed.test(text)) return false;
    const deadlines = text.match(DEADLINE)?.length ?? 0;
    if (deadlines > 5) return false;
    // Many sites call every page an og:type article; one with a byline or a dated post is one.
    const article =
      (address !== null && ARTICLE_PATH.test(address.pathname)) ||
      (doc.querySelector('meta[property="og:type"][content="article" i]') !== null && doc.querySelector(BYLINE) !== null);
    // A page with three labels or a declared posting that is no article is decided without weighing its prose.
    if (!article && (postings === 1 || once >= 3)) return true;
    const hiring = w.hiring.test(text) || titles.some((t) => w.hiring.test(t));
    // An article about applying names labels, scales and deadlines too; one that offers a post says so.
    if (article && !hiring && !titleMarker) return false;
    const applyCall = w.apply.test(text);
    // Two labels on a job-shaped address make a vacancy when the page also offers something: a post in
    // its title, an employer hiring, a call to apply or a date to apply by.
    if (postings === 1 || once >= 3 || (labelled && (titleMarker || hiring || applyCall || deadlines > 0))) return true;
    // Prose alone about hiring, applying, pay and contracts is as much a guide's ("Comment candidater ?") as a
    // vacancy's: one also shows a post, by a label, a job's address, a post in its title or in its text
    // ("Die Stadt Moers sucht … eine Sachbearbeitung (m/w/d)", "… is recruiting a Planning Officer").
    if (once === 0 && !urlHint && !titleMarker && !ONE_POST_TITLE.test(text) && !GENDER_MARKER.test(text)) return false;
    const score =
      Math.min(once, 3) +
      (urlHint ? 1 : 0) +
      (titleMarker ? 2 : 0) +
      (hiring ? 2 : 0) +
      (applyCall ? 2 : 0) +
      (applyCall && DATE.test(text) ? 1 : 0) +
      (PAY.test(text) || MONEY_RANGE.test(text) ? 1 : 0) +
      (CONTRACT.test(text) ? 1 : 0) -
      // A vacancy posted as a news item names its post in the title ("Avis de vacance de poste – …"); news
      // of a hiring drive ("120 postes à pourvoir") speaks of pay and contracts too.
      (article && !titleMarker ? 3 : 0);
    return score >= 6;
  } catch {
    return false;
  }
}

/** The page's main heading, then its title, as written (the heading first even when empty). */
function titlesOf(doc: Document): string[] {
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 300) ?? '';
  const title = doc.title?.replace(/\s+/g, ' ').trim().slice(0, 300) ?? '';
  return h1 ? (title ? [h1, title] : [h1]) : title ? ['', title] : [];
}

/** JSON-LD scripts larger than this declare no single vacancy (and are not worth reading here). */
const MAX_SCRIPT = 200_000;

/** JobPostings the page declares; -1 for a page that declares an event and no posting (an information evening, a job fair). */
function declaredPostings(doc: Document): number {
  let n = 0;
  let events = 0;
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = s.textContent ?? '';
    if (text.length > MAX_SCRIPT) continue;
    n += text.split('"JobPosting"').length - 1;
    events += text.split(/"@type"\s*:\s*"(?:Event|EducationEvent|BusinessEvent)"/).length - 1;
  }
  return n === 0 && events > 0 ? -1 : n;
}

/** Deadline phrases: one per vacancy (and a few in its "related vacancies"), so many mean a list. */
const DEADLINE = /solliciteer (?:ten laatste|tot en met)|closing date|bewerbungsfrist|date limite/gi;
/** A vacancy's text is far shorter; a long list has been told apart by its linked headings before. */
const MAX_TEXT = 30_000;
/** Nodes visited for it at most: a vacancy page has a few thousand. */
const MAX_NODES = 20_000;
/** Never the vacancy's: navigation, scripts, forms' options, consent bars. */
const SKIPPED = new Set(['nav', 'script', 'style', 'noscript', 'template', 'svg', 'select', 'option', 'textarea', 'iframe', 'dialog']);

/** Blocks of other vacancies, consent bars and sharing: their deadlines and calls to apply are not the page's. */
const OTHER_CONTENT = /related|similar|other-vacanc|other-jobs|more-jobs|andere-vacatures|weitere-stellen|autres-offres|cookie|consent/i;
/** Headings that open a block of other vacancies ("Other current vacancies", "Andere vacatures"). */
const OTHER_HEADING = /^(?:other|more|similar|related|current)\b.*\b(?:vacancies|jobs|roles|posts)|^(?:andere|meer|gelijkaardige|vergelijkbare) vacatures|ook interessant|ähnliche stellen|weitere stellen(?:angebote)?|auch interessieren|autres offres|offres similaires|offres à la une|featured (?:jobs|vacancies)|uitgelichte vacatures|^(?:actualités?|nieuws|news|latest news|aktuelles|in de kijker)$/i;
function isOtherContent(el: Element): boolean {
  const names = `${el.id} ${el.getAttribute('class') ?? ''}`;
  if (names.length > 1 && OTHER_CONTENT.test(names)) return true;
  const first = el.firstElementChild;
  return first !== null && /^h[2-4]$/.test(first.localName) && OTHER_HEADING.test((first.textContent ?? '').trim());
}

/**
 * The page's text (its first `MAX_TEXT` characters, as textContent reads it), navigation and
 * scripts left out, blocks kept apart by a line break so a phrase never runs across two of them.
 */
function contentText(doc: Document): string {
  if (!doc.body) return '';
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
    if (node.nodeType !== 1 || SKIPPED.has((node as Element).localName) || isOtherContent(node as Element)) return;
    const children = node.childNodes;
    for (let i = 0; i < children.length && length < MAX_TEXT && visited <= MAX_NODES; i++) walk(children[i]!);
    parts.push('\n');
  };
  walk(doc.body);
  return parts.join('').slice(0, MAX_TEXT);
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
  // A page with one <main> or one <article> holds its list there: linked cards beside or below it
  // ("Ook bij IOK aan de slag?") are other vacancies next to this one, not a list.
  const scopes = doc.querySelectorAll('main, article');
  const scope = scopes.length === 1 && (scopes[0]!.textContent?.length ?? 0) > 1000 ? scopes[0]! : doc;
  const links = scope.querySelectorAll(HEADING_LINKS);
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
