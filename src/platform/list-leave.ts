import type { Browser } from 'wxt/browser';
import { z } from '../model/zod';
import { isListAddress } from '../extract/detect-read';
import { CONTENT_SCRIPT_FILE, PORTAL_MATCHES, matchesPattern } from '../extract/portals/matches';
import { LEFT_LIST_ADDRESS } from './left-list-message';
import { answerRawMessage } from './raw-message';

// The list-address watcher (entrypoints/list-watch.ts) tells the background that its page moved,
// without a reload, from a list address to one that is not; the background then brings in the
// content script, which reads the page and watches from then on. The watcher sends this once, as
// a raw runtime message: it carries no messaging library.

const LeftListSchema = z.strictObject({
  type: z.literal(LEFT_LIST_ADDRESS),
  url: z.string().max(4096).regex(/^https?:\/\//i, 'expected an http(s) address'),
});

const onPortal = (url: string) => PORTAL_MATCHES.some((pattern) => matchesPattern(pattern, url));

/**
 * The frame to bring the content script into, or null when refused: only our own script, in a
 * frame whose document was loaded from a listed portal (the browser's word), now at an address
 * of the same origin (a move without a reload cannot leave it) that is on a portal and no list
 * address. The address is the script's word: the browser keeps the one the document was loaded
 * at, and the content script decides by itself once there.
 */
export function leftListTarget(
  message: unknown,
  sender: Browser.runtime.MessageSender,
  extensionId: string,
): { tabId: number; frameId: number } | null {
  const parsed = LeftListSchema.safeParse(message);
  if (!parsed.success) return null;
  const { id, tab, frameId, url: loadedAt } = sender;
  if (id !== extensionId || tab?.id === undefined || frameId === undefined || loadedAt === undefined) return null;
  const now = new URL(parsed.data.url);
  if (!onPortal(loadedAt) || new URL(loadedAt).origin !== now.origin) return null;
  if (!onPortal(now.href) || isListAddress(now)) return null;
  return { tabId: tab.id, frameId };
}

/** Answers the watcher: true once the content script was injected, false when refused or failed. */
export function onLeftListAddress(): void {
  answerRawMessage(
    LEFT_LIST_ADDRESS,
    (message, sender) => leftListTarget(message, sender, browser.runtime.id),
    (target) => browser.scripting.executeScript({ target: { tabId: target.tabId, frameIds: [target.frameId] }, files: [`/${CONTENT_SCRIPT_FILE}`] }),
  );
}
