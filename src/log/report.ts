import { effectiveFacts, portalHostOf, type Applied, type Status, type TrackedVacancy } from '../model/tracked';
import { appliedDate } from './rows';
import { indicativeInEffect, type StoredIndicative } from '../model/indicative';

/**
 * The printable proof of job search: the applications made in a period, in the columns an
 * employment service asks for (date, employer, function, how, result), with a count per month.
 */

export interface ReportPeriod {
  /** First and last day, YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
}

export interface ReportRow {
  applied: string;
  employer: string;
  role: string;
  reference: string;
  /** How the person applied; null when they did not say. */
  via: Applied['via'] | null;
  portal: string;
  url: string;
  status: Status;
  /** What the scale paid by a pay table when the vacancy was saved (not the page's salary); null without one. */
  indicative: Pick<StoredIndicative, 'min' | 'max' | 'currency' | 'period' | 'name' | 'edition'> | null;
}

export interface MonthCount {
  /** YYYY-MM */
  month: string;
  /** "januari 2026" in the report's locale. */
  label: string;
  count: number;
}

export interface ReportData {
  period: ReportPeriod;
  rows: ReportRow[];
  months: MonthCount[];
}

/** Applications (records with an application date) in the period, oldest first. */
export function buildReport(records: readonly TrackedVacancy[], period: ReportPeriod, locale: string): ReportData {
  const rows: ReportRow[] = [];
  for (const r of records) {
    const applied = appliedDate(r);
    if (!applied || applied < period.from || applied > period.to) continue;
    const facts = effectiveFacts(r);
    rows.push({
      applied,
      employer: facts.organisation ?? '',
      role: facts.title ?? '',
      reference: facts.reference ?? '',
      via: r.applied?.via ?? null,
      portal: portalHostOf(r.url),
      url: r.url,
      status: r.status,
      indicative: indicativeOnProof(indicativeInEffect(r, facts)),
    });
  }
  rows.sort((a, b) => a.applied.localeCompare(b.applied) || a.employer.localeCompare(b.employer));
  return { period, rows, months: monthCounts(rows, period, locale) };
}

function indicativeOnProof(found: StoredIndicative | null): ReportRow['indicative'] {
  if (!found) return null;
  const { min, max, currency, period, name, edition } = found;
  return { min, max, currency, period, name, edition };
}

/** Every month of the period, those without an application too: a month with none is part of the record. */
function monthCounts(rows: readonly ReportRow[], period: ReportPeriod, locale: string): MonthCount[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const months: MonthCount[] = [];
  let [y, m] = period.from.split('-').map(Number) as [number, number];
  const last = period.to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) break;
    months.push({
      month,
      label: format.format(new Date(Date.UTC(y, m - 1, 1))),
      count: rows.filter((r) => r.applied.startsWith(month)).length,
    });
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}
