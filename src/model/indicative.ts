import type { VacancyFacts } from './facts';

/**
 * What a vacancy's pay scale paid by a pay table, looked up when the vacancy was saved and kept
 * with the record: the log, its CSV, the printable proof and the backup show these amounts apart
 * from the page's salary, with the table edition they came from, so a number in last year's log
 * can still be traced to the table it was read from after the tables have moved on. No schemas
 * here (the record's schema in tracked.ts holds it), so the log page loads without zod.
 */
export interface StoredIndicative {
  /** The scale the amounts were looked up for, as the page (or the person's correction) named it. */
  scale: string;
  /** The day looked up for: the publication date, else the day the vacancy was saved. */
  day: string;
  min: number;
  max: number;
  currency: string;
  period: 'hour' | 'month' | 'year';
  /** The pay system (src/paytables): `be-vl-local`, `de-tvoed-vka`, … */
  system: string;
  /** The table's own name. */
  name: string;
  /** The edition: the day the table (or, for index-linked scales, the coefficient) took effect. */
  edition: string;
  source: { publisher: string; title: string; url: string; read: string };
  /** The day was past what the table was known to cover when it was looked up. */
  mayBeOutdated: boolean;
}

/** The amounts a list row shows: the summary carries no more than these. */
export type IndicativeAmounts = Pick<StoredIndicative, 'min' | 'max' | 'currency' | 'period'>;

/**
 * The stored look-up while it still applies: the salary in effect (the person's correction over
 * the page) names the scale it was looked up for and states no amount. An amount the page or the
 * person states always wins; a corrected scale is looked up again when it is saved.
 */
export function indicativeInEffect(record: { indicative?: StoredIndicative | undefined }, facts: Pick<VacancyFacts, 'salary'>): StoredIndicative | null {
  const stored = record.indicative;
  const salary = facts.salary;
  if (!stored || !salary || salary.min !== null || salary.max !== null) return null;
  return salary.scale === stored.scale ? stored : null;
}
