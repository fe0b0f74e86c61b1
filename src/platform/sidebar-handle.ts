/**
 * The sidebar's handle, kept on the extension's isolated-world global: /sidebar.js is evaluated
 * again at every injection (its module scope starts fresh each time), and the content script,
 * which shares that world, takes the sidebar down on a single-page navigation away from a vacancy.
 * The page's own scripts live in another world and cannot reach it.
 */
export interface SidebarHandle {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Unmounts the sidebar's content and the page highlights, keeping the host for the next one. */
  dispose(): void;
  /** Removes the sidebar and the page highlights, and clears the toolbar badge. */
  remove(): void;
}

const KEY = 'vacalensSidebar';

export function currentSidebar(): SidebarHandle | undefined {
  return (globalThis as Record<string, unknown>)[KEY] as SidebarHandle | undefined;
}

export function setCurrentSidebar(handle: SidebarHandle | undefined): void {
  (globalThis as Record<string, unknown>)[KEY] = handle;
}

/**
 * Set by /sidebar.js when the manifest brought it with the page (a vacancy address, see
 * VACANCY_ADDRESSES): it reads this document itself, so the content script leaves it alone until
 * the address changes.
 */
const LISTED_KEY = 'vacalensSidebarListed';

export function setListedSidebar(): void {
  (globalThis as Record<string, unknown>)[LISTED_KEY] = true;
}

export function listedSidebar(): boolean {
  return (globalThis as Record<string, unknown>)[LISTED_KEY] === true;
}
