import type { LogEntry } from '../log/counting';
import type { MeterState } from '../log/proof-meter';
import type { Activity, ActivityInput } from '../model/activity';
import type { ProofSettings } from '../model/proof-settings';

/** What the log page's job-search part asks of the background, given by the entrypoint. */
export interface JobSearchApi {
  getProofSettings(): Promise<ProofSettings>;
  setProofSettings(settings: ProofSettings): Promise<ProofSettings>;
  /** The person's name on the proof (kept with the reminder settings, as the printed proof of applications has it). */
  getName(): Promise<string>;
  setName(name: string): Promise<void>;
  listJobSearch(from: string, to: string): Promise<{ entries: LogEntry[]; activities: Activity[] }>;
  addActivity(input: ActivityInput): Promise<Activity>;
  updateActivity(id: string, changes: ActivityInput, seenUpdatedAt: string): Promise<Activity>;
  deleteActivity(id: string): Promise<void>;
  proofMeter(): Promise<MeterState>;
  /** Opens the printable proof for the days [from, to]. */
  openProof(from: string, to: string): void;
}
