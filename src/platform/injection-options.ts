/** What the background passes to /sidebar.js with each injection (isolated world global, out of the page's reach). */
export interface InjectionOptions {
  /** The user asked (toolbar, context menu): read the page even if detection is unsure. */
  evenIfNotVacancy: boolean;
  /** The site is neither a listed portal nor allowed yet: offer "Always on this site". */
  offerAlwaysOn: boolean;
}
export const INJECTION_OPTIONS_KEY = 'vacalensInjection';
