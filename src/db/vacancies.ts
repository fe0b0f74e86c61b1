import type { DuplicateChoice, DuplicateMatch, TrackResult } from '../model/duplicates';
import type { VacancyFacts } from '../model/facts';
import type { StoredIndicative } from '../model/indicative';
import { readSettings, type Settings } from '../model/settings';
import {
  SOURCE_URLS_MAX,
  shouldExpire,
  summarize,
  withStatus,
  type TrackedSummary,
  type TrackedVacancy,
} from '../model/tracked';
import type { StoredVacancy, VacalensDb } from './database';
import { matchKeys, matchReasons } from './duplicates';
import { fromStoredSummary, toStoredSummary } from './summaries';

export interface TrackInput {
  url: string;
  facts: VacancyFacts;
  snapshotText: string;
  /** The page's canonical address (link rel=canonical), when it declares one. */
  canonicalUrl?: string;
  /** What the page's scale pays by the pay table in force, looked up by the background (never sent by a page). */
  indicative?: StoredIndicative;
}

function toStored(v: TrackedVacancy): StoredVacancy {
  return { ...v, matchKeys: matchKeys(v) };
}

/** The record without the keys only the database looks up by. */
export function fromStored(stored: StoredVacancy): TrackedVacancy {
  const { matchKeys: _keys, ...record } = stored;
  return record;
}

/** Every write goes through here, so a record and its summary never disagree. */
async function save(db: VacalensDb, record: TrackedVacancy): Promise<TrackedSummary> {
  const summary = summarize(record);
  await db.transaction('rw', db.vacancies, db.summaries, async () => {
    await db.vacancies.put(toStored(record));
    await db.summaries.put(toStoredSummary(summary));
  });
  return summary;
}

/**
 * Stores a vacancy as the user saw it. An address already tracked returns that record: the first
 * capture is the one the user may have corrected and annotated. A vacancy that looks like one
 * already tracked (same reference, canonical address, or title and organisation) is not stored
 * until the caller says what to do: add this address to the match, or track it separately.
 */
export async function trackVacancy(
  db: VacalensDb,
  input: TrackInput,
  now: Date,
  newId: () => string,
  choice?: DuplicateChoice,
): Promise<TrackResult> {
  return db.transaction('rw', db.vacancies, db.summaries, async () => {
    const same = await db.vacancies.where('sourceUrls').equals(input.url).first();
    if (same) return summarize(fromStored(same));

    const at = now.toISOString();
    const sourceUrls = input.canonicalUrl && input.canonicalUrl !== input.url ? [input.url, input.canonicalUrl] : [input.url];
    const record: TrackedVacancy = {
      id: newId(),
      url: input.url,
      sourceUrls,
      facts: input.facts,
      corrections: {},
      snapshot: { text: input.snapshotText, url: input.url, capturedAt: at },
      status: 'interested',
      history: [{ status: 'interested', at, recordedAt: at, by: 'user' }],
      applied: null,
      notes: '',
      trackedAt: at,
      updatedAt: at,
      ...(input.indicative ? { indicative: input.indicative } : {}),
    };

    if (choice?.onDuplicate === 'add-source') {
      const match = await db.vacancies.get(choice.matchId);
      if (!match) throw new Error(`No tracked vacancy with id ${choice.matchId}`);
      const merged = fromStored(match);
      const urls = [...new Set([...merged.sourceUrls, ...sourceUrls])].slice(0, SOURCE_URLS_MAX);
      return save(db, { ...merged, sourceUrls: urls, updatedAt: at });
    }
    if (choice?.onDuplicate !== 'track-separately') {
      const matches = await findMatches(db, record);
      if (matches.length > 0) return { status: 'duplicate-candidates', matches };
    }
    return save(db, record);
  });
}

/** Tracked vacancies that share a reference, an address, or title and organisation with this one. */
export async function findMatches(db: VacalensDb, record: TrackedVacancy): Promise<DuplicateMatch[]> {
  const keys = matchKeys(record);
  const found = await db.vacancies.where('matchKeys').anyOf(keys).distinct().toArray();
  return found
    .filter((other) => other.id !== record.id)
    .map((other) => ({ vacancy: summarize(fromStored(other)), reasons: matchReasons(keys, other.matchKeys) }));
}

export async function findByUrl(db: VacalensDb, url: string): Promise<TrackedVacancy | undefined> {
  const stored = await db.vacancies.where('sourceUrls').equals(url).first();
  return stored && fromStored(stored);
}

export async function getVacancy(db: VacalensDb, id: string): Promise<TrackedVacancy | undefined> {
  const stored = await db.vacancies.get(id);
  return stored && fromStored(stored);
}

/** Every tracked vacancy's summary, the next deadline first; those without a deadline last. */
export async function listSummaries(db: VacalensDb): Promise<TrackedSummary[]> {
  const all = await db.summaries.toArray();
  return all.map(fromStoredSummary).sort(byNextDeadline);
}

export function byNextDeadline(a: TrackedSummary, b: TrackedSummary): number {
  if (a.deadline === b.deadline) return a.trackedAt.localeCompare(b.trackedAt);
  if (a.deadline === null) return 1;
  if (b.deadline === null) return -1;
  return a.deadline.localeCompare(b.deadline);
}

/**
 * Reads one record, changes it with a pure function of the model, and saves it with its summary,
 * in one transaction so two quick edits cannot overwrite each other.
 */
export async function updateVacancy(
  db: VacalensDb,
  id: string,
  change: (record: TrackedVacancy) => TrackedVacancy,
): Promise<TrackedSummary> {
  return db.transaction('rw', db.vacancies, db.summaries, async () => {
    const stored = await db.vacancies.get(id);
    if (!stored) throw new Error(`No tracked vacancy with id ${id}`);
    const record = fromStored(stored);
    const updated = change(record);
    return updated === record ? summarize(record) : save(db, updated);
  });
}

/**
 * Marks as expired every vacancy whose deadline passed while it was still only 'interested'.
 * Reads the summaries (the deadline there includes the user's correction). One transaction: when
 * a write fails (storage full), no vacancy is marked, and the next sweep tries them all again.
 */
export async function expireOverdue(db: VacalensDb, now: Date): Promise<TrackedSummary[]> {
  return db.transaction('rw', db.vacancies, db.summaries, async () => {
    const due = await db.summaries.where('status').equals('interested').filter((s) => shouldExpire(s, now)).toArray();
    const expired: TrackedSummary[] = [];
    for (const { id } of due) {
      expired.push(await updateVacancy(db, id, (r) => withStatus(r, 'expired', now, undefined, 'auto')));
    }
    return expired;
  });
}

/**
 * Writes whole records (an import or a restore), keeping their summaries (`summaries[i]` is
 * `summarize(records[i])`, given when the caller has them) and match keys; the caller's
 * transaction must include `vacancies` and `summaries`.
 */
export async function putVacancies(
  db: VacalensDb,
  records: readonly TrackedVacancy[],
  summaries: readonly TrackedSummary[] = records.map(summarize),
): Promise<void> {
  // Both tables' writes are queued at once: the database writes the records while the summaries
  // are still being handed to it, instead of the summaries waiting for the last record.
  await db.transaction('rw', db.vacancies, db.summaries, () =>
    Promise.all([db.vacancies.bulkPut(records.map(toStored)), db.summaries.bulkPut(summaries.map(toStoredSummary))]),
  );
}

export async function deleteVacancies(db: VacalensDb, ids: readonly string[]): Promise<void> {
  await db.transaction('rw', db.vacancies, db.summaries, async () => {
    await db.vacancies.bulkDelete([...ids]);
    await db.summaries.bulkDelete([...ids]);
  });
}

export async function listAll(db: VacalensDb): Promise<TrackedVacancy[]> {
  return (await db.vacancies.toArray()).map(fromStored);
}

export async function getSettings(db: VacalensDb): Promise<Settings> {
  return readSettings((await db.settings.get('settings'))?.value);
}

export async function putSettings(db: VacalensDb, settings: Settings): Promise<Settings> {
  await db.settings.put({ key: 'settings', value: settings });
  return settings;
}
