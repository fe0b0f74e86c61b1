import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VacalensDb } from '../../../src/db/database';
import { listAll, listSummaries, putVacancies } from '../../../src/db/vacancies';
import { FIXED_NOW } from '../helpers';
import { generateVacancies } from './generate';

/**
 * 5,000 tracked vacancies on fake-indexeddb. The numbers are printed, not asserted (a timed
 * assertion fails on a busy machine); what is asserted is that the lists read the small summaries.
 */
const N = 5_000;
let db: VacalensDb;

beforeAll(async () => {
  db = new VacalensDb(`perf-${Math.random()}`);
  await putVacancies(db, generateVacancies(N, FIXED_NOW));
}, 120_000);
afterAll(async () => {
  await db.delete();
});

const time = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const result = await fn();
  return [result, Math.round(performance.now() - start)];
};

describe(`${N} tracked vacancies`, () => {
  it('the popup list reads summaries, a small fraction of the full records', async () => {
    const [summaries, summaryMs] = await time(() => listSummaries(db));
    const [records, fullMs] = await time(() => listAll(db));
    const summaryBytes = JSON.stringify(summaries).length;
    const fullBytes = JSON.stringify(records).length;
    console.info(
      `listSummaries: ${summaryMs} ms, ${(summaryBytes / 1e6).toFixed(2)} MB; full records: ${fullMs} ms, ${(fullBytes / 1e6).toFixed(1)} MB`,
    );
    expect(summaries).toHaveLength(N);
    expect(summaryBytes * 10).toBeLessThan(fullBytes);
  });
});
