import { STATUSES } from '../model/status';
import type { TrackedSummary } from '../model/tracked';

/**
 * Live views. The background announces every write on a BroadcastChannel; the extension's pages
 * (popup, log page) share its origin, hear it, and patch the rows they show, with no reload and
 * no second copy of the database logic in the pages. Web pages and content scripts have another
 * origin and cannot post to or read this channel.
 */
export const CHANGES_CHANNEL = 'vacalens:changes';

/**
 * Only the background posts here (the channel is same-origin), so a check of the shape the pages
 * rely on is enough: a full schema would load zod into every page for no gain in safety.
 */
function isChangeMessage(data: unknown): data is { changed: TrackedSummary[] } {
  if (typeof data !== 'object' || data === null) return false;
  const { changed } = data as { changed?: unknown };
  return Array.isArray(changed) && changed.every(isSummaryShaped);
}

function isSummaryShaped(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return (
    typeof s.id === 'string' &&
    typeof s.url === 'string' &&
    typeof s.portal === 'string' &&
    typeof s.trackedAt === 'string' &&
    typeof s.updatedAt === 'string' &&
    STATUSES.includes(s.status as TrackedSummary['status']) &&
    Array.isArray(s.eventDates)
  );
}

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
    if (isChangeMessage(event.data)) onChange(event.data.changed);
  };
  return () => channel.close();
}
