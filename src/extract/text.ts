/**
 * The page as text: what a reader sees, block boundaries as newlines, with a map from every text
 * offset back to the DOM so evidence can be highlighted in the page (CSS Custom Highlight API).
 * Pure: walks the DOM it is given, reads no computed style (happy-dom and Chromium must agree).
 */
import { LETTER } from './chars';
import { allOf, alternation, isFactLabel } from './locales';

export interface TextLine {
  start: number;
  end: number;
  text: string;
  /** The line sits in page chrome (header, navigation, footer, cookie banner...), not the vacancy. */
  chrome: boolean;
  /** Tag name (lower case) of the block element the line came from: 'h2', 'dt', 'li', 'p'... */
  block: string;
}

export interface PageText {
  text: string;
  lines: TextLine[];
  /** Per character of `text`: index into `nodes` (-1 for none). */
  readonly nodeIndex: Int32Array;
  /**
   * Per character of `text`: its offset in its node's data minus its offset in `text`. Constant
   * along a run of ordinary characters, so the walk writes a run with one native fill rather than
   * a loop per character (the sidebar script runs unoptimised, once, on every vacancy page).
   */
  readonly nodeShift: Int32Array;
  readonly nodes: Text[];
}

export interface DomPoint {
  node: Text;
  offset: number;
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'svg', 'canvas', 'iframe', 'object', 'select', 'option', 'textarea', 'input', 'button']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html',
  'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'center', 'menu',
]);
const CHROME_ROLES = /^(banner|navigation|contentinfo|dialog|alertdialog|search)$/;
/** Landmarks inside which a header, footer or aside belongs to the content, not the page. */
const CONTENT_SCOPES = 'main, article, [role="main"]';
/** Blocks that are the page's, not the vacancy's: consent banners, other vacancies, share buttons, breadcrumbs. */
/** The heading of a card of contact details ("Meer weten?", "Ansprechpartner"), in any language. */
const CONTACT_HEADING = new RegExp(alternation(allOf((l) => l.contacts.headings)), 'i');
/** A site's menu marked by its class rather than <nav>: "nav", "navbar", "main-menu" as a whole class word. */
const NAV_NAMES = String.raw`(?:^|[\s_-])(?:nav|navbar|navigation|menu|mainmenu|topmenu|menubar)(?:$|[\s_-])`;
const CHROME_NAMES = new RegExp(`${alternation(allOf((l) => l.chromeNames))}|${NAV_NAMES}`, 'i');
/** Headings that open a block of other vacancies ("Andere vacatures", "Das könnte Sie auch interessieren"). */
const OTHER_VACANCIES = new RegExp(
  `^(?:${alternation(allOf((l) => l.otherVacancies.starts))})|${alternation(allOf((l) => l.otherVacancies.contains))}` +
    // "Weitere offene Stellen", "More openings", "Nos autres offres d'emploi": a word for "other" and, at most two words on, posts.
    `|(?<![${LETTER}])(?:${alternation(allOf((l) => l.otherVacancies.others))})\\s+(?:[^\\s]+\\s+){0,2}?(?:${alternation(allOf((l) => l.otherVacancies.posts))})(?![${LETTER}])`,
  'i',
);
/**
 * Label/value pairs built from spans ("<span class=term>Behörde</span> <span class=desc>Kreis
 * Viersen</span>") read as lines of their own, like <dt>/<dd>, so the label stands apart.
 */
/**
 * A label and its value in elements of their own with no space between ("<span>Date published</span>
 * <strong>24 March 2026</strong>") sit apart on screen, by their style: a word that ends in lower case
 * (or a colon) and an element's text that starts with a capital or a digit are read as two lines.
 * A word split by markup ("<b>W</b>ord") or an e-mail address ("jan<span>@</span>gent.be") is not.
 */
const GLUED_BEFORE = /[a-zà-ÿß:)]/;
const GLUED_AFTER = /[A-ZÀ-Ý0-9€$£]/;
const DIGIT_END = /\d/;
const CAPITAL_START = /[A-ZÀ-Ý]/;
/** How a label ends: a letter, its colon, an abbreviation's dot ("Ref."), a question mark ("Waar?"). */
const LABEL_END = /[a-zA-Z\u00c0-\u024f:.?)]/;
const LABEL_PARTS = /(?:^|[\s_-])(?:term|desc|description|label|value|key)(?:$|[\s_-])/i;
/**
 * "<div><span class=lbl>Place of employment</span><span>Vienna, AUSTRIA</span><span class=lbl>Contract duration</span>…":
 * a definition list built from spans, its labels marked by a class their values lack. Each span is a line, as a
 * <dt> and <dd> are; so a value never runs into the next label. Checked once per parent.
 */
const spanRows = new WeakMap<Element, boolean>();
function isSpanRow(parent: Element | null): boolean {
  if (!parent) return false;
  let rows = spanRows.get(parent);
  if (rows === undefined) spanRows.set(parent, (rows = spanPairs(parent) || isNameCard(parent)));
  return rows;
}
/**
 * "<div class=contact-card><strong>Katrien Van Dyck</strong> <span>afdelingshoofd begraafplaatsen</span> <span>03 338 45
 * 12</span></div>": a person's card, a bold name and the short spans under it, each a line as on screen. A bold label
 * ("<strong>Deadline:</strong> <span>…</span>") is no name.
 */
function isNameCard(parent: Element): boolean {
  const children = parent.children;
  const first = children[0];
  if (children.length < 3 || !first || (first.localName !== 'strong' && first.localName !== 'b')) return false;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const text = (child.textContent ?? '').trim();
    if ((i > 0 && child.localName !== 'span' && child.localName !== 'a') || text.length === 0 || text.length > 60 || text.endsWith(':')) return false;
  }
  return onlyElementsInside(parent);
}

/** No text of its own between its children, white space aside. */
function onlyElementsInside(parent: Element): boolean {
  for (const node of Array.from(parent.childNodes)) if (node.nodeType === 3 && (node.textContent ?? '').trim() !== '') return false;
  return true;
}
function spanPairs(parent: Element): boolean {
  const children = parent.children;
  if (children.length < 4 || children.length % 2 !== 0) return false;
  const labelClass = children[0]!.getAttribute('class');
  if (!labelClass) return false;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.localName !== 'span' || (child.getAttribute('class') === labelClass) !== (i % 2 === 0)) return false;
  }
  // Only white space between them: spans inside running text are words, no rows.
  return onlyElementsInside(parent);
}
/** A footnote's mark: a number or a sign of one or two characters ("1", "*", "†"). */
const FOOTNOTE_MARK = /^\s*(?:\d{1,2}|[*†‡§]{1,2})\s*$/;
/** Spaces HTML collapses: space, tab, line feed, carriage return, form feed. */
const isCollapsible = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
/**
 * A word as the reader sees it: characters that are neither collapsible spaces nor invisible
 * ("hoch\u00admodern" is two runs read as one word). A text node is read a run at a time, one
 * native match per word: a loop per character costs milliseconds before the code is optimised
 * (the sidebar script runs fresh on every page).
 */
const VISIBLE_RUN = /[^\t\n\f\r \u00ad\u200b\u200c\u200d\u2060\ufeff]+/g;
/** No-break and thin spaces read as a plain space, so "€\u00a03.059,65" matches "€ 3.059,65". */
const SPACE_LIKE = /[\u00a0\u2007\u202f\u2009\u2002\u2003]/g;

/**
 * Bounds of the walk: a vacancy fits in a few tens of thousands of characters, so a page built to be
 * slow (megabytes of text, nesting thousands deep) is read up to here and no further.
 */
export const MAX_TEXT = 100_000;
const MAX_DEPTH = 1_000;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

function isChrome(el: Element, tag: string): boolean {
  if (tag === 'nav' || tag === 'dialog') return true;
  if (tag === 'form' && isSearchForm(el)) return true;
  if (tag === 'header' || tag === 'footer' || tag === 'aside') {
    // The HTML landmark rule: a header/footer inside the content is the content's own.
    // An <aside> that holds a table of facts beside the vacancy is its key-facts box.
    if (!el.parentElement?.closest(CONTENT_SCOPES) && !(tag === 'aside' && isFactsBox(el))) return true;
  }
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.test(role)) return true;
  const names = `${el.id} ${el.getAttribute('class') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
  if ((names.length > 2 && CHROME_NAMES.test(names)) || OTHER_VACANCIES.test(el.getAttribute('aria-label') ?? '')) return true;
  if ((tag === 'ul' || tag === 'ol') && isListOfLinks(el)) return true;
  if (el.childElementCount >= 3 && el.firstElementChild?.localName === 'a' && isRowOfLinks(el)) return true;
  const first = el.firstElementChild;
  return first !== null && isBlockHeading(first) && OTHER_VACANCIES.test((first.textContent ?? '').trim());
}

/**
 * A board's search or its filters ("Niveau A … Niveau E", "Statutair", "Contractueel" as checkboxes; "Location" over
 * a search field): the choices of every vacancy, none of this one's. An application form has a few boxes to tick,
 * not a facet's many.
 */
function isSearchForm(form: Element): boolean {
  // A form that says it is sent by GET asks for a page of results; an application is posted.
  if (SEARCH_ACTION.test(form.getAttribute('action') ?? '') || /^get$/i.test(form.getAttribute('method') ?? '')) return true;
  return form.querySelector('input[type="search" i]') !== null || form.querySelectorAll('input[type="checkbox" i], input[type="radio" i]').length >= 8;
}
const SEARCH_ACTION = /search|zoek|such|recherch|filter/i;

/** A heading, or the short titled first block a portlet or card uses as one ("<div class="portletHeader">"). */
function isBlockHeading(el: Element): boolean {
  return /^h[2-4]$/.test(el.localName) || (/head|title/i.test(el.getAttribute('class') ?? '') && (el.textContent ?? '').length <= 80);
}

/**
 * A list whose every item opens with a link to another page ("Assistant météorologie spatiale / Date
 * limite : 31/03/2026", "Toutes les offres"): a menu or a list of other posts, whose dates and labels
 * are theirs. Three items at least; a contact's e-mail or phone link is no such link.
 */
function isListOfLinks(el: Element): boolean {
  const items = el.children;
  if (items.length < 3) return false;
  for (let i = 0; i < items.length; i++) {
    const first = items[i]!.firstElementChild;
    if (!first || !linksElsewhere(first) || !(items[i]!.textContent ?? '').trimStart().startsWith((first.textContent ?? '').trim())) return false;
  }
  return true;
}

/**
 * "Je suis : Citoyen Employeur Partenaire Candidat": a row of three links or more to other pages, with at
 * most a short caption of its own, is a menu. Its words ("Employeur", then "Partenaire") are no label and value.
 */
function isRowOfLinks(el: Element): boolean {
  let own = 0;
  // By index: see the walk below.
  const children = el.childNodes;
  for (let i = 0; i < children.length; i++) {
    const n = children[i]!;
    if (n.nodeType === 3) own += (n.textContent ?? '').trim().length;
    else if (n.nodeType === 1 && !linksElsewhere(n as Element)) return false;
  }
  return own <= 20;
}

/** A link to another page: a contact's e-mail or phone link, or a jump within the page, is none. */
function linksElsewhere(el: Element): boolean {
  const href = el.localName === 'a' ? (el.getAttribute('href') ?? '') : '';
  return href !== '' && !/^(?:mailto:|tel:|#)/i.test(href);
}

/** A date ("28. Februar 2026", "16/02/2026", "March 3, 2026") or an amount ("€ 2.512,90", "$41.06"). */
const DATE_OR_AMOUNT = new RegExp(
  String.raw`\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}\b|\b\d{1,2}\.?\s+[${LETTER}]{3,}\.?\s+\d{4}\b|[${LETTER}]{3,}\.?\s+\d{1,2},?\s+\d{4}\b|[€$£]\s?\d|\d\s?(?:€|EUR\b|CHF\b)|\bCHF\s?\d`,
);

/**
 * The link an item opens with: its first element, or the first element of its first cell or bold
 * title ("<tr><td><a>…</a></td><td>Bewerbungsfrist …</td></tr>"). A script's link ("#") counts:
 * cards are clicked, not jumped to.
 */
function openingLink(item: Element): Element | null {
  let first = item.firstElementChild;
  if (first && first.localName !== 'a' && /^(?:td|th|strong|b|span|h[3-6])$/.test(first.localName)) first = first.firstElementChild;
  if (!first || first.localName !== 'a') return null;
  const href = first.getAttribute('href') ?? '';
  return href === '#' || linksElsewhere(first) ? first : null;
}

/**
 * Items side by side that each open with a link to another page and go on with that page's own date
 * or pay ("<p><a href=…>Hauswart 100 %</a><br>Bewerbungsfrist: 28. Februar 2026</p>"): other
 * vacancies' cards, whatever the heading above them says. Two at least; a linked name that goes on
 * with a phone number or a role is a contact, and a linked document with its size is the page's own.
 */
function cardsOfOtherPages(el: Element): Set<Element> | null {
  let cards: Set<Element> | null = null;
  const items = el.children;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const link = openingLink(item);
    if (!link) continue;
    const text = (item.textContent ?? '').trim();
    const title = (link.textContent ?? '').trim();
    if (title.length < 4 || !text.startsWith(title) || !DATE_OR_AMOUNT.test(text.slice(title.length))) continue;
    (cards ??= new Set()).add(item);
  }
  return cards && cards.size >= 2 ? cards : null;
}

/**
 * A key-facts box: a definition list, a two-column table, a list of bold labels and values or rows of
 * a known label and its value, at least three of them, with no block of other vacancies in it. Read as the vacancy's own even where the page marks no <main>.
 */
function isFactsBox(el: Element): boolean {
  const names = `${el.id} ${el.getAttribute('class') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
  if (CHROME_NAMES.test(names) || el.querySelector('h2 a, h3 a, h4 a, li a[href*="vacat"], li a[href*="job"]')) return false;
  if (el.querySelectorAll('dt').length >= 3) return true;
  // "Meer weten? / Marloes van Dijk, teamleider …, 06-43 21 87 59": the vacancy's contacts in a card beside it.
  const heading = el.querySelector('h2, h3, h4');
  if (heading && CONTACT_HEADING.test(heading.textContent ?? '') && /@|\+?\d[\d .\-/]{7,}/.test(el.textContent ?? '')) return true;
  // "<li><strong>Lieu de travail</strong>Rue de Genève 36</li>", "<li><span class=lbl>Uren per week</span>36 uur</li>",
  // "<div class=f><b>Directorate</b>Canberra Health Services</div>": rows of label and value.
  const labelled = Array.from(el.querySelectorAll('li, div, p')).filter((row) => {
    const first = row.firstElementChild;
    if (first === null || (row.textContent ?? '').length <= (first.textContent ?? '').length + 1) return false;
    return first.localName === 'strong' || first.localName === 'b' || isFactLabel(first.textContent ?? '');
  });
  if (labelled.length >= 3) return true;
  // "<div class=row><span>Standplaats</span><span>PAC Het Zuid, …</span></div>": rows of a known label and its value.
  let labelRows = 0;
  for (const row of Array.from(el.querySelectorAll('div, p, li'))) {
    if (row.children.length === 2 && isFactLabel(row.children[0]!.textContent ?? '') && ++labelRows >= 3) return true;
  }
  const rows = Array.from(el.querySelectorAll('tr')).filter((tr) => tr.children.length === 2);
  return rows.length >= 3;
}

/** A card of its own in a sidebar (a <div> or <section>), not a bare list beside a linked heading. */
const isCard = (node: Node) => node.nodeType === 1 && ((node as Element).localName === 'div' || (node as Element).localName === 'section');

/**
 * A facts sidebar beside <main> ("Kerngegevens", the portal's label/value card) is the vacancy's
 * own: an <aside> or a "sidebar" that is a sibling of the main element and not a block of other
 * vacancies, share buttons or consent.
 */
function sidebarsOf(main: Element | null): Set<Element> {
  const out = new Set<Element>();
  if (!main?.parentElement) return out;
  for (const el of Array.from(main.parentElement.children)) {
    if (el === main) continue;
    const names = `${el.id} ${el.getAttribute('class') ?? ''}`;
    if (el.localName !== 'aside' && !/sidebar|side-bar|facts|kerngegevens/i.test(names)) continue;
    if (el.getAttribute('role') && CHROME_ROLES.test(el.getAttribute('role')!)) continue;
    const first = el.firstElementChild;
    if (CHROME_NAMES.test(`${names} ${el.getAttribute('aria-label') ?? ''}`) || (first && OTHER_VACANCIES.test((first.textContent ?? '').trim()))) continue;
    out.add(el);
  }
  return out;
}

/** The one main content element, when the page marks it: everything outside is chrome. */
function mainElement(doc: Document): Element | null {
  const mains = doc.querySelectorAll('main, [role="main"]');
  if (mains.length !== 1) return null;
  const main = mains[0]!;
  return hasTextOver(main, 200) ? main : null;
}

/**
 * A job board's header above its <main> ("<div class=job-header><h1>Post</h1><div class=summary>Salary …
 * Closing Date …</div></div>"): the block that holds the page's one h1, when <main> has none, is the
 * vacancy's own, not chrome. A site header's (<header>, <nav>) is not.
 */
function titleBlockOutside(doc: Document, main: Element | null): Element | null {
  if (!main || main.getElementsByTagName('h1').length > 0) return null;
  const h1s = doc.getElementsByTagName('h1');
  if (h1s.length !== 1) return null;
  const block = h1s[0]!.parentElement;
  if (!block || block === doc.body || block.closest('header, nav, footer, [role="banner"], [role="navigation"], [role="contentinfo"]')) return null;
  return block;
}

/**
 * A heading that opens other vacancies ("Autres postes au Service de l'eau"), or a bold line that opens its
 * block as one would ("<div class=portlet><strong>Autres offres</strong><p>…</p></div>").
 */
function opensOtherVacancies(child: Element, parent: Element): boolean {
  const heads = /^h[2-4]$/.test(child.localName) || (/^(?:strong|b)$/.test(child.localName) && child === parent.firstElementChild);
  return heads && OTHER_VACANCIES.test((child.textContent ?? '').trim());
}

/** The page's only <article>, when it has one with text. */
function onlyArticle(doc: Document): Element | null {
  const articles = doc.getElementsByTagName('article');
  return articles.length === 1 && hasTextOver(articles[0]!, 200) ? articles[0]! : null;
}

const WHITESPACE = /\s/;

/** Whether the element's text, trimmed, is longer than `n`: read only as far as that takes. */
function hasTextOver(el: Element, n: number): boolean {
  // Characters from the first non-space to the last so far, and the spaces after the last.
  let count = 0;
  let spaces = 0;
  const walk = (node: Node): boolean => {
    if (node.nodeType === 3) {
      for (const c of (node as Text).data) {
        if (WHITESPACE.test(c)) {
          if (count > 0) spaces++;
          continue;
        }
        count += spaces + 1;
        spaces = 0;
        if (count > n) return true;
      }
      return false;
    }
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) if (walk(children[i]!)) return true;
    return false;
  };
  return walk(el);
}

export function pageText(doc: Document): PageText {
  // The text as pieces (characters and runs), joined once at the end.
  const out: string[] = [];
  // Room for MAX_TEXT characters and the line break or space written before the last of them.
  const nodeIndex = new Int32Array(MAX_TEXT + 2);
  const nodeShift = new Int32Array(MAX_TEXT + 2);
  const nodes: Text[] = [];
  const lines: TextLine[] = [];
  const main = mainElement(doc);
  const titleBlock = titleBlockOutside(doc, main);
  // Without a <main>, the one <article> is where a facts sidebar sits beside the vacancy.
  const sidebars = sidebarsOf(main ?? onlyArticle(doc));

  let lineStart = 0;
  let lineChrome = false;
  let lineBlock = 'body';
  let pendingSpace = false;
  let pendingBreak = false;
  /** An element began or ended since the last character: "<small>Plaats</small>Ieper" is two lines. */
  let crossed = false;
  let length = 0;

  const emit = (ch: string, ni: number, off: number) => {
    out.push(ch);
    nodeIndex[length] = ni;
    nodeShift[length] = off - length;
    length++;
  };
  /** Characters [from, to) of a node's data, none of them collapsible or invisible (space-like ones become spaces at the end). */
  const emitRun = (data: string, from: number, to: number, ni: number) => {
    out.push(data.slice(from, to));
    nodeIndex.fill(ni, length, length + to - from);
    nodeShift.fill(from - length, length, length + to - from);
    length += to - from;
  };
  /** The current line's text so far, when short enough to be a label ("Solliciteren tot en met" glued to "zondag 8 maart"). */
  const lineSoFar = () => {
    if (length - lineStart > 40) return '';
    let s = '';
    for (let k = out.length - 1; k >= 0 && s.length < length - lineStart; k--) s = out[k]! + s;
    return s.slice(s.length - (length - lineStart));
  };
  // A line's text is cut from the whole text once it is joined: one join, not one per line.
  const closeLine = () => {
    if (length > lineStart) lines.push({ start: lineStart, end: length, text: '', chrome: lineChrome, block: lineBlock });
  };

  const walk = (node: Node, chrome: boolean, block: string, depth: number) => {
    if (length >= MAX_TEXT || depth > MAX_DEPTH) return;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      let ni = -1;
      // End of the previous run: collapsible spaces between runs leave one pending space.
      let seen = 0;
      VISIBLE_RUN.lastIndex = 0;
      for (let m = VISIBLE_RUN.exec(data); m && length < MAX_TEXT; m = VISIBLE_RUN.exec(data)) {
        const i = m.index;
        for (let k = seen; k < i && !pendingSpace; k++) if (isCollapsible(data.charCodeAt(k))) pendingSpace = true;
        seen = i + m[0].length;
        if (ni < 0) {
          ni = nodes.length;
          nodes.push(node as Text);
        }
        // A label and its value in elements of their own, glued: each its own line, as on screen.
        if (crossed && !pendingSpace && length > lineStart) {
          const before = out[out.length - 1]!.slice(-1);
          // A label glued to a lower-case value ("Solliciteren tot en met" + "zondag …") is looked up only then: the cheap tests first.
          // "<span>Kennziffer: 2026-047</span><span>Veröffentlicht am …</span>": a number, then a capital, in elements of their own.
          if ((GLUED_BEFORE.test(before) && GLUED_AFTER.test(data[i]!)) || (DIGIT_END.test(before) && CAPITAL_START.test(data[i]!)) || (length - lineStart <= 40 && LABEL_END.test(before) && isFactLabel(lineSoFar()))) pendingBreak = true;
        }
        if (pendingBreak && length > 0) {
          closeLine();
          emit('\n', ni, i);
          lineStart = length;
          pendingSpace = false;
        }
        if (pendingBreak || length === lineStart) {
          lineChrome = chrome;
          lineBlock = block;
        }
        pendingBreak = false;
        if (pendingSpace && length > lineStart) emit(' ', ni, i);
        pendingSpace = false;
        crossed = false;
        // At least the run's first character, as the text may end one past MAX_TEXT.
        emitRun(data, i, i + Math.min(m[0].length, Math.max(1, MAX_TEXT - length)), ni);
      }
      for (let k = seen; k < data.length && !pendingSpace; k++) if (isCollapsible(data.charCodeAt(k))) pendingSpace = true;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName;
    if (SKIPPED.has(tag) || isHidden(el)) return;
    if (tag === 'br') {
      pendingBreak = true;
      return;
    }
    // "€58,969<sup>1</sup>": a footnote's mark right after a number is no digit of it ("€58,9691").
    if (tag === 'sup' && !pendingSpace && length > lineStart && /\d$/.test(out[out.length - 1]!) && FOOTNOTE_MARK.test(el.textContent ?? '')) return;
    const isBlock = BLOCKS.has(tag) || (tag === 'span' && (LABEL_PARTS.test(el.getAttribute('class') ?? '') || isSpanRow(el.parentElement)));
    const inChrome = sidebars.has(el) ? false : chrome || isChrome(el, tag) || (main !== null && tag === 'body');
    const childBlock = isBlock ? tag : block;
    // "<b>Posting Title</b><span>…</span> <b>Job Requisition ID</b><span>151872</span>": a bold fact label
    // right before its value's element opens a line of its own, as a row of a table would.
    if (isBlock || ((tag === 'b' || tag === 'strong') && length > lineStart && el.nextSibling?.nodeType === 1 && isFactLabel(el.textContent ?? ''))) pendingBreak = true;
    // A superscript or subscript belongs to its word ("m<sup>2</sup>", "1<sup>er</sup>"): no label and value meet there.
    const inWord = tag === 'sup' || tag === 'sub';
    if (!inWord) crossed = true;
    // By index: a DOM without a fast nextSibling (happy-dom) makes a sibling walk quadratic.
    const children = el.childNodes;
    // A heading (or a bold line opening its block) that opens other vacancies makes the rest of its block theirs.
    let othersFrom = false;
    const cards = el.childElementCount >= 2 ? cardsOfOtherPages(el) : null;
    for (let i = 0; i < children.length && length < MAX_TEXT; i++) {
      const child = children[i]!;
      if (!othersFrom && child.nodeType === 1 && opensOtherVacancies(child as Element, el)) othersFrom = true;
      // Outside <main> is chrome; <main> itself switches it off again for its subtree, as does a key-facts
      // card in an <aside> that also holds other cards ("Kerngegevens" beside "Gelijkaardige vacatures").
      const own = child === main || child === titleBlock || sidebars.has(child as Element) || (tag === 'aside' && !chrome && isCard(child) && isFactsBox(child as Element));
      walk(child, othersFrom || cards?.has(child as Element) === true || (own ? false : inChrome), childBlock, depth + 1);
    }
    if (isBlock) pendingBreak = true;
    if (!inWord) crossed = true;
  };

  const root = doc.body ?? doc.documentElement;
  if (root) walk(root, false, 'body', 0);
  closeLine();
  // Space-like characters were copied within runs; each becomes one space, so no offset moves.
  const text = out.join('').replace(SPACE_LIKE, ' ');
  for (const line of lines) line.text = text.slice(line.start, line.end);
  return {
    text,
    lines,
    nodeIndex: nodeIndex.slice(0, length),
    nodeShift: nodeShift.slice(0, length),
    nodes,
  };
}

/** DOM positions of the text range [start, end) of `page.text`, for a DOM Range or a highlight. */
export function rangeOf(page: PageText, start: number, end: number): { start: DomPoint; end: DomPoint } | null {
  if (start < 0 || end > page.text.length || start >= end) return null;
  // Skip line breaks at the edges: they are not characters of any text node.
  while (start < end && page.text[start] === '\n') start++;
  while (end > start && page.text[end - 1] === '\n') end--;
  if (start >= end) return null;
  const a = page.nodes[page.nodeIndex[start]!];
  const b = page.nodes[page.nodeIndex[end - 1]!];
  if (!a || !b) return null;
  return {
    start: { node: a, offset: start + page.nodeShift[start]! },
    end: { node: b, offset: end + page.nodeShift[end - 1]! },
  };
}

/**
 * Where an evidence text sits in the page: the first occurrence in the content, else anywhere.
 * Evidence carries only its text (the contract), so the sidebar finds it again with this.
 */
export function locate(page: PageText, text: string): { start: number; end: number } | null {
  if (!text) return null;
  let from = 0;
  let fallback: { start: number; end: number } | null = null;
  for (;;) {
    const at = page.text.indexOf(text, from);
    if (at < 0) return fallback;
    const hit = { start: at, end: at + text.length };
    const line = page.lines.find((l) => l.start <= at && at < l.end);
    if (line && !line.chrome) return hit;
    fallback ??= hit;
    from = at + 1;
  }
}

const indexes = new WeakMap<PageText, Map<Text, number>>();
function nodeIndexes(page: PageText): Map<Text, number> {
  let index = indexes.get(page);
  if (!index) indexes.set(page, (index = new Map(page.nodes.map((n, i) => [n, i]))));
  return index;
}

/** The page text an element shows, as it appears in `page.text` (null when it shows none). */
export function textOfElement(page: PageText, el: Element): { start: number; end: number; text: string } | null {
  // The element's text nodes follow each other in document order, so they are one run of
  // `page.nodes`: found by walking the element, not by testing every node of the page.
  const index = nodeIndexes(page);
  let lo = Infinity;
  let hi = -1;
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const i = index.get(node as Text);
      if (i !== undefined) {
        lo = Math.min(lo, i);
        hi = Math.max(hi, i);
      }
      return;
    }
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]!);
  };
  walk(el);
  if (hi < 0) return null;
  // Node indexes never decrease along the text (nodes are numbered in the order they are read), so
  // the element's characters are one run: found by bisection, not by a scan of the whole page.
  const { nodeIndex, text } = page;
  let a = 0;
  let b = text.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (nodeIndex[mid]! < lo) a = mid + 1;
    else b = mid;
  }
  let first = -1;
  let last = -1;
  for (let i = a; i < text.length && nodeIndex[i]! <= hi; i++) {
    if (text.charCodeAt(i) !== 0x0a) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return null;
  return { start: first, end: last + 1, text: page.text.slice(first, last + 1) };
}
