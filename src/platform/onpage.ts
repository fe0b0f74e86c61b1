import { z } from '../model/zod';
import type { PageState } from '../model/sidebar';

/** The background's check of what a sidebar reports (its type, without zod, in onpage-messages.ts). */
export const PageStateSchema: z.ZodType<PageState> = z
  .object({ tracked: z.boolean(), daysLeft: z.number().int().min(-100_000).max(100_000).nullable() })
  .nullable();

export { onPage, type OnPageMap } from './onpage-messages';

// In a module of its own so the popup can inject the sidebar without loading this one (zod).
export { INJECTION_OPTIONS_KEY, type InjectionOptions } from './injection-options';
