import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAY_TABLES, PayTableSchema, indicativePay, isRange, lookUpScale, type IndicativeRange } from '../../../src/paytables';
import { checkPayTables } from '../../../src/paytables/check';
import type { VacancyFacts } from '../../../src/model/facts';

const NOW = new Date('2026-12-06T10:00:00Z');
const WBDO = 'https://www.werkenbijdeoverheid.be/vacature/x';
const INTERAMT = 'https://www.interamt.de/koop/app/stelle?id=1';
const EPSO = 'https://eu-careers.europa.eu/en/job-opportunities/epso-ad-412-26';

function range(scale: string, url: string | null, date: string): IndicativeRange {
  const found = lookUpScale({ scale, url, date });
  if (!found || !isRange(found)) throw new Error(`no range for ${scale}: ${JSON.stringify(found)}`);
  return found;
}

/** The range a scale gets, its currency and period, the table and edition it came from, and that it is current. */
function expectRange(r: IndicativeRange, want: { min: number; max: number; currency: string; period: string; system: string; edition: string }) {
  expect([r.min, r.max, r.currency, r.period, r.system, r.edition, r.mayBeOutdated]).toEqual([want.min, want.max, want.currency, want.period, want.system, want.edition, false]);
}

describe('pay table files', () => {
  it.each(PAY_TABLES.map((t) => [`${t.system} ${t.effectiveFrom}`, t] as const))('%s parses and has a source', (_, t) => {
    expect(PayTableSchema.parse(t)).toEqual(t);
    expect(t.source.url).toMatch(/^https:\/\//);
  });

  it('have dates in order, no gaps, rising steps (npm run check:paytables)', () => {
    expect(checkPayTables(PAY_TABLES)).toEqual([]);
  });

  it('the check names a gap, falling steps and a gap between coefficients', () => {
    const [vka24, vka25] = PAY_TABLES.filter((t) => t.system === 'de-tvoed-vka');
    const flemish = PAY_TABLES.find((t) => t.system === 'be-vl-local')!;
    const gapped = { ...vka25!, effectiveFrom: '2025-05-01' };
    const falling = { ...vka24!, scales: { E9a: [3000, 2999] } };
    const coefficients = flemish.basis.kind === 'index-100' ? flemish.basis.coefficients : [];
    const holed = { ...flemish, basis: { kind: 'index-100' as const, coefficients: [{ ...coefficients[0]!, to: '2025-01-31' }, coefficients[1]!] } };
    expect(checkPayTables([vka24!, gapped])).toEqual([expect.stringContaining('gap or overlap between the editions')]);
    expect(checkPayTables([falling])).toEqual([expect.stringContaining('E9a step 2 does not rise')]);
    expect(checkPayTables([holed])).toEqual([expect.stringContaining('gap or overlap between coefficients 2.0807 and 2.1223')]);
  });

  it('TVöD VKA 2025 is the 2024 table raised as the 2025 agreement says (+3 %, at least € 110), every cell to the cent', () => {
    const [vka24, vka25] = PAY_TABLES.filter((t) => t.system === 'de-tvoed-vka');
    expect(Object.keys(vka25!.scales)).toEqual(Object.keys(vka24!.scales));
    for (const [scale, steps] of Object.entries(vka24!.scales)) {
      const raised = steps.map((v) => Math.round(Math.max(v * 1.03, v + 110) * 100 + 1e-6) / 100);
      expect(vka25!.scales[scale], scale).toEqual(raised);
    }
  });
});

describe('amounts against the cited source, to the cent', () => {
  // Flemish local: the seed page's B1 (Provincie Antwerpen, werkenbijdeoverheid.be), 17 300 and
  // 23 350 at 100% × 2.1223 (BOSA, from 1 March 2025) ÷ 12.
  it.each([
    ['B1', WBDO, '2025-06-01', 3059.65, 4129.64],
    // 2.0807 (from 1 June 2024): 17 300 × 2.0807 ÷ 12 and 23 350 × 2.0807 ÷ 12.
    ['B1', WBDO, '2024-12-01', 2999.68, 4048.7],
  ])('Flemish local %s on %s, %s: %s – %s a month', (scale, url, date, min, max) => {
    const r = range(scale, url, date);
    expect([r.min, r.max, r.currency, r.period, r.system]).toEqual([min, max, 'EUR', 'month', 'be-vl-local']);
  });
  it('Flemish local B1 at 100% and its coefficients are the cited ones (17 300 and 23 350 a year; 2,0807 and 2,1223)', () => {
    const t = PAY_TABLES.find((x) => x.system === 'be-vl-local')!;
    expect(t.scales.B1).toEqual([17300, 23350]);
    expect(t.basis.kind === 'index-100' ? t.basis.coefficients.map((c) => [c.from, c.value]) : null).toEqual([
      ['2024-06-01', 2.0807],
      ['2025-03-01', 2.1223],
    ]);
  });

  // TVöD VKA: dienstrechner.de (from 1 April 2025) and cesar.de (from 1 March 2024), Stufe 1 and 6.
  it.each([
    ['TVöD-VKA E 9a', '2025-06-01', 3558.96, 4844.33, '2025-04-01'],
    ['TVöD-VKA E 11', '2025-06-01', 4153.35, 6154.45, '2025-04-01'],
    ['TVöD-VKA E 5', '2026-04-30', 3038.99, 3680.28, '2025-04-01'],
    ['TVöD-VKA E 15Ü', '2025-04-01', 6955.18, 8947.29, '2025-04-01'],
    ['TVöD-VKA E 9a', '2024-03-01', 3448.96, 4703.23, '2024-03-01'],
    ['TVöD-VKA E 15', '2025-03-31', 5504.0, 7748.2, '2024-03-01'],
    ['TVöD-VKA E 11', '2024-10-01', 4032.38, 5975.19, '2024-03-01'],
  ])('%s on %s: %s – %s (edition %s)', (scale, date, min, max, edition) => {
    const r = range(scale, INTERAMT, date);
    expect([r.min, r.max, r.period, r.edition, r.mayBeOutdated]).toEqual([min, max, 'month', edition, false]);
  });
});

describe('EU Staff Regulations against the Official Journal, to the cent', () => {
  // C/2025/6564 (https://eur-lex.europa.eu/eli/C/2025/6564/oj), table 1.1, from 1 July 2025: step 1 of
  // the first grade to the last step of the last.
  it.each([
    ['AD 5', EPSO, '2026-02-10', 6152.64, 6961.29],
    ['AD 7', 'https://www.ema.europa.eu/en/about-us/careers/vacancy-1', '2025-07-01', 7876.27, 8911.48],
    ['AD 12', EPSO, '2026-06-30', 14603.92, 16523.41],
    ['AD 16', EPSO, '2025-12-01', 23932.55, 25986.17],
    ['AST 5 - AST 7', EPSO, '2026-03-19', 6152.64, 8911.48],
    ['AST 11', EPSO, '2026-01-05', 12907.41, 14603.92],
  ])('%s on %s, %s: %s – %s a month', (scale, url, date, min, max) => {
    expectRange(range(scale, url, date), { min, max, currency: 'EUR', period: 'month', system: 'eu-staff-regulations', edition: '2025-07-01' });
  });

  it('every shipped cell is the 1 April 2025 table (C/2025/2153) × 1.03, to the cent', () => {
    // https://eur-lex.europa.eu/eli/C/2025/2153/oj, table 1.1, applicable from 1 April 2025 (grade 5: the
    // two steps the copy we read shows).
    const april: Record<number, number[]> = {
      16: [23235.49, 24211.88, 25229.29],
      15: [20536.29, 21399.27, 22298.46, 22918.85, 23235.49],
      14: [18150.61, 18913.36, 19708.12, 20256.42, 20536.29],
      13: [16042.15, 16716.25, 17418.66, 17903.32, 18150.61],
      12: [14178.56, 14774.36, 15395.22, 15823.52, 16042.15],
      11: [12531.47, 13058.05, 13606.77, 13985.35, 14178.56],
      10: [11075.76, 11541.15, 12026.14, 12360.71, 12531.47],
      9: [9789.1, 10200.45, 10629.11, 10924.8, 11075.76],
      8: [8651.92, 9015.49, 9394.33, 9655.7, 9789.1],
      7: [7646.86, 7968.2, 8303.02, 8534.04, 8651.92],
      6: [6758.53, 7042.56, 7338.47, 7542.66, 7646.86],
      5: [5973.44, 6224.44],
    };
    const july = PAY_TABLES.find((t) => t.system === 'eu-staff-regulations')!;
    for (const [grade, steps] of Object.entries(april)) {
      const raised = steps.map((v) => Math.round(v * 103 + 1e-6) / 100);
      expect(july.scales[`AD${grade}`]!.slice(0, steps.length), `AD${grade}`).toEqual(raised);
      if (Number(grade) <= 11) expect(july.scales[`AST${grade}`], `AST${grade}`).toEqual(july.scales[`AD${grade}`]);
    }
    expect(Object.keys(july.scales).filter((k) => k.startsWith('AST')).sort()).toEqual(
      ['AST5', 'AST6', 'AST7', 'AST8', 'AST9', 'AST10', 'AST11'].sort(),
    );
  });

  it('after 30 June 2026 the grid is shown as possibly out of date (the 2026 update is not shipped)', () => {
    const r = range('AD 5', EPSO, '2026-09-01');
    expect([r.min, r.edition, r.mayBeOutdated]).toEqual([6152.64, '2025-07-01', true]);
  });

  it.each([
    ['a grade not shipped (AST 3)', 'AST 3', EPSO, '2026-03-19'],
    ['before the first edition', 'AD 5', EPSO, '2025-06-30'],
    ['AD 5 outside an EU site', 'AD 5', 'https://www.eib.org/en/careers/1', '2026-02-10'],
    ['a contract agent function group', 'FG IV', EPSO, '2026-02-10'],
  ])('nothing for %s', (_, scale, url, date) => {
    expect(lookUpScale({ scale, url, date })).toBeNull();
  });
});

const BKG = 'https://www.bkg.bund.de/SharedDocs/Stellenangebote/DE/2026/BKG-2026-08-Ingenieur-Geodaesie.html';

describe('Bundesbesoldungsordnung A against Anlage IV BBesG (from 1 March 2024), to the cent', () => {
  it.each([
    ['A 13', BKG, '2024-06-01', 5046.3, 6427.89],
    ['A 9 - A 11', BKG, '2024-03-01', 3354.26, 5299.72],
    ['A 16', 'https://www.bfg.bund.de/stellen/1', '2025-03-31', 6916.29, 8716.97],
    ['A 3', BKG, '2024-12-01', 2706.99, 3046.42],
    ['A 7 - A 8', BKG, '2024-09-15', 2963.97, 3982.32],
  ])('%s on %s, %s: %s – %s a month', (scale, url, date, min, max) => {
    expectRange(range(scale, url, date), { min, max, currency: 'EUR', period: 'month', system: 'de-besoldung-bund', edition: '2024-03-01' });
  });

  it('every cell is the 1 April 2022 cell + € 200, then + 5.3 % (§ 14 (2) BBesG, BBVAnpÄndG 2023/2024), to the cent', () => {
    // Anlage IV "Gültig ab 1. April 2022" (BGBl. I 2021, 2458–2459), Stufe 1–8.
    const april2022: Record<string, number[]> = {
      A16: [6368.18, 6677.4, 6911.29, 7145.22, 7377.79, 7613.07, 7846.97, 8078.22],
      A15: [5772.62, 6038.82, 6241.8, 6444.82, 6647.81, 6849.46, 7051.12, 7251.4],
      A14: [4722.7, 5017.1, 5312.87, 5607.27, 5810.26, 6014.63, 6217.6, 6421.96],
      A13: [4592.31, 4820.84, 5048.02, 5276.57, 5433.86, 5592.51, 5749.77, 5904.36],
      A12: [3916.11, 4159.44, 4404.1, 4647.41, 4816.81, 4983.5, 5151.55, 5322.29],
      A11: [3652.61, 3858.28, 4062.62, 4268.31, 4409.46, 4550.62, 4691.78, 4832.97],
      A10: [3195.55, 3329.98, 3524.46, 3719.8, 3918.78, 4057.26, 4195.7, 4334.22],
      A9: [2985.43, 3083.32, 3237.34, 3393.94, 3547.92, 3652.61, 3761.51, 3867.71],
      A8: [2766.18, 2865.38, 3005.0, 3145.99, 3286.92, 3384.81, 3483.99, 3581.88],
      A7: [2614.79, 2697.03, 2805.37, 2916.26, 3024.59, 3134.23, 3216.46, 3298.67],
      A6: [2490.79, 2583.48, 2677.42, 2749.2, 2823.61, 2895.4, 2974.99, 3044.17],
      A5: [2438.59, 2518.2, 2582.14, 2644.81, 2707.47, 2771.42, 2834.04, 2895.4],
      A4: [2420.35, 2484.28, 2548.22, 2599.12, 2650.03, 2700.93, 2751.81, 2798.82],
      A3: [2370.74, 2424.23, 2477.74, 2520.81, 2563.87, 2606.95, 2650.03, 2693.09],
    };
    const bund = PAY_TABLES.find((t) => t.system === 'de-besoldung-bund')!;
    expect(Object.keys(bund.scales).sort()).toEqual(Object.keys(april2022).sort());
    for (const [grade, steps] of Object.entries(april2022)) {
      // In whole cents: (cents + 20 000) × 1.053, rounded half up (§ 3 (6) BBesG).
      const raised = steps.map((v) => Math.floor(((Math.round(v * 100) + 20000) * 1053 + 500) / 1000) / 100);
      expect(bund.scales[grade], grade).toEqual(raised);
    }
  });

  it('after 31 March 2025 the table is shown as possibly out of date (the 2025 raise is not shipped)', () => {
    const r = range('A 13', BKG, '2026-02-01');
    expect([r.min, r.edition, r.mayBeOutdated]).toEqual([5046.3, '2024-03-01', true]);
  });

  it.each([
    ['service.bund.de (it lists Länder vacancies too)', 'A 13', 'https://www.service.bund.de/IMPORTE/Stellenangebote/editor/x.html'],
    ['a Land authority', 'A 11', 'https://www.lfu.bayern.de/wir/stellenangebote/detail.htm?id=1'],
  ])('A grades on %s: Bund or Land, no amount', (_, scale, url) => {
    expect(lookUpScale({ scale, url, date: '2024-06-01' })).toEqual({ candidates: ['Bundesbesoldung', 'Landesbesoldung'] });
  });

  it('nothing before the first shipped edition', () => {
    expect(lookUpScale({ scale: 'A 13', url: BKG, date: '2024-02-29' })).toBeNull();
  });
});

describe('NHS Agenda for Change, England 2025/26, against the cited copies, to the cent', () => {
  const TRUST = 'https://www.leedsth.nhs.uk/careers/vacancy/123';
  it.each([
    ['Band 5', TRUST, '2025-06-01', 31049, 37796],
    ['Band 6', 'https://www.sth.nhs.uk/jobs/x', '2026-02-02', 38682, 46580],
    ['Band 7', TRUST, '2025-04-01', 47810, 54710],
    ['Band 8a', TRUST, '2026-03-31', 55690, 62682],
    ['Band 9', TRUST, '2025-10-10', 109179, 125637],
    ['Band 2', TRUST, '2025-10-10', 24465, 24465],
    ['Band 5 - Band 6', TRUST, '2025-10-10', 31049, 46580],
  ])('%s on %s, %s: £%s – £%s a year', (scale, url, date, min, max) => {
    expectRange(range(scale, url, date), { min, max, currency: 'GBP', period: 'year', system: 'uk-nhs-afc-england', edition: '2025-04-01' });
  });

  it('Band 5 is the range the Sheffield trust states on apps.trac.jobs (2 February 2026)', () => {
    const fixture = JSON.parse(
      readFileSync(join(__dirname, '../../fixtures/blind/batch-10/nhs-trac-sheffield-band5-audiology/expected.json'), 'utf8'),
    ) as VacancyFacts;
    const england = PAY_TABLES.find((t) => t.system === 'uk-nhs-afc-england')!;
    const band5 = england.scales.Band5!;
    expect([fixture.salary!.min, fixture.salary!.max]).toEqual([band5[0], band5[band5.length - 1]]);
  });

  it('from 1 April 2026 the table is shown as possibly out of date (the 2026/27 award is not shipped)', () => {
    const r = range('Band 5', TRUST, '2026-06-01');
    expect([r.min, r.edition, r.mayBeOutdated]).toEqual([31049, '2025-04-01', true]);
  });

  it('a band on the England-and-Wales job boards gives both tables as candidates, no amount', () => {
    for (const url of ['https://www.jobs.nhs.uk/candidate/jobadvert/C9140-26-0211', 'https://apps.trac.jobs/job/4512876']) {
      expect(lookUpScale({ scale: 'Band 7', url, date: '2025-06-01' }), url).toEqual({
        candidates: ['NHS Agenda for Change (England)', 'NHS Agenda for Change (Wales)'],
      });
    }
  });

  it.each([
    ['a Welsh board (table not shipped)', 'Band 6', 'https://cavuhb.nhs.wales/jobs/1'],
    ['a Scottish board (table not shipped)', 'Band 6', 'https://www.nhsgrampian.scot.nhs.uk/jobs/1'],
    ['an Australian council\'s band', 'Band 6', 'https://careers.banyule.vic.gov.au/jobs/urban-forest-officer-2026-0139'],
    ['the closed Band 1', 'Band 1', 'https://www.leedsth.nhs.uk/careers/vacancy/1'],
    ['before 1 April 2025', 'Band 5', 'https://www.leedsth.nhs.uk/careers/vacancy/1'],
  ])('nothing for %s', (name, scale, url) => {
    const date = name.startsWith('before') ? '2025-03-31' : '2025-06-01';
    expect(lookUpScale({ scale, url, date })).toBeNull();
  });
});

describe('look-up', () => {
  it('a range of scales spans from the first step of the first to the last step of the last', () => {
    const r = range('TVöD-VKA E 6 - TVöD-VKA E 9a', INTERAMT, '2025-06-01');
    expect([r.min, r.max]).toEqual([3152.04, 4844.33]);
  });

  it('a date past the known end still gives the latest table, said to be possibly out of date', () => {
    const r = range('TVöD-VKA E 11', INTERAMT, '2026-12-06');
    expect([r.edition, r.mayBeOutdated]).toEqual(['2025-04-01', true]);
    expect(range('B1', WBDO, '2026-01-15').mayBeOutdated).toBe(true);
  });

  it.each([
    ['E 9a on a German page', 'E 9a', INTERAMT, ['TVöD (Bund)', 'TVöD (VKA)', 'TV-L']],
    ['TVöD-V (Bund or VKA)', 'TVöD-V E 6 - TVöD-V E 9a', INTERAMT, ['TVöD (Bund)', 'TVöD (VKA)']],
    ['A 13 without Bund or Land', 'A13', INTERAMT, ['Bundesbesoldung', 'Landesbesoldung']],
    ['B1 on a Belgian site that is not a local portal', 'B1', 'https://www.gemeente.be/jobs/1', [
      'Rechtspositieregeling lokale besturen (Vlaanderen)',
      'Federale overheid (BOSA)',
    ]],
  ])('ambiguous: %s gives candidates, no amount', (_, scale, url, candidates) => {
    expect(lookUpScale({ scale, url, date: '2025-06-01' })).toEqual({ candidates });
  });

  it.each([
    ['a scale not shipped (B3)', 'B1-B3', WBDO, '2025-06-01'],
    ['before the first edition', 'TVöD-VKA E 9a', INTERAMT, '2023-09-01'],
    ['a system not shipped (TV-L)', 'TV-L E 10', INTERAMT, '2025-06-01'],
    ['a system named in no table (TV-AVH)', 'TV-AVH E 9a', INTERAMT, '2025-06-01'],
    ['two systems at once', 'A7 - A8 / TV-L E 5 - TV-L E 8', INTERAMT, '2025-06-01'],
    ['federal B1 (werkenvoor.be)', 'B1', 'https://werkenvoor.be/nl/vacatures/x', '2025-06-01'],
    ['a GS grade without a locality', 'GS 12', 'https://www.usajobs.gov/job/1', '2025-06-01'],
    ['no scale code', 'Executive Officer', 'https://www.civilservicejobs.service.gov.uk/x', '2025-06-01'],
  ])('nothing for %s', (_, scale, url, date) => {
    expect(lookUpScale({ scale, url, date })).toBeNull();
  });
});

describe('indicativePay over the fixture corpus (reviewed pages and blind batches)', () => {
  const fixtures = join(__dirname, '../../fixtures');
  /** Every expected.json under a folder, at any depth (the blind corpus nests batches). */
  const expectedFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return expectedFiles(path);
      return entry.name === 'expected.json' ? [path] : [];
    });
  const vacancies = ['pages', 'blind']
    .flatMap((corpus) => expectedFiles(join(fixtures, corpus)))
    .map((file) => {
      try {
        return [file.slice(fixtures.length + 1, -'/expected.json'.length), JSON.parse(readFileSync(file, 'utf8')) as VacancyFacts] as const;
      } catch {
        return null;
      }
    })
    .filter((p): p is readonly [string, VacancyFacts] => p !== null && p[1].isVacancy && p[1].salary !== null);
  const scaleOnly = vacancies.filter(([, f]) => f.salary!.scale && f.salary!.min === null && f.salary!.max === null);

  it('every scale-only vacancy of a shipped system (TVöD-VKA named) gets the range of the table in force', () => {
    const vka = scaleOnly.filter(([, f]) => /^TVöD-VKA E \d+[a-c]?$/.test(f.salary!.scale!));
    expect(vka.length).toBeGreaterThanOrEqual(10);
    for (const [name, facts] of vka) {
      const found = indicativePay(facts, NOW);
      expect(found && isRange(found) ? found.system : found, name).toBe('de-tvoed-vka');
      // Read today (no publication date on these pages): the latest table, said to be possibly out of date.
      if (facts.published === null) expect((found as IndicativeRange).mayBeOutdated, name).toBe(true);
    }
  });

  it.each([
    ['pages/interamt-kreis-viersen-hygienekontrolleur', ['TVöD (Bund)', 'TVöD (VKA)']],
    ['pages/interamt-bad-arolsen-stv-fachbereichsleitung', ['Bundesbesoldung', 'Landesbesoldung']],
    ['blind/batch-4/de-koeln-sachbearbeitung-wohngeld', ['TVöD (Bund)', 'TVöD (VKA)']],
    ['blind/batch-3/be-stad-tielt-bibliothecaris', ['Rechtspositieregeling lokale besturen (Vlaanderen)', 'Federale overheid (BOSA)']],
    // A Walloon CPAS in French: not the Flemish scales.
    ['blind/batch-5/be-wal-cpas-namur-assistant-social-insertion', ['Pouvoirs locaux (Wallonie)', 'Federale overheid (BOSA)']],
  ])('ambiguous %s: the candidates, no amount', (name, candidates) => {
    const facts = vacancies.find(([n]) => n === name)?.[1];
    expect(facts, name).toBeDefined();
    expect(indicativePay(facts!, NOW)).toEqual({ candidates });
  });

  it('a scale-only vacancy gets a range, candidates or nothing: never an amount from another system', () => {
    const results = scaleOnly.map(([name, facts]) => [name, facts, indicativePay(facts, NOW)] as const);
    for (const [name, facts, found] of results) {
      if (!found || !isRange(found)) continue;
      // Only a scale whose system the page or its portal names gets amounts.
      const scale = facts.salary!.scale!;
      const named = scale.startsWith('TVöD-VKA ') || (/^(AD|AST) \d/.test(scale) && facts.url!.includes('europa.eu')) || /^B1$/.test(scale);
      expect(named, `${name}: ${scale}`).toBe(true);
    }
    // Two systems at once ("A11 / TV-L E 11"), tables not shipped (TV-L, TV-V, W 2) and other countries' B1 give nothing.
    for (const name of [
      'blind/batch-10/de-lfu-bayern-ingenieur-hochwasserschutz-hof',
      'blind/batch-6/de-uni-rostock-sachbearbeitung-pruefungsamt',
      'blind/batch-7/de-swtue-ingenieur-netzplanung-strom',
      'pages/interamt-uni-koeln-professur-musikethnologie',
      'blind/batch-2/lu-govjobs-pch-gestionnaire-administratif-b1',
    ]) {
      const found = results.find(([n]) => n === name);
      expect(found, name).toBeDefined();
      expect(found![2], name).toBeNull();
    }
  });

  it('no vacancy that states an amount gets an indicative one', () => {
    const withAmounts = vacancies.filter(([, f]) => f.salary!.min !== null || f.salary!.max !== null);
    expect(withAmounts.length).toBeGreaterThan(40);
    for (const [name, facts] of withAmounts) expect(indicativePay(facts, NOW), name).toBeNull();
  });
});

describe('the pay tables part', () => {
  it('imports only the model (and itself): it stays pure and runnable in Node', () => {
    const dir = join(__dirname, '../../../src/paytables');
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile() && f.name.endsWith('.ts'))
      .map((f) => join(f.parentPath, f.name));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const imports = [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      for (const spec of imports) {
        expect(spec.startsWith('.') || spec === 'zod', `${file}: ${spec}`).toBe(true);
        expect(/^\.\.\/(?!model\/)|^\.\.\/\.\.\//.test(spec), `${file}: ${spec}`).toBe(false);
      }
    }
  });
});
