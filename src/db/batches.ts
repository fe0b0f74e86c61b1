import type { TrackedVacancy } from '../model/tracked';
import type { StoredVacancy, VacalensDb } from './database';
import { fromStored } from './vacancies';

/**
 * Reading the whole log for the exports, in the page that asks for them (see src/log/export-file.ts
 * for why there). Reading needs no message and no validation: nothing crosses a context, and the
 * records are the database's own.
 */

/** Records per read: at 10,000 records, eight reads the database answers one after another. */
const BATCH = 1_250;

/**
 * Every stored record, handed to `visit` in key order, batch by batch as the database answers.
 * Plain IndexedDB on Dexie's connection (one read-only transaction): Dexie's toArray and the copy
 * that drops the match keys cost a pass over 10,000 records that the spreadsheet and the calendar
 * do not need, so the records come as stored (their extra keys are ignored by what reads them).
 * The batches are asked for at once, so the database reads the next while the page turns this one
 * into rows. The key ranges are cut from the keys read first (no values: cheap); the first and
 * last are open, so every record is read whatever was written in between.
 */
export async function readInBatches(db: VacalensDb, visit: (records: StoredVacancy[]) => void): Promise<void> {
  await db.open();
  const store = db.backendDB().transaction('vacancies', 'readonly').objectStore('vacancies');
  const keys = await answer<IDBValidKey[]>(store.getAllKeys());
  const bounds: IDBValidKey[] = [];
  for (let i = BATCH; i < keys.length; i += BATCH) bounds.push(keys[i]!);
  const ranges = [null, ...bounds].map((lower, i) => {
    const upper = bounds[i];
    if (lower === null) return upper === undefined ? null : IDBKeyRange.upperBound(upper, true);
    return upper === undefined ? IDBKeyRange.lowerBound(lower) : IDBKeyRange.bound(lower, upper, false, true);
  });
  const batches = ranges.map((range) => answer<StoredVacancy[]>(store.getAll(range)));
  for (const batch of batches) visit(await batch);
}

function answer<T>(request: IDBRequest): Promise<T> {
  return new Promise((ok, fail) => {
    request.onsuccess = () => ok(request.result as T);
    request.onerror = () => fail(request.error);
  });
}

/** Every record as the log holds it, without the keys the database keeps only to look records up (a backup's content). */
export async function readAllRecords(db: VacalensDb): Promise<TrackedVacancy[]> {
  const records: TrackedVacancy[] = [];
  await readInBatches(db, (batch) => {
    for (const stored of batch) records.push(fromStored(stored));
  });
  return records;
}
