/**
 * The indicative amounts a record keeps (src/log/indicative.ts, src/model/indicative.ts): looked up
 * when the vacancy is saved, in their own columns of the CSV and the printable proof, in the list's
 * summary, and through a backup unchanged; never in place of an amount the page or the person states.
 */
import type { Browser } from 'wxt/browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VacalensDb } from '../../../src/db/database';
import { getVacancy, listAll, listSummaries } from '../../../src/db/vacancies';
import { backupJson, toBackup } from '../../../src/log/backup';
import { toCsv } from '../../../src/log/csv';
import { parseBackup } from '../../../src/log/import';
import { indicativeToKeep, withIndicativeLookedUp } from '../../../src/log/indicative';
import { buildReport } from '../../../src/log/report';
import { applyImport } from '../../../src/messaging/log-handlers';
import { registerHandlers } from '../../../src/messaging/handlers';
import type { messenger, ProtocolMap } from '../../../src/messaging/protocol';
import type { VacancyFacts } from '../../../src/model/facts';
import { summarize, withCorrection, type TrackedVacancy } from '../../../src/model/tracked';
import { FIXED_NOW, seedFacts, translatorFor } from '../helpers';
import { scratchDbs } from '../scratch-dbs';

const URL = 'https://www.werkenbijdeoverheid.be/vacature/68bf45f0b686c62a/Communicatiemedewerker-lokale-besturen.html';
const SCALE_ONLY = { scale: 'B1', min: null, max: null, currency: null, period: null, gross: null };

/** The seed vacancy as a page that names its scale and no amount, published on 2 June 2025. */
function scaleOnlyFacts(): VacancyFacts {
  return { ...seedFacts(), url: URL, salary: SCALE_ONLY, published: '2025-06-02' };
}

function record(facts: VacancyFacts, id = 'a1'): TrackedVacancy {
  const url = id === 'a1' ? URL : `${URL}?${id}`;
  const kept = indicativeToKeep(facts, new Date('2025-06-03T09:30:00Z'));
  return {
    id,
    url,
    sourceUrls: [url],
    facts,
    corrections: {},
    snapshot: { text: 'Communicatiemedewerker lokale besturen', url: URL, capturedAt: '2025-06-03T09:30:00.000Z' },
    status: 'applied',
    history: [
      { status: 'interested', at: '2025-06-03T09:30:00.000Z', recordedAt: '2025-06-03T09:30:00.000Z', by: 'user' },
      { status: 'applied', at: '2025-06-05', recordedAt: '2025-06-05T14:00:00.000Z', by: 'user' },
    ],
    applied: { date: '2025-06-05', via: 'email' },
    notes: '',
    trackedAt: '2025-06-03T09:30:00.000Z',
    updatedAt: '2025-06-05T14:00:00.000Z',
    ...(kept ? { indicative: kept } : {}),
  };
}

describe('the look-up kept when a vacancy is saved', () => {
  it('keeps the range of the edition in force on the publication date, with the table and its source', () => {
    expect(indicativeToKeep(scaleOnlyFacts(), FIXED_NOW)).toEqual({
      scale: 'B1',
      day: '2025-06-02',
      // 17 300 and 23 350 at 100 % × 2.1223 (from 1 March 2025) ÷ 12.
      min: 3059.65,
      max: 4129.64,
      currency: 'EUR',
      period: 'month',
      system: 'be-vl-local',
      name: 'Rechtspositieregeling lokale besturen (Vlaanderen)',
      edition: '2025-03-01',
      source: expect.objectContaining({ url: 'https://www.etaamb.be/nl/besluit-van-de-vlaamse-regering-van-07-december-2007_n2007037220.html' }),
      // The 2.1223 coefficient has no known end: any day after it took effect is flagged, and the flag is kept.
      mayBeOutdated: true,
    });
  });

  it.each([
    ['a page that states its amounts', seedFacts()],
    ['a scale whose table the page does not settle (candidates)', { ...scaleOnlyFacts(), url: 'https://www.gemeente.be/jobs/1' }],
    ['no scale', { ...scaleOnlyFacts(), salary: null }],
  ])('keeps nothing for %s', (_, facts) => {
    expect(indicativeToKeep(facts, FIXED_NOW)).toBeUndefined();
  });

  it('a corrected scale is looked up again; a corrected amount wins and the look-up stays out of sight', () => {
    const saved = record(scaleOnlyFacts());
    expect(withIndicativeLookedUp(saved, FIXED_NOW)).toBe(saved);
    // Another scale of no shipped table: the old amounts must not stay with it.
    const b3 = withIndicativeLookedUp(withCorrection(saved, 'salary', { ...SCALE_ONLY, scale: 'B3' }, FIXED_NOW), FIXED_NOW);
    expect(b3.indicative).toBeUndefined();
    expect(summarize(b3).indicative).toBeUndefined();
    // Amounts typed by the person: those are the salary; the look-up is kept but not shown.
    const typed = withCorrection(saved, 'salary', { ...SCALE_ONLY, min: 3100, max: 4200, currency: 'EUR', period: 'month' }, FIXED_NOW);
    expect(withIndicativeLookedUp(typed, FIXED_NOW).indicative).toEqual(saved.indicative);
    expect(summarize(typed).indicative).toBeUndefined();
    // A corrected publication date picks the edition in force on it (the 2024 coefficient 2.0807).
    const earlier = withIndicativeLookedUp(withCorrection(saved, 'published', '2024-12-01', FIXED_NOW), FIXED_NOW);
    expect([earlier.indicative?.min, earlier.indicative?.edition]).toEqual([2999.68, '2024-06-01']);
  });

  it('the list row carries the amounts only (the detail reads the rest from the record)', () => {
    expect(summarize(record(scaleOnlyFacts())).indicative).toEqual({ min: 3059.65, max: 4129.64, currency: 'EUR', period: 'month' });
    expect('indicative' in summarize(record(seedFacts()))).toBe(false);
  });
});

describe('CSV: the indicative amounts in their own labelled columns', () => {
  const cells = (csv: string) => {
    const [header, row] = csv.slice(1).split('\r\n').map((line) => line.split(';'));
    return Object.fromEntries(header!.map((h, i) => [h, row![i]]));
  };

  it.each([
    ['nl', 'Indicatief minimum', 'Indicatief maximum', 'Indicatief per', 'per maand', 'Indicatief: loontabel', 'Indicatief: tabel geldig vanaf', 'Indicatief: bron'],
    ['de', 'Richtwert mindestens', 'Richtwert höchstens', 'Richtwert pro', 'pro Monat', 'Richtwert: Tabelle', 'Richtwert: Tabelle gültig ab', 'Richtwert: Quelle'],
    ['fr', 'Indicatif minimum', 'Indicatif maximum', 'Indicatif par', 'par mois', 'Indicatif : grille', 'Indicatif : grille en vigueur depuis', 'Indicatif : source'],
  ] as const)('%s: amounts, period, table, edition and source; the page salary columns stay empty', (lang, min, max, per, perMonth, table, edition, source) => {
    const t = translatorFor(lang);
    const row = cells(toCsv([record(scaleOnlyFacts())], { separator: ';', t }));
    expect([row[min], row[max], row[per], row[table], row[edition], row[source]]).toEqual([
      '3059,65',
      '4129,64',
      perMonth,
      'Rechtspositieregeling lokale besturen (Vlaanderen)',
      '2025-03-01',
      'https://www.etaamb.be/nl/besluit-van-de-vlaamse-regering-van-07-december-2007_n2007037220.html',
    ]);
    // The page's salary: its scale, and no amount (the table's never moves into these).
    expect([row[t('logCol_salary_scale')], row[t('logCol_salary_min')], row[t('logCol_salary_max')]]).toEqual(['B1', '', '']);
  });

  it('a page with its own amounts has its salary and no indicative amount', () => {
    const row = cells(toCsv([record(seedFacts())], { separator: ';', t: translatorFor('nl') }));
    expect([row['Loon minimum'], row['Indicatief minimum'], row['Indicatief: loontabel']]).toEqual(['3059,65', '', '']);
  });
});

describe('the printable proof', () => {
  it('carries the indicative amounts with their table and edition, apart from the page facts', () => {
    const report = buildReport([record(scaleOnlyFacts()), record(seedFacts(), 'a2')], { from: '2025-06-01', to: '2025-06-30' }, 'nl');
    expect(report.rows.map((r) => r.indicative)).toEqual([
      { min: 3059.65, max: 4129.64, currency: 'EUR', period: 'month', name: 'Rechtspositieregeling lokale besturen (Vlaanderen)', edition: '2025-03-01' },
      null,
    ]);
  });
});

describe('backup: the table edition travels with the record', () => {
  const openDb = scratchDbs();
  const parsed = (text: string) => {
    const result = parseBackup(text, FIXED_NOW);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.details.join('; ')}`);
    return result.backup;
  };

  it('restores the look-up unchanged: system, edition, source and amounts', async () => {
    const saved = record(scaleOnlyFacts());
    const text = backupJson(toBackup([saved, record(seedFacts(), 'a2')], null, FIXED_NOW));
    expect(JSON.parse(text).vacancies[0].indicative).toMatchObject({
      system: 'be-vl-local',
      edition: '2025-03-01',
      source: { url: 'https://www.etaamb.be/nl/besluit-van-de-vlaamse-regering-van-07-december-2007_n2007037220.html' },
    });
    const target = openDb();
    await applyImport(target, parsed(text), { conflicts: 'keep', except: [] });
    expect(await getVacancy(target, 'a1')).toEqual(saved);
    expect((await getVacancy(target, 'a2'))!.indicative).toBeUndefined();
    expect((await listSummaries(target)).find((s) => s.id === 'a1')!.indicative).toEqual({ min: 3059.65, max: 4129.64, currency: 'EUR', period: 'month' });
  });

  it('a file made before the look-up (no indicative key) restores as before, with none', async () => {
    const saved = record(scaleOnlyFacts());
    const { indicative: _none, ...older } = saved;
    const target = openDb();
    await applyImport(target, parsed(backupJson(toBackup([older], null, FIXED_NOW))), { conflicts: 'keep', except: [] });
    expect(await listAll(target)).toEqual([older]);
    expect('indicative' in (await listAll(target))[0]!).toBe(false);
  });

  it('refuses a file whose source address is not https (it becomes a link)', () => {
    const file = JSON.parse(backupJson(toBackup([record(scaleOnlyFacts())], null, FIXED_NOW)));
    file.vacancies[0].indicative.source.url = 'javascript:alert(1)';
    expect(parseBackup(JSON.stringify(file), FIXED_NOW).ok).toBe(false);
  });
});

describe('the background looks the scale up when a vacancy is saved', () => {
  const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
  const fromTab = { id: EXT_ID, tab: { id: 7 } as Browser.tabs.Tab, frameId: 0, url: URL };
  let db: VacalensDb;
  let handlers: Record<string, (m: { data: unknown; sender: Browser.runtime.MessageSender }) => Promise<unknown>>;
  beforeEach(() => {
    db = new VacalensDb(`test-${Math.random()}`);
    handlers = {};
    const fake = { onMessage: (type: keyof ProtocolMap, fn: never) => ((handlers[type] = fn), () => {}) } as unknown as typeof messenger;
    registerHandlers(fake, {
      db,
      now: () => new Date('2025-06-03T09:30:00Z'),
      newId: () => 'id-1',
      extensionId: EXT_ID,
      extensionOrigin: `chrome-extension://${EXT_ID}/`,
      t: translatorFor('en'),
    });
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stores the range from the facts, not from anything the page sends, and looks again after a scale correction', async () => {
    const forged = { min: 9999, max: 99999, currency: 'EUR', period: 'month', system: 'be-vl-local' };
    const summary = (await handlers.trackVacancy!({ data: { url: URL, facts: scaleOnlyFacts(), snapshotText: '', indicative: forged }, sender: fromTab })) as { id: string };
    const stored = await getVacancy(db, summary.id);
    expect([stored!.indicative?.min, stored!.indicative?.max, stored!.indicative?.edition]).toEqual([3059.65, 4129.64, '2025-03-01']);
    await handlers.setCorrection!({ data: { id: summary.id, field: 'salary', value: { ...SCALE_ONLY, scale: 'B3' } }, sender: fromTab });
    expect((await getVacancy(db, summary.id))!.indicative).toBeUndefined();
  });
});
