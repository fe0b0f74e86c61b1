import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Activity, ActivityInput } from '../model/activity';
import type { VacancyJobSearch } from '../model/vacancy-job-search';

/**
 * The job-search activities the sidebar records for the vacancy of its page: asked by the
 * extension's sidebar in a tab only, and only about the vacancy tracked at that tab's address (the
 * rule the sidebar's reads follow in handlers.ts). A messenger of its own beside proof-protocol.ts,
 * whose messages the extension's pages alone may send; routed by type. Every input is checked
 * with zod in sidebar-activity-handlers.ts.
 */
export interface SidebarActivityProtocolMap {
  /** The service, a prefilled new activity and the selection steps whose day has come. */
  vacancyJobSearch(input: { vacancyId: string }): VacancyJobSearch;
  /** The person's activity for this vacancy (its vacancyId is the page's vacancy). */
  addVacancyActivity(input: ActivityInput): Activity;
  /**
   * The person went to selection step `eventIndex`: the activity activityFromSelectionStep makes
   * of it. Said twice, the first one stands and is answered.
   */
  attendedStep(input: { vacancyId: string; eventIndex: number }): Activity;
}

export const sidebarActivityMessenger = defineExtensionMessaging<SidebarActivityProtocolMap>({ logger: undefined });
