import type { Activity } from './activity';
import type { ProofSettings } from './proof-settings';
import type { Settings } from './settings';
import type { Status } from './status';
import type { TrackedVacancy } from './tracked';

/**
 * The restore of a backup, as the log page and the background speak of it: the file's errors, the
 * preview's rows, the user's choice and the outcome (checked and planned in src/log/import.ts).
 */

/**
 * What a restore writes: decided in src/log (planImport, pure) from the file and the records
 * here, written by src/db (applyRestore) in one transaction.
 */
export interface RestorePlan {
  /** Records here that give way to a file's record of the same address. */
  remove: string[];
  /** The file's records to write, whole. */
  put: TrackedVacancy[];
  /** The file's settings: `replace` takes them over settings stored here, else only where none are stored. */
  settings: { value: Settings; replace: boolean } | null;
  /** The file's job-search activities: those whose id is new here, all of them when the file's side is taken. */
  activities: { value: Activity[]; replace: boolean };
  /** The file's proof settings (service, start date, personal details), as `settings`. */
  proof: { value: ProofSettings; replace: boolean } | null;
}

export type ImportErrorCode =
  | 'tooLarge'
  | 'notJson'
  /** A spreadsheet (CSV), such as the log's own CSV export: a backup is the JSON file. */
  | 'csv'
  | 'notBackup'
  | 'newerVersion'
  | 'unknownVersion'
  | 'invalid'
  | 'duplicates';

export interface ImportError {
  code: ImportErrorCode;
  /**
   * Where and what, one line each: "vacancies[12].facts.deadline: expected an ISO date". For the
   * developer; a person is shown them only where they point at a record (see src/ui/LogExports.tsx).
   */
  details: string[];
}

export type ImportClass = 'new' | 'duplicate' | 'conflicting';

export interface PreviewRow {
  id: string;
  title: string | null;
  organisation: string | null;
  url: string;
  kind: ImportClass;
  /** For a conflict: the id of the record it would replace (another id when only the address matches). */
  existingId?: string;
  /** For a conflict, in the preview: what differs between the record here and the file's. */
  differences?: Difference[];
}

/**
 * One thing that differs between a record here and the file's, for the user to choose between
 * them; the log page words it. `here` and `file` are the two sides' values where they are short.
 */
export type Difference =
  /** The two are separate records of one address (tracked on two computers): the file's would take the place of this one. */
  | { field: 'record' }
  | { field: 'status'; here: Status; file: Status }
  /** The number of steps in the status history on each side. */
  | { field: 'history'; here: number; file: number }
  | { field: 'applied' }
  | { field: 'notes' }
  | { field: 'corrections' }
  /** The facts as captured, or the snapshot of the page's text. */
  | { field: 'facts' }
  | { field: 'addresses' }
  /** When each side last changed, ISO instants. */
  | { field: 'updated'; here: string; file: string }
  /** Only something the user does not see differs (when it was first tracked). */
  | { field: 'other' };

export interface ImportChoice {
  /** keep: the records already here win; replace: the file's records win. */
  conflicts: 'keep' | 'replace';
  /**
   * The ids of the file's conflicting records that go the other way, chosen row by row. An id of a
   * record that is no conflict when the restore runs (the log changed since the preview) changes nothing.
   */
  except: readonly string[];
}

export interface ImportOutcome {
  added: number;
  replaced: number;
  /** Duplicates, and conflicts kept as they were. */
  skipped: number;
  /** Whether the file's settings were taken. */
  settings: boolean;
}

/**
 * The preview's and the restore's answers (src/messaging/log-protocol.ts).
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
