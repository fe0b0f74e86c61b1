import type { TrackedSummary } from './tracked';

/**
 * Possible duplicates, as the sidebar and the background speak of them (recognised in
 * src/db/duplicates.ts): why a tracked vacancy looks like this one, and what the user chose.
 */
export type MatchReason = 'reference' | 'url' | 'title-organisation';

/** What the user chose after being shown possible duplicates. */
export type DuplicateChoice =
  | { onDuplicate: 'add-source'; matchId: string }
  | { onDuplicate: 'track-separately' };

export interface DuplicateMatch {
  vacancy: TrackedSummary;
  reasons: MatchReason[];
}

export interface DuplicateCandidates {
  status: 'duplicate-candidates';
  matches: DuplicateMatch[];
}

/**
 * The tracked vacancy's summary, or the tracked vacancies it may duplicate. A summary's status is
 * one of STATUSES, so `result.status === 'duplicate-candidates'` tells them apart.
 */
export type TrackResult = TrackedSummary | DuplicateCandidates;

export function isDuplicateCandidates(result: TrackResult): result is DuplicateCandidates {
  return result.status === 'duplicate-candidates';
}
