import { sortByNextDue, type TrackedSummary } from '../model/tracked';
import type { VacalensDb } from './database';
import { fromStoredSummary, readFirstSummaries } from './first-rows';

// Apart (stored-summary.ts) so that the database's upgrades and the pages' reader use them without this module.
export { fromStoredSummary };
export { dueDays, toStoredSummary, type StoredSummary } from './stored-summary';


/**
 * The first `limit` summaries in the lists' order on `today` (YYYY-MM-DD), exactly as
 * `sortByNextDue` over all of them would give, reading about `limit` rows through the indexes.
 * The same reader as the list pages' own (first-rows.ts), on the background's connection.
 */
export async function firstSummariesByNextDue(db: VacalensDb, today: string, limit: number): Promise<TrackedSummary[]> {
  await db.open();
  return readFirstSummaries(db.backendDB(), today, limit);
}

/** Every summary in the lists' order on `today`. */
export async function allSummariesByNextDue(db: VacalensDb, today: string): Promise<TrackedSummary[]> {
  return sortByNextDue((await db.summaries.toArray()).map(fromStoredSummary), today);
}
