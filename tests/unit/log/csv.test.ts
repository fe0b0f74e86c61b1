import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, cellText, csvCell, separatorFor, toCsv } from '../../../src/log/csv';
import type { TrackedVacancy } from '../../../src/model/tracked';
import type { LogFilter } from '../../../src/model/log-files';
import { seedFacts, translatorFor } from '../helpers';

const URL = 'https://www.werkenbijdeoverheid.be/vacature/68bf45f0b686c62a/Communicatiemedewerker-lokale-besturen.html';

function record(overrides: Partial<TrackedVacancy> = {}): TrackedVacancy {
  return {
    id: 'a1',
    url: URL,
    sourceUrls: [URL],
    facts: seedFacts(),
    corrections: {},
    snapshot: { text: 'Communicatiemedewerker lokale besturen', url: URL, capturedAt: '2026-01-20T09:30:00.000Z' },
    status: 'applied',
    history: [
      { status: 'interested', at: '2026-01-20T09:30:00.000Z', recordedAt: '2026-01-20T09:30:00.000Z', by: 'user' },
      { status: 'applied', at: '2026-01-22', recordedAt: '2026-01-22T14:00:00.000Z', by: 'user' },
    ],
    applied: { date: '2026-01-22', via: 'email' },
    notes: 'Brief gestuurd; "motivatie" herlezen\nvoor het gesprek',
    trackedAt: '2026-01-20T09:30:00.000Z',
    updatedAt: '2026-01-22T14:00:00.000Z',
    ...overrides,
  };
}

const nl = translatorFor('nl');
const en = translatorFor('en');
const de = translatorFor('de');
const fr = translatorFor('fr');
const cellsOf = (csv: string, separator: ';' | ',', line = 1) => csv.slice(1).split('\r\n')[line]!.split(separator);

describe('toCsv', () => {
  it('writes a BOM, a header in the language asked for and one row per vacancy with the facts a job seeker logs', () => {
    const csv = toCsv([record()], { separator: ';', t: nl });
    expect(csv.startsWith('\uFEFFGevolgd op;Gesolliciteerd op;Hoe gesolliciteerd;Werkgever;Functie;Referentie;Portaal;Adres;Status;Solliciteren tot;')).toBe(true);
    const [, row] = csv.slice(1).split('\r\n');
    expect(row).toContain('2026-01-20;2026-01-22;Per e-mail;Provincie Antwerpen;Communicatiemedewerker lokale besturen;;werkenbijdeoverheid.be;https://');
    expect(row).toContain(
      ';gesolliciteerd;2026-02-01;B1;3059,65;4129,64;EUR;per maand;bruto;contractueel, voltijds, onbepaalde duur, niveau B;2026-01-20 geïnteresseerd | 2026-01-22 gesolliciteerd;',
    );
  });

  it.each([
    ['nl', nl, 'Gevolgd op', 'per maand', 'bruto', 'contractueel, voltijds, onbepaalde duur, niveau B'],
    ['fr', fr, 'Suivie le', 'par mois', 'brut', 'contractuel, temps plein, durée indéterminée, niveau B'],
    ['de', de, 'Gemerkt am', 'pro Monat', 'brutto', 'Arbeitsvertrag, Vollzeit, unbefristet, Ebene B'],
    ['en', en, 'Tracked on', 'per month', 'gross', 'contractual, full time, permanent, level B'],
  ])('labels every coded value in %s: the period, gross or net, the contract terms', (lang, t, heading, period, gross, contract) => {
    const csv = toCsv([record()], { separator: ';', t });
    const header = cellsOf(csv, ';', 0);
    const cells = cellsOf(csv, ';');
    expect(header[0]).toBe(heading);
    expect(cells[header.indexOf(t('logCol_salary_period'))]).toBe(period);
    expect(cells[header.indexOf(t('logCol_salary_gross'))]).toBe(gross);
    expect(csv).toContain(`;${contract};`);
    // No column still holds a code: every header is a translation, no cell an English id (where they differ).
    expect(header.every((h) => h !== '' && !h.includes('_'))).toBe(true);
    if (lang !== 'en') for (const id of ['month', 'contractual', 'full-time', 'permanent', 'email', 'applied;']) expect(csv).not.toContain(`;${id}`);
  });

  it.each([
    [';', '3059,65', '4129,64'],
    [',', '3059.65', '4129.64'],
  ] as const)('writes amounts as numbers for the spreadsheets that use %j: %s', (separator, min, max) => {
    const csv = toCsv([record()], { separator, t: nl });
    const header = cellsOf(csv, separator, 0);
    // The comma file's contacts and contract hold commas and are quoted; the amounts come before them.
    const cells = cellsOf(csv, separator);
    expect(cells[header.indexOf('Loon minimum')]).toBe(min);
    expect(cells[header.indexOf('Loon maximum')]).toBe(max);
  });

  it.each([
    [3059, '3059', '3059'],
    [4640.05, '4640,05', '4640.05'],
    [0.5, '0,5', '0.5'],
    [123456.7, '123456,7', '123456.7'],
  ])('an amount of %d: no grouping, the decimal mark of the separator', (amount, semicolon, comma) => {
    expect(cellText({ number: amount }, ';')).toBe(semicolon);
    expect(cellText({ number: amount }, ',')).toBe(comma);
  });

  it('writes a deadline with a time as a date and time, without the offset a spreadsheet would read as text', () => {
    const csv = toCsv([record({ corrections: { deadline: '2026-02-01T12:00:00+01:00' } })], { separator: ';', t: nl });
    expect(csv).toContain(';2026-02-01 12:00;B1;');
  });

  it('writes phone numbers the national way, grouped as people read them', () => {
    const csv = toCsv([record()], { separator: ';', t: nl });
    expect(csv).toContain('Philip De Koninck, waarnemend diensthoofd lokale besturen, +32 3 240 58 39, philip.dekoninck@provincieantwerpen.be');
    expect(csv).not.toContain('+3232405839');
  });

  it('quotes notes with quotes and newlines as RFC 4180 says', () => {
    const csv = toCsv([record()], { separator: ';', t: nl });
    // The indicative columns follow the notes (empty here: the page states its amounts).
    expect(csv).toContain(';"Brief gestuurd; ""motivatie"" herlezen\nvoor het gesprek";;;;;;;\r\n');
  });

  it('leaves the applied date empty when the user has not applied', () => {
    const csv = toCsv([record({ status: 'interested', applied: null, history: [{ status: 'interested', at: '2026-01-20T09:30:00.000Z', recordedAt: '2026-01-20T09:30:00.000Z', by: 'user' }] })], { separator: ',', t: en });
    expect(csv.split('\r\n')[1]).toMatch(/^2026-01-20,,,Provincie Antwerpen,/);
  });

  it("writes the user's corrections, not the captured facts", () => {
    const csv = toCsv([record({ corrections: { title: 'Communicatiemedewerker (gecorrigeerd)', deadline: '2026-02-03' } })], { separator: ';', t: nl });
    expect(csv).toContain(';Communicatiemedewerker (gecorrigeerd);');
    expect(csv).toContain(';2026-02-03;B1;');
    expect(csv).not.toContain(';2026-02-01;B1;');
  });

  it('takes a column list, so more columns are one entry each', () => {
    const columns = [...CSV_COLUMNS.slice(0, 1), { id: 'salary_min', value: () => ({ number: 1234.5 }) }];
    expect(toCsv([record()], { separator: ';', t: nl, columns })).toBe('\uFEFFGevolgd op;Loon minimum\r\n2026-01-20;1234,5\r\n');
  });

  const at = (day: string) => `${day}T10:00:00.000Z`;
  const dated = (id: string, trackedDay: string, appliedDay: string | null, status: TrackedVacancy['status']) =>
    record({ id, status, trackedAt: at(trackedDay), applied: appliedDay ? { date: appliedDay, via: 'portal' } : null,
      history: [{ status: 'interested', at: at(trackedDay), recordedAt: at(trackedDay), by: 'user' }] });
  const log = [
    dated('jan-applied', '2026-01-05', '2026-01-10', 'applied'),
    dated('feb-tracked', '2026-02-03', null, 'interested'),
    dated('dec-tracked-jan-applied', '2025-12-28', '2026-01-31', 'rejected'),
    dated('mar-applied', '2026-03-01', '2026-03-01', 'interview'),
  ];
  const ids = (csv: string) => csv.split('\r\n').slice(1, -1).map((line) => log.find((r) => line.includes(r.trackedAt.slice(0, 10)))!.id);

  it.each([
    ['January (by application date, else tracking date)', { from: '2026-01-01', to: '2026-01-31' }, ['jan-applied', 'dec-tracked-jan-applied']],
    ['from a day on, inclusive', { from: '2026-02-03' }, ['feb-tracked', 'mar-applied']],
    ['up to a day, inclusive', { to: '2026-01-10' }, ['jan-applied']],
    ['by status', { statuses: ['rejected', 'interview'] }, ['dec-tracked-jan-applied', 'mar-applied']],
    ['period and status', { from: '2026-02-01', statuses: ['interested'] }, ['feb-tracked']],
    ['nothing in the period', { from: '2027-01-01' }, []],
    ['no filter: everything, oldest first', {}, ['jan-applied', 'dec-tracked-jan-applied', 'feb-tracked', 'mar-applied']],
  ] as Array<[string, LogFilter, string[]]>)('filters: %s', (_name, filter, expected) => {
    expect(ids(toCsv(log, { separator: ';', filter, t: nl }))).toEqual(expected);
  });
});

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://x")', ';', `"'=HYPERLINK(""http://x"")"`],
    ['+32 3 240 58 39', ';', "'+32 3 240 58 39"],
    ['@SUM(A1)', ';', "'@SUM(A1)"],
    ['\tcmd', ';', "'\tcmd"],
    ['-1+1', ';', "'-1+1"],
  ])('neutralises a formula: %j', (value, sep, expected) => {
    expect(csvCell(value, sep as ';')).toBe(expected);
  });

  it.each([
    ['Provincie Antwerpen', ';', 'Provincie Antwerpen'],
    ['-12.5', ';', '-12.5'],
    ['a;b', ';', '"a;b"'],
    ['a;b', ',', 'a;b'],
    ['a,b', ',', '"a,b"'],
  ])('keeps plain values plain: %j', (value, sep, expected) => {
    expect(csvCell(value, sep as ';')).toBe(expected);
  });
});

describe('separatorFor', () => {
  it.each([
    ['nl-BE', ';'],
    ['fr', ';'],
    ['de-DE', ';'],
    ['en-GB', ','],
    ['en', ','],
  ])('%s → %s', (locale, sep) => expect(separatorFor(locale)).toBe(sep));
});
