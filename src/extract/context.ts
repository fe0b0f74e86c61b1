/**
 * What every field rule reads: the page text split into content lines and sentences, the declared
 * JobPosting, the portal, the country and the clock. Built once per extraction.
 */
import type { Evidence } from '../model/facts';
import { DIGIT, LETTER, UPPER } from './chars';
import { allOf, alternation } from './locales';
import { VACANCY_LABELS } from './locales/vacancy-labels';
import type { Portal } from './portals';
import { portalRulesFor } from './portals';
import { countryOfHost } from './phones';
import type { RegionalZone } from './times';
import { canadianZoneOf, usZoneOf } from './times';
import type { JobPosting } from './sources/jsonld';
import { readJobPosting } from './sources/jsonld';
import { readMicrodata } from './sources/microdata';
import type { PageText, TextLine } from './text';
import { pageText } from './text';

export interface Sentence {
  start: number;
  end: number;
  text: string;
  line: TextLine;
}

export interface Context {
  doc: Document;
  url: URL | null;
  now: Date;
  page: PageText;
  /** Lines of the vacancy itself, page chrome left out. */
  lines: TextLine[];
  sentences: Sentence[];
  /** The JobPosting the page declares, from JSON-LD or else microdata (`declaredBy` says which). */
  jobPosting: JobPosting | null;
  declaredBy: 'jsonld' | 'microdata';
  portal: Portal | null;
  /** Country as a top-level domain ("be"), for national phone numbers and date order. */
  country: string | null;
  /** On a Canadian or US page, the zone of the province or state its addresses are in: a deadline's hour there has its offset. */
  region: RegionalZone | null;
  monthFirst: boolean;
  /** Set once the publication date is known: year-less dates resolve from it. */
  published: string | null;
  /** The deadline once read (ISO): selection steps come after it. */
  deadline: string | null;
  /** Set once the page's language is known ("nl"), for vocabulary that differs between languages. */
  language: string | null;
  /** Set once the employer is known: a contact's "role" that only names it is none. */
  organisation: string | null;
}

export interface Found<T> {
  value: T;
  evidence: Evidence;
}

/** One rule of a field: returns the value with its evidence, or null to let the next rule try. */
export type Rule<T> = (ctx: Context) => Found<T> | null;

/**
 * A field read both from what the page declares (JSON-LD, microdata) and from its visible text.
 * The visible text is what the employer wrote for people, so it wins; when the declared reading
 * differs, it stays beside it as the evidence's conflict. Declared data alone fills the gap when the
 * text says nothing. `merge` completes an agreeing visible value with declared details.
 */
export function declaredAndVisible<T>(
  ctx: Context,
  declared: readonly Rule<T>[],
  visible: readonly Rule<T>[],
  how: { same: (d: T, v: T) => boolean; show: (d: T) => string; merge?: (d: T, v: T) => T },
): Found<T> | null {
  const d = firstOf(ctx, declared);
  const v = firstOf(ctx, visible);
  if (!v || !d) return v ?? d;
  if (how.same(d.value, v.value)) return { value: how.merge ? how.merge(d.value, v.value) : v.value, evidence: v.evidence };
  return {
    value: v.value,
    evidence: { ...v.evidence, conflict: { source: d.evidence.source, text: d.evidence.text.slice(0, 2000), value: how.show(d.value).slice(0, 500) } },
  };
}

/** The first rule's finding; a rule may find more than the value (what it settled), and that comes along. */
export function firstOf<F extends Found<unknown>>(ctx: Context, rules: readonly ((ctx: Context) => F | null)[]): F | null {
  for (const rule of rules) {
    try {
      const found = rule(ctx);
      if (found) return found;
    } catch {
      // A rule that trips over an odd page must not cost the other rules their chance.
    }
  }
  return null;
}

const ABBREVIATIONS = new Set(
  // 'co': an Irish county ("Tralee, Co. Kerry").
  ['dr', 'prof', 'mr', 'mrs', 'ms', 'mme', 'co', 'mevr', 'dhr', 'tel', 'tél', 'fax', 'nr', 'no', 'st', 'bzw', 'ca', 'etc', 'vs', 'incl', 'excl', 'ggf', 'evt', 'bijv', 'resp', 'max', 'min', 'z.b', 'e.g', 'i.e', 'o.a', 'u.a', 'd.h', 'ing', 'ir', 'lic', 'mag', 'str', 'art', 'abs', 'vgl', 'zgl'],
);

const BOUNDARY = new RegExp(String.raw`[.!?](?=\s+["'“‘(]?[${UPPER}\d€£$])`, 'gu');
const LAST_WORD = new RegExp(`([${LETTER}.]+)$`, 'u');
const ONE_LETTER = new RegExp(`^[${LETTER}]$`, 'u');
const DOTTED_LETTERS = new RegExp(`^(?:[${LETTER}]\\.)+[${LETTER}]$`, 'u');

/** Sentences of a line: a stop followed by a space and a capital, unless it ends an abbreviation. */
export function splitSentences(line: TextLine): Sentence[] {
  const out: Sentence[] = [];
  const t = line.text;
  let from = 0;
  for (const m of t.matchAll(BOUNDARY)) {
    const before = t.slice(from, m.index);
    const word = LAST_WORD.exec(before)?.[1]?.toLowerCase() ?? '';
    // Abbreviations, initials ("J. Peeters") and German ordinals ("3. September") end no sentence.
    // Letters with their dots ("B.P. 29", "U.S. Geological Survey") are an abbreviation too.
    if (ABBREVIATIONS.has(word) || ONE_LETTER.test(word) || DOTTED_LETTERS.test(word) || /(?:^|\s)\d{1,2}$/.test(before)) continue;
    out.push(make(line, from, m.index + 1));
    from = m.index + 1;
    while (t[from] === ' ') from++;
  }
  if (from < t.length) out.push(make(line, from, t.length));
  return out;
}

function make(line: TextLine, a: number, b: number): Sentence {
  return { start: line.start + a, end: line.start + b, text: line.text.slice(a, b), line };
}

/**
 * Lines longer than this are walls of text (or pages built to be slow): no label, date or amount
 * is read from them, so no rule's pattern ever runs over more than this many characters.
 */
export const MAX_LINE = 2_000;

export function buildContext(doc: Document, url: string | null, now: Date): Context {
  const page = pageText(doc);
  const lines = page.lines.filter((l) => !l.chrome && l.text.length <= MAX_LINE);
  let parsed: URL | null = null;
  try {
    parsed = url ? new URL(url) : null;
  } catch {
    parsed = null;
  }
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  const fromJsonLd = safely(() => readJobPosting(doc));
  const jobPosting = fromJsonLd ?? safely(() => readMicrodata(doc));
  const portal = parsed ? portalRulesFor(parsed) : null;
  // The host's country, else the portal's (jobs.stad.gent), else <html lang="nl-BE">, else the e-mail domains.
  let country = parsed ? countryOfHost(parsed.hostname) : null;
  country ??= portal?.country ?? null;
  const region = /^[a-z]{2}-([a-z]{2})$/.exec(lang)?.[1];
  if (!country && region) country = countryOfHost(`x.${region}`);
  country ??= countryFromEmails(lines) ?? countryFromAddresses(lines);
  // A .gov or .mil address is American too.
  const american = country === 'us' || country === 'gov' || country === 'mil';
  return {
    doc,
    url: parsed,
    now,
    page,
    lines,
    sentences: lines.flatMap(splitSentences),
    jobPosting,
    declaredBy: fromJsonLd ? 'jsonld' : 'microdata',
    portal,
    country,
    region: country === 'ca' ? canadianZoneOf(page.text) : american ? usZoneOf(page.text) : null,
    monthFirst: monthFirstByItsDates(page.text) ?? (american || lang === 'en-us'),
    published: null,
    deadline: null,
    organisation: null,
    language: null,
  };
}

const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](?:19|20)\d\d(?![\d/.-])/g;

/**
 * The order a page writes its numeric dates in, where one of them can only be read one way: "3/16/2026" is month
 * first (a Canadian province's board), "16/03/2026" day first. Null when none says, or they disagree.
 */
function monthFirstByItsDates(text: string): boolean | null {
  let monthFirst = false;
  let dayFirst = false;
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dayFirst = true;
    else if (b > 12 && a <= 12) monthFirst = true;
  }
  return monthFirst === dayFirst ? null : monthFirst;
}

const US_STATES = 'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
/** ", Everett, WA 98201": a US address (state and ZIP code) on a page of a .com board (governmentjobs.com). */
const US_ADDRESS_END = new RegExp(`,\\s(?:${US_STATES})\\s\\d{5}(?:-\\d{4})?\\b`);

/** A page on a board with no country of its own (governmentjobs.com) that gives US addresses is a US page: dates month first. */
function countryFromAddresses(lines: TextLine[]): string | null {
  if (lines.some((l) => US_ADDRESS_END.test(l.text))) return 'us';
  // "Townhall, 2 Townhall Street, Enniskillen, BT74 7BA": a .com council of the United Kingdom.
  return lines.some((l) => UK_POSTCODE_END.test(l.text)) ? 'gb' : null;
}
/** A UK postcode that ends an address line: "BT74 7BA", "SW1A 2AA", "Omagh BT79 7BL". */
const UK_POSTCODE_END = /(?:^|[\s,])[A-Z]{1,2}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2}$/;

/** Without a URL, the e-mail domains of the vacancy say which country its phone numbers are in. */
function countryFromEmails(lines: TextLine[]): string | null {
  const counts = new Map<string, number>();
  for (const l of lines) {
    for (const m of l.text.matchAll(/@[\w.-]+\.([a-z]{2,3})\b/gi)) {
      const c = countryOfHost(`x.${m[1]!}`);
      if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [c, n] of counts) if (!best || n > counts.get(best)!) best = c;
  return best;
}

function safely<T>(f: () => T | null): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

// ---- matching helpers shared by the field rules ----

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex alternation of words, longest first, each bounded by non-letters on both sides. */
export function wordsPattern(words: readonly string[]): string {
  const alt = [...words].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, '\\s+')).join('|');
  return `(?<![${LETTER}${DIGIT}])(?:${alt})(?![${LETTER}])`;
}

/** A regex alternation of stems that may sit inside compounds ("maandsalaris", "Bruttogehalt"). */
export function stemsPattern(words: readonly string[]): string {
  return `(?:${[...words].sort((a, b) => b.length - a.length).map(escape).join('|')})`;
}

// Rules ask the same vocabulary questions of every line: compile each pattern once. Non-global
// regexes keep no state between tests, so one instance can serve every caller.
const compiled = new Map<string, RegExp>();
function cachedRegExp(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let re = compiled.get(key);
  if (!re) compiled.set(key, (re = new RegExp(source, flags)));
  return re;
}

const wordTesters = new Map<string, RegExp>();
const stemTesters = new Map<string, RegExp>();
function tester(cache: Map<string, RegExp>, words: readonly string[], pattern: (w: readonly string[]) => string): RegExp {
  const key = words.join('\u0000');
  let re = cache.get(key);
  if (!re) cache.set(key, (re = cachedRegExp(pattern(words), 'i')));
  return re;
}

export function hasWord(text: string, words: readonly string[]): boolean {
  return words.length > 0 && tester(wordTesters, words, wordsPattern).test(text);
}

export function hasStem(text: string, stems: readonly string[]): boolean {
  return stems.length > 0 && tester(stemTesters, stems, stemsPattern).test(text);
}

/** A heading's block, h1 to h6. */
export const HEADING = /^h[1-6]$/;

export interface LabelValue {
  label: string;
  value: string;
  /** Offset of the value in the page text. */
  valueStart: number;
  /** The label and its value as they stand in the page text (evidence). */
  evidence: string;
  line: TextLine;
}

/**
 * Label/value pairs for any of `labels`: a label line and the next line ("Publicatiedatum\n15.01.2026"),
 * "Label: value" on one line, or "... | Label: value | ..." in a line of facts. Labels match whole,
 * case and spacing aside.
 *
 * Every field asks this of the same lines, so the lines are split into their would-be labels once
 * (a line without its colon; the text before the colon of each "|"-separated part) and each call
 * only looks its labels up: no pattern of hundreds of labels to compile and run per line.
 */
export function labelValues(ctx: Context, labels: readonly string[]): LabelValue[] {
  const keys = new Set(labels.map(labelKey));
  return labelValuesWhere(ctx, (key) => keys.has(key));
}

/** Words and a label's signs only: a line with a colon, a digit or another sign in it is a label and its value, or no label. */
const LABEL_SHAPE = new RegExp(`^[${LETTER} '’/&().#°-]+$`, 'u');

/** A short label's key (lower case, spaces single): at most 40 characters and `maxWords` words, no digit nor value in it. */
export function isShortLabel(key: string, maxWords: number): boolean {
  return key.length <= 40 && LABEL_SHAPE.test(key) && key.split(' ').length <= maxWords;
}

/**
 * A field's word opening a word of a label ("Plaats tewerkstelling", "Publiziert", "Req ID"): the test that
 * knows a label by its words rather than whole. `ending` is what may follow the stem.
 */
export function labelWordPattern(stems: readonly string[], ending = ''): RegExp {
  return new RegExp(String.raw`(?<![${LETTER}])(?:${alternation(stems)})${ending}`, 'i');
}

/**
 * Label/value pairs whose label the test accepts, given its key (lower case, spaces single) and the
 * label as written: labels a field knows by their words rather than whole ("Plaats tewerkstelling",
 * "Job locations").
 */
export function labelValuesWhere(ctx: Context, isWanted: (key: string, label: string) => boolean): LabelValue[] {
  const index = labelIndexOf(ctx);
  const wanted = { has: (key: string | undefined, label: string) => key !== undefined && key !== '' && isWanted(key, label) };
  const out: LabelValue[] = [];
  const { lines, page } = ctx;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (wanted.has(index.alone[i]!, line.text)) {
      const next = lines[i + 1];
      // A value is never the next section's heading ("Organisatie" followed by "Functieinhoud").
      if (!next || HEADING.test(next.block) || next.text.length > 300) continue;
      // Nor the next section's name in a row of tabs ("Werkgever", "Profiel", "Aanbod"), nor in a table of contents
      // ("Contents: Location / About the job / Benefits", each a heading further on).
      if (wanted.has(index.alone[i + 1]!, next.text) || isSectionName(next.text) || (lastHeadings(ctx).get(next.text.trim().toLowerCase()) ?? -1) > i + 1) continue;
      out.push({
        label: line.text.replace(/\s*[:：]$/, ''),
        value: withoutNextLabel(next.text),
        valueStart: next.start,
        evidence: page.text.slice(line.start, next.end),
        line: next,
      });
      continue;
    }
    // "BMF-26-0147 Veröffentlicht am" / "04.03.2026": a row of pairs read as lines, each ending in the next label.
    const tail = index.tail[i];
    // Only inside a row of pairs: the line before is a label, or ends in one, too.
    const inRow = i > 0 && (allLabelKeys!.has(index.alone[i - 1]!) || index.tail[i - 1] !== null);
    if (tail && inRow && wanted.has(tail.key, tail.label)) {
      const next = lines[i + 1];
      // Only in such a row: a few words of value before the label, a short value after it.
      if (next && !HEADING.test(next.block) && next.text.length <= 40 && tail.at <= 40 && line.block === next.block && !allLabelKeys!.has(index.alone[i + 1]!) && HAS_DIGIT_OR_CODE.test(next.text)) {
        out.push({ label: tail.label, value: withoutNextLabel(next.text), valueStart: next.start, evidence: page.text.slice(line.start + tail.at, next.end), line: next });
        continue;
      }
    }
    for (const hit of index.inline[i]!) {
      if (!wanted.has(hit.key, hit.label)) continue;
      const valueStart = line.start + hit.valueAt;
      out.push({ label: hit.label, value: hit.value, valueStart, evidence: page.text.slice(line.start + hit.labelAt, valueStart + hit.value.length), line });
    }
  }
  return out;
}

let sectionNames: ReadonlySet<string> | undefined;
/** A vacancy's section headings in any language ("Profiel", "Wat bieden wij", "Your profile"): never a value. */
/** Where each heading's text (in lower case) last stands: a line that repeats a heading further on is an entry of the contents. */
const headings = new WeakMap<Context, Map<string, number>>();
function lastHeadings(ctx: Context): Map<string, number> {
  let found = headings.get(ctx);
  if (!found) {
    found = new Map();
    ctx.lines.forEach((l, i) => HEADING.test(l.block) && found!.set(l.text.trim().toLowerCase(), i));
    headings.set(ctx, found);
  }
  return found;
}

function isSectionName(text: string): boolean {
  sectionNames ??= new Set(VACANCY_LABELS.flat());
  const t = text.trim().toLowerCase();
  return t.length < 40 && sectionNames.has(t);
}

/** Every field's labels, as keys: a value line that ends in one ends where the next pair begins. */
let allLabelKeys: Set<string> | null = null;

/** A value in a row of pairs that a tail label may claim: a date, a number or a code, never a bare word. */
const HAS_DIGIT_OR_CODE = /\d/;

/** The label of any field that ends a line after other words, with where it starts. */
function labelAtEnd(text: string): { key: string; label: string; at: number } | null {
  allLabelKeys ??= new Set(allOf((l) => [...Object.values(l.labels).flat(), ...l.otherLabels]).map(labelKey));
  const words = text.split(' ');
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const label = words.slice(-n).join(' ');
    const key = labelKey(label);
    if (allLabelKeys.has(key)) return { key, label, at: text.length - label.length };
  }
  return null;
}

/**
 * "Bundesministerium für Finanzen Dienstort" / "Wien": label and value pairs in a row of inline
 * elements read as lines that each end in the next pair's label. The value is the line without it.
 */
function withoutNextLabel(value: string): string {
  allLabelKeys ??= new Set(allOf((l) => [...Object.values(l.labels).flat(), ...l.otherLabels]).map(labelKey));
  const words = value.split(' ');
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    // "EAC09214 Published:": the next row's label may keep its colon, capitalised as a label opens ("… the following
    // locations:" is a sentence's end).
    if (allLabelKeys.has(labelKey(/^[A-Z]/.test(tail) ? tail.replace(/[:：]$/, '') : tail))) return words.slice(0, -n).join(' ');
  }
  return value;
}

/** Case and spacing aside, the label a text names. */
const labelKey = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

interface InlineLabel {
  key: string;
  label: string;
  value: string;
  /** Offsets in the line of the label and of the value. */
  labelAt: number;
  valueAt: number;
}

interface LabelIndex {
  /** Per content line: the line as a label ("Standplaats:"), as a key. */
  alone: string[];
  /** Per content line: each "Label: value" part. */
  inline: InlineLabel[][];
  /** Per content line: a known label that ends it after a value ("BMF-26-0147 Veröffentlicht am"), or null. */
  tail: ({ key: string; label: string; at: number } | null)[];
}

const labelIndexes = new WeakMap<Context, LabelIndex>();
const SEPARATORS = /[|·•]/;
const TRAILING_SPACE = /\s+$/;
const LEADING_SPACE = /^\s+/;

function labelIndexOf(ctx: Context): LabelIndex {
  let index = labelIndexes.get(ctx);
  if (index) return index;
  index = { alone: [], inline: [], tail: [] };
  for (const line of ctx.lines) {
    const t = line.text;
    index.tail.push(t.length <= 200 ? labelAtEnd(t) : null);
    // Lines are label-sized or they are no label; the key of a long line is never looked up.
    index.alone.push(t.length <= 200 ? labelKey(t.replace(/[:：]$/, '').replace(TRAILING_SPACE, '')) : '');
    index.inline.push(t.includes(':') || t.includes('：') ? inlineLabels(t) : []);
  }
  labelIndexes.set(ctx, index);
  return index;
}

/** "Label: value" at the start of the line or of a part after "|", "·" or "•"; the value runs to the next separator. */
function inlineLabels(t: string): InlineLabel[] {
  const out: InlineLabel[] = [];
  let from = 0;
  while (from <= t.length) {
    const sep = t.slice(from).search(SEPARATORS);
    const end = sep < 0 ? t.length : from + sep;
    const part = t.slice(from, end);
    const colon = part.search(/[:：]/);
    if (colon > 0) {
      const label = part.slice(0, colon).replace(TRAILING_SPACE, '');
      const raw = part.slice(colon + 1);
      const value = raw.trim();
      if (label && value) {
        const valueAt = from + colon + 1 + (raw.length - raw.replace(LEADING_SPACE, '').length);
        out.push({ key: labelKey(label), label, value, labelAt: from, valueAt });
      }
    }
    if (sep < 0) break;
    // After a separator, the part starts at its first non-space character.
    from = end + 1;
    while (from < t.length && /\s/.test(t[from]!)) from++;
  }
  return out;
}

/** Every label of one kind across the languages. */
export function labelsOf(pick: (l: import('./locales').Locale) => string[]): string[] {
  return allOf(pick);
}
