import { describe, expect, it } from 'vitest';
import { csvCell, separatorFor, toCsv } from '../../../src/log/csv';
import type { TrackedVacancy } from '../../../src/model/tracked';
import { seedFacts } from '../helpers';

function record(overrides: Partial<TrackedVacancy> = {}): TrackedVacancy {
  return {
    id: 'a1',
    url: 'https://www.werkenbijdeoverheid.be/vacature/68bf45f0b686c62a/Communicatiemedewerker-lokale-besturen.html',
    facts: seedFacts(),
    snapshot: { text: 'Communicatiemedewerker lokale besturen', capturedAt: '2026-01-20T09:30:00.000Z' },
    status: 'applied',
    history: [
      { status: 'interested', at: '2026-01-20T09:30:00.000Z' },
      { status: 'applied', at: '2026-01-22T14:00:00.000Z' },
    ],
    notes: 'Brief gestuurd; "motivatie" herlezen\nvoor het gesprek',
    trackedAt: '2026-01-20T09:30:00.000Z',
    updatedAt: '2026-01-22T14:00:00.000Z',
    ...overrides,
  };
}

describe('toCsv', () => {
  it('writes a BOM, a header and one row per vacancy with the facts a job seeker logs', () => {
    const csv = toCsv([record()], ';');
    expect(csv.startsWith('\uFEFFtracked;applied;organisation;title;')).toBe(true);
    const [, row] = csv.slice(1).split('\r\n');
    expect(row).toContain('2026-01-20;2026-01-22;Provincie Antwerpen;Communicatiemedewerker lokale besturen;');
    expect(row).toContain(';applied;2026-02-01;B1;3059.65;4129.64;EUR;month;');
    expect(row).toContain('Philip De Koninck, waarnemend diensthoofd lokale besturen, +3232405839');
  });

  it('quotes notes with quotes and newlines as RFC 4180 says', () => {
    const csv = toCsv([record()], ';');
    expect(csv).toContain('"Brief gestuurd; ""motivatie"" herlezen\nvoor het gesprek"\r\n');
  });

  it('leaves the applied date empty when the user has not applied', () => {
    const csv = toCsv([record({ status: 'interested', history: [{ status: 'interested', at: '2026-01-20T09:30:00.000Z' }] })], ',');
    expect(csv.split('\r\n')[1]).toMatch(/^2026-01-20,,Provincie Antwerpen,/);
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
