import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Activity } from '../model/activity';
import type { Settings } from '../model/settings';
import { summarize, upgradeV1, withApplicationDateReconciled, type TrackedSummary, type TrackedVacancy, type TrackedVacancyV1 } from '../model/tracked';
import { matchKeys } from './duplicates';
import { failsAsUpgrade } from './errors';
import { toStoredSummary, type StoredSummary } from './stored-summary';

/** A tracked vacancy as stored: the record plus the keys the duplicate check looks up. */
export type StoredVacancy = TrackedVacancy & { matchKeys: string[] };

/** Version 1's tables, as version 1 declared them (tests open a version-1 database with it). */
export const V1_STORES = {
  // Indexed fields are the ones views sort or look up by; the rest of the record is not indexed.
  vacancies: 'id, url, status, trackedAt, facts.deadline',
};

export const V2_STORES = {
  // *sourceUrls: a vacancy is found by any address it was seen at; *matchKeys: by its reference,
  // canonical address, or title and organisation (see duplicates.ts).
  vacancies: 'id, url, status, trackedAt, facts.deadline, *sourceUrls, *matchKeys',
  // The lists read these small records only, never the full ones with their snapshots.
  summaries: 'id, status, deadline, trackedAt, portal',
  settings: 'key',
};

export const V3_STORES = {
  ...V2_STORES,
  // The lists' first rows in their order, read through indexes (see summaries.ts).
  summaries: 'id, status, deadline, trackedAt, portal, *dueDays, [closed+trackedAt]',
};

/**
 * Only the indexes something reads: every index is written on every put, and a restore of 10,000
 * records paid for six that nothing looked up. What reads each one:
 * - vacancies: `url` the restore's look-up of the addresses in a file (restore.ts currentFor),
 *   `*sourceUrls` the look-up of a page's address, `*matchKeys` the duplicate check (vacancies.ts);
 * - summaries: `status` the expiry sweep (expireOverdue), `*dueDays` and `[closed+trackedAt]` the
 *   lists' first rows (first-rows.ts, which reads them by name).
 */
export const V4_STORES = {
  vacancies: 'id, url, *sourceUrls, *matchKeys',
  summaries: 'id, status, *dueDays, [closed+trackedAt]',
  settings: 'key',
};

/**
 * Version 6 adds the job-search activities the person records by hand (open applications, job
 * fairs, interviews, ...). `date` is read by the proof's period, `vacancyId` by a vacancy's page.
 */
export const V6_STORES = {
  ...V4_STORES,
  activities: 'id, date, vacancyId',
};

/**
 * The user's application log. Versions only grow: a new version adds a `this.version(n)` block
 * with its upgrade, and the upgrade gets a test on data written by the version before.
 */
export class VacalensDb extends Dexie {
  vacancies!: EntityTable<StoredVacancy, 'id'>;
  summaries!: EntityTable<StoredSummary, 'id'>;
  settings!: EntityTable<{ key: 'settings'; value: Settings }, 'key'>;
  activities!: EntityTable<Activity, 'id'>;

  constructor(name = 'vacalens') {
    super(name);
    this.version(1).stores(V1_STORES);
    // A failed upgrade leaves the previous version's data; the background tells the user so.
    this.version(2).stores(V2_STORES).upgrade(failsAsUpgrade(upgradeToV2));
    this.version(3).stores(V3_STORES).upgrade(failsAsUpgrade(upgradeToV3));
    // Drops indexes only: the records stay as they are, so no upgrade function.
    this.version(4).stores(V4_STORES);
    this.version(5).stores(V4_STORES).upgrade(failsAsUpgrade(upgradeToV5));
    // A new, empty table: the records stay as they are, so no upgrade function.
    this.version(6).stores(V6_STORES);
  }
}

/** Version 1 → 2: each record gains its version-2 fields and match keys, and a summary. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const summaries: TrackedSummary[] = [];
  await tx
    .table('vacancies')
    .toCollection()
    .modify((record: TrackedVacancyV1, ref: { value: unknown }) => {
      const upgraded = upgradeV1(record);
      ref.value = { ...upgraded, matchKeys: matchKeys(upgraded) } satisfies StoredVacancy;
      summaries.push(summarize(upgraded));
    });
  await tx.table('summaries').bulkPut(summaries);
}

/** Version 2 → 3: each summary gains the keys the lists' order is read through. */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table('summaries')
    .toCollection()
    .modify((summary: TrackedSummary, ref: { value: unknown }) => {
      ref.value = toStoredSummary(summary);
    });
}

/**
 * Version 4 → 5: summaries gain the workplace (search finds a vacancy by its city), and each
 * record's application date becomes one value, its application step's day (see
 * withApplicationDateReconciled).
 */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  const summaries: StoredSummary[] = [];
  await tx
    .table('vacancies')
    .toCollection()
    .modify((record: StoredVacancy, ref: { value: unknown }) => {
      const { matchKeys: keys, ...vacancy } = record;
      const reconciled = withApplicationDateReconciled(vacancy);
      ref.value = { ...reconciled, matchKeys: keys } satisfies StoredVacancy;
      summaries.push(toStoredSummary(summarize(reconciled)));
    });
  await tx.table('summaries').bulkPut(summaries);
}
