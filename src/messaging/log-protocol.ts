import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ImportChoice, ImportError, ImportOutcome, PreviewRow } from '../log/import';
import type { ReportData } from '../log/report';

/**
 * The application log's restore and printable report, asked by the extension's own pages (log
 * page, printable report). A messenger of its own beside protocol.ts: messages are routed by type.
 * The exports are built in the page that asks for them (src/log/export-file.ts).
 */
export type ImportPreview =
  | {
      ok: true;
      /** Names the checked file the background keeps, so the restore need not send it again. */
      previewId: string;
      upgradedFrom: number | null;
      exportedAt: string;
      rows: PreviewRow[];
      hasSettings: boolean;
    }
  | { ok: false; error: ImportError };

export type ImportApplied = ({ ok: true } & ImportOutcome) | { ok: false; error: ImportError };

/** The restore's answer: `expired` when the background no longer holds the previewed file (it was stopped). */
export type ImportAppliedById = ImportApplied | { ok: false; expired: true };

export interface LogProtocolMap {
  logImportPreview(input: { text: string }): ImportPreview;
  logImportApply(input: { text: string } & ImportChoice): ImportApplied;
  logImportApplyPreviewed(input: { previewId: string } & ImportChoice): ImportAppliedById;
  logReport(input: { from: string; to: string; locale: string }): ReportData;
}

export const logMessenger = defineExtensionMessaging<LogProtocolMap>({ logger: undefined });
