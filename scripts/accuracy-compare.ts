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
 * so these two compare by wording: equal ignoring case and a plural, or one is the other's first words
 * ("Gesprek" and "Gesprek met de selectiecommissie"; "Interview" and "Interviews"), and two steps named
 * together on one day are those two steps ("Written test and interview"). A different step, an extra or
 * a missing one, a wrong date, name, phone or e-mail is still wrong.
 *
 * A workplace is an address; the name of the building that heads it ("Sociaal Huis, Fochlaan 3, 8900
 * Ieper") is more than the address, and an address read without it is less, not wrong. The other way
 * round, a name the extractor puts before an address that the reader left out, is still wrong. The
 * town alone, where the reader wrote the whole address in that town, is the address missing: nothing
 * false is shown ("Leiden" for "Lammenschansweg 140, 2321 JX Leiden"); another town is wrong.
 *
 * An employer goes by more than one name on its own page ("Commune de Schaerbeek" in the header,
 * "Administration communale de Schaerbeek" in the footer), and the reader keeps one of them. Names
 * of the same body compare equal: ignoring case, accents and hyphens, an acronym in brackets after
 * the name, and the words for one kind of public body before a place ("Gemeente Lille",
 * "Gemeentebestuur van Lille"; "Politiezone Dendermonde", "Politie Dendermonde"; "Landkreis Lörrach",
 * "Landratsamt Lörrach"; "Kern County", "County of Kern"). Another kind of body in the same place (the
 * OCMW beside the municipality), a department, or a shorter or longer name is still wrong.
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
  if (/\d/.test(a)) return e.endsWith(`, ${a}`) ? 'right' : 'wrong';
  return townsOf(e).has(plain(a.split(/\s*[,(]/)[0]!)) ? 'missing' : 'wrong';
}

const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-‐–—'’`.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The towns an address names: its last part, any part with a postcode and any part before a postcode,
 * read without the postcode, the state or the district number ("2321 JX Leiden", "Sydney NSW 2000",
 * "Dublin 7", "Exeter, EX2 4QD").
 */
function townsOf(address: string): Set<string> {
  const parts = address.split(/\s*,\s*/).map((p) => ({ written: p, town: plain(p.replace(/\b[A-Z]{2,3}\b|\S*\d\S*/g, ' ')) }));
  // A part that is only a postcode ("Exeter, EX2 4QD") names the part before it as the town.
  const named = (i: number) => i === parts.length - 1 || /\d/.test(parts[i]!.written) || parts[i + 1]!.town === '';
  return new Set(parts.filter((p, i) => p.town && named(i)).map((p) => p.town));
}

/** The words for one kind of public body, as they open its name before the place ("Gemeente X", "Commune de X"). */
const BODY_KINDS: readonly [string, RegExp][] = [
  ['municipality', /^(?:administration communale|commune|ville|mairie|gemeentebestuur|gemeente|stadsbestuur|stad|lokaal bestuur|stadtverwaltung|gemeindeverwaltung|stadtgemeinde|marktgemeinde|gemeinde|stadt|city|town|municipality) (?:(?:de la|de|du|d|van|of|von) )?/],
  ['police', /^(?:zone de police|politiezone|lokale politie|politie|police) /],
  ['rescue', /^(?:hulpverleningszone|brandweerzone|brandweer|zone de secours) /],
  ['canton', /^(?:republique et )?canton (?:(?:de|du|d) )?/],
  ['district', /^(?:landratsamt|landkreis|kreisverwaltung) /],
  ['county', /^county of /],
];

/** One key for the names of one body (see the head of this file). */
export function employerKey(name: string): string {
  const key = plain(name.replace(/\s*\(\s*[A-Z][A-Za-z0-9&.]*[A-Z][A-Za-z0-9&.]*\s*\)\s*$/, ''));
  const county = key.match(/^(.+) county$/);
  if (county) return `#county ${county[1]}`;
  for (const [kind, opening] of BODY_KINDS) if (opening.test(key)) return `#${kind} ${key.replace(opening, '')}`;
  return key;
}

function organisationOutcome(expected: unknown, actual: unknown): Outcome {
  const outcome = outcomeOf(expected, actual);
  if (outcome !== 'wrong' || typeof expected !== 'string' || typeof actual !== 'string') return outcome;
  return employerKey(expected) === employerKey(actual) ? 'right' : 'wrong';
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

/** A word and its plural are one word ("Interview", "Interviews"; "Selectiegesprek", "Selectiegesprekken"). */
const sameWord = (x: string, y: string) => {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long === short || (long.startsWith(short) && ['s', 'es', 'n', 'en', 'e', 'ken'].includes(long.slice(short.length)));
};

/**
 * A label or a role the same as another: word for word alike (ignoring case and a plural), or one
 * is the other's first words.
 */
export function sameWording(expected: unknown, actual: unknown): boolean {
  if (expected == null || actual == null) return expected == actual;
  const [e, a] = [wording(expected), wording(actual)].map((w) => w.split(/[\s,()–-]+/).filter(Boolean));
  const [short, long] = e!.length <= a!.length ? [e!, a!] : [a!, e!];
  return short.length > 0 && short.every((w, i) => sameWord(w, long[i]!));
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

/**
 * Two steps named on one day ("Written test and interview", "Praktische proef en gesprek") are the same
 * as those two steps each on that day: a reader writes them either way.
 */
function stepsOfEvents(events: Obj[]): Obj[] {
  return events.flatMap((e) =>
    typeof e['label'] === 'string' ? e['label'].split(/\s+(?:and|en|et|und|&)\s+/i).map((label) => ({ ...e, label })) : [e],
  );
}

/** The checks of one vacancy page (expected.isVacancy true). */
export function comparePage(page: string, expected: Obj, actual: Obj): Check[] {
  const portal = portalOfFixture(page);
  const out: Check[] = [];
  const add = (field: string, e: unknown, a: unknown, outcome = outcomeOf(e, a)) =>
    out.push({ page, portal, field, outcome, expected: e ?? null, actual: a ?? null });
  const special: Partial<Record<(typeof STRING_FIELDS)[number], (e: unknown, a: unknown) => Outcome>> = { location: locationOutcome, organisation: organisationOutcome };
  for (const f of STRING_FIELDS) add(f, expected[f], actual[f], special[f]?.(expected[f], actual[f]));
  for (const [name, parts] of [
    ['salary', SALARY_PARTS],
    ['contract', CONTRACT_PARTS],
  ] as const) {
    const e = asObj(expected[name]);
    const a = asObj(actual[name]);
    for (const p of parts) add(`${name}.${p}`, e[p], a[p]);
  }
  add('contacts', expected['contacts'] ?? [], actual['contacts'] ?? [], setOutcome(asList(expected['contacts']), asList(actual['contacts']), ['name', 'phone', 'email'], ['role']));
  add('events', expected['events'] ?? [], actual['events'] ?? [], setOutcome(stepsOfEvents(asList(expected['events'])), stepsOfEvents(asList(actual['events'])), ['date'], ['label']));
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
