/**
 * Dates as pages write them: "1 februari 2026", "15.01.2026", "12/03/2026", "3. September 2026",
 * "Tuesday 29th September 2026", "September 29, 2026", "10-Apr-26", ISO, and lists such as "3 of 5 februari 2026".
 */
import { DIGIT, LETTER } from './chars';
import { allOf } from './locales';

export interface DayMonth {
  year: number | null;
  month: number;
  day: number;
}

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** One date, or several for a list ("3 of 5 februari 2026"), in the order written. */
  dates: DayMonth[];
}

export interface DateOptions {
  /** US pages write the month first ("08/22/25"). */
  monthFirst?: boolean;
}

const MONTHS: Record<string, number> = Object.assign({}, ...allOf((l) => [l.months]));
const monthAlt = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
const listAlt = allOf((l) => l.listWords)
  .filter((w) => w !== ',')
  .join('|');
const ORD = '(?:st|nd|rd|th|er|e|ste|de)?\\.?';
const DAY = `(?:[12]\\d|3[01]|0?[1-9])${ORD}`;
const weekdayAlt = allOf((l) => l.weekdays).join('|');
/** The next day of a list, after its joining word and perhaps its weekday: ", 5", " en donderdag 19", " and 11". */
const MORE_DAYS = `(?:\\s*(?:,|&|(?:${listAlt})(?![${LETTER}]))\\s*(?:(?:${weekdayAlt}),?\\s+)?${DAY}(?!\\d))*`;
// Not preceded by a digit or a range dash, so "3-5 februari" is read as nothing rather than "5 februari".
const TEXTUAL = new RegExp(
  `(?<![${LETTER}${DIGIT}\\-–/.])(${DAY}${MORE_DAYS})\\s+(?:of\\s+)?(${monthAlt})(?![${LETTER}])\\.?(?:,?\\s+(\\d{4})(?!\\d))?`,
  'gi',
);
/** "March 10, 2026", and a list: "March 10 and 11, 2026". */
const MONTH_FIRST = new RegExp(`(?<![${LETTER}])(${monthAlt})\\.?\\s+(${DAY}${MORE_DAYS})(?![${DIGIT}${LETTER}])(?:,?\\s+(\\d{4})(?!\\d))?`, 'gi');
/** "10-Apr-26", "03-Mar-2026": the day, the month's name and the year joined by hyphens, as HR systems print them. */
const DASHED = new RegExp(`(?<![${LETTER}${DIGIT}\\-])(\\d{1,2})-(${monthAlt})\\.?-(\\d{4}|\\d{2})(?![${LETTER}${DIGIT}]|-\\d)`, 'gi');
const NUMERIC = /(?<![\d.,/-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[.,]\d)/g;
const HAS_DIGIT = /\d/;
/** A day, a hyphen and a letter: the one sign that the hyphenated pattern can match. */
const HAS_DASHED_MONTH = /\d-[A-Za-z]/;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function dayOf(token: string): number {
  return parseInt(token, 10);
}

function yearOf(token: string | undefined): number | null {
  if (!token) return null;
  const y = parseInt(token, 10);
  return token.length === 2 ? 2000 + y : y;
}

function valid(dm: DayMonth): boolean {
  return isValidDate(dm.year ?? 2024 /* a leap year, so 29 February passes */, dm.month, dm.day);
}

/** Every date written in `text`, in order, without overlaps. */
export function findDates(text: string, options: DateOptions = {}): DateMention[] {
  // Every date these patterns read has a digit.
  if (!HAS_DIGIT.test(text)) return [];
  const found: DateMention[] = [];
  const add = (m: RegExpExecArray, dates: DayMonth[]) => {
    if (dates.length === 0 || !dates.every(valid)) return;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], dates });
  };
  for (const m of text.matchAll(ISO)) {
    add(m, [{ year: +m[1]!, month: +m[2]!, day: +m[3]! }]);
  }
  for (const m of text.matchAll(NUMERIC)) {
    const a = +m[1]!;
    const b = +m[3]!;
    const year = yearOf(m[4]);
    add(m, [options.monthFirst ? { year, month: a, day: b } : { year, month: b, day: a }]);
  }
  for (const m of text.matchAll(TEXTUAL)) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (!month) continue;
    const days = m[1]!.match(/\d{1,2}/g) ?? [];
    const year = yearOf(m[3]);
    add(m, days.map((d) => ({ year, month, day: dayOf(d) })));
  }
  for (const m of HAS_DASHED_MONTH.test(text) ? text.matchAll(DASHED) : []) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (month) add(m, [{ year: yearOf(m[3]), month, day: dayOf(m[1]!) }]);
  }
  for (const m of text.matchAll(MONTH_FIRST)) {
    const month = MONTHS[m[1]!.toLowerCase()];
    if (!month) continue;
    const year = yearOf(m[3]);
    add(m, (m[2]!.match(/\d{1,2}/g) ?? []).map((d) => ({ year, month, day: dayOf(d) })));
  }
  // Longest first, then drop mentions that overlap one already kept.
  found.sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
  const kept: DateMention[] = [];
  for (const f of found) {
    if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  }
  return kept.sort((x, y) => x.start - y.start);
}

export function toIso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A full ISO date for a written date; one without a year takes the first such day on or after
 * `reference` (the publication date, else the clock): selection steps lie ahead of the posting.
 */
export function resolve(dm: DayMonth, reference: Date): string | null {
  if (dm.year !== null) return isValidDate(dm.year, dm.month, dm.day) ? toIso(dm.year, dm.month, dm.day) : null;
  const refIso = toIso(reference.getUTCFullYear(), reference.getUTCMonth() + 1, reference.getUTCDate());
  for (let y = reference.getUTCFullYear(); y <= reference.getUTCFullYear() + 4; y++) {
    if (!isValidDate(y, dm.month, dm.day)) continue;
    const iso = toIso(y, dm.month, dm.day);
    if (iso >= refIso) return iso;
  }
  return null;
}

export function isoToDate(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

export function addDays(iso: string, days: number): string {
  const d = isoToDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
