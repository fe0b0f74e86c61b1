import { z } from '../model/zod';
import { TrackedSummarySchema, type TrackedSummary } from '../model/tracked';

/**
 * Live views. The background announces every write on a BroadcastChannel; the extension's pages
 * (popup, log page) share its origin, hear it, and patch the rows they show, with no reload and
 * no second copy of the database logic in the pages. Web pages and content scripts have another
 * origin and cannot post to or read this channel.
 */
export const CHANGES_CHANNEL = 'vacalens:changes';

const ChangeMessageSchema = z.object({ changed: z.array(TrackedSummarySchema).max(100_000) });

export function announceChanges(changed: readonly TrackedSummary[]): void {
  if (changed.length === 0) return;
  const channel = new BroadcastChannel(CHANGES_CHANNEL);
  channel.postMessage({ changed });
  channel.close();
}

/** Calls `onChange` with the summaries the background wrote; returns the unsubscribe. */
export function subscribeToChanges(onChange: (changed: TrackedSummary[]) => void): () => void {
  const channel = new BroadcastChannel(CHANGES_CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    const parsed = ChangeMessageSchema.safeParse(event.data);
    if (parsed.success) onChange(parsed.data.changed);
  };
  return () => channel.close();
}

/** The rows with the changed ones replaced, and new ones added. */
export function mergeChanges(rows: readonly TrackedSummary[], changed: readonly TrackedSummary[]): TrackedSummary[] {
  const byId = new Map(changed.map((c) => [c.id, c]));
  const merged = rows.map((r) => byId.get(r.id) ?? r);
  const known = new Set(rows.map((r) => r.id));
  return [...merged, ...changed.filter((c) => !known.has(c.id))];
}
