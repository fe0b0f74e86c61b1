import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { V2_STORES, V3_STORES, VacalensDb } from '../../../src/db/database';
import { DATABASE_NAME, READER_VERSION, openForReading, readRowsInPage } from '../../../src/db/first-rows';
import { firstSummariesByNextDue, toStoredSummary } from '../../../src/db/summaries';
import { putVacancies } from '../../../src/db/vacancies';
import { sortByNextDue, summarize, type TrackedSummary } from '../../../src/model/tracked';
import { nextDue } from '../../../src/model/views';
import { rowsReadInPage, type TrackedPage } from '../../../src/ui/tracked-list';
import { FIXED_NOW } from '../helpers';
import { generateVacancies } from './generate';

const names = async () => (await indexedDB.databases()).map((d) => ({ name: d.name, version: d.version }));

describe('the list pages read their first rows themselves', () => {
  let name: string;
  beforeEach(() => {
    name = `first-rows-${Math.random()}`;
  });
  afterEach(async () => {
    await Dexie.delete(name);
  });

  it('under the name and version the background opens', () => {
    expect(new VacalensDb().name).toBe(DATABASE_NAME);
    expect(new VacalensDb().verno * 10).toBeGreaterThanOrEqual(READER_VERSION);
  });

  it.each([
    ['2026-01-20', 1],
    ['2026-01-20', 50],
    ['2026-01-20', 100],
    ['2026-03-01', 50],
    ['2026-12-01', 50],
    ['2026-01-20', 399],
    ['2026-01-20', 401],
  ])('on %s, the first %i as sortByNextDue gives them, as the background reads them', async (today, limit) => {
    const db = new VacalensDb(name);
    await putVacancies(db, generateVacancies(400, FIXED_NOW, 10));
    const all = sortByNextDue(generateVacancies(400, FIXED_NOW, 10).map(summarize), today);
    const fromBackground = await firstSummariesByNextDue(db, today, limit);
    db.close();
    const inPage = await readRowsInPage(indexedDB, name, today, limit);
    expect(inPage?.map((s) => s.id)).toEqual(all.slice(0, limit).map((s) => s.id));
    expect(inPage).toEqual(fromBackground);
  });

  it.each([1, 10, 25, 40])('rows due on many days each, met again and again on the way: the first %i still', async (limit) => {
    const day = (d: number) => `2026-02-${String(1 + d).padStart(2, '0')}`;
    // Row i is due on day i, then on each of the five days after: most index entries repeat a row.
    const all = Array.from({ length: 30 }, (_, i) => ({
      ...summarize(generateVacancies(1, FIXED_NOW, 10)[0]!),
      id: `r-${String(i).padStart(2, '0')}`,
      status: 'interested' as const,
      deadline: day(i % 20),
      eventDates: [1, 2, 3, 4, 5].map((k) => day((i % 20) + k)),
      trackedAt: `2026-01-0${1 + (i % 3)}T09:00:00.000Z`,
    }));
    const db = new VacalensDb(name);
    await db.summaries.bulkPut(all.map(toStoredSummary));
    db.close();
    expect(await readRowsInPage(indexedDB, name, '2026-01-20', limit)).toEqual(sortByNextDue(all, '2026-01-20').slice(0, limit));
  });

  // getAll with a direction (Chromium 141 on) reads the rows of a crowded first due day newest
  // first; without it, the whole day is read. Both must give sortByNextDue's order.
  describe.each([
    ['where getAll takes a direction', true],
    ['where getAll takes no direction (older browsers)', false],
  ])('%s', (_where, withDirection) => {
    const getAllRecords = Object.getOwnPropertyDescriptor(IDBIndex.prototype, 'getAllRecords')!;
    let getAll: MockInstance<IDBIndex['getAll']>;
    beforeEach(() => {
      if (!withDirection) delete (IDBIndex.prototype as { getAllRecords?: unknown }).getAllRecords;
      getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    });
    afterEach(() => {
      Object.defineProperty(IDBIndex.prototype, 'getAllRecords', getAllRecords);
      getAll.mockRestore();
    });
    const readNewestFirst = () => getAll.mock.calls.some(([options]) => (options as { direction?: string } | undefined)?.direction === 'prev');

    // Selection days are shared: the generated log puts every selection event on the 28th, so on
    // the 28th hundreds of rows tie on the first due day, more than the first batch holds.
    it.each([
      ['2026-01-28', 1],
      ['2026-01-28', 50],
      ['2026-01-28', 100],
      ['2026-02-27', 50],
    ])('on %s, with hundreds of rows due that day, the first %i as sortByNextDue gives them', async (today, limit) => {
      const all = generateVacancies(1_500, FIXED_NOW, 10).map(summarize);
      const db = new VacalensDb(name);
      await db.summaries.bulkPut(all.map(toStoredSummary));
      db.close();
      const sorted = sortByNextDue(all, today);
      const lastDay = nextDue(sorted[limit - 1]!, today)!.day;
      expect(lastDay).toMatch(/-28$/);
      expect(sorted.filter((s) => nextDue(s, today)?.day === lastDay).length).toBeGreaterThan(limit + 100);
      expect((await readRowsInPage(indexedDB, name, today, limit))?.map((s) => s.id)).toEqual(sorted.slice(0, limit).map((s) => s.id));
      expect(readNewestFirst()).toBe(withDirection);
    });

    it.each([1, 7, 10, 30, 55])(
      'rows due the same day and tracked at the same moment: the first %i by id as sortByNextDue compares them, not as the index does',
      async (limit) => {
        // The index orders ids by code unit ('B' before 'a'); sortByNextDue by localeCompare ('a' before 'B').
        const all = Array.from({ length: 240 }, (_, i) => ({
          ...summarize(generateVacancies(1, FIXED_NOW, 10)[0]!),
          id: `${['a', 'B', 'c', 'D'][i % 4]}-${String(i).padStart(3, '0')}`,
          status: 'applied' as const,
          deadline: null,
          eventDates: ['2026-02-03'],
          trackedAt: `2026-01-0${1 + (i % 3)}T09:00:00.000Z`,
        }));
        const db = new VacalensDb(name);
        await db.summaries.bulkPut(all.map(toStoredSummary));
        db.close();
        expect((await readRowsInPage(indexedDB, name, '2026-01-20', limit))?.map((s) => s.id)).toEqual(
          sortByNextDue(all, '2026-01-20').slice(0, limit).map((s) => s.id),
        );
      },
    );

    it.each([1, 10, 40])(
      "a crowded day's rows tracked long before the rest: the first %i, though not among the newest rows read",
      async (limit) => {
        const row = (i: number, dueDay: string | null, trackedAt: string) => ({
          ...summarize(generateVacancies(1, FIXED_NOW, 10)[0]!),
          id: `r-${String(i).padStart(4, '0')}`,
          status: 'applied' as const,
          deadline: null,
          eventDates: dueDay ? [dueDay] : [],
          trackedAt,
        });
        const all = [
          ...Array.from({ length: 120 }, (_, i) => row(i, '2026-02-03', `2025-0${1 + (i % 6)}-01T09:00:00.000Z`)),
          ...Array.from({ length: 900 }, (_, i) => row(1_000 + i, i % 2 ? null : '2026-01-10', `2026-01-${String(1 + (i % 19)).padStart(2, '0')}T09:00:00.000Z`)),
        ];
        const db = new VacalensDb(name);
        await db.summaries.bulkPut(all.map(toStoredSummary));
        db.close();
        expect((await readRowsInPage(indexedDB, name, '2026-01-20', limit))?.map((s) => s.id)).toEqual(
          sortByNextDue(all, '2026-01-20').slice(0, limit).map((s) => s.id),
        );
        expect(readNewestFirst()).toBe(withDirection);
      },
    );
  });

  it.each(['2026-01-20', '2026-12-01'])('without a limit, on %s, every row as sortByNextDue gives them', async (today) => {
    const db = new VacalensDb(name);
    await putVacancies(db, generateVacancies(200, FIXED_NOW, 10));
    db.close();
    const all = sortByNextDue(generateVacancies(200, FIXED_NOW, 10).map(summarize), today);
    expect(await readRowsInPage(indexedDB, name, today)).toEqual(all);
  });

  it('answers summaries without the index keys', async () => {
    const db = new VacalensDb(name);
    await putVacancies(db, generateVacancies(1, FIXED_NOW, 10));
    db.close();
    const [row] = (await readRowsInPage(indexedDB, name, '2026-01-20', 10))!;
    expect(row).toEqual(summarize(generateVacancies(1, FIXED_NOW, 10)[0]!));
    expect(Object.keys(row!)).not.toContain('dueDays');
  });

  it('an empty log answers no rows (not null: nothing to ask the background)', async () => {
    await new VacalensDb(name).open().then((db) => db.close());
    expect(await readRowsInPage(indexedDB, name, '2026-01-20', 50)).toEqual([]);
  });

  it('answers null when there is no database yet, and does not create one', async () => {
    expect(await readRowsInPage(indexedDB, name, '2026-01-20', 50)).toBeNull();
    expect((await names()).map((d) => d.name)).not.toContain(name);
  });

  it.each([
    [2, V2_STORES],
    [3, V3_STORES],
  ])('answers null on an older database (version %i), and leaves it at its version for the background to upgrade', async (version, stores) => {
    const older = new Dexie(name);
    older.version(version).stores(stores);
    await older.open();
    older.close();
    expect(await readRowsInPage(indexedDB, name, '2026-01-20', 50)).toBeNull();
    expect(await names()).toContainEqual({ name, version: version * 10 });
  });

  it('answers null on a later database without the indexes it reads through', async () => {
    await new Promise<void>((ok) => {
      const open = indexedDB.open(name, READER_VERSION + 10);
      open.onupgradeneeded = () => open.result.createObjectStore('summaries', { keyPath: 'id' });
      open.onsuccess = () => (open.result.close(), ok());
    });
    expect(await readRowsInPage(indexedDB, name, '2026-01-20', 50)).toBeNull();
  });

  it('gives way to the background upgrading the database while a page holds it open', async () => {
    await new VacalensDb(name).open().then((db) => db.close());
    const page = (await openForReading(indexedDB, name))!;
    const upgraded = await new Promise<number>((ok, fail) => {
      const open = indexedDB.open(name, READER_VERSION + 10);
      open.onblocked = () => fail(new Error('blocked by the page'));
      open.onsuccess = () => (open.result.close(), ok(open.result.version));
    });
    expect(upgraded).toBe(READER_VERSION + 10);
    page.close();
  });
});

describe('rowsReadInPage', () => {
  const rows = (n: number) => generateVacancies(n, FIXED_NOW, 10).map(summarize);
  const askAnswer: TrackedPage = { rows: rows(3), total: 3 };

  it.each([
    ['fewer rows than asked: the whole log, counted', 2, 50, 2],
    ['as many as asked: more may follow, not counted', 50, 50, null],
    ['the whole log, counted', 60, undefined, 60],
  ])('a page that reads %s', async (_name, found, limit, total) => {
    const ask = vi.fn(async () => askAnswer);
    const list = rowsReadInPage(async () => rows(found), ask);
    expect(await list({ today: '2026-01-20', limit })).toEqual({ rows: rows(found), total });
    expect(ask).not.toHaveBeenCalled();
  });

  it('asks the background when the page cannot read', async () => {
    const read = vi.fn(async (): Promise<TrackedSummary[] | null> => null);
    const ask = vi.fn(async () => askAnswer);
    expect(await rowsReadInPage(read, ask)({ today: '2026-01-20', limit: 50 })).toBe(askAnswer);
    expect(read).toHaveBeenCalledWith('2026-01-20', 50);
    expect(ask).toHaveBeenCalledWith({ today: '2026-01-20', limit: 50 });
  });

  it('asks the background for the whole log when the page cannot read it', async () => {
    const read = vi.fn(async (): Promise<TrackedSummary[] | null> => null);
    const ask = vi.fn(async () => askAnswer);
    expect(await rowsReadInPage(read, ask)({ today: '2026-01-20' })).toBe(askAnswer);
    expect(read).toHaveBeenCalledWith('2026-01-20', undefined);
    expect(ask).toHaveBeenCalledWith({ today: '2026-01-20' });
  });
});

