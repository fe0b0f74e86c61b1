import type { TrackedSummary } from './tracked';

/**
 * A list's rows patched with the summaries the background announced (src/messaging/changes.ts):
 * pure, so the lists (src/ui) use it without the channel.
 */

/** The rows with the changed ones replaced, and new ones added. */
export function mergeChanges(rows: readonly TrackedSummary[], changed: readonly TrackedSummary[]): TrackedSummary[] {
  const byId = new Map(changed.map((c) => [c.id, c]));
  const merged = rows.map((r) => byId.get(r.id) ?? r);
  const known = new Set(rows.map((r) => r.id));
  return [...merged, ...changed.filter((c) => !known.has(c.id))];
}
