import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Status } from '../model/tracked';
import type { CsvSeparator } from '../log/csv';
import type { ImportChoice, ImportError, ImportOutcome, PreviewRow } from '../log/import';
import type { ReportData } from '../log/report';

/**
 * The application log's exports and restore, asked by the extension's own pages (log page,
 * printable report). A messenger of its own beside protocol.ts: messages are routed by type.
 */
export interface LogFilterInput {
  from?: string;
  to?: string;
  statuses?: Status[];
}

export type ExportFormat = 'csv' | 'ics' | 'json';

export interface ExportedFile {
  filename: string;
  mimeType: string;
  text: string;
}

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
  logExport(input: { format: ExportFormat; filter: LogFilterInput; separator: CsvSeparator }): ExportedFile;
  logImportPreview(input: { text: string }): ImportPreview;
  logImportApply(input: { text: string } & ImportChoice): ImportApplied;
  logImportApplyPreviewed(input: { previewId: string } & ImportChoice): ImportAppliedById;
  logReport(input: { from: string; to: string; locale: string }): ReportData;
}

export const logMessenger = defineExtensionMessaging<LogProtocolMap>({ logger: undefined });
