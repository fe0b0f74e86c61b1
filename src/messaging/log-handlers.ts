import type { Browser } from 'wxt/browser';
import { z } from '../model/zod';
import { IsoDateSchema, type TrackedSummary } from '../model/tracked';
import type { VacalensDb } from '../db/database';
import { applyRestore, currentFor } from '../db/restore';
import { listAll } from '../db/vacancies';
import { userFacingError } from '../i18n/errors';
import { MAX_BACKUP_RECORDS, type Backup } from '../log/backup';
import { MAX_IMPORT_BYTES, idsNotInFile, parseBackup, planImport, previewRows } from '../log/import';
import type { ImportChoice, ImportOutcome } from '../model/restore';
import { buildReport } from '../log/report';
import { REPORT_MAX_YEARS, periodTooLong } from '../log/report-period';
import type { Translate } from '../i18n/messages';
import type { logMessenger as LogMessenger } from './log-protocol';

export interface LogDeps {
  db: VacalensDb;
  now: () => Date;
  extensionId: string;
  /** chrome-extension://<id>/: only the extension's own pages may read or replace the whole log. */
  extensionOrigin: string;
  /** browser.i18n.getMessage: a failed restore is explained in the user's language. */
  t: Translate;
  /** Called after a restore wrote records or settings, so open views and reminders catch up. */
  onChanged?: (changed: TrackedSummary[]) => void;
  onSettingsChanged?: () => void;
}

// The size check in parseBackup counts bytes; this bound only stops a message far beyond it.
const ImportTextSchema = z.string().max(MAX_IMPORT_BYTES * 2);
const PreviewSchema = z.object({ text: ImportTextSchema }).strict();
const ConflictsSchema = z.enum(['keep', 'replace']);
// At most one per record of a file; absent means none.
const ExceptSchema = z.array(z.string().min(1).max(64)).max(MAX_BACKUP_RECORDS).default([]);
const ApplySchema = z.object({ text: ImportTextSchema, conflicts: ConflictsSchema, except: ExceptSchema }).strict();
const ApplyPreviewedSchema = z.object({ previewId: z.string().max(100), conflicts: ConflictsSchema, except: ExceptSchema }).strict();
const ReportSchema = z
  .object({ from: IsoDateSchema, to: IsoDateSchema, locale: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/) })
  .strict()
  .refine((p) => p.from <= p.to && !periodTooLong(p), `expected a period of at most ${REPORT_MAX_YEARS} years`);

export interface AppliedImport {
  outcome: ImportOutcome;
  /** The summaries of the records written, for the open views to show. */
  written: TrackedSummary[];
}

/**
 * Restores a validated backup: planned by the log (planImport) inside the database's one
 * transaction (applyRestore), so when any write fails, none stays.
 */
export async function applyImport(db: VacalensDb, backup: Backup, choice: ImportChoice): Promise<AppliedImport> {
  const { plan, written, settings } = await applyRestore(db, backup.vacancies, (current) => planImport(backup, current, choice));
  return { outcome: { ...plan.outcome, settings }, written };
}

function fromOurPage(sender: Browser.runtime.MessageSender, deps: LogDeps): void {
  if (sender.id !== deps.extensionId || !sender.url?.startsWith(deps.extensionOrigin)) {
    throw new Error("Refused: this message is only accepted from the extension's own pages");
  }
}

export function registerLogHandlers({ onMessage }: typeof LogMessenger, deps: LogDeps): void {
  /**
   * The last previewed file, parsed and validated: the restore writes it without the page sending
   * 16 MB again and without checking it twice. One slot, so at most one file is held; it is gone
   * when the browser stops the idle worker, and the page then sends the file again.
   */
  let previewed: { id: string; backup: Backup } | null = null;

  /** Row choices that name none of the file's records are refused before anything is written. */
  const checkExcept = (backup: Backup, except: readonly string[]) => {
    const unknown = idsNotInFile(backup, except);
    if (unknown.length) throw new Error(`Refused: ${unknown.length} chosen record(s) are not in the file, e.g. ${JSON.stringify(unknown[0])}`);
  };

  const restore = async (backup: Backup, choice: ImportChoice) => {
    // A full disk writes nothing (one transaction); the user is told so in their own language.
    const { outcome, written } = await applyImport(deps.db, backup, choice).catch((e: unknown) => {
      throw userFacingError(e, deps.t);
    });
    // The written records' summaries, one announcement: open views patch those rows.
    if (written.length > 0) deps.onChanged?.(written);
    if (outcome.settings) deps.onSettingsChanged?.();
    return { ok: true as const, ...outcome };
  };

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
      rows: previewRows(backup.vacancies, await currentFor(deps.db, backup.vacancies)),
      hasSettings: backup.settings !== null,
    };
  });

  onMessage('logImportApply', async ({ data, sender }) => {
    fromOurPage(sender, deps);
    const { text, conflicts, except } = ApplySchema.parse(data);
    const parsed = parseBackup(text, deps.now());
    if (!parsed.ok) return parsed;
    checkExcept(parsed.backup, except);
    return restore(parsed.backup, { conflicts, except });
  });

  onMessage('logImportApplyPreviewed', async ({ data, sender }) => {
    fromOurPage(sender, deps);
    const { previewId, conflicts, except } = ApplyPreviewedSchema.parse(data);
    if (previewed?.id !== previewId) return { ok: false, expired: true };
    const { backup } = previewed;
    checkExcept(backup, except);
    previewed = null;
    return restore(backup, { conflicts, except });
  });

  onMessage('logReport', async ({ data, sender }) => {
    fromOurPage(sender, deps);
    const { from, to, locale } = ReportSchema.parse(data);
    return buildReport(await listAll(deps.db), { from, to }, locale);
  });
}
