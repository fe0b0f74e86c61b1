/** What the sidebar and its page glue (src/platform) speak of. */

/** null: the tab no longer shows a vacancy. */
export type PageState = { tracked: boolean; daysLeft: number | null } | null;

/** What the sidebar remembers between pages: folded per site, highlights for all. */
export interface SidebarPrefs {
  collapsed: boolean;
  highlights: boolean;
}
