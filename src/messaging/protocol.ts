import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Status, TrackedSummary } from '../model/tracked';
import type { TrackInput } from '../db/vacancies';

/**
 * Every message the background answers. Senders are typed by this map; the background still
 * validates each message with zod (see handlers.ts), because a content script lives beside
 * pages written by strangers.
 */
export interface ProtocolMap {
  /** Content script: this page looks like a single vacancy; bring in the sidebar. */
  showSidebar(): void;
  /** Sidebar: store this vacancy as seen now. */
  trackVacancy(input: TrackInput): TrackedSummary;
  /** Sidebar: is this address tracked already? */
  trackedByUrl(url: string): TrackedSummary | null;
  /** Popup and log page: every tracked vacancy, the next deadline first. */
  listTracked(): TrackedSummary[];
  setStatus(input: { id: string; status: Status }): TrackedSummary;
  /** The application log as CSV text, in the separator the user's spreadsheet expects. */
  exportCsv(input: { separator: ',' | ';' }): string;
}

export const messenger = defineExtensionMessaging<ProtocolMap>({ logger: undefined });
export const { sendMessage, onMessage } = messenger;
