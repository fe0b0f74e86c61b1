import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ImportApplied, ImportAppliedById, ImportChoice, ImportPreview } from '../model/restore';
import type { ReportData } from '../log/report';

/**
 * The application log's restore and printable report, asked by the extension's own pages (log
 * page, printable report). A messenger of its own beside protocol.ts: messages are routed by type.
 * The exports are built in the page that asks for them (src/log/export-file.ts).
 */
export interface LogProtocolMap {
  logImportPreview(input: { text: string }): ImportPreview;
  logImportApply(input: { text: string } & ImportChoice): ImportApplied;
  logImportApplyPreviewed(input: { previewId: string } & ImportChoice): ImportAppliedById;
  logReport(input: { from: string; to: string; locale: string }): ReportData;
}

export const logMessenger = defineExtensionMessaging<LogProtocolMap>({ logger: undefined });
