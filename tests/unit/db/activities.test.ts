import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activitiesOfVacancy, addActivity, deleteActivity, listActivities, updateActivity } from '../../../src/db/activities';
import { V4_STORES, V6_STORES, VacalensDb } from '../../../src/db/database';
import { ConflictError } from '../../../src/db/errors';
import { emptyActivityInput, type ActivityInput } from '../../../src/model/activity';
import { upgradeV1 } from '../../../src/model/tracked';
import { FIXED_NOW, seedFacts } from '../helpers';

let db: VacalensDb;
let ids = 0;
const newId = () => `act-${++ids}`;
const input = (over: Partial<ActivityInput> & Pick<ActivityInput, 'date'>): ActivityInput => ({
  ...emptyActivityInput(over.date, over.type ?? 'open-application'),
  employer: 'Gemeente Schoten',
  ...over,
});

beforeEach(() => {
  db = new VacalensDb(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('activities in the database', () => {
  it('adds what the person typed, validated, and lists it', async () => {
    const added = await addActivity(db, input({ date: '2026-02-02', how: 'letter', minutes: 60 }), FIXED_NOW, newId);
    expect(await db.activities.get(added.id)).toEqual(added);
    expect(await listActivities(db)).toEqual([added]);
  });

  it.each([
    ['a date that is not a day', { date: 'tomorrow' }],
    ['an unknown type', { type: 'lottery' }],
    ['a megabyte of notes', { notes: 'x'.repeat(1_000_000) }],
  ])('refuses %s and stores nothing', async (_name, over) => {
    await expect(addActivity(db, { ...input({ date: '2026-02-02' }), ...over }, FIXED_NOW, newId)).rejects.toThrow();
    expect(await db.activities.count()).toBe(0);
  });

  it('lists a period of days, inclusive, oldest first and in the order recorded within a day', async () => {
    const later = new Date(FIXED_NOW.getTime() + 60_000);
    await addActivity(db, input({ date: '2026-02-10', employer: 'B' }), later, newId);
    await addActivity(db, input({ date: '2026-02-10', employer: 'A' }), FIXED_NOW, newId);
    await addActivity(db, input({ date: '2026-01-31', employer: 'before' }), FIXED_NOW, newId);
    await addActivity(db, input({ date: '2026-02-28', employer: 'last day' }), FIXED_NOW, newId);
    await addActivity(db, input({ date: '2026-03-01', employer: 'after' }), FIXED_NOW, newId);
    const february = await listActivities(db, { from: '2026-02-01', to: '2026-02-28' });
    expect(february.map((a) => a.employer)).toEqual(['A', 'B', 'last day']);
    expect((await listActivities(db, { from: '2026-02-28' })).map((a) => a.employer)).toEqual(['last day', 'after']);
  });

  it('changes an activity, and refuses to overwrite a change made meanwhile elsewhere', async () => {
    const added = await addActivity(db, input({ date: '2026-02-02' }), FIXED_NOW, newId);
    const later = new Date('2026-02-03T10:00:00Z');
    const changed = await updateActivity(db, added.id, { result: 'Uitgenodigd' }, later, added.updatedAt);
    expect(changed).toMatchObject({ id: added.id, result: 'Uitgenodigd', createdAt: added.createdAt, updatedAt: later.toISOString() });
    await expect(updateActivity(db, added.id, { result: 'Afgewezen' }, later, added.updatedAt)).rejects.toBeInstanceOf(ConflictError);
    await expect(updateActivity(db, added.id, { minutes: -1 }, later)).rejects.toThrow();
    expect((await db.activities.get(added.id))?.result).toBe('Uitgenodigd');
    await expect(updateActivity(db, 'nope', {}, later)).rejects.toThrow(/No activity/);
  });

  it('deletes an activity; deleting it again changes nothing', async () => {
    const added = await addActivity(db, input({ date: '2026-02-02' }), FIXED_NOW, newId);
    await deleteActivity(db, added.id);
    await deleteActivity(db, added.id);
    expect(await db.activities.count()).toBe(0);
  });

  it('finds the activities of one tracked vacancy', async () => {
    await addActivity(db, input({ date: '2026-02-11', type: 'interview', vacancyId: 'v1' }), FIXED_NOW, newId);
    await addActivity(db, input({ date: '2026-02-03', type: 'test', vacancyId: 'v1' }), FIXED_NOW, newId);
    await addActivity(db, input({ date: '2026-02-04', vacancyId: 'v2' }), FIXED_NOW, newId);
    await addActivity(db, input({ date: '2026-02-05' }), FIXED_NOW, newId);
    expect((await activitiesOfVacancy(db, 'v1')).map((a) => [a.date, a.type])).toEqual([
      ['2026-02-03', 'test'],
      ['2026-02-11', 'interview'],
    ]);
  });
});

describe('database version 5 → 6', () => {
  let name = '';
  afterEach(async () => {
    await Dexie.delete(name);
  });

  it('adds an empty activities table and leaves the vacancies, summaries and settings as they were', async () => {
    name = `migration-${Math.random()}`;
    const v5 = new Dexie(name);
    v5.version(5).stores(V4_STORES);
    const record = { ...upgradeV1({
      id: 'v',
      url: 'https://example.org/v',
      facts: seedFacts(),
      snapshot: { text: 'tekst', capturedAt: '2026-01-20T09:30:00.000Z' },
      status: 'interested',
      history: [{ status: 'interested', at: '2026-01-20T09:30:00.000Z' }],
      notes: '',
      trackedAt: '2026-01-20T09:30:00.000Z',
      updatedAt: '2026-01-20T09:30:00.000Z',
    }), matchKeys: ['ref:x'] };
    await v5.table('vacancies').add(record);
    await v5.table('settings').put({ key: 'settings', value: { reminders: false, deadlineReminderDays: 5, reportName: 'Sam' } });
    v5.close();

    const upgraded = new VacalensDb(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(6);
    expect(await upgraded.vacancies.get('v')).toEqual(record);
    expect((await upgraded.settings.get('settings'))?.value).toEqual({ reminders: false, deadlineReminderDays: 5, reportName: 'Sam' });
    expect(await upgraded.activities.count()).toBe(0);
    expect(Object.keys(V6_STORES)).toEqual([...Object.keys(V4_STORES), 'activities']);
    await addActivity(upgraded, input({ date: '2026-02-02' }), FIXED_NOW, newId);
    expect(await upgraded.activities.count()).toBe(1);
    upgraded.close();
  });
});
