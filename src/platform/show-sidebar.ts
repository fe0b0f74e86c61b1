import type { Browser } from 'wxt/browser';
import { z } from '../model/zod';
import { SHOW_SIDEBAR } from './show-sidebar-message';

const ShowSidebarSchema = z.strictObject({ type: z.literal(SHOW_SIDEBAR) });

/**
 * The frame to bring the sidebar into, or null when refused: only this extension's content script
 * in a tab asks (a page cannot reach the runtime; another extension's message carries its own id),
 * and only with the message as sent, nothing more.
 */
export function showSidebarTarget(message: unknown, sender: Browser.runtime.MessageSender, extensionId: string): { tabId: number; frameId: number } | null {
  if (!ShowSidebarSchema.safeParse(message).success) return null;
  if (sender.id !== extensionId || sender.tab?.id === undefined) return null;
  return { tabId: sender.tab.id, frameId: sender.frameId ?? 0 };
}

/** Answers the content script: true once the sidebar was brought in, false when refused or failed. */
export function onShowSidebar(inject: (tabId: number, frameId: number) => Promise<void>): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Not this message: the messaging library's listeners answer it.
    if ((message as { type?: unknown } | null)?.type !== SHOW_SIDEBAR) return false;
    const target = showSidebarTarget(message, sender, browser.runtime.id);
    if (!target) {
      sendResponse(false);
      return false;
    }
    inject(target.tabId, target.frameId).then(
      () => sendResponse(true),
      () => sendResponse(false),
    );
    return true;
  });
}
