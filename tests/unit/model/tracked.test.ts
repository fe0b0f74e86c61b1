import { describe, expect, it } from 'vitest';
import { readSettings } from '../../../src/model/settings';
import {
  STATUSES,
  nextDue,
  shouldExpire,
  sortByNextDue,
  upgradeV1,
  withApplied,
  withCorrection,
  NOT_STATED,
  withHistoryDate,
  withStatus,
  type Status,
  type TrackedSummary,
  type TrackedVacancy,
} from '../../../src/model/tracked';
import { seedFacts } from '../helpers';
import { effectiveFacts } from '../../../src/model/views';

const T0 = '2026-01-20T09:30:00.000Z';
const LATER = new Date('2026-01-25T10:00:00Z');

function record(status: Status = 'interested'): TrackedVacancy {
  return upgradeV1({
    id: 'a',
    url: 'https://www.werkenbijdeoverheid.be/vacature/a',
    facts: seedFacts(),
    snapshot: { text: '', capturedAt: T0 },
    status,
    history: [{ status, at: T0 }],
    notes: '',
    trackedAt: T0,
    updatedAt: T0,
  });
}

describe('status changes', () => {
  it.each(STATUSES.flatMap((from) => STATUSES.filter((to) => to !== from).map((to) => [from, to] as const)))(
    '%s → %s is allowed and dated',
    (from, to) => {
      const changed = withStatus(record(from), to, LATER);
      expect(changed.status).toBe(to);
      expect(changed.history.at(-1)).toEqual({ status: to, at: LATER.toISOString(), recordedAt: LATER.toISOString(), by: 'user' });
      expect(changed.updatedAt).toBe(LATER.toISOString());
    },
  );

  it('setting the same status records nothing', () => {
    const r = record('test');
    expect(withStatus(r, 'test', LATER)).toBe(r);
  });

  it('a corrected date is kept as `at`, beside the time it was recorded', () => {
    const changed = withStatus(record(), 'interview', LATER, '2026-01-22');
    expect(changed.history.at(-1)).toEqual({ status: 'interview', at: '2026-01-22', recordedAt: LATER.toISOString(), by: 'user' });
  });

  it('moving to applied records the day of application once, and how stays unknown', () => {
    const applied = withStatus(record(), 'applied', LATER, '2026-01-23');
    expect(applied.applied).toEqual({ date: '2026-01-23', via: null });
    const moved = withStatus(withStatus(applied, 'test', LATER), 'applied', new Date('2026-02-01T00:00:00Z'));
    expect(moved.applied).toEqual({ date: '2026-01-23', via: null });
  });

  it('a history date is corrected in place; the recording time stays', () => {
    const changed = withHistoryDate(withStatus(record(), 'applied', LATER), 1, '2026-01-24', new Date('2026-01-26T00:00:00Z'));
    expect(changed.history[1]).toEqual({ status: 'applied', at: '2026-01-24', recordedAt: LATER.toISOString(), by: 'user' });
    expect(() => withHistoryDate(record(), 5, '2026-01-24', LATER)).toThrow(/No history entry 5/);
  });
});

describe('applying', () => {
  it.each([
    ['interested', 'applied', 2],
    ['expired', 'applied', 2],
    ['rejected', 'rejected', 2],
  ] as const)('from %s, recording an application leaves the status %s and adds its step', (from, status, entries) => {
    const changed = withApplied(record(from), { date: '2026-01-22', via: 'email' }, LATER);
    expect(changed.status).toBe(status);
    expect(changed.applied).toEqual({ date: '2026-01-22', via: 'email' });
    expect(changed.history).toHaveLength(entries);
    expect(changed.history.find((h) => h.status === 'applied')?.at).toBe('2026-01-22');
  });
});

describe('corrections', () => {
  it.each([
    ['deadline', '2026-02-15'],
    ['title', 'Communicatiemedewerker (m/v/x)'],
    ['salary', { scale: 'B1', min: 3000, max: 4000, currency: 'EUR', period: 'month', gross: true }],
    ['events', [{ date: '2026-02-20', label: 'Interview' }]],
  ] as const)('%s is corrected with a valid value', (field, value) => {
    const changed = withCorrection(record(), field, value, LATER);
    expect(changed.corrections[field]).toEqual(value);
    expect(changed.facts).toEqual(seedFacts());
  });

  it.each([
    ['deadline', '1 februari'],
    ['deadline', 20260215],
    ['salary', { min: 'a lot' }],
    ['contacts', [{ name: 'x', role: null, phone: 'call me', email: null }]],
    ['title', 'x'.repeat(501)],
  ] as const)('%s refuses %j', (field, value) => {
    expect(() => withCorrection(record(), field, value, LATER)).toThrow();
  });

  it('null removes the correction', () => {
    const corrected = withCorrection(record(), 'deadline', '2026-02-15', LATER);
    expect(withCorrection(corrected, 'deadline', null, LATER).corrections).toEqual({});
  });

  it.each([
    ['salary', null],
    ['contract', null],
    ['contacts', []],
    ['events', []],
  ] as const)('%s can be corrected to "not stated", and taken back', (field, empty) => {
    expect(hasFact(seedFacts()[field])).toBe(true);
    const left = withCorrection(record(), field, NOT_STATED, LATER);
    expect(left.corrections).toEqual({ [field]: empty });
    expect(effectiveFacts(left)[field]).toEqual(empty);
    expect(left.facts).toEqual(seedFacts());
    expect(effectiveFacts(withCorrection(left, field, null, LATER))[field]).toEqual(seedFacts()[field]);
  });
});

function hasFact(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : value !== null;
}

const summary = (over: Partial<TrackedSummary>): TrackedSummary => ({
  id: 'x',
  url: 'https://p.example/x',
  title: 'x',
  organisation: null,
  reference: null,
  location: null,
  deadline: null,
  eventDates: [],
  language: 'nl',
  portal: 'p.example',
  status: 'interested',
  applied: null,
  trackedAt: T0,
  updatedAt: T0,
  ...over,
});

describe('expiry', () => {
  // Local times: the deadline day is the user's, not UTC's.
  const feb2 = new Date(2026, 1, 2, 0, 5);
  it.each([
    ['interested, deadline yesterday', summary({ deadline: '2026-02-01' }), true],
    ['interested, deadline with a time, yesterday', summary({ deadline: '2026-02-01T12:00:00+01:00' }), true],
    ['interested, deadline today (inclusive)', summary({ deadline: '2026-02-02' }), false],
    ['applied, deadline passed', summary({ deadline: '2026-02-01', status: 'applied' }), false],
    ['no deadline', summary({}), false],
    ['tracked after the deadline had passed', summary({ deadline: '2026-01-10' }), false],
  ])('%s → %s', (_name, s, expected) => {
    expect(shouldExpire(s, feb2)).toBe(expected);
  });
});

describe('next due and order', () => {
  const today = '2026-01-20';
  it.each([
    ['deadline ahead', summary({ deadline: '2026-02-01', eventDates: ['2026-02-03'] }), { kind: 'deadline', day: '2026-02-01' }],
    ['applied: the next event', summary({ status: 'applied', deadline: '2026-02-01', eventDates: ['2026-01-05', '2026-02-03'] }), { kind: 'event', day: '2026-02-03' }],
    ['deadline passed: the next event', summary({ deadline: '2026-01-10', eventDates: ['2026-02-03'] }), { kind: 'event', day: '2026-02-03' }],
    ['closed', summary({ status: 'rejected', eventDates: ['2026-02-03'] }), null],
    ['nothing ahead', summary({ deadline: '2026-01-10' }), null],
  ])('%s', (_name, s, expected) => {
    expect(nextDue(s, today)).toEqual(expected);
  });

  it('sorts what is due soonest first, then open ones with nothing ahead, then closed ones', () => {
    const rows = [
      summary({ id: 'closed', status: 'hired' }),
      summary({ id: 'nothing', deadline: '2026-01-01' }),
      summary({ id: 'event', status: 'test', eventDates: ['2026-01-25'] }),
      summary({ id: 'deadline', deadline: '2026-01-22' }),
      summary({ id: 'later', deadline: '2026-03-01' }),
    ];
    expect(sortByNextDue(rows, today).map((r) => r.id)).toEqual(['deadline', 'event', 'later', 'nothing', 'closed']);
  });
});

describe('settings', () => {
  it.each([
    [undefined, { reminders: true, deadlineReminderDays: 3, reportName: '' }],
    [{ reminders: false }, { reminders: false, deadlineReminderDays: 3, reportName: '' }],
    [{ reminders: true, deadlineReminderDays: 99 }, { reminders: true, deadlineReminderDays: 3, reportName: '' }],
    [{ reminders: true, deadlineReminderDays: 5, reportName: 'An Peeters' }, { reminders: true, deadlineReminderDays: 5, reportName: 'An Peeters' }],
  ])('%j reads as %j', (stored, expected) => {
    expect(readSettings(stored)).toEqual(expected);
  });
});

