import type { VacancyFacts } from '../model/facts';
import { PayTableSchema, type PayTable, type PaySource } from './schema';
import beVlLocal from './tables/be-vl-local-rpr';
import deTvoedVka2024 from './tables/de-tvoed-vka-2024-03';
import deTvoedVka2025 from './tables/de-tvoed-vka-2025-04';
import euStaff2025 from './tables/eu-staff-2025-07';
import deBesoldungBund2024 from './tables/de-besoldung-bund-2024-03';
import ukNhsAfcEngland2025 from './tables/uk-nhs-afc-england-2025-04';

export { PayTableSchema, type PayTable, type PaySource } from './schema';

/** Every shipped table file, parsed when loaded: a malformed file fails here, not in a person's sidebar. */
export const PAY_TABLES: readonly PayTable[] = [
  beVlLocal,
  deTvoedVka2024,
  deTvoedVka2025,
  euStaff2025,
  deBesoldungBund2024,
  ukNhsAfcEngland2025,
].map((t) => PayTableSchema.parse(t));

/**
 * Names of the systems a scale may belong to, shipped or not: what a person reads when the page
 * does not say enough to choose one (candidates), and never an amount.
 */
const SYSTEM_NAMES: Record<string, string> = {
  'be-vl-local': 'Rechtspositieregeling lokale besturen (Vlaanderen)',
  'be-federal': 'Federale overheid (BOSA)',
  'be-vl-gov': 'Vlaamse overheid',
  'be-wal-local': 'Pouvoirs locaux (Wallonie)',
  'de-tvoed-vka': 'TVöD (VKA)',
  'de-tvoed-bund': 'TVöD (Bund)',
  'de-tv-l': 'TV-L',
  'de-besoldung-bund': 'Bundesbesoldung',
  'de-besoldung-land': 'Landesbesoldung',
  'eu-staff-regulations': 'EU Staff Regulations (AD/AST)',
  'uk-nhs-afc-england': 'NHS Agenda for Change (England)',
  'uk-nhs-afc-wales': 'NHS Agenda for Change (Wales)',
  'uk-nhs-afc-scotland': 'NHS Agenda for Change (Scotland)',
};

export interface IndicativeRange {
  min: number;
  max: number;
  currency: string;
  period: 'month' | 'year' | 'hour';
  system: string;
  /** The table's own name. */
  name: string;
  /** The edition: the day the table (or, for index-linked scales, the coefficient) took effect. */
  edition: string;
  source: PaySource;
  /** The date looked up is past what the table is known to cover: a newer table may apply. */
  mayBeOutdated: boolean;
  note: string;
}
export interface IndicativeCandidates {
  candidates: string[];
}
export type Indicative = IndicativeRange | IndicativeCandidates;

export function isRange(i: Indicative): i is IndicativeRange {
  return 'min' in i;
}

/** Systems named inside the scale text, as the extractor writes them ("TVöD-VKA E 9a"). */
const PREFIXES: ReadonlyArray<[RegExp, string[]]> = [
  [/^TVöD-VKA\s+/i, ['de-tvoed-vka']],
  [/^TVöD-Bund\s+/i, ['de-tvoed-bund']],
  // "TVöD-V" is the Verwaltung part that Bund and VKA share; plain "TVöD" names neither.
  [/^TVöD(-V)?\s+/i, ['de-tvoed-bund', 'de-tvoed-vka']],
  [/^TV-L\s+/i, ['de-tv-l']],
];

/** Hosts whose vacancies come from Flemish local governments. */
const FLEMISH_LOCAL_HOSTS = ['werkenbijdeoverheid.be', 'jobs.stad.gent', 'jobs.provincieantwerpen.be'];
/** EU institutions and agencies (eu-careers.europa.eu, epso.europa.eu, ema.europa.eu …): AD and AST grades. */
const EU_HOST = 'europa.eu';
/** The federal recruitment portal (BOSA): its B1 is the federal scale, not the local one. */
const FEDERAL_HOSTS = ['werkenvoor.be', 'travaillerpour.be', 'workingfor.be', 'arbeitenfuer.be'];
/**
 * NHS job boards that carry both English and Welsh vacancies: a band there may be either table.
 * Other nhs.uk sites are English trusts, except the Welsh and Scottish boards' own domains.
 */
const NHS_ENGLAND_AND_WALES_HOSTS = ['jobs.nhs.uk', 'trac.jobs'];
const NHS_WALES_HOSTS = ['nhs.wales', 'wales.nhs.uk'];
const NHS_SCOTLAND_HOSTS = ['nhs.scot', 'scot.nhs.uk'];
/** service.bund.de lists Länder and municipal vacancies too; other bund.de sites are federal authorities. */
const MIXED_BUND_HOSTS = ['service.bund.de'];

interface ScalePart {
  systems: string[] | null;
  code: string;
}

function parsePart(text: string): ScalePart | null {
  let rest = text.trim();
  let systems: string[] | null = null;
  for (const [re, ids] of PREFIXES) {
    if (re.test(rest)) {
      systems = ids;
      rest = rest.replace(re, '');
      break;
    }
  }
  const code = rest.replace(/\s+/g, '');
  // "Band 6", "Band 8a": the NHS Agenda for Change bands.
  return /^[A-Z]{1,3}\d{1,2}[a-zÜ]?$/.test(code) || /^Band\d[a-d]?$/.test(code) ? { systems, code } : null;
}

/** "B1-B3", "TVöD-VKA E 9a", "TVöD-V E 6 - TVöD-V E 9a" → the first and last scale, or null. */
function parseScale(scale: string): [ScalePart, ScalePart] | null {
  if (scale.includes('/')) return null;
  const spaced = scale.split(/\s+-\s+/);
  const parts = spaced.length > 1 ? spaced : scale.split(/-(?=[A-Z]{1,3}\d)/);
  if (parts.length > 2) return null;
  const first = parsePart(parts[0]!);
  const last = parsePart(parts[parts.length - 1]!);
  if (!first || !last) return null;
  if (String(first.systems) !== String(last.systems)) return null;
  return [first, last];
}

function hostOf(url: string | null): string {
  try {
    return url ? new URL(url).hostname.toLowerCase() : '';
  } catch {
    return '';
  }
}

/** The systems a bare code ("B1", "E9a") may belong to, from where the page was read and its language. */
function systemsFromPlace(code: string, host: string, language: string | null): string[] {
  const onHost = (h: string) => host === h || host.endsWith(`.${h}`);
  if (/^Band\d[a-d]?$/.test(code)) {
    // Only on NHS sites: the same word names other grids elsewhere (Australian councils, universities).
    if (NHS_WALES_HOSTS.some(onHost)) return ['uk-nhs-afc-wales'];
    if (NHS_SCOTLAND_HOSTS.some(onHost)) return ['uk-nhs-afc-scotland'];
    if (NHS_ENGLAND_AND_WALES_HOSTS.some(onHost)) return ['uk-nhs-afc-england', 'uk-nhs-afc-wales'];
    return onHost('nhs.uk') ? ['uk-nhs-afc-england'] : [];
  }
  // AD/AST grades on an EU site; elsewhere (the EIB, the ECB, other bodies) the same letters name other grids.
  if (/^(AD|AST)\d{1,2}$/.test(code)) return onHost(EU_HOST) ? ['eu-staff-regulations'] : [];
  if (/^(A|B|C|D|E|BV|CV|DV)\d[a-z]?$/.test(code)) {
    if (FLEMISH_LOCAL_HOSTS.some(onHost)) return ['be-vl-local'];
    if (FEDERAL_HOSTS.some(onHost)) return ['be-federal'];
    // A Dutch page on another Belgian site: a Flemish local government or the federal government; a
    // French one (a Walloon CPAS, a commune): the Walloon local scales or the federal ones, never the Flemish.
    if (host.endsWith('.be')) return language === 'fr' ? ['be-wal-local', 'be-federal'] : ['be-vl-local', 'be-federal'];
  }
  if (host.endsWith('.de')) {
    if (/^E\d/.test(code)) return ['de-tvoed-bund', 'de-tvoed-vka', 'de-tv-l'];
    if (/^A\d/.test(code)) {
      // A federal authority's own site (bkg.bund.de, bfg.bund.de): the federal table.
      const federal = onHost('bund.de') && !MIXED_BUND_HOSTS.some(onHost);
      return federal ? ['de-besoldung-bund'] : ['de-besoldung-bund', 'de-besoldung-land'];
    }
  }
  return [];
}

function lastDayKnown(table: PayTable): string {
  if (table.effectiveTo) return table.effectiveTo;
  if (table.basis.kind === 'index-100') {
    const last = table.basis.coefficients[table.basis.coefficients.length - 1]!;
    return last.to ?? last.from;
  }
  return table.source.read;
}

/** The edition in force on `date`, or the latest one flagged as possibly out of date. */
function editionOn(system: string, date: string): { table: PayTable; mayBeOutdated: boolean } | null {
  const editions = PAY_TABLES.filter((t) => t.system === system).sort((a, b) =>
    a.effectiveFrom.localeCompare(b.effectiveFrom),
  );
  const inForce = editions.find((t) => t.effectiveFrom <= date && (t.effectiveTo === null || date <= t.effectiveTo));
  const latest = editions[editions.length - 1];
  const table = inForce ?? (latest && date > lastDayKnown(latest) ? latest : null);
  return table ? { table, mayBeOutdated: date > lastDayKnown(table) } : null;
}

const cents = (n: number) => Math.round(n * 100 + Number.EPSILON * 100) / 100;

function rangeFrom(table: PayTable, first: string, last: string, date: string, mayBeOutdated: boolean): IndicativeRange | null {
  const firstSteps = table.scales[first];
  const lastSteps = table.scales[last];
  if (!firstSteps || !lastSteps) return null;
  let min = firstSteps[0]!;
  let max = lastSteps[lastSteps.length - 1]!;
  let period: IndicativeRange['period'] = table.unit;
  let edition = table.effectiveFrom;
  if (table.basis.kind === 'index-100') {
    const coefficients = table.basis.coefficients;
    const coefficient =
      coefficients.find((c) => c.from <= date && (c.to === null || date <= c.to)) ??
      (date > lastDayKnown(table) ? coefficients[coefficients.length - 1] : undefined);
    if (!coefficient) return null;
    // Belgian pay is set a year at 100% and paid a month: × coefficient ÷ 12, to the cent.
    min = cents((min * coefficient.value) / 12);
    max = cents((max * coefficient.value) / 12);
    period = 'month';
    edition = coefficient.from;
  }
  if (max < min) return null;
  return {
    min,
    max,
    currency: table.currency,
    period,
    system: table.system,
    name: table.name,
    edition,
    source: table.source,
    mayBeOutdated,
    note: table.note,
  };
}

export interface IndicativeQuery {
  scale: string;
  url: string | null;
  /** The day to look the pay up for: the publication date, else the day the page was read. */
  date: string;
  /** The page's language, where the place alone does not say which region's scales apply. */
  language?: string | null;
}

/** What a scale pays by the table in force, candidates when the page does not say which table, else null. */
export function lookUpScale({ scale, url, date, language = null }: IndicativeQuery): Indicative | null {
  const parsed = parseScale(scale);
  if (!parsed) return null;
  const [first, last] = parsed;
  const systems = first.systems ?? systemsFromPlace(first.code, hostOf(url), language);
  if (systems.length === 0) return null;
  if (systems.length > 1) return { candidates: systems.map((s) => SYSTEM_NAMES[s] ?? s) };
  const found = editionOn(systems[0]!, date);
  if (!found) return null;
  return rangeFrom(found.table, first.code, last.code, date, found.mayBeOutdated);
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * The indicative pay for a page's facts: only when the page names a scale and states no amount
 * (an amount the page states always wins).
 */
export function indicativePay(facts: Pick<VacancyFacts, 'salary' | 'url' | 'published'> & Partial<Pick<VacancyFacts, 'language'>>, now: Date): Indicative | null {
  const s = facts.salary;
  if (!s?.scale || s.min !== null || s.max !== null) return null;
  return lookUpScale({ scale: s.scale, url: facts.url, date: facts.published ?? isoDay(now), language: facts.language ?? null });
}
