import Dexie, { type Collection, type InsertType } from 'dexie';
import { CLOSED_STATUSES, nextDue, sortByNextDue, type TrackedSummary } from '../model/tracked';
import type { VacalensDb } from './database';

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

export function fromStoredSummary(stored: StoredSummary): TrackedSummary {
  const { dueDays: _days, closed: _closed, ...summary } = stored;
  return summary;
}

/**
 * Adds the rows `accept`s from an ordered walk to `found` until it holds `limit` rows, and goes on
 * while the rows tie with the last one taken (same `orderKey`): the final sort breaks those ties.
 */
async function takeInOrder(
  collection: Collection<StoredSummary, string, InsertType<StoredSummary, 'id'>>,
  found: Map<string, StoredSummary>,
  limit: number,
  accept: (s: StoredSummary) => boolean,
  orderKey: (s: StoredSummary) => string,
): Promise<void> {
  let boundary: string | null = null;
  let stop = false;
  await collection
    .until(() => stop)
    .each((s) => {
      if (found.has(s.id) || !accept(s)) return;
      if (boundary !== null && orderKey(s) !== boundary) {
        stop = true;
        return;
      }
      found.set(s.id, s);
      if (boundary === null && found.size >= limit) boundary = orderKey(s);
    });
}

/**
 * The first `limit` summaries in the lists' order on `today` (YYYY-MM-DD), exactly as
 * `sortByNextDue` over all of them would give, reading about `limit` rows through the indexes:
 * first what is due from today on, then open rows with nothing ahead, then closed ones.
 */
export async function firstSummariesByNextDue(db: VacalensDb, today: string, limit: number): Promise<TrackedSummary[]> {
  return db.transaction('r', db.summaries, async () => {
    const found = new Map<string, StoredSummary>();
    await takeInOrder(
      db.summaries.where('dueDays').aboveOrEqual(today),
      found,
      limit,
      () => true,
      (s) => nextDue(s, today)?.day ?? '',
    );
    const byTracked = (closed: 0 | 1) =>
      db.summaries.where('[closed+trackedAt]').between([closed, Dexie.minKey], [closed, Dexie.maxKey]).reverse();
    if (found.size < limit) {
      // Open rows met here with something due were all taken above: fewer than `limit` are due.
      await takeInOrder(byTracked(0), found, limit, (s) => nextDue(s, today) === null, (s) => s.trackedAt);
    }
    if (found.size < limit) await takeInOrder(byTracked(1), found, limit, () => true, (s) => s.trackedAt);
    return sortByNextDue([...found.values()].map(fromStoredSummary), today).slice(0, limit);
  });
}

/** Every summary in the lists' order on `today`. */
export async function allSummariesByNextDue(db: VacalensDb, today: string): Promise<TrackedSummary[]> {
  return sortByNextDue((await db.summaries.toArray()).map(fromStoredSummary), today);
}
