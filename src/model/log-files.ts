import type { Status } from './status';
import type { ImportApplied, ImportChoice, ImportPreview } from './restore';

/** The log's files as the log page asks for them; the types its export panel's api speaks. */

export type ExportFormat = 'csv' | 'ics' | 'json';

export type CsvSeparator = ',' | ';';

export interface LogFilter {
  /** First and last day (YYYY-MM-DD, inclusive) of the period; open-ended when absent. */
  from?: string;
  to?: string;
  /** Only these statuses; every status when absent or empty. */
  statuses?: readonly Status[];
}

/** The export, import and backup panel's link to the database and the background (src/platform/log-exports-api.ts). */
export interface LogExportsApi {
  /** Builds the file and hands it to the download seam. */
  exportFile(format: ExportFormat, filter: LogFilter, separator: CsvSeparator): Promise<void>;
  openReport(from: string, to: string): void;
  preview(text: string): Promise<ImportPreview>;
  apply(text: string, choice: ImportChoice): Promise<ImportApplied>;
}
