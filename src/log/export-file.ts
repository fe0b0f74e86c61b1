import type { StoredVacancy, VacalensDb } from '../db/database';
import { fromStored, getSettings } from '../db/vacancies';
import type { Translate } from '../i18n/messages';
import { backupJson, toBackup } from './backup';
import { csvBuilder, type CsvSeparator } from './csv';
import { toIcs } from './ics';
import { selectRecords, type LogFilter } from './rows';

/**
 * The log's files, built where the user asked for them: the log page reads the database itself
 * (same origin) and hands the text to the download seam. Built in the background, a backup of
 * 10,000 vacancies (16 M characters) crossed extension messaging, which serialises it to JSON on
 * both sides: that took longer than reading and writing it. Reading needs no message and no
 * validation: nothing crosses a context, and the records are the database's own.
 */

export type ExportFormat = 'csv' | 'ics' | 'json';

export interface ExportRequest {
  format: ExportFormat;
  filter: LogFilter;
  separator: CsvSeparator;
}

export interface ExportedFile {
  filename: string;
  mimeType: string;
  text: string;
}

/** Records per read: at 10,000 records, eight reads the database answers one after another. */
const BATCH = 1_250;

/**
 * Every stored record, handed to `visit` in key order, batch by batch as the database answers.
 * Plain IndexedDB on Dexie's connection (one read-only transaction): Dexie's toArray and the copy
 * that drops the match keys cost a pass over 10,000 records that the files do not need. The batches
 * are asked for at once, so the database reads the next while the page turns this one into rows.
 * The key ranges are cut from the keys read first (no values: cheap); the first and last are open,
 * so every record is read whatever was written in between.
 */
async function eachBatch(db: VacalensDb, visit: (records: StoredVacancy[]) => void): Promise<void> {
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

async function readAll(db: VacalensDb): Promise<StoredVacancy[]> {
  const records: StoredVacancy[] = [];
  await eachBatch(db, (batch) => records.push(...batch));
  return records;
}

export async function buildExport(db: VacalensDb, { format, filter, separator }: ExportRequest, now: Date, t: Translate): Promise<ExportedFile> {
  const day = now.toISOString().slice(0, 10);
  if (format === 'json') {
    // A backup is the whole log, whatever the filter: a partial backup would lose records on restore.
    const [records, settings] = await Promise.all([readAll(db), getSettings(db)]);
    const backup = toBackup(records.map(fromStored), settings, now);
    return { filename: `vacalens-backup-${day}.json`, mimeType: 'application/json', text: backupJson(backup) };
  }
  if (format === 'ics') {
    const text = toIcs(selectRecords(await readAll(db), filter), now, {
      deadline: (title) => t('logIcsDeadline', title),
      step: (label, title) => `${label} – ${title}`,
    });
    return { filename: `vacalens-agenda-${day}.ics`, mimeType: 'text/calendar;charset=utf-8', text };
  }
  const csv = csvBuilder({ separator, filter, t });
  await eachBatch(db, (records) => csv.add(records));
  return { filename: `vacalens-sollicitaties-${day}.csv`, mimeType: 'text/csv;charset=utf-8', text: csv.text() };
}
