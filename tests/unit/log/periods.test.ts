import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, meter, periodContaining, periodsBetween, type PeriodRule, type Rhythm } from '../../../src/log/periods';

// The person's calendar is Amsterdam's: summer time starts on 29 March 2026 and ends on 25 October.
let savedTz: string | undefined;
beforeAll(() => {
  savedTz = process.env.TZ;
  process.env.TZ = 'Europe/Amsterdam';
});
afterAll(() => {
  process.env.TZ = savedTz;
});

const FOUR_WEEKS: PeriodRule = { unit: 'weeks', weeks: 4, anchor: 'start' };
const CALENDAR_WEEK: PeriodRule = { unit: 'weeks', weeks: 1, anchor: 'monday' };
const MONTH: PeriodRule = { unit: 'month' };

describe('periods', () => {
  it.each([
    // rule, start, day, expected period
    ['4 weeks from the start, on the start day', FOUR_WEEKS, '2026-01-15', '2026-01-15', ['2026-01-15', '2026-02-11', false]],
    ['4 weeks, across a month end', FOUR_WEEKS, '2026-01-15', '2026-02-01', ['2026-01-15', '2026-02-11', false]],
    ['4 weeks, the second period', FOUR_WEEKS, '2026-01-15', '2026-02-12', ['2026-02-12', '2026-03-11', false]],
    ['4 weeks, across the spring DST change', FOUR_WEEKS, '2026-03-12', '2026-03-30', ['2026-03-12', '2026-04-08', false]],
    ['4 weeks, across the autumn DST change', FOUR_WEEKS, '2026-10-08', '2026-10-26', ['2026-10-08', '2026-11-04', false]],
    ['4 weeks, across February of a leap year', FOUR_WEEKS, '2028-02-10', '2028-03-08', ['2028-02-10', '2028-03-08', false]],
    ['4 weeks, across the year end', FOUR_WEEKS, '2026-12-17', '2027-01-05', ['2026-12-17', '2027-01-13', false]],
    ['a calendar week begun mid-week (Wednesday start)', CALENDAR_WEEK, '2026-01-14', '2026-01-16', ['2026-01-14', '2026-01-18', true]],
    ['the next calendar week, whole', CALENDAR_WEEK, '2026-01-14', '2026-01-19', ['2026-01-19', '2026-01-25', false]],
    ['a calendar week on its Sunday', CALENDAR_WEEK, '2026-01-14', '2026-01-25', ['2026-01-19', '2026-01-25', false]],
    ['a calendar week across the spring DST change', CALENDAR_WEEK, '2026-03-01', '2026-03-29', ['2026-03-23', '2026-03-29', false]],
    ['a calendar week across a month end', CALENDAR_WEEK, '2026-01-05', '2026-02-01', ['2026-01-26', '2026-02-01', false]],
    ['a month begun mid-month', MONTH, '2026-01-14', '2026-01-31', ['2026-01-14', '2026-01-31', true]],
    ['February of a common year', MONTH, '2026-01-14', '2026-02-10', ['2026-02-01', '2026-02-28', false]],
    ['February of a leap year', MONTH, '2027-12-01', '2028-02-29', ['2028-02-01', '2028-02-29', false]],
    ['the month of the autumn DST change', MONTH, '2026-01-01', '2026-10-25', ['2026-10-01', '2026-10-31', false]],
  ] as const)('%s', (_name, rule, start, day, [from, to, partial]) => {
    expect(periodContaining(rule, start, day)).toEqual({ from, to, partial });
  });

  it.each([
    ['4 weeks', FOUR_WEEKS],
    ['a calendar week', CALENDAR_WEEK],
    ['a month', MONTH],
  ] as const)('none before the start date (%s)', (_name, rule) => {
    expect(periodContaining(rule, '2026-01-15', '2026-01-14')).toBeNull();
  });

  it('lists the periods of a proof that covers a quarter, without gaps or overlaps', () => {
    const periods = periodsBetween(FOUR_WEEKS, '2026-01-15', '2026-01-01', '2026-03-31');
    expect(periods.map((p) => [p.from, p.to])).toEqual([
      ['2026-01-15', '2026-02-11'],
      ['2026-02-12', '2026-03-11'],
      ['2026-03-12', '2026-04-08'],
    ]);
    for (let i = 1; i < periods.length; i++) expect(periods[i]!.from).toBe(addDays(periods[i - 1]!.to, 1));
  });

  it('counts 28 calendar days in every 4-week period of a year, DST changes included', () => {
    const periods = periodsBetween(FOUR_WEEKS, '2026-01-01', '2026-01-01', '2026-12-31');
    for (const p of periods) expect(addDays(p.from, 27)).toBe(p.to);
    expect(periods).toHaveLength(14);
  });
});

describe('the meter', () => {
  const uwv: Rhythm = { measure: 'count', target: 4, period: FOUR_WEEKS };
  const ny: Rhythm = { measure: 'days', target: 3, period: CALENDAR_WEEK };
  const uc: Rhythm = { measure: 'minutes', target: 35 * 60, period: { unit: 'weeks', weeks: 1, anchor: 'start' } };
  const agreed: Rhythm = { measure: 'count', target: null, period: MONTH };
  const at = (day: string, minutes: number | null = null) => ({ day, minutes });
  // Noon in Amsterdam: the same calendar day in every time zone the tests might run in.
  const noon = (day: string) => new Date(`${day}T11:00:00Z`);

  it.each([
    // name, rhythm, start, entries, now, expected (value, target, met, daysLeft, short, to)
    ['2 of 4, three weeks left', uwv, '2026-02-16', [at('2026-02-16'), at('2026-02-20'), at('2026-01-30')], noon('2026-02-22'), [2, 4, false, 22, false, '2026-03-15']],
    ['2 of 4, three days left: short', uwv, '2026-02-16', [at('2026-02-16'), at('2026-02-20')], noon('2026-03-13'), [2, 4, false, 3, true, '2026-03-15']],
    ['4 of 4, last day: met', uwv, '2026-02-16', ['2026-02-16', '2026-02-20', '2026-03-01', '2026-03-15'].map((d) => at(d)), noon('2026-03-15'), [4, 4, true, 1, false, '2026-03-15']],
    ['New York: 3 activities on 2 days is 2 days', ny, '2026-01-05', [at('2026-01-05'), at('2026-01-05'), at('2026-01-06')], noon('2026-01-07'), [2, 3, false, 5, false, '2026-01-11']],
    ['New York: 1 day done, 1 day left: short', ny, '2026-01-05', [at('2026-01-09')], noon('2026-01-11'), [1, 3, false, 1, true, '2026-01-11']],
    ['New York: 0 done, Friday with 3 days left is still possible', ny, '2026-01-05', [], noon('2026-01-09'), [0, 3, false, 3, true, '2026-01-11']],
    ['Universal Credit: 3 h 20 of 35 h', uc, '2026-01-07', [at('2026-01-07', 120), at('2026-01-08', 80), at('2026-01-08', null)], noon('2026-01-09'), [200, 2100, false, 5, false, '2026-01-13']],
    ['as agreed and not typed in: counts without judging', agreed, '2026-01-01', [at('2026-01-02')], noon('2026-01-30'), [1, null, null, 2, false, '2026-01-31']],
  ] as const)('%s', (_name, rhythm, start, entries, now, [value, target, met, daysLeft, short, to]) => {
    const m = meter(rhythm, start, entries, now, 3)!;
    expect({ value: m.value, target: m.target, met: m.met, daysLeft: m.daysLeft, short: m.short, to: m.period.to }).toEqual({
      value,
      target,
      met,
      daysLeft,
      short,
      to,
    });
  });

  it('takes today from the person’s clock: 00:30 in Amsterdam on the DST night is already the 29th', () => {
    // 23:30 UTC on the 28th is 00:30 on the 29th in Amsterdam (winter time, UTC+1).
    const m = meter(uwv, '2026-03-01', [at('2026-03-29')], new Date('2026-03-28T23:30:00Z'), 3)!;
    expect(m.period).toEqual({ from: '2026-03-29', to: '2026-04-25', partial: false });
    expect(m.value).toBe(1);
    expect(m.daysLeft).toBe(28);
  });

  it('says from which day a reminder is due, and nothing before the start', () => {
    expect(meter(uwv, '2026-02-16', [], noon('2026-02-20'), 3)!.remindOn).toBe('2026-03-13');
    expect(meter(agreed, '2026-01-01', [], noon('2026-01-20'), 3)!.remindOn).toBeNull();
    expect(meter(uwv, '2026-02-16', [], noon('2026-02-15'), 3)).toBeNull();
  });
});
