import type { FactField } from '../model/facts';
import type { Settings } from '../model/settings';
import type { Status } from '../model/status';
import type { Applied, TrackedSummary, TrackedVacancy } from '../model/tracked';
import type { ListTracked } from './tracked-list';

/** What the log page and its detail and settings ask of the background, given by the entrypoint. */
export interface LogApi {
  listTracked: ListTracked;
  getVacancy(id: string): Promise<TrackedVacancy | null>;
  setStatus(id: string, status: Status): Promise<TrackedSummary>;
  /** Takes back the status change that made the vacancy's `updatedAt` this one. */
  undoStatus(id: string, expectedUpdatedAt: string): Promise<TrackedSummary>;
  /** Removes a wrong step of the history (`recordedAt`: that step's, as shown). */
  removeHistoryEntry(id: string, index: number, recordedAt: string): Promise<TrackedSummary>;
  setHistoryDate(id: string, index: number, at: string): Promise<TrackedSummary>;
  /** `expectedUpdatedAt`: the record's version the edit was made on; a newer one refuses it (changed elsewhere). */
  setNotes(id: string, notes: string, expectedUpdatedAt?: string): Promise<TrackedSummary>;
  setApplied(id: string, applied: Applied): Promise<TrackedSummary>;
  setCorrection(id: string, field: FactField, value: unknown, expectedUpdatedAt?: string): Promise<TrackedSummary>;
  /** What was read for the fact is wrong and the page states none: it is left out (undone with setCorrection null). */
  setNotStated(id: string, field: FactField, expectedUpdatedAt?: string): Promise<TrackedSummary>;
  getSettings(): Promise<Settings>;
  setSettings(settings: Settings): Promise<Settings>;
  subscribe(onChange: (changed: TrackedSummary[]) => void): () => void;
}
