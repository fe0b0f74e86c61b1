import type { Status } from '../model/tracked';
import type { VacalensDb } from '../db/database';
import { getSettings, listAll } from '../db/vacancies';
import type { MessageKey, Translate } from '../ui/i18n';
import { STATUS_LABELS } from '../ui/status-labels';
import { VIA_LABELS } from '../ui/via';
import { backupJson, toBackup } from './backup';
import { toCsv, type CsvColumn, type CsvSeparator } from './csv';
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

/** Each label asked of i18n once per file, not once per row and history entry. */
function once<K extends string>(label: (key: K) => string): (key: K) => string {
  const known = new Map<K, string>();
  return (key) => {
    let text = known.get(key);
    if (text === undefined) known.set(key, (text = label(key)));
    return text;
  };
}

export async function buildExport(db: VacalensDb, { format, filter, separator }: ExportRequest, now: Date, t: Translate): Promise<ExportedFile> {
  const day = now.toISOString().slice(0, 10);
  if (format === 'json') {
    // A backup is the whole log, whatever the filter: a partial backup would lose records on restore.
    const [records, settings] = await db.transaction('r', db.vacancies, db.settings, () => Promise.all([listAll(db), getSettings(db)]));
    return { filename: `vacalens-backup-${day}.json`, mimeType: 'application/json', text: backupJson(toBackup(records, settings, now)) };
  }
  const records = await listAll(db);
  if (format === 'ics') {
    const text = toIcs(selectRecords(records, filter), now, {
      deadline: (title) => t('logIcsDeadline', title),
      step: (label, title) => `${label} – ${title}`,
    });
    return { filename: `vacalens-agenda-${day}.ics`, mimeType: 'text/calendar;charset=utf-8', text };
  }
  const text = toCsv(records, {
    separator,
    filter,
    heading: (c: CsvColumn) => t(`logCol_${c}` as MessageKey),
    statusLabel: once((s: Status) => t(STATUS_LABELS[s])),
    viaLabel: once((v) => t(VIA_LABELS[v])),
  });
  return { filename: `vacalens-sollicitaties-${day}.csv`, mimeType: 'text/csv;charset=utf-8', text };
}
