import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageState } from '../model/sidebar';

// Without zod, so the sidebar script that carries it into every vacancy page stays small; the
// background checks what arrives with PageStateSchema (onpage.ts).

/**
 * What the sidebar tells the background about the page it sits on. Kept apart from the tracking
 * protocol (src/messaging): these concern the tab (its toolbar badge, its site's permission), not
 * the application log. Both messengers share one runtime channel; each answers only its own types.
 */
export interface OnPageMap {
  /** Sidebar: the vacancy this tab shows, for the toolbar badge. */
  pageState(state: PageState): void;
  /** Sidebar on a site outside the portal list: open the page where the user can allow this site. */
  openSiteAccess(): void;
}

export const onPage = defineExtensionMessaging<OnPageMap>({ logger: undefined });
