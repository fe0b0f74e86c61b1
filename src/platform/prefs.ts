import type { SidebarPrefs } from '../model/sidebar';

/**
 * The sidebar's preferences in the extension's local storage (content scripts may use it; pages
 * cannot): whether it is folded, per site, so a portal where it is in the way stays quiet; and
 * whether facts are highlighted in pages, for all sites.
 */
const collapsedKey = (site: string) => `sidebar.collapsed.${site}`;
const HIGHLIGHTS_KEY = 'sidebar.highlights';

export async function loadPrefs(site: string): Promise<SidebarPrefs> {
  const stored = await browser.storage.local.get([collapsedKey(site), HIGHLIGHTS_KEY]);
  return {
    collapsed: stored[collapsedKey(site)] === true,
    highlights: stored[HIGHLIGHTS_KEY] !== false,
  };
}

export async function savePrefs(site: string, prefs: Partial<SidebarPrefs>): Promise<void> {
  const change: Record<string, boolean> = {};
  if (prefs.collapsed !== undefined) change[collapsedKey(site)] = prefs.collapsed;
  if (prefs.highlights !== undefined) change[HIGHLIGHTS_KEY] = prefs.highlights;
  await browser.storage.local.set(change);
}
