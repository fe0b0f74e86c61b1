import { describe, expect, it } from 'vitest';
import { csvCell, separatorFor, toCsv } from '../../../src/log/csv';
import type { TrackedVacancy } from '../../../src/model/tracked';
import type { LogFilter } from '../../../src/log/rows';
import { seedFacts } from '../helpers';

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

describe('toCsv', () => {
  it('writes a BOM, a header and one row per vacancy with the facts a job seeker logs', () => {
    const csv = toCsv([record()], ';');
    expect(csv.startsWith('\uFEFFtracked;applied;applied_via;organisation;title;reference;portal;url;status;deadline;')).toBe(true);
    const [, row] = csv.slice(1).split('\r\n');
    expect(row).toContain('2026-01-20;2026-01-22;email;Provincie Antwerpen;Communicatiemedewerker lokale besturen;;werkenbijdeoverheid.be;https://');
    expect(row).toContain(';applied;2026-02-01;B1;3059.65;4129.64;EUR;month;2026-01-20 interested | 2026-01-22 applied;');
    expect(row).toContain('Philip De Koninck, waarnemend diensthoofd lokale besturen, +3232405839');
  });

  it('quotes notes with quotes and newlines as RFC 4180 says', () => {
    const csv = toCsv([record()], ';');
    expect(csv).toContain('"Brief gestuurd; ""motivatie"" herlezen\nvoor het gesprek"\r\n');
  });

  it('leaves the applied date empty when the user has not applied', () => {
    const csv = toCsv([record({ status: 'interested', applied: null, history: [{ status: 'interested', at: '2026-01-20T09:30:00.000Z', recordedAt: '2026-01-20T09:30:00.000Z', by: 'user' }] })], ',');
    expect(csv.split('\r\n')[1]).toMatch(/^2026-01-20,,,Provincie Antwerpen,/);
  });

  it("writes the user's corrections, not the captured facts", () => {
    const csv = toCsv([record({ corrections: { title: 'Communicatiemedewerker (gecorrigeerd)', deadline: '2026-02-03' } })], ';');
    expect(csv).toContain(';Communicatiemedewerker (gecorrigeerd);');
    expect(csv).toContain(';2026-02-03;B1;');
    expect(csv).not.toContain(';2026-02-01;B1;');
  });

  it('writes headings, statuses and how applied in the given language', () => {
    const csv = toCsv([record()], {
      separator: ';',
      heading: (c) => (c === 'applied' ? 'Gesolliciteerd op' : c),
      statusLabel: (s) => (s === 'applied' ? 'Gesolliciteerd' : s),
      viaLabel: (v) => (v === 'email' ? 'per e-mail' : v),
    });
    expect(csv).toContain('tracked;Gesolliciteerd op;applied_via;');
    expect(csv).toContain('2026-01-22;per e-mail;');
    expect(csv).toContain(';Gesolliciteerd;2026-02-01;');
    expect(csv).toContain(';month;2026-01-20 interested | 2026-01-22 Gesolliciteerd;');
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
    expect(ids(toCsv(log, { separator: ';', filter }))).toEqual(expected);
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
