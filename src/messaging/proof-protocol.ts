import { defineExtensionMessaging } from '@webext-core/messaging';
import type { LogEntry } from '../log/counting';
import type { MeterState } from '../log/proof-meter';
import type { Proof } from '../log/proof';
import type { Activity, ActivityInput } from '../model/activity';
import type { ProofSettings } from '../model/proof-settings';

/**
 * The job-search activities, the proof settings, the meter and the preset's proof, asked by the
 * extension's own pages only (log page, popup, proof page): a messenger of its own beside
 * protocol.ts and log-protocol.ts, routed by type. Every input is checked with zod in
 * proof-handlers.ts, and a sender that is not one of the extension's pages is refused.
 */
export interface ProofProtocolMap {
  getProofSettings(): ProofSettings;
  setProofSettings(settings: ProofSettings): ProofSettings;
  /**
   * Every entry of the log in the days [from, to] (hand-made and derived from tracked vacancies,
   * counted by the preset or not), and the hand-made activities among them, to edit.
   */
  listJobSearch(input: { from: string; to: string }): { entries: LogEntry[]; activities: Activity[] };
  addActivity(input: ActivityInput): Activity;
  /** `seenUpdatedAt`: the version the person edited; a change made meanwhile elsewhere refuses the edit. */
  updateActivity(input: { id: string; changes: ActivityInput; seenUpdatedAt: string }): Activity;
  deleteActivity(input: { id: string }): void;
  /** Today's meter under the chosen service. */
  proofMeter(): MeterState;
  /** The proof in the chosen service's layout (general when none is chosen), for the days [from, to]. */
  proofBuild(input: { from: string; to: string; locale: string }): Proof;
}

export const proofMessenger = defineExtensionMessaging<ProofProtocolMap>({ logger: undefined });
