import type { browser as Browser } from 'wxt/browser';

/**
 * What the list-address watcher (entrypoints/list-watch.ts) sends the background once its page
 * left the list addresses (see list-leave.ts). A module of its own so the watcher carries nothing
 * else.
 */
export const LEFT_LIST_ADDRESS = 'vacalens:left-list-address';

/**
 * Sends it, with the address now shown: the browser's sender address stays the one the document
 * was loaded at. The extension API is looked up here, when sending, rather than through WXT's
 * `browser`, which touches `runtime` as the script loads: that first touch builds the API in the
 * page's extension world, about 0.6 ms measured on every list page, where nothing is sent.
 * `chrome` is there in Chrome and in Firefox (whose MV3 `chrome` returns promises too).
 */
export function sendLeftListAddress(url: string): void {
  const { chrome } = globalThis as unknown as { chrome: typeof Browser };
  void chrome.runtime.sendMessage({ type: LEFT_LIST_ADDRESS, url });
}
