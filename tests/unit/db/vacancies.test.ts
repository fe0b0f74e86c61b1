import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VacalensDb } from '../../../src/db/database';
import { findByUrl, listSummaries, setStatus, trackVacancy } from '../../../src/db/vacancies';
import { FIXED_NOW, seedFacts } from '../helpers';

const URL_A = 'https://www.werkenbijdeoverheid.be/vacature/a/A.html';
let db: VacalensDb;
let ids = 0;
const newId = () => `id-${++ids}`;

beforeEach(() => {
  db = new VacalensDb(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('tracking', () => {
  it('stores the facts, a snapshot of the text and a first history entry', async () => {
    const record = await trackVacancy(db, { url: URL_A, facts: seedFacts(), snapshotText: 'De tekst' }, FIXED_NOW, newId);
    const stored = await db.vacancies.get(record.id);
    expect(stored).toMatchObject({
      url: URL_A,
      status: 'interested',
      history: [{ status: 'interested', at: '2026-01-20T09:30:00.000Z' }],
      snapshot: { text: 'De tekst', capturedAt: '2026-01-20T09:30:00.000Z' },
    });
    expect(stored?.facts.salary?.min).toBe(3059.65);
  });

  it('returns the existing record when the same address is tracked again', async () => {
    const first = await trackVacancy(db, { url: URL_A, facts: seedFacts(), snapshotText: 'a' }, FIXED_NOW, newId);
    const second = await trackVacancy(db, { url: URL_A, facts: seedFacts(), snapshotText: 'b' }, FIXED_NOW, newId);
    expect(second.id).toBe(first.id);
    expect(await db.vacancies.count()).toBe(1);
    expect((await findByUrl(db, URL_A))?.snapshot.text).toBe('a');
  });

  it('records a status change with its date, once', async () => {
    const { id } = await trackVacancy(db, { url: URL_A, facts: seedFacts(), snapshotText: '' }, FIXED_NOW, newId);
    const later = new Date('2026-01-25T10:00:00Z');
    await setStatus(db, id, 'applied', later);
    const again = await setStatus(db, id, 'applied', later);
    expect(again.status).toBe('applied');
    expect(again.history.map((h) => h.status)).toEqual(['interested', 'applied']);
    expect(again.history[1]?.at).toBe('2026-01-25T10:00:00.000Z');
  });

  it('refuses a status change for an unknown id and writes nothing', async () => {
    await expect(setStatus(db, 'nope', 'applied', FIXED_NOW)).rejects.toThrow(/No tracked vacancy/);
    expect(await db.vacancies.count()).toBe(0);
  });

  it('lists the next deadline first and vacancies without one last', async () => {
    const facts = (deadline: string | null, title: string) => ({ ...seedFacts(), deadline, title });
    await trackVacancy(db, { url: `${URL_A}?1`, facts: facts(null, 'none'), snapshotText: '' }, FIXED_NOW, newId);
    await trackVacancy(db, { url: `${URL_A}?2`, facts: facts('2026-03-01', 'march'), snapshotText: '' }, FIXED_NOW, newId);
    await trackVacancy(db, { url: `${URL_A}?3`, facts: facts('2026-02-01', 'feb'), snapshotText: '' }, FIXED_NOW, newId);
    expect((await listSummaries(db)).map((s) => s.title)).toEqual(['feb', 'march', 'none']);
  });
});
