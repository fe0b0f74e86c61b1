import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/log/report';
import type { TrackedVacancy } from '../../../src/model/tracked';
import { generateLog } from './generate';

const [base] = generateLog(1);
const rec = (id: string, applied: TrackedVacancy['applied'], history: Array<[TrackedVacancy['status'], string]> = [['interested', '2026-01-02T08:00:00.000Z']]): TrackedVacancy => ({
  ...base!,
  id,
  url: `https://example.org/${id}`,
  corrections: { organisation: `Org ${id}`, title: `Functie ${id}` },
  applied,
  status: history.at(-1)![0],
  history: history.map(([status, at]) => ({ status, at, recordedAt: at, by: 'user' as const })),
});

describe('buildReport', () => {
  const log = [
    rec('b', { date: '2026-02-14', via: 'email' }, [['interested', '2026-02-01T08:00:00.000Z'], ['applied', '2026-02-14']]),
    rec('a', { date: '2026-01-10', via: 'portal' }, [['interested', '2026-01-02T08:00:00.000Z'], ['applied', '2026-01-10']]),
    rec('c', null, [['interested', '2026-01-03T08:00:00.000Z'], ['test', '2026-01-20T10:00:00.000Z']]),
    rec('never', null),
    rec('later', { date: '2026-04-01', via: 'letter' }),
  ];

  it('lists applications in the period, oldest first, with the corrected facts and how', () => {
    const report = buildReport(log, { from: '2026-01-01', to: '2026-03-31' }, 'nl-BE');
    expect(report.rows.map((r) => [r.applied, r.employer, r.role, r.via])).toEqual([
      ['2026-01-10', 'Org a', 'Functie a', 'portal'],
      // No application date given, but a test is only reached by applying.
      ['2026-01-20', 'Org c', 'Functie c', null],
      ['2026-02-14', 'Org b', 'Functie b', 'email'],
    ]);
  });

  it.each([
    ['nl-BE', ['januari 2026', 'februari 2026', 'maart 2026']],
    ['fr-BE', ['janvier 2026', 'février 2026', 'mars 2026']],
    ['de-DE', ['Januar 2026', 'Februar 2026', 'März 2026']],
    ['en-GB', ['January 2026', 'February 2026', 'March 2026']],
  ])('counts per month in %s, months without applications too', (locale, labels) => {
    const { months } = buildReport(log, { from: '2026-01-01', to: '2026-03-31' }, locale);
    expect(months.map((m) => [m.month, m.label, m.count])).toEqual([
      ['2026-01', labels[0], 2],
      ['2026-02', labels[1], 1],
      ['2026-03', labels[2], 0],
    ]);
  });

  it('crosses a year and keeps the period inclusive', () => {
    const { rows, months } = buildReport(log, { from: '2025-12-15', to: '2026-01-10' }, 'nl-BE');
    expect(rows.map((r) => r.applied)).toEqual(['2026-01-10']);
    expect(months.map((m) => m.month)).toEqual(['2025-12', '2026-01']);
  });

  it('is empty for a period without applications', () => {
    expect(buildReport(log, { from: '2025-01-01', to: '2025-01-31' }, 'nl').rows).toEqual([]);
  });
});
