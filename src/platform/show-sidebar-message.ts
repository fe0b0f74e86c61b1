import type { browser as Browser } from 'wxt/browser';

/**
 * What the content script (entrypoints/vacancy.ts) sends the background once it found a vacancy:
 * bring the sidebar into this frame. A raw runtime message, as the list-address watcher's
 * (left-list-message.ts): the content script runs on every page of the portals and so carries no
 * messaging library, and the extension API is looked up when sending, not as the script loads.
 */
export const SHOW_SIDEBAR = 'vacalens:show-sidebar';

export function sendShowSidebar(): void {
  const { chrome } = globalThis as unknown as { chrome: typeof Browser };
  void chrome.runtime.sendMessage({ type: SHOW_SIDEBAR });
}
