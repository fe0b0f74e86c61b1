import { contractTerms, grossLabel, PERIOD_LABELS } from '../i18n/fact-labels';
import type { MessageKey, Translate } from '../i18n/messages';
import { formatPhone } from '../i18n/phone';
import type { VacancyFacts } from '../model/facts';
import type { CsvSeparator, LogFilter } from '../model/log-files';
import { effectiveFacts, portalHostOf, type TrackedVacancy } from '../model/tracked';
import { indicativeInEffect } from '../model/indicative';
import { STATUS_LABELS } from '../i18n/status-labels';
import { VIA_LABELS } from '../i18n/via-labels';
import { appliedDate, compareLogOrder, matchesFilter } from './rows';

// In a module of its own so the pages that choose a separator need not load this one (and zod).
export { separatorFor } from './separator';

/**
 * What a cell holds, written by the file so that a spreadsheet reads it as that kind: an amount
 * as a number in the separator's locale, a day as a date, anything else as text.
 */
export type CsvValue = string | { number: number } | { date: string } | null;

/** What a column reads from: one record, its facts with the user's corrections, and the labels. */
export interface CsvRowContext {
  record: TrackedVacancy;
  facts: VacancyFacts;
  /** The day the person applied (YYYY-MM-DD), or null. */
  applied: string | null;
  /** A message in the user's language; each asked of i18n once per file. */
  t: Translate;
}

/** One column of the spreadsheet: its heading is the message `logCol_<id>`. */
export interface CsvColumn {
  id: string;
  value(row: CsvRowContext): CsvValue;
}

const number = (n: number | null | undefined): CsvValue => (n === null || n === undefined ? null : { number: n });

/**
 * A deadline as a spreadsheet reads a date: the day, or the day and time the page gave ("2026-02-01
 * 12:00", the time as the page wrote it; the offset would turn the cell into text).
 */
function deadlineValue(deadline: string | null): CsvValue {
  if (!deadline) return null;
  const time = /T(\d{2}:\d{2})/.exec(deadline);
  return { date: time ? `${deadline.slice(0, 10)} ${time[1]}` : deadline.slice(0, 10) };
}

/**
 * The spreadsheet's columns, in order. A column is added by adding an entry here and its heading
 * (`logCol_<id>`) to the four message files.
 */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  { id: 'tracked', value: ({ record }) => ({ date: record.trackedAt.slice(0, 10) }) },
  { id: 'applied', value: ({ applied }) => (applied ? { date: applied } : null) },
  { id: 'applied_via', value: ({ record, t }) => (record.applied?.via ? t(VIA_LABELS[record.applied.via]) : null) },
  { id: 'organisation', value: ({ facts }) => facts.organisation },
  { id: 'title', value: ({ facts }) => facts.title },
  { id: 'reference', value: ({ facts }) => facts.reference },
  { id: 'portal', value: ({ record }) => portalHostWithoutParser(record.url) },
  { id: 'url', value: ({ record }) => record.url },
  { id: 'status', value: ({ record, t }) => t(STATUS_LABELS[record.status]) },
  { id: 'deadline', value: ({ facts }) => deadlineValue(facts.deadline) },
  { id: 'salary_scale', value: ({ facts }) => facts.salary?.scale ?? null },
  { id: 'salary_min', value: ({ facts }) => number(facts.salary?.min) },
  { id: 'salary_max', value: ({ facts }) => number(facts.salary?.max) },
  { id: 'salary_currency', value: ({ facts }) => facts.salary?.currency ?? null },
  { id: 'salary_period', value: ({ facts, t }) => (facts.salary?.period ? t(PERIOD_LABELS[facts.salary.period]) : null) },
  {
    id: 'salary_gross',
    value: ({ facts, t }) => (facts.salary && facts.salary.gross !== null ? grossLabel(facts.salary.gross, t) : null),
  },
  { id: 'contract', value: ({ facts, t }) => (facts.contract ? contractTerms(facts.contract, t).join(', ') : null) },
  {
    id: 'status_history',
    value: ({ record, t }) => record.history.map((h) => `${h.at.slice(0, 10)} ${t(STATUS_LABELS[h.status])}`).join(' | '),
  },
  {
    id: 'contacts',
    value: ({ facts }) =>
      facts.contacts.map((c) => [c.name, c.role, c.phone && formatPhone(c.phone), c.email].filter(Boolean).join(', ')).join(' | '),
  },
  { id: 'notes', value: ({ record }) => record.notes },
  // What the scale pays by a pay table, looked up when the vacancy was saved: columns of their own,
  // never mixed with the page's salary, with the table edition and source they came from. Last, so
  // the columns a person's spreadsheet already reads keep their places.
  { id: 'indicative_min', value: ({ record, facts }) => number(indicativeInEffect(record, facts)?.min) },
  { id: 'indicative_max', value: ({ record, facts }) => number(indicativeInEffect(record, facts)?.max) },
  { id: 'indicative_currency', value: ({ record, facts }) => indicativeInEffect(record, facts)?.currency ?? null },
  {
    id: 'indicative_period',
    value: ({ record, facts, t }) => {
      const found = indicativeInEffect(record, facts);
      return found ? t(PERIOD_LABELS[found.period]) : null;
    },
  },
  { id: 'indicative_table', value: ({ record, facts }) => indicativeInEffect(record, facts)?.name ?? null },
  {
    id: 'indicative_edition',
    value: ({ record, facts }) => {
      const found = indicativeInEffect(record, facts);
      return found ? { date: found.edition } : null;
    },
  },
  { id: 'indicative_source', value: ({ record, facts }) => indicativeInEffect(record, facts)?.source.url ?? null },
];

export interface CsvOptions {
  separator: CsvSeparator;
  filter?: LogFilter;
  /** Headings, statuses, how applied, period, gross or net and contract terms in the user's language. */
  t: Translate;
  /** The columns, in order; CSV_COLUMNS when absent. */
  columns?: readonly CsvColumn[];
}

/** A CSV built from records handed over in batches, as they are read; the rows in the filter, in its order. */
export interface CsvBuilder {
  add(records: readonly TrackedVacancy[]): void;
  text(): string;
}

/**
 * The application log as a spreadsheet, one row per tracked vacancy in the filter: UTF-8 with a
 * byte-order mark so Excel reads accents, RFC 4180 quoting, amounts and dates that a spreadsheet
 * reads as numbers and dates, and cells that it would evaluate as a formula neutralised.
 */
export function toCsv(records: readonly TrackedVacancy[], options: CsvOptions): string {
  const csv = csvBuilder(options);
  csv.add(records);
  return csv.text();
}

/** Each message asked of i18n once per file, not once per row and history entry. */
function remembered(t: Translate): Translate {
  const known = new Map<string, string>();
  return (key, substitutions) => {
    const id = substitutions === undefined ? key : `${key}\u0000${String(substitutions)}`;
    let text = known.get(id);
    if (text === undefined) known.set(id, (text = t(key, substitutions)));
    return text;
  };
}

/**
 * toCsv, fed in batches: each record becomes its row as soon as its batch arrives, so the log page
 * writes rows while the database still reads the next batch, and a record need not be kept once
 * written. The rows come out in selectRecords' order (the same stable sort on the same keys, over
 * the records in the order they were added).
 */
export function csvBuilder({ separator, filter = {}, t: translate, columns = CSV_COLUMNS }: CsvOptions): CsvBuilder {
  const t = remembered(translate);
  const write = (value: CsvValue) => csvCell(cellText(value, separator), separator);
  const rows: { day: string; trackedAt: string; line: string }[] = [];
  const row = (record: TrackedVacancy, applied: string | null): string => {
    // The user's corrections win over what was read from the page.
    const context: CsvRowContext = { record, facts: effectiveFacts(record), applied, t };
    return columns.map((column) => write(column.value(context))).join(separator);
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
      const lines = [columns.map((c) => csvCell(t(`logCol_${c.id}` as MessageKey), separator)).join(separator)];
      for (const { line } of rows) lines.push(line);
      return '\uFEFF' + lines.join('\r\n') + '\r\n';
    },
  };
}

/**
 * A cell's text. Amounts are plain digits with the decimal mark of the spreadsheets that use this
 * separator (a semicolon goes with a decimal comma: Dutch, French, German; a comma with a decimal
 * point: English), and no grouping, which a spreadsheet would read as text in the other locales.
 * Dates are ISO days (2026-02-01), which Calc and Excel read as dates in every locale.
 */
export function cellText(value: CsvValue, separator: CsvSeparator): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if ('date' in value) return value.date;
  const written = String(value.number);
  return separator === ';' ? written.replace('.', ',') : written;
}

// A lower-case host of plain labels, the last starting with a letter (not a number, which the URL
// parser would read as an IPv4 address), is the hostname new URL() gives; anything else (case,
// port, user, percent signs, punycode) is left to it. new URL() for each row was a third of the
// CSV's time for 10,000 rows.
const PLAIN_HOST = /^https?:\/\/(?:www\.)?((?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*)(?=[/?#]|$)/;

/** portalHostOf(url), read without a URL parser when the address is a plain one. */
export function portalHostWithoutParser(url: string): string {
  const plain = PLAIN_HOST.exec(url);
  return plain && !plain[1]!.includes('xn--') ? plain[1]! : portalHostOf(url);
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

/**
 * A spreadsheet from headings and rows already chosen (the proof of search per preset): the same
 * file as the log's CSV (byte-order mark, CRLF, cells a spreadsheet reads as dates and numbers,
 * formulas neutralised).
 */
export function csvTable(headings: readonly string[], rows: readonly (readonly CsvValue[])[], separator: CsvSeparator): string {
  const line = (cells: readonly string[]) => cells.map((cell) => csvCell(cell, separator)).join(separator);
  const lines = [line(headings), ...rows.map((row) => line(row.map((value) => cellText(value, separator))))];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
