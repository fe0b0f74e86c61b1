import type { Settings } from './settings';
import type { TrackedVacancy } from './tracked';

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
}
