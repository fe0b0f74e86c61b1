/** What the background passes to /sidebar.js with each injection (isolated world global, out of the page's reach). */
export interface InjectionOptions {
  /** The user asked (toolbar, context menu): read the page even if detection is unsure. */
  evenIfNotVacancy: boolean;
  /** The site is neither a listed portal nor allowed yet: offer "Always on this site". */
  offerAlwaysOn: boolean;
}
export const INJECTION_OPTIONS_KEY = 'vacalensInjection';

/**
 * Set by the content script right before it asks for the sidebar, taken by /sidebar.js: its
 * detection said yes on this document, so the sidebar does not detect again. Isolated world too.
 */
const DETECTED_KEY = 'vacalensDetected';

export function markDetected(): void {
  (globalThis as Record<string, unknown>)[DETECTED_KEY] = true;
}

export function takeDetected(): boolean {
  const detected = (globalThis as Record<string, unknown>)[DETECTED_KEY] === true;
  delete (globalThis as Record<string, unknown>)[DETECTED_KEY];
  return detected;
}
