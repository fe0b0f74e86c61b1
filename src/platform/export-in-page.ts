import { VacalensDb } from '../db/database';
import { buildExport, type ExportedFile, type ExportRequest } from '../log/export-file';

/**
 * The log's files, built in the extension page that asks for them (see src/log/export-file.ts).
 * Loaded on the first export only: the page shows its list without the database code and zod.
 */
let db: VacalensDb | null = null;

export function exportInPage(request: ExportRequest): Promise<ExportedFile> {
  // One connection for the page's lifetime; Dexie closes it when the background upgrades the database.
  db ??= new VacalensDb();
  return buildExport(db, request, new Date(), (key, substitutions) => browser.i18n.getMessage(key, substitutions));
}
