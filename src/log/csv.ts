import type { TrackedVacancy } from '../model/tracked';

export type CsvSeparator = ',' | ';';

/** The separator a spreadsheet in this locale expects: comma-decimal locales use semicolons. */
export function separatorFor(locale: string): CsvSeparator {
  return /^en\b/i.test(locale) ? ',' : ';';
}

const COLUMNS = [
  'tracked',
  'applied',
  'organisation',
  'title',
  'reference',
  'url',
  'status',
  'deadline',
  'salary_scale',
  'salary_min',
  'salary_max',
  'salary_currency',
  'salary_period',
  'contacts',
  'notes',
] as const;

/**
 * The application log as a spreadsheet: UTF-8 with a byte-order mark so Excel reads accents,
 * RFC 4180 quoting, and cells that a spreadsheet would evaluate as a formula neutralised.
 */
export function toCsv(records: readonly TrackedVacancy[], separator: CsvSeparator): string {
  const lines = [COLUMNS.join(separator)];
  for (const r of records) {
    const f = r.facts;
    const applied = r.history.find((h) => h.status === 'applied')?.at.slice(0, 10) ?? '';
    const cells: Record<(typeof COLUMNS)[number], string> = {
      tracked: r.trackedAt.slice(0, 10),
      applied,
      organisation: f.organisation ?? '',
      title: f.title ?? '',
      reference: f.reference ?? '',
      url: r.url,
      status: r.status,
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
    lines.push(COLUMNS.map((c) => csvCell(cells[c], separator)).join(separator));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
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
