import { defineExtensionMessaging } from '@webext-core/messaging';
import type { FactField } from '../model/facts';
import type { Settings } from '../model/settings';
import type { Applied, Status, TrackedSummary, TrackedVacancy } from '../model/tracked';
import type { TrackInput } from '../db/vacancies';
import type { DuplicateChoice, TrackResult } from '../model/duplicates';

/**
 * Every message the background answers. Senders are typed by this map; the background still
 * validates each message with zod (see handlers.ts), because a content script lives beside
 * pages written by strangers. "Tab" below means this extension's content script or sidebar in a
 * tab; "page" means one of its own pages (popup, log page). Every write is answered with the
 * vacancy's new summary, and announced to open pages (src/messaging/changes.ts).
 */
export interface ProtocolMap {
  /**
   * Tab: store this vacancy as seen now. An address already tracked answers with that vacancy.
   * A vacancy that looks like a tracked one (same reference, address, or title and organisation)
   * is not stored: the answer is `{ status: 'duplicate-candidates', matches }`, shown to the user,
   * who chooses; the sidebar then sends the same input again with
   * `{ onDuplicate: 'add-source', matchId }` (keep one record, remember this address too) or
   * `{ onDuplicate: 'track-separately' }`.
   */
  trackVacancy(input: TrackInput & Partial<DuplicateChoice>): TrackResult;
  /** Tab or page: is this address tracked already (as any of a vacancy's addresses)? */
  trackedByUrl(url: string): TrackedSummary | null;
  /**
   * Page: tracked vacancies' summaries (no snapshots) in the lists' order on `today` (what is due
   * soonest first, see sortByNextDue), and how many there are. With `limit`, only the first
   * `limit`, read through indexes so a page shows its first rows fast; without, all of them.
   * Without input: all of them, ordered on the background's today.
   */
  listTracked(input?: { today: string; limit?: number }): { rows: TrackedSummary[]; total: number };
  /** Page: one vacancy whole: facts, corrections, snapshot, history. Null when unknown. */
  getVacancy(id: string): TrackedVacancy | null;
  /**
   * Tab or page: the user changed the status. `at` (YYYY-MM-DD, or an ISO date-time with offset)
   * is when it happened when that was not today; the history keeps both it and when it was
   * recorded. Setting the status the vacancy already has changes nothing.
   */
  setStatus(input: { id: string; status: Status; at?: string }): TrackedSummary;
  /**
   * Tab or page: the user takes back the status change just made (its "undo"): the last step is
   * withdrawn and leaves no trace. `expectedUpdatedAt` is the vacancy's `updatedAt` after that
   * change; when it changed since (another tab), nothing is undone and a "changed elsewhere" error
   * is answered.
   */
  undoStatus(input: { id: string; expectedUpdatedAt: string }): TrackedSummary;
  /**
   * Page: the user removes a wrong step `index` of the history (`recordedAt` is that step's, as the
   * page showed it). The status becomes the last remaining step's; the application date follows.
   */
  removeHistoryEntry(input: { id: string; index: number; recordedAt: string }): TrackedSummary;
  /** Page: the user corrected when history entry `index` happened (YYYY-MM-DD or date-time). */
  setHistoryDate(input: { id: string; index: number; at: string }): TrackedSummary;
  /**
   * Page: the user's notes, whole (at most 20,000 characters). With `expectedUpdatedAt` (the
   * `updatedAt` of the record the page showed when the user began editing), the edit is refused
   * with a "changed elsewhere" error when another tab or page changed the vacancy since.
   */
  setNotes(input: { id: string; notes: string; expectedUpdatedAt?: string }): TrackedSummary;
  /**
   * Page: the day the user applied and how (`via` null: not said). The day is the history's
   * application step's: it moves there, or a vacancy still 'interested' (or 'expired') moves to
   * 'applied' on that day. A wrong application is taken back by removing its step.
   */
  setApplied(input: { id: string; applied: Applied }): TrackedSummary;
  /**
   * Tab or page: the user's correction of one fact. `value` must satisfy that field's schema in
   * src/model/facts.ts (e.g. deadline 'YYYY-MM-DD', salary a Salary object, contacts an array);
   * `null` removes the correction so the captured value shows again. The captured facts are kept.
   * `notStated`: what was read is wrong and the page states no such fact (`value` is ignored).
   * `expectedUpdatedAt`: as for setNotes.
   */
  setCorrection(input: { id: string; field: FactField; value: unknown; notStated?: true; expectedUpdatedAt?: string }): TrackedSummary;
  /** Page: the reminder settings. */
  getSettings(): Settings;
  setSettings(settings: Settings): Settings;
}

export const messenger = defineExtensionMessaging<ProtocolMap>({ logger: undefined });
export const { sendMessage, onMessage } = messenger;
