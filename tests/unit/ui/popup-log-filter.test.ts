import { describe, expect, it } from 'vitest';
import type { TrackedSummary } from '../../../src/model/tracked';
import { NO_FILTER, activityDay, filterLog, type LogFilter } from '../../../src/ui/Log';

// The log page's filters (status, portal, date range, search), pure.
const row = (id: string, over: Partial<TrackedSummary>): TrackedSummary => ({
  id,
  url: `https://www.werkenvoor.be/${id}`,
  title: id,
  organisation: 'FOD Financiën',
  reference: null,
  location: null,
  deadline: null,
  eventDates: [],
  language: 'nl',
  portal: 'werkenvoor.be',
  status: 'interested',
  applied: null,
  trackedAt: '2026-01-10T12:00:00.000Z',
  updatedAt: '2026-01-10T12:00:00.000Z',
  ...over,
});

const rows = [
  row('jurist', { status: 'applied', applied: { date: '2026-02-03', via: 'portal' } }),
  row('boekhouder', { portal: 'vdab.be', trackedAt: '2026-01-20T12:00:00.000Z' }),
  row('planner', { status: 'rejected', organisation: 'Stad Gent', trackedAt: '2026-03-01T12:00:00.000Z' }),
];

const nl: Record<string, string> = { interested: 'geïnteresseerd', applied: 'gesolliciteerd', rejected: 'afgewezen', interview: 'gesprek' };
const statusName = (s: TrackedSummary['status']) => nl[s] ?? s;

describe('search (finding 8)', () => {
  const found = [
    row('financien', { title: 'Attaché', organisation: 'FOD Financiën', reference: 'AFG24123', location: 'Brussel' }),
    row('gent', { title: 'Projectleider mobiliteit', organisation: 'Stad Gent', location: 'Gent', status: 'interview' }),
    row('kortrijk', { title: 'Deskundige Économie', organisation: 'Stad Kortrijk', location: 'Kortrijk', status: 'applied' }),
  ];
  it.each<[string, string, string[]]>([
    ['accents left out', 'financien', ['financien']],
    ['accents typed where the vacancy has none', 'économie', ['kortrijk']],
    ['case', 'FINANCIËN', ['financien']],
    ['a city (the workplace)', 'kortrijk', ['kortrijk']],
    ['a city only in the workplace', 'brussel', ['financien']],
    ['a reference', 'afg24123', ['financien']],
    ['a status in the person\'s language', 'gesprek', ['gent']],
    ['a status without its accent', 'geinteresseerd', ['financien']],
    ['words from two fields', 'gent gesprek', ['gent']],
    ['a word in no field', 'verpleegkundige', []],
  ])('finds by %s', (_name, query, expected) => {
    expect(filterLog(found, { ...NO_FILTER, query }, statusName).map((r) => r.id)).toEqual(expected);
  });
});

describe('filterLog', () => {
  it.each<[string, Partial<LogFilter>, string[]]>([
    ['nothing', {}, ['jurist', 'boekhouder', 'planner']],
    ['a status', { status: 'rejected' }, ['planner']],
    ['a portal', { portal: 'vdab.be' }, ['boekhouder']],
    ['a date range on the day applied, else tracked', { from: '2026-01-15', to: '2026-02-28' }, ['jurist', 'boekhouder']],
    ['a range that ends before everything', { to: '2026-01-09' }, []],
    ['a search over the organisation', { query: 'gent' }, ['planner']],
    ['filters together', { status: 'interested', portal: 'werkenvoor.be' }, []],
  ])('by %s', (_name, filter, expected) => {
    expect(filterLog(rows, { ...NO_FILTER, ...filter }).map((r) => r.id)).toEqual(expected);
  });

  it('counts a row on the day applied, or else the day tracked', () => {
    expect(rows.map(activityDay)).toEqual(['2026-02-03', '2026-01-20', '2026-03-01']);
  });
});
