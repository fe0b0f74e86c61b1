/**
 * The CSV opened by a real spreadsheet: LibreOffice Calc, headless, converts it to a flat ODS
 * file whose cells we read back. Needs `soffice` (Debian: libreoffice-calc-nogui); fails, never
 * skips, when it is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv, type CsvSeparator } from '../../../src/log/csv';
import { generateLog } from './generate';

const dir = mkdtempSync(join(tmpdir(), 'vacalens-calc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function requireSoffice(): string {
  const found = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) {
    throw new Error(
      'This test opens the CSV in LibreOffice Calc and needs `soffice`, which was not found. ' +
        'Install it: apt-get install -y --no-install-recommends libreoffice-calc-nogui',
    );
  }
  return 'soffice';
}

/** Opens the CSV in Calc the way its import dialog would (separator, double quote, UTF-8) and returns its cells. */
function openInCalc(name: string, csv: string, separator: CsvSeparator): string[][] {
  const soffice = requireSoffice();
  const file = join(dir, `${name}.csv`);
  writeFileSync(file, csv, 'utf8');
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      // Field separator, text delimiter (") and character set (76 = UTF-8), first line 1.
      `--infilter=CSV:${separator.charCodeAt(0)},34,76,1`,
      '--convert-to',
      'fods',
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'pipe', timeout: 60_000 },
  );
  return readCells(readFileSync(join(dir, `${name}.fods`), 'utf8'));
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => entities[e]!);

/** The cells of the first sheet of a flat ODS file; a formula cell reads as "FORMULA:<formula>". */
function readCells(fods: string): string[][] {
  const rows: string[][] = [];
  for (const [, row] of fods.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)) {
    const cells: string[] = [];
    for (const [, attrs, body] of row!.matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)) {
      const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attrs!)?.[1] ?? 1);
      const formula = /table:formula="([^"]*)"/.exec(attrs!);
      const text = [...(body ?? '').matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)]
        .map(([, p]) => unescapeXml(p!.replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n?: string) => ' '.repeat(Number(n ?? 1))).replace(/<[^>]+>/g, '')))
        .join('\n');
      for (let i = 0; i < Math.min(repeat, 100); i++) cells.push(formula ? `FORMULA:${unescapeXml(formula[1]!)}` : text);
    }
    while (cells.length && cells.at(-1) === '') cells.pop();
    rows.push(cells);
  }
  return rows;
}

describe('the CSV in LibreOffice Calc', () => {
  const log = generateLog(60, 11);
  const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

  it('checks what it claims: Calc does run an unprotected formula', () => {
    const rows = openInCalc('control', 'a;b\r\n=1+1;x\r\n', ';');
    expect(rows[1]![0]).toBe('FORMULA:of:=1+1');
  });

  it.each([[';'], [',']] as const)(
    'separator %j: one row per vacancy, accents, quotes, separators and newlines intact, no formula run',
    (separator) => {
      const csv = toCsv(log, separator);
      const rows = openInCalc(`log-${separator === ';' ? 'semicolon' : 'comma'}`, csv, separator);
      expect(rows[0]).toEqual([...CSV_COLUMNS]);
      expect(rows).toHaveLength(log.length + 1);
      const byUrl = new Map(log.map((r) => [r.url, r]));
      for (const row of rows.slice(1)) {
        const record = byUrl.get(row[col('url')]!)!;
        expect(record, `row for ${row[col('url')]}`).toBeDefined();
        expect(row.some((cell) => cell.startsWith('FORMULA:')), row.join(' | ')).toBe(false);
        const title = record.corrections.title ?? record.facts.title ?? '';
        // A neutralised formula keeps its text, after the quote that stops it.
        const shown = /^[=+\-@\t\r]/.test(title) && !/^[+-]?\d+([.,]\d+)?$/.test(title) ? `'${title}` : title;
        expect(row[col('title')]).toBe(shown.replace(/\r\n?/g, '\n'));
        expect(row[col('organisation')]).toBe(record.facts.organisation);
        const notes = /^[=+\-@\t\r]/.test(record.notes) ? `'${record.notes}` : record.notes;
        expect(row[col('notes')] ?? '').toBe(notes.replace(/\r\n?/g, '\n'));
      }
      const texts = rows.flat().join('\n');
      for (const expected of ['Chargé de mission « coopération » (h/f)', 'Straßenverkehrsbehörde', 'Ærøskøbing kommune — ½ time', 'Beleidsmedewerker; team "Omgeving", niveau A1a', 'Line one\nline two\nline three']) {
        expect(texts).toContain(expected);
      }
    },
    120_000,
  );
});
