import { defineExtensionMessaging } from '@webext-core/messaging';
import { z } from '../model/zod';

/**
 * What the sidebar tells the background about the page it sits on. Kept apart from the tracking
 * protocol (src/messaging): these concern the tab (its toolbar badge, its site's permission), not
 * the application log. Both messengers share one runtime channel; each answers only its own types.
 */
export const PageStateSchema = z
  .object({ tracked: z.boolean(), daysLeft: z.number().int().min(-100_000).max(100_000).nullable() })
  .nullable();
/** null: the tab no longer shows a vacancy. */
export type PageState = z.infer<typeof PageStateSchema>;

export interface OnPageMap {
  /** Sidebar: the vacancy this tab shows, for the toolbar badge. */
  pageState(state: PageState): void;
  /** Sidebar on a site outside the portal list: open the page where the user can allow this site. */
  openSiteAccess(): void;
}

export const onPage = defineExtensionMessaging<OnPageMap>({ logger: undefined });

// In a module of its own so the popup can inject the sidebar without loading this one (zod).
export { INJECTION_OPTIONS_KEY, type InjectionOptions } from './injection-options';
