/**
 * bench/first-contact.md: every blind batch's score when the extractor first met it, and again
 * after the fixes it led to. `npm run bench:first-contact` writes it; `npm run bench:accuracy`
 * prints its table.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIRST_CONTACT_LOG = join(import.meta.dirname, '../bench/first-contact.md');
const TABLE_END = '<!-- rows above -->';

const HEADER = `# First contact: blind batches, scored before any rule saw them

Each batch is written by someone who has not read the extractor (tests/fixtures/WRITING.md), then
scored once by the extractor as it stands: that first-contact figure is the honest one. Only then are
rules changed, each with a negative look-alike beside it, and the batch joins the corpus; the second
row of a batch is its score after those changes. Checks are page-field checks (one per field of each
vacancy, salary and contract part by part); detection errors are vacancies missed and negatives taken
for vacancies; "worst field" is the field with the largest share of wrong values.

| batch | when | date | pages (vacancies / negatives) | right | wrong | missing | % right | detection errors | worst field (wrong) |
|---|---|---|---|---|---|---|---|---|---|
${TABLE_END}
`;

export interface FirstContactRow {
  batch: string;
  when: 'first contact' | 'after fixes';
  date: string;
  vacancies: number;
  negatives: number;
  right: number;
  wrong: number;
  missing: number;
  detectionErrors: string[];
  worstField: string;
}

function rowText(r: FirstContactRow): string {
  const total = r.right + r.wrong + r.missing;
  const pct = total ? ((r.right / total) * 100).toFixed(1) : '100.0';
  const det = r.detectionErrors.length ? `${r.detectionErrors.length} (${r.detectionErrors.join(', ')})` : '0';
  return `| ${r.batch} | ${r.when} | ${r.date} | ${r.vacancies + r.negatives} (${r.vacancies} / ${r.negatives}) | ${r.right} | ${r.wrong} | ${r.missing} | ${pct}% | ${det} | ${r.worstField} |`;
}

const batchNumber = (line: string) => Number(/^\| batch-(\d+) /.exec(line)?.[1] ?? Number.MAX_SAFE_INTEGER);

/**
 * Adds a row to the table and, when given, a section of detail below it. A batch's figure after fixes is its latest:
 * recording one replaces the one before. The table keeps every first contact in batch order, then every figure after
 * fixes.
 */
export function recordFirstContact(row: FirstContactRow, detail?: string): void {
  let text = existsSync(FIRST_CONTACT_LOG) ? readFileSync(FIRST_CONTACT_LOG, 'utf8') : HEADER;
  const lines = text.split('\n');
  const end = lines.indexOf(TABLE_END);
  const isRow = (l: string) => /^\| batch-\d+ \| (?:first contact|after fixes) \|/.test(l);
  const start = lines.findIndex(isRow);
  const from = start >= 0 && start < end ? start : end;
  const rows = lines.slice(from, end).filter((l) => !(row.when === 'after fixes' && l.startsWith(`| ${row.batch} | after fixes |`)));
  rows.push(rowText(row));
  const ordered = (when: string) => rows.filter((l) => l.includes(`| ${when} |`)).sort((a, b) => batchNumber(a) - batchNumber(b));
  lines.splice(from, end - from, ...ordered('first contact'), ...ordered('after fixes'));
  text = lines.join('\n');
  if (detail) text = `${text.trimEnd()}\n\n## ${row.batch}, ${row.when} (${row.date})\n\n${detail.trim()}\n`;
  writeFileSync(FIRST_CONTACT_LOG, text);
}

/** The table of bench/first-contact.md, for the accuracy report. */
export function firstContactSummary(): string {
  if (!existsSync(FIRST_CONTACT_LOG)) return 'First contact: no blind batch scored yet (bench/first-contact.md).';
  const lines = readFileSync(FIRST_CONTACT_LOG, 'utf8').split('\n');
  const rows = lines.filter((l) => l.startsWith('| ') && !l.startsWith('| batch'));
  return ['First contact (bench/first-contact.md): blind batches before and after fixes', '| batch | when | date | pages | right | wrong | missing | % right | detection errors | worst field |', ...rows].join('\n');
}
