import { effectiveFacts, portalOf, type Status, type TrackedVacancy } from '../model/tracked';
import type { AppliedVia } from '../model/status';
import { appliedDate, compareLogOrder, matchesFilter, type LogFilter } from './rows';
import type { CsvSeparator } from './separator';

// In a module of its own so the pages that choose a separator need not load this one (and zod).
export { separatorFor, type CsvSeparator } from './separator';

export const CSV_COLUMNS = [
  'tracked',
  'applied',
  'applied_via',
  'organisation',
  'title',
  'reference',
  'portal',
  'url',
  'status',
  'deadline',
  'salary_scale',
  'salary_min',
  'salary_max',
  'salary_currency',
  'salary_period',
  'status_history',
  'contacts',
  'notes',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface CsvOptions {
  separator: CsvSeparator;
  filter?: LogFilter;
  /** Column headings in the user's language; the column ids when absent. */
  heading?: (column: CsvColumn) => string;
  /** A status in the user's language; the status id when absent. */
  statusLabel?: (status: Status) => string;
  /** How the person applied, in the user's language; the id when absent. */
  viaLabel?: (via: AppliedVia) => string;
}

/** A CSV built from records handed over in batches, as they are read; the rows in the filter, in its order. */
export interface CsvBuilder {
  add(records: readonly TrackedVacancy[]): void;
  text(): string;
}

/**
 * The application log as a spreadsheet, one row per tracked vacancy in the filter: UTF-8 with a
 * byte-order mark so Excel reads accents, RFC 4180 quoting, and cells that a spreadsheet would
 * evaluate as a formula neutralised.
 */
export function toCsv(records: readonly TrackedVacancy[], options: CsvOptions | CsvSeparator): string {
  const csv = csvBuilder(options);
  csv.add(records);
  return csv.text();
}

/**
 * toCsv, fed in batches: each record becomes its row as soon as its batch arrives, so the log page
 * writes rows while the database still reads the next batch, and a record need not be kept once
 * written. The rows come out in selectRecords' order (the same stable sort on the same keys, over
 * the records in the order they were added).
 */
export function csvBuilder(options: CsvOptions | CsvSeparator): CsvBuilder {
  // A bare separator is the popup's quick export (src/messaging/handlers.ts): everything, ids as headings.
  const opts: CsvOptions = typeof options === 'string' ? { separator: options } : options;
  const { separator, filter = {} } = opts;
  const heading = opts.heading ?? ((c: CsvColumn) => c);
  const statusLabel = opts.statusLabel ?? ((s: Status) => s);
  const viaLabel = opts.viaLabel ?? ((v: AppliedVia) => v);
  const rows: { day: string; trackedAt: string; line: string }[] = [];
  const row = (r: TrackedVacancy, applied: string | null): string => {
    // The user's corrections win over what was read from the page.
    const f = effectiveFacts(r);
    const cells: Record<CsvColumn, string> = {
      tracked: r.trackedAt.slice(0, 10),
      applied: applied ?? '',
      applied_via: r.applied?.via ? viaLabel(r.applied.via) : '',
      organisation: f.organisation ?? '',
      title: f.title ?? '',
      reference: f.reference ?? '',
      portal: portalOfUrl(r.url),
      url: r.url,
      status: statusLabel(r.status),
      status_history: r.history.map((h) => `${h.at.slice(0, 10)} ${statusLabel(h.status)}`).join(' | '),
      deadline: f.deadline ?? '',
      salary_scale: f.salary?.scale ?? '',
      salary_min: f.salary?.min?.toString() ?? '',
      salary_max: f.salary?.max?.toString() ?? '',
      salary_currency: f.salary?.currency ?? '',
      salary_period: f.salary?.period ?? '',
      contacts: f.contacts
        .map((c) => [c.name, c.role, c.phone, c.email].filter(Boolean).join(', '))
        .join(' | '),
      notes: r.notes,
    };
    return CSV_COLUMNS.map((c) => csvCell(cells[c], separator)).join(separator);
  };
  return {
    add(records) {
      for (const r of records) {
        const applied = appliedDate(r);
        const day = applied ?? r.trackedAt.slice(0, 10);
        if (matchesFilter(r, filter, day)) rows.push({ day, trackedAt: r.trackedAt, line: row(r, applied) });
      }
    },
    text() {
      rows.sort((a, b) => compareLogOrder(a.day, a.trackedAt, b.day, b.trackedAt));
      const lines = [CSV_COLUMNS.map((c) => csvCell(heading(c), separator)).join(separator)];
      for (const { line } of rows) lines.push(line);
      return '\uFEFF' + lines.join('\r\n') + '\r\n';
    },
  };
}

// A lower-case host of plain labels, the last starting with a letter (not a number, which the URL
// parser would read as an IPv4 address), is the hostname new URL() gives; anything else (case,
// port, user, percent signs, punycode) is left to it. new URL() for each row was a third of the
// CSV's time for 10,000 rows.
const PLAIN_HOST = /^https?:\/\/(?:www\.)?((?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*)(?=[/?#]|$)/;

/** portalOf(url), read without a URL parser when the address is a plain one. */
export function portalOfUrl(url: string): string {
  const plain = PLAIN_HOST.exec(url);
  return plain && !plain[1]!.includes('xn--') ? plain[1]! : portalOf(url);
}

// A leading =, +, -, @, tab or carriage return makes Excel and Calc run the cell as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string, separator: CsvSeparator): string {
  let text = value;
  if (FORMULA_START.test(text) && !/^[+-]?\d+([.,]\d+)?$/.test(text)) text = `'${text}`;
  if (text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim()) {
    return `"${text.replace(/"/g, '""')}"`;
  }
  return text;
}
