import { listActivities } from '../db/activities';
import { readAllRecords, readInBatches } from '../db/batches';
import { getProofSettings } from '../db/proof-settings';
import { VacalensDb } from '../db/database';
import { getSettings } from '../db/vacancies';
import type { Translate } from '../i18n/messages';
import { backupExport, listExport, type ExportedFile, type ExportRequest } from '../log/export-file';

/**
 * The log's files, built in the extension page that asks for them (the log page and the popup):
 * the database read here (src/db/batches.ts), the text built by the pure exports
 * (src/log/export-file.ts). Loaded on the first export only: the page shows its list without the
 * database code and zod.
 */
let db: VacalensDb | null = null;

export function exportInPage(request: ExportRequest): Promise<ExportedFile> {
  // One connection for the page's lifetime; Dexie closes it when the background upgrades the database.
  db ??= new VacalensDb();
  return buildExport(db, request, new Date(), (key, substitutions) => browser.i18n.getMessage(key, substitutions));
}

export async function buildExport(db: VacalensDb, request: ExportRequest, now: Date, t: Translate): Promise<ExportedFile> {
  if (request.format === 'json') {
    const [records, settings, activities, proof] = await Promise.all([readAllRecords(db), getSettings(db), listActivities(db), getProofSettings(db)]);
    return backupExport(records, settings, now, activities, proof);
  }
  const file = listExport({ ...request, format: request.format }, now, t);
  await readInBatches(db, (records) => file.add(records));
  return file.file();
}
