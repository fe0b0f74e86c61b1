import { CLOSED_STATUSES } from '../model/status';
import type { TrackedSummary } from '../model/tracked';
import { nextDue, sortByNextDue } from '../model/views';
import type { StoredSummary } from './stored-summary';

/**
 * The lists' rows, read with plain IndexedDB: no Dexie, so the popup and the log page can read
 * them themselves (extension pages share the background's origin, hence its database) and show
 * them without waiting for the background, which may be asleep or busy, and without the whole
 * log crossing to them as a message. Only reads: the background stays the only one that creates,
 * upgrades or writes the database.
 */

/** The database the background opens (VacalensDb's default name). */
export const DATABASE_NAME = 'vacalens';
/**
 * The IndexedDB version of the database schema this reader knows (Dexie's version 5 × 10): an
 * older one's summaries lack the workplace the search reads, so the page asks the background,
 * which upgrades it.
 */
export const READER_VERSION = 50;
const SUMMARIES = 'summaries';
const DUE_DAYS = 'dueDays';
const CLOSED_TRACKED = '[closed+trackedAt]';

export function fromStoredSummary(stored: StoredSummary): TrackedSummary {
  const { dueDays: _days, closed: _closed, ...summary } = stored;
  return summary;
}

/**
 * Walks `source` in order, handing each value to `visit` until it answers false or the walk ends.
 * A cursor: these walks go backwards, which getAll cannot.
 */
function walk(
  source: IDBIndex,
  range: IDBKeyRange,
  direction: IDBCursorDirection,
  visit: (s: StoredSummary) => boolean,
): Promise<void> {
  return new Promise((ok, fail) => {
    const request = source.openCursor(range, direction);
    request.onsuccess = () => {
      const cursor = request.result;
      if (cursor && visit(cursor.value as StoredSummary)) cursor.continue();
      else ok();
    };
    request.onerror = () => fail(request.error);
  });
}

function getAll(source: IDBIndex, range: IDBKeyRange, count?: number): Promise<StoredSummary[]> {
  return new Promise((ok, fail) => {
    const request = source.getAll(range, count);
    request.onsuccess = () => ok(request.result as StoredSummary[]);
    request.onerror = () => fail(request.error);
  });
}

/**
 * Adds the rows `accept`s from an ordered walk to `found` until it holds `limit` rows, and goes on
 * while the rows tie with the last one taken (same `orderKey`): the final sort breaks those ties.
 */
function takeInOrder(
  found: Map<string, StoredSummary>,
  limit: number,
  accept: (s: StoredSummary) => boolean,
  orderKey: (s: StoredSummary) => string,
): { visit: (s: StoredSummary) => boolean; boundary: () => string | null } {
  let boundary: string | null = null;
  const visit = (s: StoredSummary) => {
    if (found.has(s.id) || !accept(s)) return true;
    if (boundary !== null && orderKey(s) !== boundary) return false;
    found.set(s.id, s);
    if (boundary === null && found.size >= limit) boundary = orderKey(s);
    return true;
  };
  return { visit, boundary: () => boundary };
}

/** The newest open rows read for a crowded day, per row wanted of that day (see dueOnBoundary). */
const NEWEST_BATCH = 6;

type GetAllOptions = { query: IDBKeyRange; count: number; direction: IDBCursorDirection };

/**
 * getAll in a direction, where the browser has it (IDBGetAllOptions came with getAllRecords:
 * Chrome 141; an older browser would take the options for a key).
 */
function getAllInDirection(index: IDBIndex, options: GetAllOptions): Promise<StoredSummary[]> | null {
  if (typeof (index as { getAllRecords?: unknown }).getAllRecords !== 'function') return null;
  return new Promise((ok, fail) => {
    const request = (index.getAll as unknown as (o: GetAllOptions) => IDBRequest<StoredSummary[]>).call(index, options);
    request.onsuccess = () => ok(request.result);
    request.onerror = () => fail(request.error);
  });
}

/**
 * The rows due on `day` that can be among the first `limit`: `found` holds every row due before
 * that day, and at least `limit` rows in all. Of that day's rows, the most recently tracked come
 * first (sortByNextDue), and a day can hold thousands of rows (selection days are shared by many
 * vacancies): reading them all can cost more than the rest of the list. So first one batch of
 * the most recently tracked open rows: enough when it holds as many of that day's rows as can be
 * in and reaches past the moment the last of these was tracked (rows tracked at that same moment
 * are then all in it, for their ids to break the tie). Else all of that day's rows are read. The
 * batch is a few times larger than the rows wanted, so that a crowded day (a quarter or more of
 * the open rows) is answered by it, and a day that is not costs at most that much more.
 */
async function dueOnBoundary(
  store: IDBObjectStore,
  day: string,
  today: string,
  limit: number,
  found: Map<string, StoredSummary>,
  visit: (s: StoredSummary) => boolean,
): Promise<void> {
  const dueOnDay = (s: StoredSummary) => nextDue(s, today)?.day === day;
  const wanted = limit - [...found.values()].filter((s) => !dueOnDay(s)).length;
  const count = wanted * NEWEST_BATCH;
  const newest = await getAllInDirection(store.index(CLOSED_TRACKED), { query: IDBKeyRange.bound([0, ''], [0, []]), count, direction: 'prev' });
  if (newest) {
    const onDay = newest.filter(dueOnDay);
    const last = onDay[wanted - 1];
    if (newest.length < count || (last && newest.at(-1)!.trackedAt < last.trackedAt)) {
      onDay.forEach((s) => found.set(s.id, s));
      return;
    }
  }
  (await getAll(store.index(DUE_DAYS), IDBKeyRange.only(day))).forEach(visit);
}

/**
 * The rows due from today on, the first `limit` of them and those due the same day as the last
 * of these that may come before it (sortByNextDue breaks that tie, by tracking time, which the
 * due-day index does not hold). The multi-entry index meets each row first at its next due day
 * (see dueDays). Read with getAll, whole batches at once: a day can hold hundreds of rows, too
 * many to step through one by one.
 */
async function dueFromToday(store: IDBObjectStore, today: string, limit: number): Promise<Map<string, StoredSummary>> {
  const index = store.index(DUE_DAYS);
  // A row is met once per day it can be due on: a batch may hold fewer rows than entries.
  for (let batch = limit * 2; ; batch *= 4) {
    const found = new Map<string, StoredSummary>();
    const take = takeInOrder(found, limit, () => true, (s) => nextDue(s, today)?.day ?? '');
    const entries = await getAll(index, IDBKeyRange.lowerBound(today), batch);
    if (!entries.every(take.visit) || entries.length < batch) return found;
    const boundary = take.boundary();
    if (boundary !== null) {
      // Every entry before that day was in the batch: the rest of that day's are still to choose from.
      await dueOnBoundary(store, boundary, today, limit, found, take.visit);
      return found;
    }
  }
}

/**
 * The first `limit` summaries in the lists' order on `today` (YYYY-MM-DD), exactly as
 * `sortByNextDue` over all of them would give, reading about `limit` rows through the indexes
 * (see StoredSummary): first what is due from today on, then open rows with nothing ahead, then
 * closed ones, each of those two the most recently tracked first. One read-only transaction.
 */
export async function readFirstSummaries(db: IDBDatabase, today: string, limit: number): Promise<TrackedSummary[]> {
  const store = db.transaction(SUMMARIES, 'readonly').objectStore(SUMMARIES);
  const found = await dueFromToday(store, today, limit);
  const byTracked = (closed: 0 | 1) => IDBKeyRange.bound([closed, ''], [closed, []]);
  if (found.size < limit) {
    // Open rows met here with something due were all taken above: fewer than `limit` are due.
    const nothingDue = (s: StoredSummary) => nextDue(s, today) === null;
    await walk(store.index(CLOSED_TRACKED), byTracked(0), 'prev', takeInOrder(found, limit, nothingDue, (s) => s.trackedAt).visit);
  }
  if (found.size < limit) {
    await walk(store.index(CLOSED_TRACKED), byTracked(1), 'prev', takeInOrder(found, limit, () => true, (s) => s.trackedAt).visit);
  }
  return sortByNextDue([...found.values()].map(fromStoredSummary), today).slice(0, limit);
}

/** Every summary in the lists' order on `today`. */
export async function readAllSummaries(db: IDBDatabase, today: string): Promise<TrackedSummary[]> {
  const store = db.transaction(SUMMARIES, 'readonly').objectStore(SUMMARIES);
  const all = await new Promise<StoredSummary[]>((ok, fail) => {
    const request = store.getAll();
    request.onsuccess = () => ok(request.result as StoredSummary[]);
    request.onerror = () => fail(request.error);
  });
  return sortByNextDue(all.map(fromStoredSummary), today);
}

/**
 * Opens the database only if it exists at the version this reader knows or a later one (a later
 * one that drops the store or an index fails the read, and the page asks the background); else
 * null. A page never creates it (its first open would otherwise
 * create an empty version 1) nor keeps it from upgrading: it gives way to any version change.
 */
export function openForReading(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((ok) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      ok(null);
      return;
    }
    // Only a database that does not exist yet asks for an upgrade when opened without a version.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      ok(null);
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      if (db.version < READER_VERSION) {
        db.close();
        ok(null);
      } else {
        ok(db);
      }
    };
  });
}

/**
 * The lists' rows as a page reads them itself, the first `limit` or all of them: null when the
 * database is not there yet, older than this reader, or cannot be read, e.g. without the store or
 * its indexes (the page then asks the background, which opens and upgrades it).
 */
export async function readRowsInPage(
  factory: IDBFactory,
  name: string,
  today: string,
  limit?: number,
): Promise<TrackedSummary[] | null> {
  const db = await openForReading(factory, name);
  if (!db) return null;
  try {
    return await (limit === undefined ? readAllSummaries(db, today) : readFirstSummaries(db, today, limit));
  } catch {
    return null;
  } finally {
    db.close();
  }
}
