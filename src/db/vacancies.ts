import type { VacancyFacts } from '../model/facts';
import { summarize, type Status, type TrackedSummary, type TrackedVacancy } from '../model/tracked';
import type { VacalensDb } from './database';

export interface TrackInput {
  url: string;
  facts: VacancyFacts;
  snapshotText: string;
}

/**
 * Stores a vacancy as the user saw it. Tracking the same address twice returns the record that
 * is already there: the first capture is the one the user may have corrected and annotated.
 */
export async function trackVacancy(
  db: VacalensDb,
  input: TrackInput,
  now: Date,
  newId: () => string,
): Promise<TrackedVacancy> {
  return db.transaction('rw', db.vacancies, async () => {
    const existing = await db.vacancies.where('url').equals(input.url).first();
    if (existing) return existing;
    const at = now.toISOString();
    const record: TrackedVacancy = {
      id: newId(),
      url: input.url,
      facts: input.facts,
      snapshot: { text: input.snapshotText, capturedAt: at },
      status: 'interested',
      history: [{ status: 'interested', at }],
      notes: '',
      trackedAt: at,
      updatedAt: at,
    };
    await db.vacancies.add(record);
    return record;
  });
}

export async function findByUrl(db: VacalensDb, url: string): Promise<TrackedVacancy | undefined> {
  return db.vacancies.where('url').equals(url).first();
}

/** Every tracked vacancy, the next deadline first; those without a deadline last. */
export async function listSummaries(db: VacalensDb): Promise<TrackedSummary[]> {
  const all = await db.vacancies.toArray();
  return all.map(summarize).sort(byNextDeadline);
}

export function byNextDeadline(a: TrackedSummary, b: TrackedSummary): number {
  if (a.deadline === b.deadline) return a.trackedAt.localeCompare(b.trackedAt);
  if (a.deadline === null) return 1;
  if (b.deadline === null) return -1;
  return a.deadline.localeCompare(b.deadline);
}

export async function setStatus(
  db: VacalensDb,
  id: string,
  status: Status,
  now: Date,
): Promise<TrackedVacancy> {
  return db.transaction('rw', db.vacancies, async () => {
    const record = await db.vacancies.get(id);
    if (!record) throw new Error(`No tracked vacancy with id ${id}`);
    if (record.status === status) return record;
    const at = now.toISOString();
    const updated: TrackedVacancy = {
      ...record,
      status,
      history: [...record.history, { status, at }],
      updatedAt: at,
    };
    await db.vacancies.put(updated);
    return updated;
  });
}

export async function listAll(db: VacalensDb): Promise<TrackedVacancy[]> {
  return db.vacancies.toArray();
}
