import { CLOSED_STATUSES, type TrackedSummary } from '../model/tracked';

/**
 * A summary as stored: the summary plus the keys that let the lists read their first rows in
 * order through indexes, without reading and sorting every summary. The lists' order
 * (sortByNextDue) depends on today, so no single stored key can hold it; these two can:
 * - `dueDays`: every day that can be the row's next due day. On any day, the next due day is
 *   the smallest of them from today on (see `dueDays`), so walking this multi-entry index from
 *   today on meets each row first at its next due day.
 * - `closed`: 1 for a closed status, else 0; with `trackedAt` it orders the rows with nothing
 *   due (open ones first, then closed ones, the most recently tracked first).
 */
export type StoredSummary = TrackedSummary & { dueDays: string[]; closed: 0 | 1 };

/**
 * The days that can be the next due day (`nextDue`): while the user has not applied, the
 * deadline, which comes first as long as it is ahead, then only the events after it; else the
 * selection events. A closed vacancy has none.
 */
export function dueDays(s: Pick<TrackedSummary, 'status' | 'deadline' | 'eventDates'>): string[] {
  if (CLOSED_STATUSES.has(s.status)) return [];
  const deadline = s.deadline?.slice(0, 10);
  if (s.status === 'interested' && deadline) return [deadline, ...s.eventDates.filter((d) => d > deadline)];
  return [...s.eventDates];
}

export function toStoredSummary(s: TrackedSummary): StoredSummary {
  return { ...s, dueDays: dueDays(s), closed: CLOSED_STATUSES.has(s.status) ? 1 : 0 };
}
