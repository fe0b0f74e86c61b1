import type { ReportPeriod } from './report';

// Apart from report.ts, which brings the model with it: the proof page checks a period with this
// alone, and the background's message check uses the same bound.

/** A proof of search covers months, not centuries: the bound keeps the month list small. */
export const REPORT_MAX_YEARS = 10;

/** Whether a period of YYYY-MM-DD days spans more calendar years than a proof may. */
export function periodTooLong({ from, to }: ReportPeriod): boolean {
  return Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > REPORT_MAX_YEARS;
}
