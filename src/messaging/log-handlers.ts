import type { Browser } from 'wxt/browser';
import { z } from '../model/zod';
import { IsoDateSchema, StatusSchema, summarize, type Status, type TrackedSummary } from '../model/tracked';
import type { VacalensDb } from '../db/database';
import { getSettings, listAll } from '../db/vacancies';
import { userFacingError } from '../db/errors';
import { CSV_COLUMNS, toCsv, type CsvColumn } from '../log/csv';
import { toIcs } from '../log/ics';
import { backupJson, toBackup, type Backup } from '../log/backup';
import { MAX_IMPORT_BYTES, applyImport, classify, currentFor, parseBackup, type ImportChoice } from '../log/import';
import { buildReport } from '../log/report';
import { selectRecords } from '../log/rows';
import type { MessageKey, Translate } from '../ui/i18n';
import { VIA_LABELS } from '../ui/via';
import type { logMessenger as LogMessenger } from './log-protocol';

export interface LogDeps {
  db: VacalensDb;
  now: () => Date;
  extensionId: string;
  /** chrome-extension://<id>/: only the extension's own pages may read or replace the whole log. */
  extensionOrigin: string;
  /** browser.i18n.getMessage: headings and labels in the user's language. */
  t: Translate;
  /** Called after a restore wrote records or settings, so open views and reminders catch up. */
  onChanged?: (changed: TrackedSummary[]) => void;
  onSettingsChanged?: () => void;
}

const FilterSchema = z
  .object({ from: IsoDateSchema.optional(), to: IsoDateSchema.optional(), statuses: z.array(StatusSchema).max(20).optional() })
  .strict();
const ExportSchema = z.object({ format: z.enum(['csv', 'ics', 'json']), filter: FilterSchema, separator: z.enum([',', ';']) }).strict();
// The size check in parseBackup counts bytes; this bound only stops a message far beyond it.
const ImportTextSchema = z.string().max(MAX_IMPORT_BYTES * 2);
const PreviewSchema = z.object({ text: ImportTextSchema }).strict();
const ConflictsSchema = z.enum(['keep', 'replace']);
const ApplySchema = z.object({ text: ImportTextSchema, conflicts: ConflictsSchema }).strict();
const ApplyPreviewedSchema = z.object({ previewId: z.string().max(100), conflicts: ConflictsSchema }).strict();
const ReportSchema = z
  .object({ from: IsoDateSchema, to: IsoDateSchema, locale: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/) })
  .strict()
  // A proof of search covers months, not centuries: the bound keeps the month list small.
  .refine((p) => p.from <= p.to && Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4)) <= 10, 'expected a period of at most ten years');

const STATUS_KEYS: Record<Status, MessageKey> = {
  interested: 'statusInterested', applied: 'statusApplied', screening: 'statusScreening', test: 'statusTest',
  interview: 'statusInterview', offer: 'statusOffer', hired: 'statusHired', rejected: 'statusRejected',
  withdrawn: 'statusWithdrawn', expired: 'statusExpired',
};
const COLUMN_KEYS: Record<CsvColumn, MessageKey> = Object.fromEntries(
  CSV_COLUMNS.map((c) => [c, `logCol_${c}` as MessageKey]),
) as Record<CsvColumn, MessageKey>;

function fromOurPage(sender: Browser.runtime.MessageSender, deps: LogDeps): void {
  if (sender.id !== deps.extensionId || !sender.url?.startsWith(deps.extensionOrigin)) {
    throw new Error("Refused: this message is only accepted from the extension's own pages");
  }
}

export function registerLogHandlers({ onMessage }: typeof LogMessenger, deps: LogDeps): void {
  const { t } = deps;
  /**
   * The last previewed file, parsed and validated: the restore writes it without the page sending
   * 16 MB again and without checking it twice. One slot, so at most one file is held; it is gone
   * when the browser stops the idle worker, and the page then sends the file again.
   */
  let previewed: { id: string; backup: Backup } | null = null;

  const restore = async (backup: Backup, conflicts: ImportChoice['conflicts']) => {
    // A full disk writes nothing (one transaction); the user is told so in their own language.
    const { outcome, written } = await applyImport(deps.db, backup, { conflicts }).catch((e: unknown) => {
      throw userFacingError(e, deps.t);
    });
    // The written records' summaries, one announcement: open views patch those rows.
    if (written.length > 0) deps.onChanged?.(written.map(summarize));
    if (outcome.settings) deps.onSettingsChanged?.();
    return { ok: true as const, ...outcome };
  };

  onMessage('logExport', async ({ data, sender }) => {
    fromOurPage(sender, deps);
    const { format, filter, separator } = ExportSchema.parse(data);
    const now = deps.now();
    const day = now.toISOString().slice(0, 10);
    const records = await listAll(deps.db);
    if (format === 'json') {
      // A backup is the whole log, whatever the filter: a partial backup would lose records on restore.
      const text = backupJson(toBackup(records, await getSettings(deps.db), now));
      return { filename: `vacalens-backup-${day}.json`, mimeType: 'application/json', text };
    }
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
      heading: (c) => t(COLUMN_KEYS[c]),
      statusLabel: (s) => t(STATUS_KEYS[s]),
      viaLabel: (v) => t(VIA_LABELS[v]),
    });
    return { filename: `vacalens-sollicitaties-${day}.csv`, mimeType: 'text/csv;charset=utf-8', text };
  });

  onMessage('logImportPreview', async ({ data, sender }) => {
    fromOurPage(sender, deps);
    const { text } = PreviewSchema.parse(data);
    const parsed = parseBackup(text, deps.now());
    if (!parsed.ok) return parsed;
    const { backup, upgradedFrom } = parsed;
    previewed = { id: crypto.randomUUID(), backup };
    return {
      ok: true,
      previewId: previewed.id,
      upgradedFrom,
      exportedAt: backup.exportedAt,
      rows: classify(backup.vacancies, await currentFor(deps.db, backup.vacancies)),
      hasSettings: backup.settings !== null,
    };
  });

  onMessage('logImportApply', async ({ data, sender }) => {
    fromOurPage(sender, deps);
    const { text, conflicts } = ApplySchema.parse(data);
    const parsed = parseBackup(text, deps.now());
    if (!parsed.ok) return parsed;
    return restore(parsed.backup, conflicts);
  });

  onMessage('logImportApplyPreviewed', async ({ data, sender }) => {
    fromOurPage(sender, deps);
    const { previewId, conflicts } = ApplyPreviewedSchema.parse(data);
    if (previewed?.id !== previewId) return { ok: false, expired: true };
    const { backup } = previewed;
    previewed = null;
    return restore(backup, conflicts);
  });

  onMessage('logReport', async ({ data, sender }) => {
    fromOurPage(sender, deps);
    const { from, to, locale } = ReportSchema.parse(data);
    return buildReport(await listAll(deps.db), { from, to }, locale);
  });
}
