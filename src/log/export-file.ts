import type { Activity } from '../model/activity';
import type { ProofSettings } from '../model/proof-settings';
import type { Translate } from '../i18n/messages';
import type { CsvSeparator, ExportFormat, LogFilter } from '../model/log-files';
import type { Settings } from '../model/settings';
import type { TrackedVacancy } from '../model/tracked';
import { backupJson, toBackup } from './backup';
import { csvBuilder } from './csv';
import { toIcs } from './ics';
import { selectRecords } from './rows';

/**
 * The log's files, as text, from the records handed in: (records, settings, labels, now) → file.
 * They are built where the user asked for them: the log page reads the database itself (same
 * origin, src/db/batches.ts) and hands the text to the download seam (src/platform/export-in-page.ts
 * wires the two). Built in the background, a backup of 10,000 vacancies (16 M characters) crossed
 * extension messaging, which serialises it to JSON on both sides: that took longer than reading
 * and writing it.
 */

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

/** A file built from the records handed in batch by batch, as the database answers. */
export interface ExportBuilder {
  /** Takes one batch of records (extra keys on a record are ignored). */
  add(records: readonly TrackedVacancy[]): void;
  file(): ExportedFile;
}

const dayOf = (now: Date) => now.toISOString().slice(0, 10);

/**
 * The spreadsheet or the calendar of the records in the filter. The spreadsheet turns each batch
 * into rows as it comes, so the database reads the next batch meanwhile; the calendar needs them all.
 */
export function listExport({ format, filter, separator }: ExportRequest & { format: 'csv' | 'ics' }, now: Date, t: Translate): ExportBuilder {
  const day = dayOf(now);
  if (format === 'ics') {
    const records: TrackedVacancy[] = [];
    return {
      add: (batch) => void records.push(...batch),
      file: () => ({
        filename: `vacalens-agenda-${day}.ics`,
        mimeType: 'text/calendar;charset=utf-8',
        text: toIcs(selectRecords(records, filter), now, {
          deadline: (title) => t('logIcsDeadline', title),
          step: (label, title) => `${label} – ${title}`,
        }),
      }),
    };
  }
  const csv = csvBuilder({ separator, filter, t });
  return {
    add: (batch) => csv.add(batch),
    file: () => ({ filename: `vacalens-sollicitaties-${day}.csv`, mimeType: 'text/csv;charset=utf-8', text: csv.text() }),
  };
}

/**
 * The backup: the whole log whatever the filter (a partial backup would lose records on restore),
 * the records exactly as the log holds them, and the settings.
 */
export function backupExport(
  records: readonly TrackedVacancy[],
  settings: Settings,
  now: Date,
  activities: readonly Activity[] = [],
  proof: ProofSettings | null = null,
): ExportedFile {
  return { filename: `vacalens-backup-${dayOf(now)}.json`, mimeType: 'application/json', text: backupJson(toBackup(records, settings, now, activities, proof)) };
}
