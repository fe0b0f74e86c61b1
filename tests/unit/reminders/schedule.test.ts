import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { VacalensDb } from '../../../src/db/database';
import { getVacancy, putSettings, trackVacancy } from '../../../src/db/vacancies';
import { isDuplicateCandidates, type TrackResult } from '../../../src/model/duplicates';
import { onAlarm, sweep, syncReminders, type ReminderDeps } from '../../../src/platform/reminders';
import {
  MAX_REMINDER_ALARMS,
  SWEEP_ALARM,
  alarmName,
  diffAlarms,
  parseAlarmName,
  planAlarms,
} from '../../../src/reminders/schedule';
import type { TrackedSummary } from '../../../src/model/tracked';
import { seedFacts, translatorFor } from '../helpers';

// Local times throughout: reminders come at 09:00 in the user's own time zone.
const NOW = new Date(2026, 0, 20, 10, 0);
const ON = { reminders: true, deadlineReminderDays: 3, reportName: '' };

const summary = (over: Partial<TrackedSummary>): TrackedSummary => ({
  id: 'a',
  url: 'https://p.example/a',
  title: 'a',
  organisation: null,
  reference: null,
  location: null,
  deadline: null,
  eventDates: [],
  language: 'nl',
  portal: 'p.example',
  status: 'interested',
  applied: null,
  trackedAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
  ...over,
});

describe('planAlarms', () => {
  it('a deadline reminder N days before at 09:00, an event reminder the day before', () => {
    const planned = planAlarms([summary({ deadline: '2026-02-01', eventDates: ['2026-02-03', '2026-02-11'] })], ON, NOW);
    expect(planned).toEqual([
      { name: 'vacalens:remind:deadline:a:2026-02-01', when: new Date(2026, 0, 29, 9).getTime() },
      { name: 'vacalens:remind:event:a:2026-02-03', when: new Date(2026, 1, 2, 9).getTime() },
      { name: 'vacalens:remind:event:a:2026-02-11', when: new Date(2026, 1, 10, 9).getTime() },
    ]);
  });

  it('uses the configured number of days and the day of a deadline with a time', () => {
    const planned = planAlarms([summary({ deadline: '2026-02-01T23:59:00+01:00' })], { reminders: true, deadlineReminderDays: 7, reportName: '' }, NOW);
    expect(planned).toEqual([{ name: 'vacalens:remind:deadline:a:2026-02-01', when: new Date(2026, 0, 25, 9).getTime() }]);
  });

  it.each([
    ['reminders turned off', summary({ deadline: '2026-02-01', eventDates: ['2026-02-03'] }), { reminders: false, deadlineReminderDays: 3, reportName: '' }],
    ['a closed vacancy', summary({ status: 'rejected', deadline: '2026-02-01', eventDates: ['2026-02-03'] }), ON],
    ['a reminder moment already past', summary({ deadline: '2026-01-22', eventDates: ['2026-01-20'] }), ON],
    ['nothing dated', summary({}), ON],
  ])('none for %s', (_name, s, settings) => {
    expect(planAlarms([s], settings, NOW)).toEqual([]);
  });

  it('no deadline reminder once applied; the events still come', () => {
    const planned = planAlarms([summary({ status: 'applied', deadline: '2026-02-01', eventDates: ['2026-02-03'] })], ON, NOW);
    expect(planned.map((p) => p.name)).toEqual(['vacalens:remind:event:a:2026-02-03']);
  });

  it(`keeps the ${MAX_REMINDER_ALARMS} soonest of thousands`, () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      summary({ id: `v${i}`, deadline: new Date(2026, 1, 1 + (i % 300)).toISOString().slice(0, 10) }),
    );
    const planned = planAlarms(many, ON, NOW);
    expect(planned).toHaveLength(MAX_REMINDER_ALARMS);
    expect(planned.every((p, i) => i === 0 || planned[i - 1]!.when <= p.when)).toBe(true);
  });

  it('alarm names round-trip, ids with colons included', () => {
    expect(parseAlarmName(alarmName('event', 'a:b', '2026-02-03'))).toEqual({ kind: 'event', id: 'a:b', day: '2026-02-03' });
    expect(parseAlarmName(SWEEP_ALARM)).toBeNull();
  });
});

describe('diffAlarms', () => {
  it('clears what is no longer planned or moved, creates what is missing, leaves other alarms alone', () => {
    const existing = [
      { name: 'vacalens:remind:deadline:a:2026-02-01', scheduledTime: 1 },
      { name: 'vacalens:remind:deadline:b:2026-02-01', scheduledTime: 2 },
      { name: 'vacalens:remind:event:c:2026-02-01', scheduledTime: 3 },
      { name: SWEEP_ALARM, scheduledTime: 4 },
    ];
    const planned = [
      { name: 'vacalens:remind:deadline:a:2026-02-01', when: 1 },
      { name: 'vacalens:remind:deadline:b:2026-02-01', when: 5 },
      { name: 'vacalens:remind:event:d:2026-02-01', when: 6 },
    ];
    expect(diffAlarms(existing, planned)).toEqual({
      clear: ['vacalens:remind:deadline:b:2026-02-01', 'vacalens:remind:event:c:2026-02-01'],
      create: [planned[1], planned[2]],
    });
  });
});

describe('the background side, on the fake browser', () => {
  let db: VacalensDb;
  let now: Date;
  let changed: TrackedSummary[];
  let deps: ReminderDeps;
  const tracked = (r: TrackResult) => {
    if (isDuplicateCandidates(r)) throw new Error('duplicate');
    return r;
  };

  beforeEach(() => {
    fakeBrowser.reset();
    db = new VacalensDb(`rem-${Math.random()}`);
    now = NOW;
    changed = [];
    deps = {
      db,
      alarms: fakeBrowser.alarms,
      notifications: fakeBrowser.notifications,
      now: () => now,
      t: translatorFor('nl'),
      iconUrl: 'data:image/png;base64,',
      onChanged: (c) => changed.push(...c),
    };
  });
  afterEach(async () => {
    await db.delete();
  });

  it('registers the alarms for a tracked deadline and clears them when reminders are turned off', async () => {
    const { id } = tracked(await trackVacancy(db, { url: 'https://p.example/a', facts: seedFacts(), snapshotText: '' }, NOW, () => 'v1'));
    await syncReminders(deps);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.find((a) => a.name === `vacalens:remind:deadline:${id}:2026-02-01`)?.scheduledTime).toBe(new Date(2026, 0, 29, 9).getTime());
    expect(alarms).toHaveLength(4);

    await putSettings(db, { reminders: false, deadlineReminderDays: 3, reportName: '' });
    await syncReminders(deps);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('a firing deadline alarm shows a notification in the user language', async () => {
    const { id } = tracked(await trackVacancy(db, { url: 'https://p.example/a', facts: seedFacts(), snapshotText: '' }, NOW, () => 'v1'));
    const shown: unknown[] = [];
    deps.notifications = { create: async (nid: string, options: unknown) => (shown.push([nid, options]), nid) } as ReminderDeps['notifications'];
    now = new Date(2026, 0, 29, 9);
    await onAlarm(deps, `vacalens:remind:deadline:${id}:2026-02-01`);
    expect(shown).toEqual([
      [
        `vacalens:remind:deadline:${id}:2026-02-01`,
        expect.objectContaining({ title: 'Communicatiemedewerker lokale besturen', message: 'Uiterste datum om te solliciteren: over 3 dagen.', contextMessage: 'Provincie Antwerpen' }),
      ],
    ]);
  });

  it('no notification for a deadline once applied', async () => {
    const { id } = tracked(await trackVacancy(db, { url: 'https://p.example/a', facts: seedFacts(), snapshotText: '' }, NOW, () => 'v1'));
    await db.summaries.update(id, { status: 'applied' });
    await db.vacancies.update(id, { status: 'applied' });
    const shown: unknown[] = [];
    deps.notifications = { create: async (nid: string, options: unknown) => (shown.push(options), nid) } as ReminderDeps['notifications'];
    await onAlarm(deps, `vacalens:remind:deadline:${id}:2026-02-01`);
    expect(shown).toEqual([]);
  });

  it('the sweep expires an overdue vacancy, announces it, and plans no reminder for it', async () => {
    const { id } = tracked(await trackVacancy(db, { url: 'https://p.example/a', facts: { ...seedFacts(), events: [] }, snapshotText: '' }, NOW, () => 'v1'));
    now = new Date(2026, 1, 2, 8);
    await sweep(deps);
    expect((await getVacancy(db, id))?.status).toBe('expired');
    expect(changed.map((c) => [c.id, c.status])).toEqual([[id, 'expired']]);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});
