import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VacalensDb } from '../../../src/db/database';
import { dueDays, firstSummariesByNextDue, toStoredSummary } from '../../../src/db/summaries';
import { putVacancies } from '../../../src/db/vacancies';
import { STATUSES, nextDue, sortByNextDue, type TrackedSummary } from '../../../src/model/tracked';
import { FIXED_NOW } from '../helpers';
import { generateVacancies } from './generate';

function summary(over: Partial<TrackedSummary>): TrackedSummary {
  return {
    id: 'x',
    url: 'https://www.werkenbijdeoverheid.be/x',
    title: 'x',
    organisation: null,
    reference: null,
    location: null,
    deadline: null,
    eventDates: [],
    language: 'nl',
    portal: 'werkenbijdeoverheid.be',
    status: 'interested',
    applied: null,
    trackedAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    ...over,
  };
}

describe('dueDays', () => {
  it.each([
    ['interested: the deadline, then only events after it', { deadline: '2026-02-01', eventDates: ['2026-01-25', '2026-02-01', '2026-02-10'] }, ['2026-02-01', '2026-02-10']],
    ['interested with a date-time deadline: its day', { deadline: '2026-02-01T12:00:00+01:00' }, ['2026-02-01']],
    ['interested without a deadline: the events', { eventDates: ['2026-01-25'] }, ['2026-01-25']],
    ['applied: the events, not the deadline', { status: 'applied', deadline: '2026-02-01', eventDates: ['2026-01-25'] }, ['2026-01-25']],
    ['interviewing with nothing planned: none', { status: 'interview', deadline: '2026-02-01' }, []],
  ] as const)('%s', (_name, over, expected) => {
    expect(dueDays(summary(over as Partial<TrackedSummary>))).toEqual(expected);
  });

  it.each(['hired', 'rejected', 'withdrawn', 'expired'] as const)('a %s vacancy has none: nothing is due', (status) => {
    expect(dueDays(summary({ status, deadline: '2026-02-01', eventDates: ['2026-02-10'] }))).toEqual([]);
  });

  it('on any day, the smallest of them from that day on is the next due day', () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-02-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        fc.constantFrom(...STATUSES),
        fc.option(day),
        fc.uniqueArray(day, { maxLength: 4 }).map((days) => days.sort()),
        day,
        (status, deadline, eventDates, today) => {
          const s = summary({ status, deadline, eventDates });
          const first = dueDays(s).filter((d) => d >= today).sort()[0] ?? null;
          expect(first).toBe(nextDue(s, today)?.day ?? null);
        },
      ),
    );
  });
});

describe('firstSummariesByNextDue', () => {
  let db: VacalensDb;
  beforeEach(() => {
    db = new VacalensDb(`summaries-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  /** Few distinct days and tracking times, so order keys tie often and the tie-breaks count. */
  const tied = (n: number): TrackedSummary[] =>
    Array.from({ length: n }, (_, i) =>
      summary({
        id: `s-${String((i * 37) % n).padStart(3, '0')}`,
        status: STATUSES[(i * 7) % STATUSES.length]!,
        deadline: i % 5 === 0 ? null : `2026-01-${String(15 + (i % 11)).padStart(2, '0')}`,
        eventDates: i % 3 === 0 ? [`2026-01-${String(18 + (i % 9)).padStart(2, '0')}`] : [],
        trackedAt: `2026-01-0${1 + (i % 4)}T09:00:00.000Z`,
      }),
    );

  it.each([
    ['2026-01-10', 1],
    ['2026-01-20', 10],
    ['2026-01-20', 50],
    ['2026-01-24', 100],
    ['2026-02-01', 30],
    ['2026-02-01', 500],
  ])('on %s, the first %i are those sortByNextDue gives, in its order', async (today, limit) => {
    const all = tied(300);
    await db.summaries.bulkPut(all.map(toStoredSummary));
    const expected = sortByNextDue(all, today).slice(0, limit);
    expect(await firstSummariesByNextDue(db, today, limit)).toEqual(expected);
  });

  it('agrees with sortByNextDue on generated logs, written as the background writes them', async () => {
    const records = generateVacancies(400, FIXED_NOW, 10);
    await putVacancies(db, records);
    const all = sortByNextDue(await db.summaries.toArray().then((s) => s.map(({ dueDays: _d, closed: _c, ...rest }) => rest)), '2026-01-20');
    for (const limit of [1, 50, 399, 400, 401]) {
      expect((await firstSummariesByNextDue(db, '2026-01-20', limit)).map((s) => s.id)).toEqual(all.slice(0, limit).map((s) => s.id));
    }
  });

  it('answers summaries without the index keys', async () => {
    await db.summaries.bulkPut([toStoredSummary(summary({ id: 'a', deadline: '2026-02-01' }))]);
    expect(await firstSummariesByNextDue(db, '2026-01-20', 10)).toEqual([summary({ id: 'a', deadline: '2026-02-01' })]);
  });

  it('an empty log answers no rows', async () => {
    expect(await firstSummariesByNextDue(db, '2026-01-20', 50)).toEqual([]);
  });
});
