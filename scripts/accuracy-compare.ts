/**
 * How extracted facts are scored against a fixture's expected.json. Pure: used by
 * `npm run bench:accuracy` and by the corpus golden test, so both judge by the same rules.
 *
 * One check per page and field: strings after whitespace normalisation (case-sensitive, strict);
 * salary and contract part by part ("salary.min", "contract.level"...); contacts as one set of
 * (name, role, phone, email); events as one set of (date, label).
 *
 * Two parts are descriptions in the page's own words rather than facts with one spelling: a step's
 * label and a contact's role. Where a page says "Entretien devant un jury le 7 avril", "Entretien"
 * and "Entretien devant un jury" name the same step, and a reader keeps more or fewer of the words;
 * so these two compare by wording: equal ignoring case, or one is the other's first words ("Gesprek"
 * and "Gesprek met de selectiecommissie"). A different step, an extra or a missing one, a wrong date,
 * name, phone or e-mail is still wrong.
 *
 * A workplace is an address; the name of the building that heads it ("Sociaal Huis, Fochlaan 3, 8900
 * Ieper") is more than the address, and an address read without it is less, not wrong. The other way
 * round, a name the extractor puts before an address that the reader left out, is still wrong.
 */

export type Outcome = 'right' | 'wrong' | 'missing';

export interface Check {
  page: string;
  portal: string;
  field: string;
  outcome: Outcome;
  expected: unknown;
  actual: unknown;
}

export interface DetectionResult {
  page: string;
  portal: string;
  expected: boolean;
  actual: boolean;
}

const STRING_FIELDS = ['language', 'title', 'organisation', 'reference', 'deadline', 'published', 'location'] as const;
const SALARY_PARTS = ['scale', 'min', 'max', 'currency', 'period', 'gross'] as const;
const CONTRACT_PARTS = ['employment', 'schedule', 'duration', 'hoursPerWeek', 'level'] as const;

/** The portal of a fixture folder: its prefix up to the first dash ("wbdo-home" is "wbdo"). */
export function portalOfFixture(dir: string): string {
  return dir.split('-')[0] ?? dir;
}

function normal(v: unknown): unknown {
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim();
  if (typeof v === 'number') return Math.round(v * 100) / 100;
  return v ?? null;
}

function outcomeOf(expected: unknown, actual: unknown): Outcome {
  const e = normal(expected);
  const a = normal(actual);
  if (a === null) return e === null ? 'right' : 'missing';
  return e === a ? 'right' : 'wrong';
}

/** The address a reader wrote, read without the building's name that heads it. */
function locationOutcome(expected: unknown, actual: unknown): Outcome {
  const outcome = outcomeOf(expected, actual);
  const [e, a] = [normal(expected), normal(actual)];
  if (outcome !== 'wrong' || typeof e !== 'string' || typeof a !== 'string') return outcome;
  return /\d/.test(a) && e.endsWith(`, ${a}`) ? 'right' : 'wrong';
}

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {});
const asList = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);

function setKey(o: Obj, keys: readonly string[]): string {
  return JSON.stringify(keys.map((k) => normal(o[k])));
}

const wording = (v: unknown) =>
  String(v)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:]+$/, '')
    .toLocaleLowerCase();

/** A label or a role the same as another: equal ignoring case, or one is the other's first words. */
export function sameWording(expected: unknown, actual: unknown): boolean {
  if (expected == null || actual == null) return expected == actual;
  const [e, a] = [wording(expected), wording(actual)];
  const opens = (long: string, short: string) => long.startsWith(short) && /^[\s,(–-]/.test(long.slice(short.length));
  return e === a || opens(e, a) || opens(a, e);
}

/**
 * One outcome for a set of records: right when the two sets pair off one to one, each pair equal on
 * `keys` and alike by wording on `worded` (the set's duplicates counted once).
 */
function setOutcome(expected: Obj[], actual: Obj[], keys: readonly string[], worded: readonly string[] = []): Outcome {
  if (actual.length === 0) return expected.length === 0 ? 'right' : 'missing';
  const distinct = (list: Obj[]) => [...new Map(list.map((o) => [setKey(o, [...keys, ...worded]), o])).values()];
  const [e, a] = [distinct(expected), distinct(actual)];
  if (e.length !== a.length) return 'wrong';
  const open = [...a];
  for (const want of e) {
    const at = open.findIndex((got) => setKey(got, keys) === setKey(want, keys) && worded.every((k) => sameWording(want[k], got[k])));
    if (at < 0) return 'wrong';
    open.splice(at, 1);
  }
  return 'right';
}

/** The checks of one vacancy page (expected.isVacancy true). */
export function comparePage(page: string, expected: Obj, actual: Obj): Check[] {
  const portal = portalOfFixture(page);
  const out: Check[] = [];
  const add = (field: string, e: unknown, a: unknown, outcome = outcomeOf(e, a)) =>
    out.push({ page, portal, field, outcome, expected: e ?? null, actual: a ?? null });
  for (const f of STRING_FIELDS) add(f, expected[f], actual[f], f === 'location' ? locationOutcome(expected[f], actual[f]) : undefined);
  for (const [name, parts] of [
    ['salary', SALARY_PARTS],
    ['contract', CONTRACT_PARTS],
  ] as const) {
    const e = asObj(expected[name]);
    const a = asObj(actual[name]);
    for (const p of parts) add(`${name}.${p}`, e[p], a[p]);
  }
  add('contacts', expected['contacts'] ?? [], actual['contacts'] ?? [], setOutcome(asList(expected['contacts']), asList(actual['contacts']), ['name', 'phone', 'email'], ['role']));
  add('events', expected['events'] ?? [], actual['events'] ?? [], setOutcome(asList(expected['events']), asList(actual['events']), ['date'], ['label']));
  return out;
}

export interface Tally {
  right: number;
  wrong: number;
  missing: number;
}

export function tally(checks: readonly Check[]): Tally {
  const t: Tally = { right: 0, wrong: 0, missing: 0 };
  for (const c of checks) t[c.outcome]++;
  return t;
}

const total = (t: Tally) => t.right + t.wrong + t.missing;
export const precision = (t: Tally) => (t.right + t.wrong ? t.right / (t.right + t.wrong) : 1);
export const recall = (t: Tally) => (t.right + t.missing ? t.right / (t.right + t.missing) : 1);
export const accuracy = (t: Tally) => (total(t) ? t.right / total(t) : 1);
export const wrongShare = (t: Tally) => (total(t) ? t.wrong / total(t) : 0);

/** The bar CI holds the extractor to. */
export const BAR = { minRight: 0.97, maxWrongPerField: 0.01 } as const;

export function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const i of items) m.set(key(i), [...(m.get(key(i)) ?? []), i]);
  return m;
}

/** Why the corpus misses the bar; empty when it holds. */
export function failures(checks: readonly Check[], detection: readonly DetectionResult[]): string[] {
  const out: string[] = [];
  const all = tally(checks);
  if (accuracy(all) < BAR.minRight) out.push(`${pct(accuracy(all))} of page-field checks right, below ${pct(BAR.minRight)}`);
  for (const [field, cs] of groupBy(checks, (c) => c.field)) {
    const t = tally(cs);
    if (wrongShare(t) > BAR.maxWrongPerField) out.push(`${field}: ${pct(wrongShare(t))} wrong values, above ${pct(BAR.maxWrongPerField)}`);
  }
  for (const d of detection) {
    if (d.expected !== d.actual) out.push(d.expected ? `${d.page}: vacancy not detected` : `${d.page}: taken for a vacancy`);
  }
  return out;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const pad = (s: string | number, n: number) => String(s).padStart(n);

function row(name: string, t: Tally): string {
  return `${name.padEnd(22)}${pad(t.right, 6)}${pad(t.wrong, 6)}${pad(t.missing, 8)}${pad(pct(precision(t)), 10)}${pad(pct(recall(t)), 9)}`;
}

/** The report `npm run bench:accuracy` prints. */
export function report(checks: readonly Check[], detection: readonly DetectionResult[], verbose: boolean): string {
  const head = `${''.padEnd(22)}${pad('right', 6)}${pad('wrong', 6)}${pad('missing', 8)}${pad('precision', 10)}${pad('recall', 9)}`;
  const lines: string[] = ['Per field', head];
  for (const [field, cs] of groupBy(checks, (c) => c.field)) lines.push(row(field, tally(cs)));
  lines.push('', 'Per portal', head);
  for (const [portal, cs] of [...groupBy(checks, (c) => c.portal)].sort()) lines.push(row(portal, tally(cs)));
  const pages = new Set(detection.map((d) => d.page)).size;
  const negatives = detection.filter((d) => !d.expected);
  const falsePos = negatives.filter((d) => d.actual);
  const missed = detection.filter((d) => d.expected && !d.actual);
  lines.push(
    '',
    `Detection: ${pages} pages, ${negatives.length} negatives; ${falsePos.length} negatives taken for vacancies${falsePos.length ? ` (${falsePos.map((d) => d.page).join(', ')})` : ''}, ${missed.length} vacancies missed${missed.length ? ` (${missed.map((d) => d.page).join(', ')})` : ''}`,
  );
  const t = tally(checks);
  lines.push(`Total: ${row('', t).trim()}  → ${pct(accuracy(t))} right`);
  const bad = checks.filter((c) => c.outcome !== 'right');
  if (verbose && bad.length) {
    lines.push('', 'Not right');
    for (const c of bad) lines.push(`  ${c.outcome.padEnd(7)} ${c.page} ${c.field}: expected ${JSON.stringify(c.expected)}, got ${JSON.stringify(c.actual)}`);
  }
  return lines.join('\n');
}
