import type { Browser } from 'wxt/browser';

/**
 * Answers one kind of raw runtime message, sent by a script that carries no messaging library (the
 * content script, the list-address watcher): true once `act` has done its work, false when the
 * message is refused or the work failed. Other messages are left to the messaging library's
 * listeners.
 */
export function answerRawMessage<T>(
  type: string,
  targetOf: (message: unknown, sender: Browser.runtime.MessageSender) => T | null,
  act: (target: T) => Promise<unknown>,
): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if ((message as { type?: unknown } | null)?.type !== type) return false;
    const target = targetOf(message, sender);
    if (!target) {
      sendResponse(false);
      return false;
    }
    act(target).then(
      () => sendResponse(true),
      () => sendResponse(false),
    );
    return true;
  });
}
