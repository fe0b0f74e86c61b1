import { newActivity, withActivityChanges, type Activity } from '../model/activity';
import type { VacalensDb } from './database';
import { ConflictError } from './errors';

/**
 * The job-search activities a person records by hand. Every write is validated by the model's
 * schema (newActivity, withActivityChanges), so what reaches the table is what the proof expects.
 */

/** Adds an activity from what the person typed; throws (a zod error) when the input is not valid. */
export async function addActivity(db: VacalensDb, input: unknown, now: Date, newId: () => string): Promise<Activity> {
  const activity = newActivity(input, newId(), now);
  await db.activities.add(activity);
  return activity;
}

/**
 * Changes an activity. `seenUpdatedAt`, when given, is the version the person edited: a change
 * made meanwhile in another tab is not overwritten (ConflictError).
 */
export async function updateActivity(db: VacalensDb, id: string, changes: unknown, now: Date, seenUpdatedAt?: string): Promise<Activity> {
  return db.transaction('rw', db.activities, async () => {
    const stored = await db.activities.get(id);
    if (!stored) throw new Error(`No activity with id ${id}`);
    if (seenUpdatedAt !== undefined && stored.updatedAt !== seenUpdatedAt) throw new ConflictError(`Activity ${id} changed meanwhile`);
    const updated = withActivityChanges(stored, changes, now);
    await db.activities.put(updated);
    return updated;
  });
}

/** Removes an activity; removing one that is not there changes nothing. */
export async function deleteActivity(db: VacalensDb, id: string): Promise<void> {
  await db.activities.delete(id);
}

/** Activities in a period of days (inclusive; open-ended without bounds), oldest first, then in the order recorded. */
export async function listActivities(db: VacalensDb, range: { from?: string; to?: string } = {}): Promise<Activity[]> {
  const rows = await db.activities
    .where('date')
    .between(range.from ?? '', range.to ?? '\uffff', true, true)
    .toArray();
  return rows.sort((a, b) => (a.date === b.date ? compare(a.createdAt, b.createdAt) : compare(a.date, b.date)));
}

/** The activities recorded for one tracked vacancy, oldest first. */
export async function activitiesOfVacancy(db: VacalensDb, vacancyId: string): Promise<Activity[]> {
  const rows = await db.activities.where('vacancyId').equals(vacancyId).toArray();
  return rows.sort((a, b) => compare(a.date, b.date) || compare(a.createdAt, b.createdAt));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
