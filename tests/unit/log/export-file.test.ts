import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { VacalensDb } from '../../../src/db/database';
import { listAll, listSummaries, putSettings, putVacancies } from '../../../src/db/vacancies';
import { portalHostWithoutParser, toCsv } from '../../../src/log/csv';
import { buildExport } from '../../../src/platform/export-in-page';
import { parseBackup, sameJson, utf8Length } from '../../../src/log/import';
import { applyImport } from '../../../src/messaging/log-handlers';
import { MAX_IMPORT_BYTES } from '../../../src/log/import-limit';
import { selectRecords } from '../../../src/log/rows';
import type { LogFilter } from '../../../src/model/log-files';
import { portalHostOf, type TrackedVacancy } from '../../../src/model/tracked';
import { FIXED_NOW, translatorFor } from '../helpers';
import { generateLog } from './generate';

const byId = (a: TrackedVacancy, b: TrackedVacancy) => a.id.localeCompare(b.id);
const nl = translatorFor('nl');
const SETTINGS = { reminders: false, deadlineReminderDays: 5, reportName: '' };

let db: VacalensDb;
let others: VacalensDb[] = [];
const log = generateLog(60);
beforeEach(async () => {
  db = new VacalensDb(`test-${Math.random()}`);
  await putVacancies(db, log);
  await putSettings(db, SETTINGS);
});
afterEach(async () => {
  await Promise.all([db, ...others].map((d) => d.delete()));
  others = [];
});

describe('buildExport (in the page that asks)', () => {
  it('writes a CSV with Dutch headings and statuses, one row per record in the filter', async () => {
    const file = await buildExport(db, { format: 'csv', filter: { statuses: ['applied'] }, separator: ';' }, FIXED_NOW, nl);
    expect(file).toMatchObject({ filename: 'vacalens-sollicitaties-2026-01-20.csv', mimeType: 'text/csv;charset=utf-8' });
    expect(file.text.startsWith('\uFEFFGevolgd op;Gesolliciteerd op;Hoe gesolliciteerd;Werkgever;Functie;')).toBe(true);
    const applied = log.filter((r) => r.status === 'applied');
    expect(applied.length).toBeGreaterThan(0);
    // Each record's address is in its row (the addresses are unique), the status in Dutch after it.
    for (const r of log) expect(file.text.includes(`;${r.url};`), r.id).toBe(r.status === 'applied');
    expect(file.text.split(';gesolliciteerd;').length - 1).toBe(applied.length);
  });

  it('writes a calendar of the records in the filter', async () => {
    const file = await buildExport(db, { format: 'ics', filter: { from: '2025-06-01' }, separator: ';' }, FIXED_NOW, nl);
    expect(file).toMatchObject({ filename: 'vacalens-agenda-2026-01-20.ics', mimeType: 'text/calendar;charset=utf-8' });
    const inPeriod = selectRecords(log, { from: '2025-06-01' });
    const outside = log.find((r) => !inPeriod.includes(r))!;
    expect(file.text).toContain(`UID:${inPeriod[0]!.id}-`);
    expect(file.text).not.toContain(`UID:${outside.id}-`);
  });

  it('backs up the whole log whatever the filter, and the backup restores to the same log', async () => {
    const file = await buildExport(db, { format: 'json', filter: { statuses: ['hired'] }, separator: ';' }, FIXED_NOW, nl);
    expect(file).toMatchObject({ filename: 'vacalens-backup-2026-01-20.json', mimeType: 'application/json' });
    const parsed = parseBackup(file.text, FIXED_NOW);
    if (!parsed.ok) throw new Error(parsed.error.details.join('; '));
    expect(parsed.backup.settings).toEqual(SETTINGS);

    const target = new VacalensDb(`test-${Math.random()}`);
    others.push(target);
    const { outcome, written } = await applyImport(target, parsed.backup, { conflicts: 'keep', except: [] });
    expect(outcome).toEqual({ added: 60, replaced: 0, skipped: 0, settings: true });
    expect(written.map((s) => s.id).sort()).toEqual(log.map((r) => r.id).sort());
    expect((await listAll(target)).sort(byId)).toEqual([...log].sort(byId));
    expect(await listSummaries(target)).toEqual(await listSummaries(db));
  });
});

describe('buildExport of a log read in several batches', () => {
  // More records than one read takes (1,250), the last batch a partial one.
  const big = generateLog(2_700, 7);
  let bigDb: VacalensDb;
  // Written once for the file's tests, which only read it (each test wrote it anew before, 2,700
  // records a time). Measured: the write up to 3 s, each test up to 4.7 s, on a loaded 2-core machine.
  beforeAll(async () => {
    bigDb = new VacalensDb(`test-${Math.random()}`);
    await putVacancies(bigDb, big);
  }, 60_000);
  afterAll(() => bigDb.delete());
  const BUDGET = 30_000;

  it.each<[string, LogFilter, boolean]>([
    ['everything', {}, true],
    ['one status', { statuses: ['applied'] }, true],
    ['a period', { from: '2025-03-01', to: '2025-08-31' }, true],
    ['a period nothing is in', { from: '2031-01-01' }, false],
  ])('writes the same CSV as toCsv over every record (%s)', async (_name, filter, rows) => {
    expect(selectRecords(big, filter).length > 0).toBe(rows);
    const file = await buildExport(bigDb, { format: 'csv', filter, separator: ';' }, FIXED_NOW, nl);
    expect(file.text).toBe(toCsv(await listAll(bigDb), { separator: ';', filter, t: nl }));
    if (!rows) expect(file.text.split('\r\n')).toHaveLength(2);
  }, BUDGET);

  it('backs up every record as the log holds it, and nothing the database keeps only to look records up', async () => {
    const file = await buildExport(bigDb, { format: 'json', filter: { statuses: ['hired'] }, separator: ';' }, FIXED_NOW, nl);
    const vacancies = (JSON.parse(file.text) as { vacancies: TrackedVacancy[] }).vacancies;
    expect(vacancies).toHaveLength(big.length);
    expect(vacancies.some((v) => 'matchKeys' in v)).toBe(false);
    expect([...vacancies].sort(byId)).toEqual([...big].sort(byId));
  }, BUDGET);
});

describe('portalHostWithoutParser', () => {
  it.each([
    'https://www.werkenbijdeoverheid.be/vacature/1/v.html',
    'http://jobs.stad.gent',
    'https://www.civilservicejobs.service.gov.uk/csr/index.cgi?SID=abc#x',
    'https://www.be/',
    'https://wwwx.be/a',
    'https://sub-1.example-2.nl/a?b=c',
  ])('reads %s as new URL() does', (url) => {
    expect(portalHostWithoutParser(url)).toBe(portalHostOf(url));
  });

  // Addresses the plain reading leaves to the URL parser, which gives its own answer.
  it.each([
    ['https://WWW.Interamt.DE/x', 'interamt.de'],
    ['https://user@www.example.be/x', 'example.be'],
    ['https://www.example.be:8443/x', 'example.be'],
    ['http://0x7f.1/x', '127.0.0.1'],
    ['http://192.168.0.1/x', '192.168.0.1'],
    ['https://bücher.example/x', 'xn--bcher-kva.example'],
    ['https://xn--bcher-kva.example/x', 'xn--bcher-kva.example'],
    ['https://ex%41mple.be/x', 'example.be'],
    ['not an address', ''],
  ])('%s → %s', (url, portal) => {
    expect(portalHostWithoutParser(url)).toBe(portal);
    expect(portalHostWithoutParser(url)).toBe(portalHostOf(url));
  });
});

describe('utf8Length', () => {
  // Long enough that the length alone leaves the limit in doubt, so the bytes are counted.
  const pad = 'a'.repeat(Math.ceil(MAX_IMPORT_BYTES / 3) + 1);
  it.each([
    ['ASCII', ''],
    ['accents (2 bytes)', 'é ü ñ Ø'],
    ['CJK and the euro sign (3 bytes)', '中文 €'],
    ['emoji, a surrogate pair (4 bytes)', '😀 🇧🇪'],
    ['a lone high surrogate (U+FFFD, 3 bytes)', '\ud800x'],
    ['a lone low surrogate at the end', 'x\udc00'],
  ])('counts %s as TextEncoder does', (_name, tail) => {
    const text = pad + tail;
    expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });
});

describe('sameJson', () => {
  it.each([
    ['keys in another order', { a: 1, b: { c: [1, { d: 'x' }] } }, { b: { c: [1, { d: 'x' }] }, a: 1 }],
    ['a key holding undefined, as absent', { a: 1, b: undefined }, { a: 1 }],
    ['null and null', { a: null }, { a: null }],
  ])('is true for %s', (_name, a, b) => {
    expect(sameJson(a, b)).toBe(true);
    expect(sameJson(b, a)).toBe(true);
  });

  it.each([
    ['another value', { a: 1 }, { a: 2 }],
    ['a key more', { a: 1 }, { a: 1, b: 2 }],
    ['another key of the same count', { a: 1 }, { b: 1 }],
    ['null and an object', { a: null }, { a: {} }],
    ['an array and an object', { a: [] }, { a: {} }],
    ['arrays in another order', { a: [1, 2] }, { a: [2, 1] }],
    ['a shorter array', { a: [1, 2] }, { a: [1] }],
    ['a string and a number', { a: '1' }, { a: 1 }],
    ['a key holding undefined and one holding null', { a: undefined }, { a: null }],
  ])('is false for %s', (_name, a, b) => {
    expect(sameJson(a, b)).toBe(false);
    expect(sameJson(b, a)).toBe(false);
  });

  it('agrees with the records it compares: a stored record equals itself read back, not an edited copy', async () => {
    const [stored] = await listAll(db);
    const original = log.find((r) => r.id === stored!.id)!;
    expect(sameJson(stored, original)).toBe(true);
    expect(sameJson(stored, { ...original, notes: `${original.notes}!` })).toBe(false);
  });
});
