/**
 * Data safety (issue 7.4): a write that touches several records is all or nothing. Storage that
 * fills up mid-way, or an upgrade that throws, leaves the database exactly as it was and tells
 * the user in their language; two tabs editing one vacancy at once keep both edits, and an edit
 * made on a version changed elsewhere is refused, never written over the other.
 */
import Dexie, { type DBCore, type Middleware } from 'dexie';
import type { Browser } from 'wxt/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { V2_STORES, VacalensDb } from '../../../src/db/database';
import { userFacingError } from '../../../src/i18n/errors';
import { getVacancy, putSettings, putVacancies, trackVacancy } from '../../../src/db/vacancies';
import { toBackup } from '../../../src/log/backup';
import { applyImport } from '../../../src/messaging/log-handlers';
import { registerHandlers } from '../../../src/messaging/handlers';
import type { messenger } from '../../../src/messaging/protocol';
import { summarize, upgradeV1, type TrackedVacancy } from '../../../src/model/tracked';
import { sweep, type ReminderDeps } from '../../../src/platform/reminders';
import { FIXED_NOW, seedFacts, translatorFor } from '../helpers';
import { generateLog } from '../log/generate';

type Sender = Browser.runtime.MessageSender;
type Handler = (message: { data: unknown; sender: Sender }) => Promise<unknown>;

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
const URL_A = 'https://www.werkenbijdeoverheid.be/vacature/a/A.html';
const URL_B = 'https://www.werkenbijdeoverheid.be/vacature/b/B.html';
const TAB: Sender = { id: EXT_ID, tab: { id: 7 } as Browser.tabs.Tab, frameId: 0, url: URL_B };
const PAGE: Sender = { id: EXT_ID, url: `${ORIGIN}log.html` };
const nl = translatorFor('nl');
const en = translatorFor('en');

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

/**
 * Storage that holds `quota.limit` more writes (dbcore mutate calls: a put, a bulkPut, a delete)
 * and then refuses, as IndexedDB does when the disk quota is reached.
 */
interface Quota {
  limit: number;
  writes: number;
}
function quotaMiddleware(quota: Quota): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'quota',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: (req) => {
            if (quota.writes >= quota.limit) {
              return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            }
            quota.writes++;
            return table.mutate(req);
          },
        };
      },
    }),
  };
}

/** A database with `seed` in it, and a second connection to it through storage that fills up. */
async function seeded(seed: (db: VacalensDb) => Promise<void>): Promise<{ db: VacalensDb; quota: Quota }> {
  const name = `data-safety-${Math.random()}`;
  names.push(name);
  const setup = new VacalensDb(name);
  await seed(setup);
  setup.close();
  const quota: Quota = { limit: Infinity, writes: 0 };
  const db = new VacalensDb(name);
  db.use(quotaMiddleware(quota));
  return { db, quota };
}

/** Everything stored, read through the raw tables (summaries and match keys included). */
async function contents(db: VacalensDb) {
  return {
    vacancies: await db.vacancies.orderBy('id').toArray(),
    summaries: await db.summaries.orderBy('id').toArray(),
    settings: await db.settings.toArray(),
  };
}

function handlersOf(db: VacalensDb, clock: { now: Date }, t = nl): Record<string, Handler> {
  const handlers: Record<string, Handler> = {};
  const fake = {
    onMessage: (type: string, fn: Handler) => {
      handlers[type] = fn;
      return () => {};
    },
  } as unknown as typeof messenger;
  let n = 0;
  registerHandlers(fake, {
    db,
    now: () => clock.now,
    newId: () => `id-new-${++n}`,
    extensionId: EXT_ID,
    extensionOrigin: ORIGIN,
    t,
  });
  return handlers;
}

const trackSeed = (db: VacalensDb) =>
  trackVacancy(db, { url: URL_A, facts: seedFacts(), snapshotText: 'tekst' }, FIXED_NOW, () => 'id-seed').then(() => {});

/** Three vacancies whose deadline passed while 'interested', one applied, one still open. */
function sweepLog(): TrackedVacancy[] {
  const base = (i: number, deadline: string, status: 'interested' | 'applied'): TrackedVacancy => ({
    ...upgradeV1({
      id: `sweep-${i}`,
      url: `https://www.werkenbijdeoverheid.be/vacature/s${i}/S.html`,
      facts: { ...seedFacts(), url: `https://www.werkenbijdeoverheid.be/vacature/s${i}/S.html`, title: `Vacature ${i}`, reference: `REF-${i}`, deadline },
      snapshot: { text: '', capturedAt: '2025-12-01T09:00:00.000Z' },
      status: 'interested',
      history: [{ status: 'interested', at: '2025-12-01T09:00:00.000Z' }],
      notes: '',
      trackedAt: '2025-12-01T09:00:00.000Z',
      updatedAt: '2025-12-01T09:00:00.000Z',
    }),
    ...(status === 'applied' ? { status, applied: { date: '2025-12-05', via: 'portal' as const } } : {}),
  });
  return [base(1, '2026-01-05', 'interested'), base(2, '2026-01-10', 'interested'), base(3, '2026-01-15', 'interested'), base(4, '2026-01-10', 'applied'), base(5, '2026-03-01', 'interested')];
}

interface Attack {
  name: string;
  seed: (db: VacalensDb) => Promise<void>;
  run: (db: VacalensDb) => Promise<unknown>;
  /** Whether the error reaches the caller through the background's message handlers (already in the user's words). */
  viaHandlers: boolean;
}

const ATTACKS: Attack[] = [
  {
    name: 'tracking a new vacancy (record, summary, match keys)',
    seed: trackSeed,
    run: (db) =>
      handlersOf(db, { now: FIXED_NOW }).trackVacancy!({
        data: { url: URL_B, facts: { ...seedFacts(), url: URL_B, title: 'Boekhouder', reference: 'B-2' }, snapshotText: 'b' },
        sender: TAB,
      }),
    viaHandlers: true,
  },
  {
    name: 'tracking a duplicate as another address of the tracked one',
    seed: trackSeed,
    run: (db) =>
      handlersOf(db, { now: FIXED_NOW }).trackVacancy!({
        data: { url: URL_B, facts: { ...seedFacts(), url: URL_B }, snapshotText: 'b', onDuplicate: 'add-source', matchId: 'id-seed' },
        sender: TAB,
      }),
    viaHandlers: true,
  },
  {
    name: 'a status change',
    seed: trackSeed,
    run: (db) => handlersOf(db, { now: FIXED_NOW }).setStatus!({ data: { id: 'id-seed', status: 'applied' }, sender: PAGE }),
    viaHandlers: true,
  },
  {
    name: 'restoring a backup of 40 records over 20, the file winning conflicts',
    seed: async (db) => {
      await putVacancies(db, generateLog(20, 1));
      await putSettings(db, { reminders: true, deadlineReminderDays: 3, reportName: '' });
    },
    run: (db) => {
      const file = [...generateLog(20, 1).map((r) => ({ ...r, notes: 'uit de back-up' })), ...generateLog(40, 2).slice(20).map((r) => ({ ...r, id: `b-${r.id}`, url: `${r.url}?b` }))];
      return applyImport(db, toBackup(file, { reminders: false, deadlineReminderDays: 7, reportName: '' }, FIXED_NOW), { conflicts: 'replace', except: [] });
    },
    viaHandlers: false,
  },
  {
    name: 'the expiry sweep over three overdue vacancies',
    seed: (db) => putVacancies(db, sweepLog()),
    run: (db) => {
      const deps: ReminderDeps = {
        db,
        alarms: { getAll: async () => [], get: async () => undefined, create: async () => {}, clear: async () => true },
        notifications: { create: async (id) => id },
        now: () => new Date('2026-01-20T09:30:00Z'),
        t: nl,
        iconUrl: '',
        onChanged: () => {},
      };
      return sweep(deps);
    },
    viaHandlers: false,
  },
];

describe('storage full mid-way', () => {
  it.each(ATTACKS)('$name: at every write that can fail, nothing is stored and the user is told', async (attack) => {
    // Undisturbed, to know how many writes the operation makes and that it writes at all.
    const clean = await seeded(attack.seed);
    const untouched = await contents(clean.db);
    await attack.run(clean.db);
    const writes = clean.quota.writes;
    expect(writes).toBeGreaterThanOrEqual(2);
    expect(await contents(clean.db)).not.toEqual(untouched);
    clean.db.close();

    for (let allowed = 0; allowed < writes; allowed++) {
      const { db, quota } = await seeded(attack.seed);
      const before = await contents(db);
      quota.limit = allowed;
      const error = await attack.run(db).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, `after ${allowed} of ${writes} writes`).not.toBeNull();
      const told = attack.viaHandlers ? error : userFacingError(error, nl);
      expect((told as Error).message, `after ${allowed} of ${writes} writes`).toBe(nl('errorStorageFull'));
      quota.limit = Infinity;
      expect(await contents(db), `after ${allowed} of ${writes} writes`).toEqual(before);
      db.close();
    }
  });

  it('tells it in the language the background is given, and passes other errors through unchanged', async () => {
    const { db, quota } = await seeded(trackSeed);
    quota.limit = 0;
    const handlers = handlersOf(db, { now: FIXED_NOW }, en);
    await expect(handlers.setStatus!({ data: { id: 'id-seed', status: 'applied' }, sender: PAGE })).rejects.toThrow(
      "Your browser's storage is full: nothing was saved. Free space (or export a backup) and try again.",
    );
    await expect(handlers.setStatus!({ data: { id: 'id-unknown', status: 'applied' }, sender: PAGE })).rejects.toThrow(
      'No tracked vacancy with id id-unknown',
    );
    db.close();
  });
});

describe('an upgrade that throws', () => {
  /** A version-2 log as version 2 wrote it, plus one summary damaged on disk (no eventDates), last in key order. */
  async function writeVersion2(name: string) {
    const records = generateLog(5, 3).map((r, i) => ({ ...r, id: `v2-${i}` }));
    const summaries: object[] = records.map(summarize);
    const { eventDates: _lost, ...damaged } = { ...summarize(records[0]!), id: 'v2-zz-damaged', status: 'interested' as const, deadline: '2026-02-01' };
    summaries.push(damaged);
    const v2 = new Dexie(name);
    v2.version(2).stores(V2_STORES);
    await v2.table('vacancies').bulkAdd(records.map((r) => ({ ...r, matchKeys: [] })));
    await v2.table('summaries').bulkAdd(summaries);
    await v2.table('settings').put({ key: 'settings', value: { reminders: false, deadlineReminderDays: 5, reportName: '' } });
    const before = { vacancies: await v2.table('vacancies').toArray(), summaries: await v2.table('summaries').toArray(), settings: await v2.table('settings').toArray() };
    v2.close();
    return before;
  }

  it('leaves the data at version 2, untouched, and every message says why instead of failing silently', async () => {
    const name = `data-safety-upgrade-${Math.random()}`;
    names.push(name);
    const before = await writeVersion2(name);

    const db = new VacalensDb(name);
    const handlers = handlersOf(db, { now: FIXED_NOW });
    for (const [type, data] of [
      ['listTracked', undefined],
      ['setNotes', { id: 'v2-0', notes: 'n' }],
      ['getVacancy', 'v2-1'],
    ] as const) {
      await expect(handlers[type]!({ data, sender: PAGE }), type).rejects.toThrow(nl('errorDatabaseUpgrade'));
    }
    await expect(handlers.trackVacancy!({ data: { url: URL_B, facts: seedFacts(), snapshotText: '' }, sender: TAB })).rejects.toThrow(
      nl('errorDatabaseUpgrade'),
    );
    db.close();

    // Opened without a version, Dexie takes the database as it is on disk.
    const raw = new Dexie(name);
    await raw.open();
    expect(raw.verno).toBe(2);
    // The summaries the upgrade had already rewritten before the damaged one are rolled back too.
    expect({ vacancies: await raw.table('vacancies').toArray(), summaries: await raw.table('summaries').toArray(), settings: await raw.table('settings').toArray() }).toEqual(before);
    raw.close();
  });

  it('a sound version-2 log upgrades (the damaged record is what fails, not the upgrade itself)', async () => {
    const name = `data-safety-upgrade-ok-${Math.random()}`;
    names.push(name);
    const v2 = new Dexie(name);
    v2.version(2).stores(V2_STORES);
    const records = generateLog(5, 3);
    await v2.table('summaries').bulkAdd(records.map(summarize));
    v2.close();
    const db = new VacalensDb(name);
    expect(await db.summaries.count()).toBe(5);
    // Through every later version (4 only drops indexes).
    expect(db.verno).toBe(6);
    db.close();
  });
});

describe('two tabs editing one vacancy at once', () => {
  it('concurrent notes, correction, status and applied edits all end up in the record', async () => {
    const { db } = await seeded(trackSeed);
    // A second connection, as a second background would have; the edits interleave on both.
    const other = new VacalensDb(db.name);
    const clock = { now: new Date('2026-01-21T10:00:00Z') };
    const one = handlersOf(db, clock);
    const two = handlersOf(other, clock);
    await Promise.all([
      one.setNotes!({ data: { id: 'id-seed', notes: 'Gebeld met HR' }, sender: PAGE }),
      two.setCorrection!({ data: { id: 'id-seed', field: 'title', value: 'Communicatieadviseur' }, sender: PAGE }),
      one.setCorrection!({ data: { id: 'id-seed', field: 'deadline', value: '2026-02-15' }, sender: TAB }),
      two.setStatus!({ data: { id: 'id-seed', status: 'applied' }, sender: TAB }),
      one.setApplied!({ data: { id: 'id-seed', applied: { date: '2026-01-21', via: 'email' } }, sender: PAGE }),
    ]);
    const record = await getVacancy(db, 'id-seed');
    expect(record).toMatchObject({
      notes: 'Gebeld met HR',
      corrections: { title: 'Communicatieadviseur', deadline: '2026-02-15' },
      status: 'applied',
      applied: { date: '2026-01-21', via: 'email' },
    });
    expect(record!.history.map((h) => h.status)).toEqual(['interested', 'applied']);
    // The summary agrees with the record: it was written in the same transaction as each edit.
    expect(await db.summaries.get('id-seed')).toMatchObject({ status: 'applied', title: 'Communicatieadviseur', deadline: '2026-02-15' });
    other.close();
    db.close();
  });

  it('an edit made on a version changed elsewhere is refused with a clear conflict, and the other change stays', async () => {
    const { db } = await seeded(trackSeed);
    const clock = { now: new Date('2026-01-21T10:00:00Z') };
    const handlers = handlersOf(db, clock);
    // The log page loaded the record; then another tab wrote notes.
    const loaded = (await getVacancy(db, 'id-seed'))!;
    await handlers.setNotes!({ data: { id: 'id-seed', notes: 'uit tab 2', expectedUpdatedAt: loaded.updatedAt }, sender: PAGE });
    const afterTab2 = await contents(db);

    clock.now = new Date('2026-01-21T10:05:00Z');
    for (const [type, data] of [
      ['setNotes', { id: 'id-seed', notes: 'uit tab 1', expectedUpdatedAt: loaded.updatedAt }],
      ['setCorrection', { id: 'id-seed', field: 'title', value: 'Oud', expectedUpdatedAt: loaded.updatedAt }],
    ] as const) {
      await expect(handlers[type]!({ data, sender: PAGE }), type).rejects.toThrow(nl('errorChangedElsewhere'));
    }
    expect(await contents(db)).toEqual(afterTab2);

    // Reloaded, the page edits the latest version.
    const latest = (await getVacancy(db, 'id-seed'))!;
    await handlers.setNotes!({ data: { id: 'id-seed', notes: 'uit tab 2, en tab 1', expectedUpdatedAt: latest.updatedAt }, sender: PAGE });
    expect((await getVacancy(db, 'id-seed'))!.notes).toBe('uit tab 2, en tab 1');
    db.close();
  });

  it.each([
    ['not a date-time', 'gisteren'],
    ['a day without time', '2026-01-20'],
    ['a number', 1768901400000],
  ])('an expectedUpdatedAt that is %s is refused by validation', async (_name, expectedUpdatedAt) => {
    const { db } = await seeded(trackSeed);
    const before = await contents(db);
    const handlers = handlersOf(db, { now: FIXED_NOW });
    await expect(handlers.setNotes!({ data: { id: 'id-seed', notes: 'x', expectedUpdatedAt }, sender: PAGE })).rejects.toThrow();
    expect(await contents(db)).toEqual(before);
    db.close();
  });
});
