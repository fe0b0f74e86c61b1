/**
 * Detection's first half, the part the content script runs on every page of the portals (and of the
 * sites the user allowed), so it stays tiny and bounded: a portal's known home and search addresses
 * are decided by the address alone; elsewhere the cheap signals come first (linked headings counted
 * natively, declared postings), then the label elements. A page they leave open is read (its titles
 * and its text, never more than its first 30,000 characters) for the second half, which weighs what
 * the text says with every language's phrases (detect-weigh.ts): in the background for the content
 * script, which so carries none of them; in one go for the extractor (detect.ts).
 *
 * A vacancy names its parts with labels only vacancies use ("Functieprofiel", "Bewerbungsfrist",
 * "Closing date"). A list of vacancies repeats its few labels per item, links its headings, or
 * declares several JobPostings.
 */
import { OTHER_POSTS, VACANCY_LABELS } from './locales/vacancy-labels';
import { LIST_ADDRESSES } from './portals/matches';

let labelSet: ReadonlySet<string> | undefined;
/** The labels, gathered at the first page that is read rather than at every start of the content script. */
function vacancyLabels(): ReadonlySet<string> {
  labelSet ??= new Set(VACANCY_LABELS.flat());
  return labelSet;
}

const URL_HINT = /\/(?:vacatures?|vacanc(?:y|ies)|jobs?|(?:offene-)?stellen?|stellenangebote?|offres?-(?:d-)?emploi|emplois?|jobadvert|job-details|karriere|careers?)\b|[?&](?:id|jcode|jobid|poster)=/i;
/** A vacancy's own address: the boards' word for vacancies, then one posting's slug. */
const VACANCY_SLUG = /\/(?:vacatures?|vacanc(?:y|ies)|jobs?|stellen(?:angebote?)?|offres?-(?:d-)?emploi|emplois?)\/[a-z0-9][a-z0-9-]{7,}\/?$/i;
/** Where a site keeps articles, news and guides: a page there is about vacancies more often than it is one. */
const ARTICLE_PATH = /\/(?:blogs?|nieuws|news|actualit[eé]s?|aktuell(?:es)?|presse|pers(?:berichten)?|artikels?|articles?|magazine|stories|verhalen|tips|advies|guides?|gids|ratgeber(?:artikel)?)(?:\/|$)/i;
/** An article's byline or dated post header. */
const BYLINE = '[rel="author"], [class*="byline" i], [class*="author" i], meta[property="article:published_time"], article time[datetime]';
/** "1.", "2.2", "3)", "B." before a heading's words. */
const SECTION_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[A-H][.)])\s+/;
/** Where labels stand; "li > span:first-child": a key-facts list of label and value spans ("<li><span>Closing date</span><span>02/03/2026</span></li>"). */
const LABEL_ELEMENTS = 'h1, h2, h3, h4, h5, h6, dt, th, strong, b, small, label, summary, [class*="term" i], [class*="label" i], [class*="title" i], li > span:first-child';
/** "(m/v/x)", "(w/m/d)", "(H/F)", "(f/m/d)", "(M/V)": a post's title, in every language. */
export const GENDER_MARKER = /\(\s*[mvwfhxd]\s*[/|,]\s*[mvwfhxd](?:\s*[/|,]\s*[mvwfhxd])?\s*\)|\b[mwvfh]\/[mwvfh]\/[dxi]\b/i;
/**
 * A single post named in a title ("Vacature: …", "Stellenausschreibung", "Offre d'emploi", "Job advert"), or an
 * employer seeking one person ("OCMW Bree zoekt een maatschappelijk werker", "recrute un(e)", "sucht eine(n)",
 * "We're recruiting: Community Development Officer"); not a drive ("We're recruiting 24 firefighters").
 */
export const ONE_POST_TITLE = /\b(?:vacature|vacancy|stellenausschreibung|ausschreibung|stellenangebot|offre d['’]emploi|job advert|job advertisement|job poster|job posting|job opportunity|stellenanzeige|recrutement d['’]un|recrutement d['’]une|zoekt een|zoeken een|zoeken (?:we |wij )?iemand|recrute une?|sucht einen?|is looking for an?|is recruiting an?|seeks an?)\b(?![a-zA-Z\u00c0-\u024f])|\b(?:we(?:['’]re| are)(?: now)? recruiting|nous recrutons|wir suchen|wij zoeken|we zoeken)(?::| an?\b| une?\b| eine[nr]?\b| een\b)/i;
/** A scale in a title: "(B1-B3)", "(E 9a TVöD)", "(A 13)", "(Temporary Agent, AD 7)", "(80%)", "schaal 10", "GS-12", "Band 6"; a Swiss workload at its end ("… Bauinspektorat 80–100 %"). */
const SCALE_TITLE = /\((?:[A-E]\d(?:\s*-\s*[A-E]?\d)?|[A-E]\s?\d{1,2}[a-c]?(?:\s?TV\S*)?|(?:[^()]{1,30},\s?)?(?:AD\s?\d{1,2}|AST(?:\/SC)?\s?\d{1,2}|FG\s?I{1,3}V?)|\d{2,3}\s?%(?:\s?[-–]\s?\d{2,3}\s?%)?)\)|\b(?:schaal|salarisschaal|entgeltgruppe|besoldungsgruppe)\s*\d|\bGS-\d{1,2}\b|\bband\s\d\b|(?:^|\s)(?:[4-9]\d|100)\s?(?:[-–]\s?(?:[4-9]\d|100)\s?)?%$/i;
/**
 * What the weighing (detect-weigh.ts) needs of a page its structure leaves open. Built by the content
 * script and sent to the background, which checks every field again (src/platform/weigh-page.ts).
 */
export interface PageReading {
  /** The main heading, then the document title, each at most 300 characters (the heading first even when empty). */
  titles: string[];
  /** The page's text, at most MAX_TEXT characters: navigation, scripts and other vacancies' blocks left out. */
  text: string;
  /** How many labels the page states once or twice (a list repeats its labels per item). */
  labels: number;
  /** A declared JobPosting (1) or none (0). */
  postings: number;
  /** The address has a job's shape ("/vacatures/…", "?jobid="). */
  urlHint: boolean;
  /** A title names a post: "(m/v/x)", "Vacature: …", "(B1-B3)". */
  titleMarker: boolean;
  /** A news item, blog post or guide: by its address, or an og:type article with a byline. */
  article: boolean;
}

/**
 * Is this page possibly about one vacancy? Null when its address or its structure says it is not
 * (a portal's list address, a list's linked headings or declared postings, nothing of a post at
 * all); else what the weighing needs to decide (detect-weigh.ts).
 */
export function readForDetection(doc: Document, url: string): PageReading | null {
  try {
    const address = parsedUrl(url);
    if (address && isListAddress(address)) return null;
    const labels = vacancyLabels();
    // A list links one heading per item. Past as many linked headings as there are labels, no
    // count of labels can outweigh them: decided without reading the labels of a large list.
    // Counted up to the number of labels: below it the count is exact, for the test further down.
    const linked = linkedHeadings(doc, labels.size);
    if (linked >= labels.size) return null;
    const postings = declaredPostings(doc);
    if (postings > 1 || postings < 0) return null;
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
    const titles = titlesOf(doc);
    const isPostTitle = (t: string) => GENDER_MARKER.test(t) || ONE_POST_TITLE.test(t) || SCALE_TITLE.test(t);
    const urlHint = URL_HINT.test(address ? address.pathname + address.search : url);
    // Several headings that each link somewhere, and few labels of its own: a list of vacancies; unless the main
    // heading names one post ("CALog-assistent operator cameratoezicht (m/v/x)" over three linked news items), or
    // the page sits at a vacancy's own address with three or four cards of related vacancies beside its prose
    // ("/vacatures/technisch-assistent-elektricien"): its text decides.
    if (linked >= 3 && linked >= once && !(titles[0] && isPostTitle(titles[0])) && !(urlHint && linked <= 4)) return null;
    const titleMarker = titles.some(isPostTitle);
    const labelled = postings === 1 || once >= 3 || (once >= 2 && urlHint);
    // No label, no post in its titles, no job address and no main heading: not read further.
    if (!labelled && once === 0 && !titleMarker && !urlHint && !titles[0]) return null;
    // Many sites call every page an og:type article; one with a byline or a dated post is one, unless it sits at a
    // vacancy's own address ("/careers/vacancies/specialist-speech-and-language-therapist-stroke/", "Published: …").
    const article =
      (address !== null && ARTICLE_PATH.test(address.pathname)) ||
      (doc.querySelector('meta[property="og:type"][content="article" i]') !== null && doc.querySelector(BYLINE) !== null && !(address !== null && VACANCY_SLUG.test(address.pathname)));
    return { titles, text: contentText(doc), labels: once, postings, urlHint, titleMarker, article };
  } catch {
    return null;
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

/** A vacancy's text is far shorter; a long list has been told apart by its linked headings before. */
export const MAX_TEXT = 30_000;
/** Nodes visited for it at most: a vacancy page has a few thousand. */
const MAX_NODES = 20_000;
/** Never the vacancy's: navigation, scripts, forms' options, consent bars. */
const SKIPPED = new Set(['nav', 'script', 'style', 'noscript', 'template', 'svg', 'select', 'option', 'textarea', 'iframe', 'dialog']);

/** Blocks of other vacancies, consent bars and sharing: their deadlines and calls to apply are not the page's. */
const OTHER_CONTENT = /related|similar|other-vacanc|other-jobs|more-jobs|andere-vacatures|weitere-stellen|autres-offres|cookie|consent/i;
/** Headings that open a block of other vacancies ("Other current vacancies", "Andere vacatures"). */
const OTHER_HEADING = /^(?:other|more|similar|related|current|latest|recent)\b.*\b(?:vacancies|jobs|roles|posts|postings|openings|opportunities)\b|^(?:andere|meer|gelijkaardige|vergelijkbare) vacatures|ook interessant|ähnliche stellen|weitere stellen(?:angebote)?|auch interessieren|autres offres|offres similaires|offres à la une|featured (?:jobs|vacancies)|uitgelichte vacatures|^(?:actualités?|nieuws|news|latest news|aktuelles|in de kijker)$|^(?:offres d['’]emploi|nos offres|vacatures|onze vacatures|stellenangebote|offene stellen|vacancies|jobs)$/i;
function isOtherContent(el: Element): boolean {
  const names = `${el.id} ${el.getAttribute('class') ?? ''}`;
  if (names.length > 1 && OTHER_CONTENT.test(names)) return true;
  const first = el.firstElementChild;
  if (first === null) return false;
  // "<section><header>Offres d'emploi</header>…": a portlet's short header names its block as a heading would.
  if (first.localName === 'header') {
    const title = (first.textContent ?? '').trim();
    return title.length <= 40 && OTHER_HEADING.test(title);
  }
  if (!/^(?:h[2-4]|strong|b)$/.test(first.localName)) return false;
  // "<div><h3><a href=…>Coördinator strandzaken</a></h3><p>… Deze vacature is gesloten</p></div>": a card of another page.
  if (first.localName !== 'strong' && first.localName !== 'b' && first.querySelector('a[href]') !== null) return true;
  // A heading, or a bold line that opens the block ("<strong>Latest vacancies</strong>").
  return OTHER_HEADING.test((first.textContent ?? '').trim());
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
const CHROME_HEADING_LINKS = ':is(nav, header, footer, [hidden], [aria-hidden="true"]) :is(h2, h3, h4) a[href]';

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
  const only = scopes.length === 1 ? scopes[0]! : null;
  // The whole page holds at least the links its one <main> holds: past `limit` there, the answer is
  // the same whichever is the scope, and the text of a list of thousands of rows is never gathered.
  const inOnly = only?.querySelectorAll(HEADING_LINKS);
  if (inOnly && inOnly.length >= limit) return limit;
  const scoped = only !== null && (only.textContent?.length ?? 0) > 1000;
  const links = scoped ? inOnly! : doc.querySelectorAll(HEADING_LINKS);
  // A site's menus and footer link their sections under headings, often hidden until opened: they list no vacancies.
  // Looked for only where the count could say "list" (three linked headings or more).
  const chrome = links.length >= 3 ? new Set(Array.from((scoped ? only : doc).querySelectorAll(CHROME_HEADING_LINKS))) : new Set<Element>();
  if (links.length - chrome.size >= limit) return limit;
  const headings = new Set<Element>();
  // A link counts for its nearest heading: headings inside headings are malformed HTML.
  for (const link of Array.from(links)) if (!chrome.has(link)) headings.add(link.closest('h2, h3, h4')!);
  // "More Job Openings" over cards of other posts, "Nieuws" over news items: they are no list the page is.
  if (headings.size >= 3) for (const h of headings) if (underOtherPosts(h)) headings.delete(h);
  return headings.size;
}

let otherPostsHeading: RegExp | undefined;
/**
 * A heading of another block that opens the block the linked heading sits in, a few levels up, says it holds other
 * posts ("More Job Openings") or the site's news and stories ("Nieuws", "Verhalen van collega's").
 */
function underOtherPosts(heading: Element): boolean {
  otherPostsHeading ??= new RegExp(
    `(?:^|\\s)(?:${OTHER_POSTS.flatMap((w) => w.others).join('|')})\\s+(?:\\S+\\s+){0,2}?(?:${OTHER_POSTS.flatMap((w) => w.posts).join('|')})(?:\\s|$)` +
      `|^(?:${OTHER_POSTS.flatMap((w) => w.news).join('|')})(?![a-zà-ÿ])`,
    'i',
  );
  let block = heading.parentElement;
  for (let depth = 0; block && depth < 4; depth++, block = block.parentElement) {
    const first = block.firstElementChild;
    if (first && first !== heading && /^h[2-4]$/.test(first.localName) && !first.querySelector('a[href]') && otherPostsHeading.test((first.textContent ?? '').trim())) return true;
  }
  return false;
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
