import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VacalensDb } from '../../../src/db/database';
import { toStoredSummary } from '../../../src/db/summaries';
import {
  expireOverdue,
  findByUrl,
  getSettings,
  getVacancy,
  listSummaries,
  putSettings,
  trackVacancy,
  updateVacancy,
} from '../../../src/db/vacancies';
import { isDuplicateCandidates, type TrackResult } from '../../../src/model/duplicates';
import { withCorrection, withStatus, type TrackedSummary } from '../../../src/model/tracked';
import { FIXED_NOW, seedFacts } from '../helpers';

const URL_A = 'https://www.werkenbijdeoverheid.be/vacature/a/A.html';
const URL_B = 'https://www.vdab.be/vindeenjob/vacatures/123';
let db: VacalensDb;
let ids = 0;
const newId = () => `id-${++ids}`;

beforeEach(() => {
  db = new VacalensDb(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

function tracked(result: TrackResult): TrackedSummary {
  if (isDuplicateCandidates(result)) throw new Error('expected a tracked vacancy, got duplicate candidates');
  return result;
}

describe('tracking', () => {
  it('stores the facts, a snapshot of the text and address, and a first history entry', async () => {
    const summary = tracked(await trackVacancy(db, { url: URL_A, facts: seedFacts(), snapshotText: 'De tekst' }, FIXED_NOW, newId));
    const stored = await getVacancy(db, summary.id);
    expect(stored).toEqual({
      id: summary.id,
      url: URL_A,
      sourceUrls: [URL_A],
      facts: seedFacts(),
      corrections: {},
      snapshot: { text: 'De tekst', url: URL_A, capturedAt: '2026-01-20T09:30:00.000Z' },
      status: 'interested',
      history: [{ status: 'interested', at: '2026-01-20T09:30:00.000Z', recordedAt: '2026-01-20T09:30:00.000Z', by: 'user' }],
      applied: null,
      notes: '',
      trackedAt: '2026-01-20T09:30:00.000Z',
      updatedAt: '2026-01-20T09:30:00.000Z',
    });
    expect(await db.summaries.get(summary.id)).toEqual(toStoredSummary(summary));
    expect(summary).toMatchObject({ portal: 'werkenbijdeoverheid.be', eventDates: ['2026-02-03', '2026-02-05', '2026-02-11'] });
  });

  it('returns the existing record when the same address is tracked again', async () => {
    const first = tracked(await trackVacancy(db, { url: URL_A, facts: seedFacts(), snapshotText: 'a' }, FIXED_NOW, newId));
    const second = tracked(await trackVacancy(db, { url: URL_A, facts: seedFacts(), snapshotText: 'b' }, FIXED_NOW, newId));
    expect(second.id).toBe(first.id);
    expect(await db.vacancies.count()).toBe(1);
    expect((await findByUrl(db, URL_A))?.snapshot.text).toBe('a');
  });

  it('records a status change with its date, once, in the record and its summary', async () => {
    const { id } = tracked(await trackVacancy(db, { url: URL_A, facts: seedFacts(), snapshotText: '' }, FIXED_NOW, newId));
    const later = new Date('2026-01-25T10:00:00Z');
    await updateVacancy(db, id, (r) => withStatus(r, 'applied', later));
    const again = await updateVacancy(db, id, (r) => withStatus(r, 'applied', later));
    expect(again.status).toBe('applied');
    const record = await getVacancy(db, id);
    expect(record?.history.map((h) => [h.status, h.at])).toEqual([
      ['interested', '2026-01-20T09:30:00.000Z'],
      ['applied', '2026-01-25T10:00:00.000Z'],
    ]);
    expect((await db.summaries.get(id))?.status).toBe('applied');
  });

  it('refuses a change to an unknown id and writes nothing', async () => {
    await expect(updateVacancy(db, 'nope', (r) => withStatus(r, 'applied', FIXED_NOW))).rejects.toThrow(/No tracked vacancy/);
    expect(await db.vacancies.count()).toBe(0);
    expect(await db.summaries.count()).toBe(0);
  });

  it('a correction shows in the summary; the captured facts stay', async () => {
    const { id } = tracked(await trackVacancy(db, { url: URL_A, facts: seedFacts(), snapshotText: '' }, FIXED_NOW, newId));
    await updateVacancy(db, id, (r) => withCorrection(r, 'deadline', '2026-02-15', FIXED_NOW));
    expect((await db.summaries.get(id))?.deadline).toBe('2026-02-15');
    expect((await getVacancy(db, id))?.facts.deadline).toBe('2026-02-01');
  });

  it('lists the next deadline first and vacancies without one last', async () => {
    const facts = (deadline: string | null, title: string) => ({ ...seedFacts(), url: `${URL_A}?${title}`, deadline, title });
    await trackVacancy(db, { url: `${URL_A}?none`, facts: facts(null, 'none'), snapshotText: '' }, FIXED_NOW, newId);
    await trackVacancy(db, { url: `${URL_A}?march`, facts: facts('2026-03-01', 'march'), snapshotText: '' }, FIXED_NOW, newId);
    await trackVacancy(db, { url: `${URL_A}?feb`, facts: facts('2026-02-01', 'feb'), snapshotText: '' }, FIXED_NOW, newId);
    expect((await listSummaries(db)).map((s) => s.title)).toEqual(['feb', 'march', 'none']);
  });
});

describe('duplicates', () => {
  const other = { ...seedFacts(), url: URL_B };

  it.each([
    ['the same title and organisation, written differently', { title: 'COMMUNICATIEMEDEWERKER – lokale besturen', organisation: 'provincie antwerpen' }, ['title-organisation']],
    ['the same official reference', { title: 'Another title', reference: '2026 / 017' }, ['reference']],
  ] as const)('a vacancy at another address with %s is offered as a match, not stored', async (_name, changes, reasons) => {
    const first = tracked(await trackVacancy(db, { url: URL_A, facts: { ...seedFacts(), reference: '2026/017' }, snapshotText: '' }, FIXED_NOW, newId));
    const result = await trackVacancy(db, { url: URL_B, facts: { ...other, ...changes }, snapshotText: '' }, FIXED_NOW, newId);
    expect(result).toEqual({ status: 'duplicate-candidates', matches: [{ vacancy: first, reasons }] });
    expect(await db.vacancies.count()).toBe(1);
  });

  it('a page whose canonical address is a tracked one is offered as a match', async () => {
    const first = tracked(await trackVacancy(db, { url: URL_A, facts: seedFacts(), snapshotText: '' }, FIXED_NOW, newId));
    const result = await trackVacancy(
      db,
      { url: `${URL_A}?utm_source=mail`, canonicalUrl: URL_A, facts: { ...seedFacts(), title: 'x', organisation: 'y' }, snapshotText: '' },
      FIXED_NOW,
      newId,
    );
    expect(isDuplicateCandidates(result) && result.matches.map((m) => [m.vacancy.id, m.reasons])).toEqual([[first.id, ['url']]]);
  });

  it.each([
    ['another title at the same organisation', { title: 'Boekhouder' }],
    ['the same title at another organisation', { organisation: 'Stad Gent' }],
    ['a different reference, even with the same title elsewhere', { reference: '2026/999', organisation: 'Stad Gent' }],
  ])('%s is not a match', async (_name, changes) => {
    await trackVacancy(db, { url: URL_A, facts: { ...seedFacts(), reference: '2026/017' }, snapshotText: '' }, FIXED_NOW, newId);
    const result = await trackVacancy(db, { url: URL_B, facts: { ...other, ...changes }, snapshotText: '' }, FIXED_NOW, newId);
    expect(isDuplicateCandidates(result)).toBe(false);
  });

  it('add-source keeps one record with both addresses; the address then finds it', async () => {
    const first = tracked(await trackVacancy(db, { url: URL_A, facts: seedFacts(), snapshotText: 'a' }, FIXED_NOW, newId));
    const merged = tracked(
      await trackVacancy(db, { url: URL_B, facts: other, snapshotText: 'b' }, FIXED_NOW, newId, { onDuplicate: 'add-source', matchId: first.id }),
    );
    expect(merged.id).toBe(first.id);
    expect((await getVacancy(db, first.id))?.sourceUrls).toEqual([URL_A, URL_B]);
    expect((await findByUrl(db, URL_B))?.id).toBe(first.id);
    expect(await db.vacancies.count()).toBe(1);
  });

  it('track-separately stores a second record', async () => {
    await trackVacancy(db, { url: URL_A, facts: seedFacts(), snapshotText: '' }, FIXED_NOW, newId);
    const second = tracked(await trackVacancy(db, { url: URL_B, facts: other, snapshotText: '' }, FIXED_NOW, newId, { onDuplicate: 'track-separately' }));
    expect(second.url).toBe(URL_B);
    expect(await db.summaries.count()).toBe(2);
  });

  it('add-source to an unknown id is refused', async () => {
    await expect(
      trackVacancy(db, { url: URL_B, facts: other, snapshotText: '' }, FIXED_NOW, newId, { onDuplicate: 'add-source', matchId: 'nope' }),
    ).rejects.toThrow(/No tracked vacancy/);
    expect(await db.vacancies.count()).toBe(0);
  });
});

describe('expiry', () => {
  const facts = (deadline: string | null, url: string) => ({ ...seedFacts(), url, deadline, title: url });
  it('expires interested vacancies whose deadline passed after tracking, and nothing else', async () => {
    const track = async (deadline: string | null, url: string) =>
      tracked(await trackVacancy(db, { url, facts: facts(deadline, url), snapshotText: '' }, FIXED_NOW, newId));
    const passed = await track('2026-01-31', `${URL_A}?passed`);
    const today = await track('2026-02-01', `${URL_A}?today`);
    const applied = await track('2026-01-25', `${URL_A}?applied`);
    const before = await track('2026-01-10', `${URL_A}?before-tracking`);
    await track(null, `${URL_A}?none`);
    await updateVacancy(db, applied.id, (r) => withStatus(r, 'applied', FIXED_NOW));

    const expired = await expireOverdue(db, new Date(2026, 1, 1, 12));
    expect(expired.map((s) => s.id)).toEqual([passed.id]);
    const record = await getVacancy(db, passed.id);
    expect(record?.history.at(-1)).toMatchObject({ status: 'expired', by: 'auto' });
    expect((await db.summaries.get(today.id))?.status).toBe('interested');
    expect((await db.summaries.get(before.id))?.status).toBe('interested');
    expect(await expireOverdue(db, new Date(2026, 1, 1, 12))).toEqual([]);
  });
});

describe('settings', () => {
  it('start at the defaults and keep what is saved', async () => {
    expect(await getSettings(db)).toEqual({ reminders: true, deadlineReminderDays: 3, reportName: '' });
    await putSettings(db, { reminders: false, deadlineReminderDays: 7, reportName: '' });
    expect(await getSettings(db)).toEqual({ reminders: false, deadlineReminderDays: 7, reportName: '' });
  });
});
