import { ProofSettingsSchema, readProofSettings, type ProofSettings } from '../model/proof-settings';
import type { VacalensDb } from './database';

/**
 * The proof settings (service, start date, target, warning days, client number, address) live in
 * the settings table under a key of their own: a new key needs no new database version, and the
 * reminder settings' record (key 'settings', which backups carry) stays as it was.
 */
export const PROOF_SETTINGS_KEY = 'proof';

function table(db: VacalensDb) {
  return db.table<{ key: string; value: unknown }, string>('settings');
}

export async function getProofSettings(db: VacalensDb): Promise<ProofSettings> {
  return readProofSettings((await table(db).get(PROOF_SETTINGS_KEY))?.value);
}

/** Stores the settings whole; throws (a zod error) when they are not valid. */
export async function putProofSettings(db: VacalensDb, settings: unknown): Promise<ProofSettings> {
  const valid = ProofSettingsSchema.strict().parse(settings);
  await table(db).put({ key: PROOF_SETTINGS_KEY, value: valid });
  return valid;
}

/** Whether the person has stored proof settings here (a restore fills them only where none are). */
export async function hasProofSettings(db: VacalensDb): Promise<boolean> {
  return (await table(db).get(PROOF_SETTINGS_KEY)) !== undefined;
}
