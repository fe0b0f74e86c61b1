import type { Browser } from 'wxt/browser';
import { z } from '../model/zod';
import { answerRawMessage } from './raw-message';
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
  answerRawMessage(SHOW_SIDEBAR, (message, sender) => showSidebarTarget(message, sender, browser.runtime.id), (t) => inject(t.tabId, t.frameId));
}
