import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { V1_STORES, V2_STORES, V3_STORES, V4_STORES, VacalensDb } from '../../../src/db/database';
import { readRowsInPage } from '../../../src/db/first-rows';
import { firstSummariesByNextDue, toStoredSummary } from '../../../src/db/summaries';
import { matchKeys } from '../../../src/db/duplicates';
import { expireOverdue, findByUrl, listSummaries, trackVacancy } from '../../../src/db/vacancies';
import { isDuplicateCandidates } from '../../../src/model/duplicates';
import {
  TrackedVacancySchema,
  readTrackedVacancy,
  summarize,
  upgradeV1,
  type TrackedVacancy,
  type TrackedVacancyV1,
} from '../../../src/model/tracked';
import { FIXED_NOW, seedFacts } from '../helpers';

const URL_A = 'https://www.werkenbijdeoverheid.be/vacature/68bf45f0b686c62a/Communicatiemedewerker-lokale-besturen.html';
const URL_B = 'https://www.werkenbijdeoverheid.be/vacature/b/B.html';

/** Records exactly as version 1's trackVacancy and setStatus wrote them. */
const V1_RECORDS: TrackedVacancyV1[] = [
  {
    id: 'v1-applied',
    url: URL_A,
    facts: seedFacts(),
    snapshot: { text: 'Solliciteer ten laatste 1 februari 2026.', capturedAt: '2026-01-20T09:30:00.000Z' },
    status: 'applied',
    history: [
      { status: 'interested', at: '2026-01-20T09:30:00.000Z' },
      { status: 'applied', at: '2026-01-25T14:00:00.000Z' },
    ],
    notes: 'Brief gestuurd',
    trackedAt: '2026-01-20T09:30:00.000Z',
    updatedAt: '2026-01-25T14:00:00.000Z',
  },
  {
    id: 'v1-interested',
    url: URL_B,
    facts: { ...seedFacts(), url: URL_B, title: 'Boekhouder', deadline: null, events: [] },
    snapshot: { text: '', capturedAt: '2026-01-21T08:00:00.000Z' },
    status: 'interested',
    history: [{ status: 'interested', at: '2026-01-21T08:00:00.000Z' }],
    notes: '',
    trackedAt: '2026-01-21T08:00:00.000Z',
    updatedAt: '2026-01-21T08:00:00.000Z',
  },
];

let name = '';
afterEach(async () => {
  await Dexie.delete(name);
});

async function writeVersion1(records: TrackedVacancyV1[]): Promise<void> {
  name = `migration-${Math.random()}`;
  const v1 = new Dexie(name);
  v1.version(1).stores(V1_STORES);
  await v1.table('vacancies').bulkAdd(records);
  v1.close();
}

describe('database version 1 → 2', () => {
  it('keeps every record, adds the version-2 fields and a summary for each', async () => {
    await writeVersion1(V1_RECORDS);
    const db = new VacalensDb(name);
    await db.open();
    // Opened by today's code, it goes on through every later version (3 and 4: see below).
    expect(db.verno).toBe(6);

    const stored = await db.vacancies.get('v1-applied');
    const record = TrackedVacancySchema.parse(stored);
    expect(record).toMatchObject({
      url: URL_A,
      sourceUrls: [URL_A],
      corrections: {},
      snapshot: { text: 'Solliciteer ten laatste 1 februari 2026.', url: URL_A, capturedAt: '2026-01-20T09:30:00.000Z' },
      status: 'applied',
      applied: { date: '2026-01-25', via: null },
      notes: 'Brief gestuurd',
      history: [
        { status: 'interested', at: '2026-01-20T09:30:00.000Z', recordedAt: '2026-01-20T09:30:00.000Z', by: 'user' },
        { status: 'applied', at: '2026-01-25T14:00:00.000Z', recordedAt: '2026-01-25T14:00:00.000Z', by: 'user' },
      ],
    });
    expect((await db.vacancies.get('v1-interested'))?.applied).toBeNull();

    expect((await listSummaries(db)).map((s) => [s.id, s.status, s.deadline])).toEqual([
      ['v1-applied', 'applied', '2026-02-01'],
      ['v1-interested', 'interested', null],
    ]);
    db.close();
  });

  it('upgraded records are found by address and by the duplicate check', async () => {
    await writeVersion1(V1_RECORDS);
    const db = new VacalensDb(name);
    expect((await findByUrl(db, URL_B))?.id).toBe('v1-interested');
    const again = await trackVacancy(
      db,
      { url: 'https://www.vdab.be/vacatures/1', facts: { ...seedFacts(), url: 'https://www.vdab.be/vacatures/1' }, snapshotText: '' },
      FIXED_NOW,
      () => 'new',
    );
    expect(isDuplicateCandidates(again) && again.matches.map((m) => m.vacancy.id)).toEqual(['v1-applied']);
    db.close();
  });

  it('an empty version-1 database upgrades to an empty version 2', async () => {
    await writeVersion1([]);
    const db = new VacalensDb(name);
    expect(await db.vacancies.count()).toBe(0);
    expect(await db.summaries.count()).toBe(0);
    db.close();
  });
});

/** Records and summaries exactly as version 2's save() wrote them: no index keys on the summaries. */
async function writeVersion2(records: TrackedVacancyV1[]): Promise<void> {
  name = `migration-${Math.random()}`;
  const v2 = new Dexie(name);
  v2.version(1).stores(V1_STORES);
  v2.version(2).stores(V2_STORES);
  const upgraded = records.map(upgradeV1);
  await v2.table('vacancies').bulkAdd(upgraded.map((r) => ({ ...r, matchKeys: matchKeys(r) })));
  await v2.table('summaries').bulkAdd(upgraded.map(summarize));
  v2.close();
}

describe('database version 2 → 3', () => {
  it('gives every summary the keys the lists read their first rows through, and changes nothing else', async () => {
    await writeVersion2(V1_RECORDS);
    const db = new VacalensDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    // Applied: its selection events can be due; interested without a deadline or events: nothing.
    const applied = { ...summarize(upgradeV1(V1_RECORDS[0]!)), dueDays: ['2026-02-03', '2026-02-05', '2026-02-11'], closed: 0 };
    expect(await db.summaries.get('v1-applied')).toEqual(applied);
    expect((await db.summaries.get('v1-interested'))?.dueDays).toEqual([]);
    expect(await db.vacancies.count()).toBe(2);
    expect((await firstSummariesByNextDue(db, '2026-01-22', 1)).map((s) => s.id)).toEqual(['v1-applied']);
    expect((await firstSummariesByNextDue(db, '2026-01-22', 5)).map((s) => s.id)).toEqual(['v1-applied', 'v1-interested']);
    // Once its last event has passed, the most recently tracked comes first.
    expect((await firstSummariesByNextDue(db, '2026-03-01', 5)).map((s) => s.id)).toEqual(['v1-interested', 'v1-applied']);
    db.close();
  });

  it('a due deadline is found through the new index', async () => {
    const withDeadline = { ...V1_RECORDS[1]!, facts: { ...V1_RECORDS[1]!.facts, deadline: '2026-02-01' } };
    await writeVersion2([V1_RECORDS[0]!, withDeadline]);
    const db = new VacalensDb(name);
    expect(await db.summaries.where('dueDays').equals('2026-02-01').primaryKeys()).toEqual(['v1-interested']);
    expect((await firstSummariesByNextDue(db, '2026-01-22', 1)).map((s) => s.id)).toEqual(['v1-interested']);
    db.close();
  });

  it('an empty version-2 database upgrades to an empty version 3', async () => {
    await writeVersion2([]);
    const db = new VacalensDb(name);
    expect(await db.summaries.count()).toBe(0);
    expect(await firstSummariesByNextDue(db, '2026-01-22', 50)).toEqual([]);
    db.close();
  });
});

/** Records and summaries exactly as version 3's save() wrote them, under version 3's indexes. */
async function writeVersion3(records: TrackedVacancyV1[]): Promise<void> {
  name = `migration-${Math.random()}`;
  const v3 = new Dexie(name);
  v3.version(1).stores(V1_STORES);
  v3.version(2).stores(V2_STORES);
  v3.version(3).stores(V3_STORES);
  const upgraded = records.map(upgradeV1);
  await v3.table('vacancies').bulkAdd(upgraded.map((r) => ({ ...r, matchKeys: matchKeys(r) })));
  await v3.table('summaries').bulkAdd(upgraded.map((r) => toStoredSummary(summarize(r))));
  v3.close();
}

/** Each store's index names, as IndexedDB has them. */
function indexNames(db: VacalensDb): Record<string, string[]> {
  const idb = db.backendDB();
  const tx = idb.transaction(['vacancies', 'summaries'], 'readonly');
  return Object.fromEntries(['vacancies', 'summaries'].map((store) => [store, [...tx.objectStore(store).indexNames].sort()]));
}

describe('database version 3 → 4', () => {
  it('drops the indexes nothing reads and keeps every record and summary as it was', async () => {
    await writeVersion3(V1_RECORDS);
    const before = new Dexie(name);
    const v3Data = await before.open().then(async () => ({
      vacancies: await before.table('vacancies').toArray(),
      summaries: await before.table('summaries').toArray(),
    }));
    before.close();
    const db = new VacalensDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect(indexNames(db)).toEqual({
      vacancies: ['matchKeys', 'sourceUrls', 'url'],
      summaries: ['[closed+trackedAt]', 'dueDays', 'status'],
    });
    expect(await db.vacancies.toArray()).toEqual(v3Data.vacancies);
    expect(await db.summaries.toArray()).toEqual(v3Data.summaries);
    db.close();
  });

  it('every look-up still finds what version 3 wrote: address, duplicates, expiry, first rows', async () => {
    const overdue = { ...V1_RECORDS[1]!, facts: { ...V1_RECORDS[1]!.facts, deadline: '2026-01-25' } };
    await writeVersion3([V1_RECORDS[0]!, overdue]);
    const db = new VacalensDb(name);
    expect((await findByUrl(db, URL_B))?.id).toBe('v1-interested');
    expect(await findByUrl(db, 'https://www.vdab.be/vacatures/nowhere')).toBeUndefined();
    const again = await trackVacancy(
      db,
      { url: 'https://www.vdab.be/vacatures/1', facts: { ...seedFacts(), url: 'https://www.vdab.be/vacatures/1' }, snapshotText: '' },
      FIXED_NOW,
      () => 'new',
    );
    expect(isDuplicateCandidates(again) && again.matches.map((m) => m.vacancy.id)).toEqual(['v1-applied']);
    // The sweep reads the summaries by status: only the interested one past its deadline expires.
    expect(await expireOverdue(db, new Date('2026-01-24T12:00:00Z'))).toEqual([]);
    expect((await expireOverdue(db, new Date('2026-02-01T12:00:00Z'))).map((s) => [s.id, s.status])).toEqual([['v1-interested', 'expired']]);
    db.close();
    // The page's own reader, through the summaries' indexes by name, on the upgraded database.
    expect((await readRowsInPage(indexedDB, name, '2026-01-22', 5))?.map((s) => s.id)).toEqual(['v1-applied', 'v1-interested']);
  });

  it('an empty version-3 database upgrades to an empty version 4', async () => {
    await writeVersion3([]);
    const db = new VacalensDb(name);
    expect(await db.vacancies.count()).toBe(0);
    expect(await db.summaries.count()).toBe(0);
    db.close();
    expect(await readRowsInPage(indexedDB, name, '2026-01-22', 50)).toEqual([]);
  });
});

/** Records and summaries exactly as version 4 wrote them: summaries without the workplace, `via` always said. */
async function writeVersion4(records: object[]): Promise<void> {
  name = `migration-${Math.random()}`;
  const v4 = new Dexie(name);
  v4.version(1).stores(V1_STORES);
  v4.version(2).stores(V2_STORES);
  v4.version(3).stores(V3_STORES);
  v4.version(4).stores(V4_STORES);
  await v4.table('vacancies').bulkAdd(records.map((r) => ({ ...r, matchKeys: matchKeys(r as TrackedVacancy) })));
  await v4.table('summaries').bulkAdd(
    records.map((r) => {
      const { location: _, ...summary } = toStoredSummary(summarize(r as TrackedVacancy));
      return summary;
    }),
  );
  v4.close();
}

describe('database version 4 → 5', () => {
  const applied = (over: Partial<TrackedVacancy>): TrackedVacancy => ({ ...upgradeV1(V1_RECORDS[0]!), ...over });
  const typedInForm = applied({
    id: 'form',
    // The application form said 10 March; the step kept the day the status was chosen.
    history: [
      { status: 'interested', at: '2026-03-01T09:00:00.000Z', recordedAt: '2026-03-01T09:00:00.000Z', by: 'user' },
      { status: 'applied', at: '2026-03-12T09:00:00.000Z', recordedAt: '2026-03-12T09:00:00.000Z', by: 'user' },
    ],
    applied: { date: '2026-03-10', via: 'portal' },
  });
  const correctedInHistory = applied({
    id: 'history',
    url: URL_B,
    sourceUrls: [URL_B],
    history: [
      { status: 'interested', at: '2026-03-01T09:00:00.000Z', recordedAt: '2026-03-01T09:00:00.000Z', by: 'user' },
      { status: 'applied', at: '2026-03-08', recordedAt: '2026-03-12T09:00:00.000Z', by: 'user' },
    ],
    applied: { date: '2026-03-12', via: 'other' },
  });

  it('gives each summary its workplace and makes the application date one value', async () => {
    await writeVersion4([typedInForm, correctedInHistory]);
    const db = new VacalensDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    const form = TrackedVacancySchema.parse(await db.vacancies.get('form'));
    expect(form.history[1]!.at).toBe('2026-03-10');
    expect(form.applied).toEqual({ date: '2026-03-10', via: 'portal' });
    const history = TrackedVacancySchema.parse(await db.vacancies.get('history'));
    expect(history.history[1]!.at).toBe('2026-03-08');
    expect(history.applied).toEqual({ date: '2026-03-08', via: 'other' });
    const summaries = await listSummaries(db);
    expect(summaries.map((s) => [s.id, s.location, s.applied?.date])).toEqual(
      expect.arrayContaining([
        ['form', seedFacts().location, '2026-03-10'],
        ['history', seedFacts().location, '2026-03-08'],
      ]),
    );
    db.close();
    // The page's own reader knows version 5, and reads the workplace.
    expect((await readRowsInPage(indexedDB, name, '2026-03-20'))?.map((s) => s.location)).toEqual([seedFacts().location, seedFacts().location]);
  });
});

describe('readTrackedVacancy', () => {
  it('reads a version-1 record as version 2', () => {
    expect(readTrackedVacancy(V1_RECORDS[0]).applied).toEqual({ date: '2026-01-25', via: null });
  });

  it('reads a version-2 record as it is', () => {
    const v2 = readTrackedVacancy(V1_RECORDS[1]);
    expect(readTrackedVacancy(v2)).toEqual(v2);
  });

  it.each([
    ['a record without history', { ...V1_RECORDS[0], history: [] }],
    ['an unknown status', { ...V1_RECORDS[0], status: 'bribed' }],
    ['not a record', 'hello'],
  ])('refuses %s', (_name, value) => {
    expect(() => readTrackedVacancy(value)).toThrow();
  });
});
