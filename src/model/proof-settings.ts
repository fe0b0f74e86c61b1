import { z } from './zod';
import { PRESET_IDS } from './activity-vocab';

/**
 * What the person tells Vacalens once for their proof of search and its meter: which service,
 * since when, their own number where the service agrees one with them, and the details the
 * service prints (kept only in this browser; each optional). Their name is Settings.reportName.
 */
export const ProofSettingsSchema = z.object({
  /** Null until the person chooses: no meter is shown before. */
  preset: z.enum(PRESET_IDS).nullable(),
  /** The first day of the obligation (the benefit's or the claim's start): periods of N weeks count from it. */
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /**
   * The person's own target, over the preset's: activities per period, or for Universal Credit the
   * minutes a week their claimant commitment says. Null keeps the preset's.
   */
  target: z.number().int().min(1).max(100 * 60).nullable(),
  /** How many days before a period's end the meter warns when the target is not met. */
  remindDaysBefore: z.number().int().min(1).max(14),
  clientNumber: z.string().trim().max(100),
  address: z.string().trim().max(500),
});
export type ProofSettings = z.infer<typeof ProofSettingsSchema>;

export const DEFAULT_PROOF_SETTINGS: ProofSettings = {
  preset: null,
  start: null,
  target: null,
  remindDaysBefore: 3,
  clientNumber: '',
  address: '',
};

/** Stored proof settings over the defaults: one that does not validate is dropped, field by field. */
export function readProofSettings(stored: unknown): ProofSettings {
  const out: ProofSettings = { ...DEFAULT_PROOF_SETTINGS };
  if (typeof stored !== 'object' || stored === null) return out;
  for (const key of Object.keys(DEFAULT_PROOF_SETTINGS) as (keyof ProofSettings)[]) {
    const parsed = ProofSettingsSchema.shape[key].safeParse((stored as Record<string, unknown>)[key]);
    if (parsed.success) Object.assign(out, { [key]: parsed.data });
  }
  return out;
}
