import { localDay } from '../model/views';

/**
 * The periods an employment service counts in, and the meter: how far the person is in the
 * current one. Pure: (rule, start day, entries, now). Days are calendar days (YYYY-MM-DD)
 * computed in UTC from their numbers, never by adding 24-hour steps to a local time, so a period
 * across a daylight-saving change or a month end has the days the calendar gives it.
 */

/**
 * How a service cuts time: blocks of N weeks counted from the person's start date (UWV's four
 * weeks from the first day of the benefit; Universal Credit's week from the claim), calendar weeks
 * from Monday to Sunday (New York's claim week ends on a Sunday), or calendar months.
 */
export type PeriodRule = { unit: 'weeks'; weeks: number; anchor: 'start' | 'monday' } | { unit: 'month' };

/**
 * A service's rhythm: activities per period (`count`), different days with an activity per
 * period (`days`: New York's three activities on three different days), or minutes of work
 * search per period (`minutes`: Universal Credit's hours a week). A null target is "as agreed"
 * with the service and not yet typed in: the meter counts without judging.
 */
export interface Rhythm {
  measure: 'count' | 'days' | 'minutes';
  target: number | null;
  period: PeriodRule;
}

export interface Period {
  /** First and last day, inclusive. */
  from: string;
  to: string;
  /** True when the period starts at the person's start date rather than on the rule's own first day (a week begun mid-week). */
  partial: boolean;
}

const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function dayOfNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayOfNumber(dayNumber(day) + days);
}

/** Days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** Monday on or before the day. */
function mondayOf(day: string): string {
  const weekday = new Date(dayNumber(day) * DAY_MS).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

function lastDayOfMonth(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return dayOfNumber(Date.UTC(y, m, 0) / DAY_MS);
}

/**
 * The period holding `day` under the rule, for a person who started on `start`; null before the
 * start (nothing is asked of them yet).
 */
export function periodContaining(rule: PeriodRule, start: string, day: string): Period | null {
  if (day < start) return null;
  if (rule.unit === 'month') {
    const first = `${day.slice(0, 8)}01`;
    return { from: first < start ? start : first, to: lastDayOfMonth(day), partial: first < start };
  }
  const length = rule.weeks * 7;
  if (rule.anchor === 'start') {
    const from = addDays(start, Math.floor(daysBetween(start, day) / length) * length);
    return { from, to: addDays(from, length - 1), partial: false };
  }
  // Calendar weeks: blocks of `weeks` weeks from the Monday of the start's week.
  const firstMonday = mondayOf(start);
  const from = addDays(firstMonday, Math.floor(daysBetween(firstMonday, day) / length) * length);
  return { from: from < start ? start : from, to: addDays(from, length - 1), partial: from < start };
}

/** Every period that shares a day with [from, to], oldest first (the proof's per-period counts). */
export function periodsBetween(rule: PeriodRule, start: string, from: string, to: string): Period[] {
  const periods: Period[] = [];
  let day = from < start ? start : from;
  while (day <= to) {
    const period = periodContaining(rule, start, day)!;
    periods.push(period);
    day = addDays(period.to, 1);
  }
  return periods;
}

/** What the meter counts of an entry: its day, and its minutes (Universal Credit). */
export interface MeterEntry {
  day: string;
  minutes: number | null;
}

/** The rhythm's measure over the entries that fall in the period. */
export function measure(rhythm: Rhythm, period: Period, entries: readonly MeterEntry[]): number {
  const inside = entries.filter((e) => e.day >= period.from && e.day <= period.to);
  if (rhythm.measure === 'count') return inside.length;
  if (rhythm.measure === 'days') return new Set(inside.map((e) => e.day)).size;
  return inside.reduce((sum, e) => sum + (e.minutes ?? 0), 0);
}

export interface Meter {
  period: Period;
  /** Activities, different days, or minutes so far in the period. */
  value: number;
  target: number | null;
  /** Whether the target is reached; null when there is none. */
  met: boolean | null;
  /** Days left in the period, today included. */
  daysLeft: number;
  /**
   * The period will end short unless the person acts: the target is not met and the end is
   * `remindDaysBefore` days away or nearer, or (different days) too few days are left to meet it.
   */
  short: boolean;
  /** The day from which a reminder is due if the target is still not met; null without a target. */
  remindOn: string | null;
}

/**
 * The meter for today (the person's calendar day at `now`): "2 of 4 in this period (until 14
 * March)". Null before the start date.
 */
export function meter(rhythm: Rhythm, start: string, entries: readonly MeterEntry[], now: Date, remindDaysBefore: number): Meter | null {
  const today = localDay(now);
  const period = periodContaining(rhythm.period, start, today);
  if (!period) return null;
  const value = measure(rhythm, period, entries);
  const { target } = rhythm;
  const daysLeft = daysBetween(today, period.to) + 1;
  const met = target === null ? null : value >= target;
  const tooFewDays = rhythm.measure === 'days' && target !== null && daysLeft < target - value;
  const short = met === false && (daysLeft <= remindDaysBefore || tooFewDays);
  const remindFrom = addDays(period.to, 1 - remindDaysBefore);
  const remindOn = target === null ? null : remindFrom < period.from ? period.from : remindFrom;
  return { period, value, target, met, daysLeft, short, remindOn };
}
