/**
 * The CSV opened by a real spreadsheet: LibreOffice Calc, headless, converts it to a flat ODS
 * file whose cells (and their types: number, date, text) we read back. Calc runs in the locale of
 * the person who opens the file (nl-BE, de-DE, en-GB), which decides what it reads as a number.
 * Needs `soffice` (Debian: libreoffice-calc-nogui); fails, never skips, when it is missing.
 *
 * Calc starts once per locale and converts every file of that locale in the same run, in
 * beforeAll; the tests only read its output. Starting Calc is the slow part (measured 1.4 s on a
 * quiet machine, up to 7 s per start on a loaded one), so starting it per test put each test over
 * vitest's 5 s default.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from '../../../src/log/csv';
import type { CsvSeparator } from '../../../src/model/log-files';
import { effectiveFacts, type TrackedVacancy } from '../../../src/model/tracked';
import { STATUS_LABELS } from '../../../src/i18n/status-labels';
import { seedFacts, translatorFor } from '../helpers';
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

/** A cell as Calc read it: its type, its value (a number's, a date's) and the text it shows. */
interface Cell {
  type: 'string' | 'float' | 'date' | 'time' | 'percentage' | 'currency' | 'boolean' | 'formula' | 'empty';
  value: string;
  text: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => entities[e]!);

/** The cells of the first sheet of a flat ODS file. */
function readCells(fods: string): Cell[][] {
  const rows: Cell[][] = [];
  for (const [, row] of fods.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)) {
    const cells: Cell[] = [];
    for (const [, attrs, body] of row!.matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)) {
      const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attrs!)?.[1] ?? 1);
      const formula = /table:formula="([^"]*)"/.exec(attrs!);
      const type = /office:value-type="([a-z]+)"/.exec(attrs!)?.[1] as Cell['type'] | undefined;
      const value = /office:(?:date-)?value="([^"]*)"/.exec(attrs!)?.[1] ?? '';
      const text = [...(body ?? '').matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)]
        .map(([, p]) => unescapeXml(p!.replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n?: string) => ' '.repeat(Number(n ?? 1))).replace(/<[^>]+>/g, '')))
        .join('\n');
      const cell: Cell = formula ? { type: 'formula', value: unescapeXml(formula[1]!), text } : { type: type ?? 'empty', value, text };
      for (let i = 0; i < Math.min(repeat, 100); i++) cells.push(cell);
    }
    while (cells.length && cells.at(-1)!.type === 'empty') cells.pop();
    rows.push(cells);
  }
  return rows;
}

/** The locales Calc is run in, each with the separator Vacalens offers first there and its labels. */
const LOCALES = [
  { locale: 'nl-BE', lang: 'nl', separator: ';' },
  { locale: 'de-DE', lang: 'de', separator: ';' },
  { locale: 'en-GB', lang: 'en', separator: ',' },
] as const satisfies readonly { locale: string; lang: 'nl' | 'de' | 'en'; separator: CsvSeparator }[];
type Locale = (typeof LOCALES)[number]['locale'];

const run = promisify(execFile);

/**
 * Opens each CSV in Calc the way its import dialog would (separator, double quote, UTF-8), Calc
 * running in `locale`, all files in one start of Calc; returns each file's cells by name.
 */
async function openInCalc(locale: Locale, separator: CsvSeparator, files: Record<string, string>): Promise<Record<string, Cell[][]>> {
  const soffice = requireSoffice();
  const folder = join(dir, locale);
  mkdirSync(folder, { recursive: true });
  const paths = Object.entries(files).map(([name, csv]) => {
    const path = join(folder, `${name}.csv`);
    writeFileSync(path, csv, 'utf8');
    return path;
  });
  await run(
    soffice,
    [
      // A profile of its own: a Calc the user has open does not take the conversion over.
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      // Field separator, text delimiter (") and character set (76 = UTF-8), first line 1.
      `--infilter=CSV:${separator.charCodeAt(0)},34,76,1`,
      '--convert-to',
      'fods',
      '--outdir',
      folder,
      ...paths,
    ],
    // Calc takes its locale from the environment, as it does on the user's desktop.
    { env: { ...process.env, LC_ALL: `${locale.replace('-', '_')}.UTF-8`, LANGUAGE: '' }, timeout: 120_000 },
  );
  return Object.fromEntries(Object.keys(files).map((name) => [name, readCells(readFileSync(join(folder, `${name}.fods`), 'utf8'))]));
}

/** The vacancy of the issue: a Brussels phone number, an amount with cents, a deadline with a time. */
function belgianRecord(): TrackedVacancy {
  const url = 'https://www.werkenvoor.be/nl/vacatures/BRU-2026-017';
  const facts = seedFacts();
  return {
    id: 'bru',
    url,
    sourceUrls: [url],
    facts: {
      ...facts,
      url,
      title: 'Jurist – Brussel',
      salary: { scale: 'A1', min: 4640.05, max: 6950, currency: 'EUR', period: 'month', gross: true },
      deadline: '2026-02-01T12:00:00+01:00',
      contacts: [{ name: 'An Peeters', role: null, phone: '+3225764187', email: null }],
    },
    corrections: {},
    snapshot: { text: 'Jurist', url, capturedAt: '2026-01-20T09:30:00.000Z' },
    status: 'applied',
    history: [
      { status: 'interested', at: '2026-01-20T09:30:00.000Z', recordedAt: '2026-01-20T09:30:00.000Z', by: 'user' },
      { status: 'applied', at: '2026-01-22', recordedAt: '2026-01-22T14:00:00.000Z', by: 'user' },
    ],
    applied: { date: '2026-01-22', via: 'portal' },
    notes: '',
    trackedAt: '2026-01-20T09:30:00.000Z',
    updatedAt: '2026-01-22T14:00:00.000Z',
  };
}

const log = generateLog(60, 11);
const col = (id: string) => CSV_COLUMNS.findIndex((c) => c.id === id);
const opened = new Map<Locale, Record<string, Cell[][]>>();

// Measured (three starts of Calc, seven files): 9 s on a machine shared with other work, 20 s beside
// a build loop and a second test run at once; the budget is nine times that.
beforeAll(async () => {
  const started = performance.now();
  for (const { locale, lang, separator } of LOCALES) {
    const t = translatorFor(lang);
    const files: Record<string, string> = {
      log: toCsv(log, { separator, t }),
      belgian: toCsv([belgianRecord()], { separator, t }),
    };
    // The control: Calc does run a formula that is not neutralised (one locale is enough).
    if (locale === 'nl-BE') files['control'] = 'a;b\r\n=1+1;x\r\n';
    opened.set(locale, await openInCalc(locale, separator, files));
  }
  // Printed, not asserted: the figure the budget below is checked against.
  console.info(`Calc: ${LOCALES.length} starts, ${[...opened.values()].flatMap(Object.keys).length} files, ${Math.round(performance.now() - started)} ms`);
}, 180_000);

describe('the CSV in LibreOffice Calc', () => {
  it('checks what it claims: Calc does run an unprotected formula', () => {
    const rows = opened.get('nl-BE')!['control']!;
    expect(rows[1]![0]).toMatchObject({ type: 'formula', value: 'of:=1+1' });
  });

  describe.each(LOCALES)('in $locale, separator $separator', ({ locale, lang }) => {
    const t = translatorFor(lang);
    const cells = (name: string) => opened.get(locale)![name]!;

    it('reads amounts as numbers and days as dates, with their values', () => {
      const [header, row] = cells('belgian') as [Cell[], Cell[]];
      expect(header.map((c) => c.text)).toEqual(CSV_COLUMNS.map((c) => t(`logCol_${c.id}` as never)));
      expect(row[col('salary_min')]).toMatchObject({ type: 'float', value: '4640.05' });
      expect(row[col('salary_max')]).toMatchObject({ type: 'float', value: '6950' });
      expect(row[col('tracked')]).toMatchObject({ type: 'date', value: '2026-01-20' });
      expect(row[col('applied')]).toMatchObject({ type: 'date', value: '2026-01-22' });
      expect(row[col('deadline')]).toMatchObject({ type: 'date', value: '2026-02-01T12:00:00' });
    });

    it('shows statuses, how applied, period, gross or net and the contract in the language, and the phone as people write it', () => {
      const row = cells('belgian')[1]!;
      expect(row[col('status')]!.text).toBe(t('statusApplied'));
      expect(row[col('applied_via')]!.text).toBe(t('logViaPortal'));
      expect(row[col('salary_period')]!.text).toBe(t('periodMonth'));
      expect(row[col('salary_gross')]!.text).toBe(t('gross'));
      expect(row[col('contract')]!.text).toBe(
        [t('employmentContractual'), t('scheduleFullTime'), t('durationPermanent'), t('level', 'B')].join(', '),
      );
      expect(row[col('contacts')]!.text).toBe('An Peeters, +32 2 576 41 87');
    });

    it('one row per vacancy; every amount a number and every day a date; accents, quotes, separators and newlines intact; no formula run', () => {
      const rows = cells('log');
      expect(rows).toHaveLength(log.length + 1);
      const byUrl = new Map(log.map((r) => [r.url, r]));
      for (const row of rows.slice(1)) {
        const record = byUrl.get(row[col('url')]!.text)!;
        expect(record, `row for ${row[col('url')]!.text}`).toBeDefined();
        expect(row.some((cell) => cell.type === 'formula'), row.map((c) => c.text).join(' | ')).toBe(false);
        const facts = effectiveFacts(record);
        const title = facts.title ?? '';
        // A neutralised formula keeps its text, after the quote that stops it.
        const shown = /^[=+\-@\t\r]/.test(title) && !/^[+-]?\d+([.,]\d+)?$/.test(title) ? `'${title}` : title;
        expect(row[col('title')]!.text).toBe(shown.replace(/\r\n?/g, '\n'));
        expect(row[col('organisation')]!.text).toBe(record.facts.organisation);
        const notes = /^[=+\-@\t\r]/.test(record.notes) ? `'${record.notes}` : record.notes;
        expect(row[col('notes')]?.text ?? '').toBe(notes.replace(/\r\n?/g, '\n'));
        expect(row[col('status')]!.text).toBe(t(STATUS_LABELS[record.status]));
        for (const [id, amount] of [['salary_min', facts.salary?.min], ['salary_max', facts.salary?.max]] as const) {
          if (amount === null || amount === undefined) expect(row[col(id)]?.type ?? 'empty', id).toBe('empty');
          else expect(row[col(id)], `${id} of ${record.url}`).toMatchObject({ type: 'float', value: String(amount) });
        }
        expect(row[col('tracked')]).toMatchObject({ type: 'date', value: record.trackedAt.slice(0, 10) });
        if (facts.deadline) expect(row[col('deadline')]!.type, facts.deadline).toBe('date');
      }
      const texts = rows.flat().map((c) => c.text).join('\n');
      for (const expected of ['Chargé de mission « coopération » (h/f)', 'Straßenverkehrsbehörde', 'Ærøskøbing kommune — ½ time', 'Beleidsmedewerker; team "Omgeving", niveau A1a', 'Line one\nline two\nline three']) {
        expect(texts).toContain(expected);
      }
    });
  });
});
