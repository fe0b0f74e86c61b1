import { z } from '../model/zod';
import { ActivitySchema, type Activity } from '../model/activity';
import { ProofSettingsSchema, type ProofSettings } from '../model/proof-settings';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../model/settings';
import { SOURCE_URLS_MAX, TrackedVacancySchema, TrackedVacancyV1Schema, upgradeV1, type TrackedVacancy } from '../model/tracked';

/**
 * The backup file: everything the log holds, so a person can move to another computer or browser
 * without losing a year of records. The record schema is the database's own (TrackedVacancySchema),
 * so facts, corrections, snapshots, history and notes are in it as the model grows.
 *
 * Format versions only grow. A file of an older version is upgraded step by step (UPGRADES) to the
 * current one before it is validated; each step is a pure function tested on a real older file.
 */
export const BACKUP_FORMAT_VERSION = 2;
export const BACKUP_APP = 'vacalens';

/** A restored file is not trusted: its addresses become links and calendar URLs, so only web addresses pass. */
const WebAddress = z
  .string()
  .max(4096)
  .regex(/^https?:\/\/[^\s"<>\\]+$/i, 'expected an http(s) address');

export const BackupVacancySchema = TrackedVacancySchema.extend({
  url: WebAddress,
  sourceUrls: z.array(WebAddress).min(1).max(SOURCE_URLS_MAX),
  facts: TrackedVacancySchema.shape.facts.extend({ url: WebAddress.nullable() }),
  snapshot: TrackedVacancySchema.shape.snapshot.extend({ url: WebAddress }),
});

// A log of a few thousand vacancies is already a lot; the bound keeps a hostile file from making
// the preview and the transaction unbounded.
export const MAX_BACKUP_RECORDS = 10_000;
/** Years of weekly activities stay far below this. */
export const MAX_BACKUP_ACTIVITIES = 20_000;

export const BackupSchema = z.object({
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  app: z.literal(BACKUP_APP),
  exportedAt: z.iso.datetime({ offset: true }),
  vacancies: z.array(BackupVacancySchema).max(MAX_BACKUP_RECORDS),
  /**
   * Null in a file upgraded from a version that had no settings. A setting added since the file
   * was made takes its default.
   */
  settings: SettingsSchema.partial()
    .transform((stored): Settings => ({ ...DEFAULT_SETTINGS, ...stored }))
    .nullable(),
  /** The job-search activities besides the vacancies (format 2). */
  activities: z.array(ActivitySchema).max(MAX_BACKUP_ACTIVITIES),
  /** The proof's settings (service, start date, personal details); null in a file upgraded from format 1. */
  proof: ProofSettingsSchema.nullable(),
});
export type Backup = z.infer<typeof BackupSchema>;

export function toBackup(
  vacancies: readonly TrackedVacancy[],
  settings: Settings | null,
  now: Date,
  activities: readonly Activity[] = [],
  proof: ProofSettings | null = null,
): Backup {
  return {
    formatVersion: BACKUP_FORMAT_VERSION,
    app: BACKUP_APP,
    exportedAt: now.toISOString(),
    vacancies: [...vacancies],
    settings,
    activities: [...activities],
    proof,
  };
}

export function backupJson(backup: Backup): string {
  return JSON.stringify(backup, null, 1) + '\n';
}

/**
 * Version 0: the log as a bare JSON array of the database's version-1 records (no envelope, no
 * settings, no corrections or application date): what the first builds' records serialise to.
 * Records go through the database's own upgrade; one that is not a version-1 record is left as it
 * is, so validation says what is wrong with it.
 */
function fromVersion0(data: unknown, now: Date): unknown {
  const vacancies = (data as unknown[]).map((record) => {
    const v1 = TrackedVacancyV1Schema.safeParse(record);
    return v1.success ? upgradeV1(v1.data) : record;
  });
  return { formatVersion: 1, app: BACKUP_APP, exportedAt: now.toISOString(), vacancies, settings: null };
}

/** Version 1: vacancies and settings; no job-search activities and no proof settings yet. */
function fromVersion1(data: unknown): unknown {
  return { ...(data as object), formatVersion: 2, activities: [], proof: null };
}

/** UPGRADES[n] turns a file of version n into one of version n + 1. */
const UPGRADES: ReadonlyArray<(data: unknown, now: Date) => unknown> = [fromVersion0, fromVersion1];

export type VersionCheck =
  | { ok: true; version: number }
  | { ok: false; reason: 'notBackup' | 'newerVersion' | 'unknownVersion'; version?: unknown };

/** Which format version a parsed file claims, before anything else is looked at. */
export function detectVersion(data: unknown): VersionCheck {
  if (Array.isArray(data)) return { ok: true, version: 0 };
  if (typeof data !== 'object' || data === null || !('formatVersion' in data)) return { ok: false, reason: 'notBackup' };
  if ('app' in data && data.app !== BACKUP_APP) return { ok: false, reason: 'notBackup' };
  const version = data.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'unknownVersion', version };
  }
  if (version > BACKUP_FORMAT_VERSION) return { ok: false, reason: 'newerVersion', version };
  return { ok: true, version };
}

/** Runs the upgrade steps from `version` to the current format. */
export function upgrade(data: unknown, version: number, now: Date): unknown {
  let current = data;
  for (let v = version; v < BACKUP_FORMAT_VERSION; v++) current = UPGRADES[v]!(current, now);
  return current;
}
