import type { browser as Browser } from 'wxt/browser';
import type { PageReading } from '../extract/detect-read';

/**
 * What the content script (entrypoints/vacancy.ts) sends the background about a page its structure
 * left open: what it read of it, for the background to weigh with every language's phrases
 * (src/extract/detect-weigh.ts, answered by weigh-page.ts). A raw runtime message, as the
 * show-sidebar one: the content script carries no messaging library, and looks the API up when
 * sending (see left-list-message.ts).
 */
export const WEIGH_PAGE = 'vacalens:weigh-page';

/** Asks; `answer` hears true for a vacancy, false for anything else (a refusal or a failure too). */
export function askWeighPage(reading: PageReading, answer: (isVacancy: boolean) => void): void {
  const { chrome } = globalThis as unknown as { chrome: typeof Browser };
  chrome.runtime.sendMessage({ type: WEIGH_PAGE, reading }).then(
    (verdict: unknown) => answer(verdict === true),
    () => answer(false),
  );
}
