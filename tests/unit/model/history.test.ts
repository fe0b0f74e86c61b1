import { describe, expect, it } from 'vitest';
import {
  STATUS_GRACE_MS,
  upgradeV1,
  withApplied,
  withHistoryDate,
  withHistoryEntryRemoved,
  withLastChangeWithdrawn,
  withStatus,
  type TrackedVacancy,
} from '../../../src/model/tracked';
import { appliedDate } from '../../../src/log/rows';
import { buildReport } from '../../../src/log/report';
import { seedFacts } from '../helpers';

// A fixed clock: the tester's 10 March 2026, in minutes after 09:00 UTC.
const T0 = '2026-03-01T09:00:00.000Z';
const at = (minutes: number, day = '2026-03-10') => new Date(Date.parse(`${day}T09:00:00.000Z`) + minutes * 60_000);
const MARCH = { from: '2026-03-01', to: '2026-03-31' };

function tracked(): TrackedVacancy {
  return upgradeV1({
    id: 'v',
    url: 'https://www.werkenbijdeoverheid.be/vacature/v',
    facts: { ...seedFacts(), organisation: 'Vlaamse overheid', title: 'Dossierbeheerder' },
    snapshot: { text: '', capturedAt: T0 },
    status: 'interested',
    history: [{ status: 'interested', at: T0 }],
    notes: '',
    trackedAt: T0,
    updatedAt: T0,
  });
}

describe('a status change taken back (finding 1)', () => {
  it('straight back within the grace period: withdrawn, nothing on the proof', () => {
    const applied = withStatus(tracked(), 'applied', at(0));
    expect(appliedDate(applied)).toBe('2026-03-10');
    const back = withStatus(applied, 'interested', at(1));
    expect(back.status).toBe('interested');
    expect(back.history.map((h) => h.status)).toEqual(['interested']);
    expect(back.applied).toBeNull();
    expect(appliedDate(back)).toBeNull();
    expect(buildReport([back], MARCH, 'nl').rows).toEqual([]);
    expect(back.updatedAt).toBe(at(1).toISOString());
  });

  it('at the edge of the grace period still withdrawn; after it, a second step is recorded', () => {
    const applied = withStatus(tracked(), 'applied', at(0));
    const justInside = new Date(at(0).getTime() + STATUS_GRACE_MS - 1);
    expect(withStatus(applied, 'interested', justInside).history).toHaveLength(1);
    const later = withStatus(applied, 'interested', new Date(at(0).getTime() + STATUS_GRACE_MS));
    expect(later.history.map((h) => h.status)).toEqual(['interested', 'applied', 'interested']);
  });

  it('a chain of slips is taken back step by step', () => {
    let v = withStatus(tracked(), 'applied', at(0));
    v = withStatus(v, 'screening', at(1));
    v = withStatus(v, 'applied', at(2));
    v = withStatus(v, 'interested', at(3));
    expect(v.history.map((h) => h.status)).toEqual(['interested']);
  });

  it('moving on to another status is recorded: only going back withdraws', () => {
    const v = withStatus(withStatus(tracked(), 'applied', at(0)), 'test', at(1));
    expect(v.history.map((h) => h.status)).toEqual(['interested', 'applied', 'test']);
  });

  it('a change Vacalens made itself (expired) is never withdrawn by the grace period', () => {
    const expired = withStatus(tracked(), 'expired', at(0), undefined, 'auto');
    expect(withStatus(expired, 'interested', at(1)).history.map((h) => h.status)).toEqual(['interested', 'expired', 'interested']);
  });

  it('the person undoes at once, whenever: the last step is withdrawn', () => {
    const applied = withStatus(tracked(), 'applied', at(0));
    const undone = withLastChangeWithdrawn(applied, at(60 * 24));
    expect(undone.status).toBe('interested');
    expect(undone.history).toHaveLength(1);
    expect(undone.applied).toBeNull();
    expect(() => withLastChangeWithdrawn(undone, at(60 * 24))).toThrow(/Nothing to undo/);
  });
});

describe('removing a wrong step', () => {
  const log = () => withStatus(withStatus(withStatus(tracked(), 'applied', at(0)), 'screening', at(0, '2026-03-20')), 'interview', at(0, '2026-03-25'));

  it('a step in the middle: the status stays, the step is gone', () => {
    const v = log();
    const removed = withHistoryEntryRemoved(v, 2, at(0, '2026-03-26'), v.history[2]!.recordedAt);
    expect(removed.history.map((h) => h.status)).toEqual(['interested', 'applied', 'interview']);
    expect(removed.status).toBe('interview');
  });

  it('the last step: the status is the one before', () => {
    const v = log();
    expect(withHistoryEntryRemoved(v, 3, at(0, '2026-03-26')).status).toBe('screening');
  });

  it('the application step: the proof follows (the next applicant step dates it, or nothing)', () => {
    const v = log();
    const removed = withHistoryEntryRemoved(v, 1, at(0, '2026-03-26'));
    expect(removed.applied?.date).toBe('2026-03-20');
    expect(buildReport([removed], MARCH, 'nl').rows.map((r) => r.applied)).toEqual(['2026-03-20']);
    const onlyApplied = withStatus(tracked(), 'applied', at(0, '2026-03-12'));
    const none = withHistoryEntryRemoved(onlyApplied, 1, at(0, '2026-03-26'));
    expect(none.applied).toBeNull();
    expect(buildReport([none], MARCH, 'nl').rows).toEqual([]);
  });

  it('refuses a step the page did not show, an unknown step, and the only step', () => {
    const v = log();
    expect(() => withHistoryEntryRemoved(v, 2, at(0), v.history[1]!.recordedAt)).toThrow(/not the one shown/);
    expect(() => withHistoryEntryRemoved(v, 9, at(0))).toThrow(/No history entry 9/);
    expect(() => withHistoryEntryRemoved(tracked(), 0, at(0))).toThrow(/at least one step/);
  });
});

describe('the application date is one value (finding 2)', () => {
  it('is the application step\'s day, and editing the step moves it', () => {
    const applied = withStatus(tracked(), 'applied', at(0));
    expect(applied.applied).toEqual({ date: '2026-03-10', via: null });
    const corrected = withHistoryDate(applied, 1, '2026-03-08', at(5));
    expect(corrected.applied).toEqual({ date: '2026-03-08', via: null });
    expect(appliedDate(corrected)).toBe('2026-03-08');
  });

  it('given in the application form, it moves the step: the history and the proof say the same day', () => {
    const applied = withStatus(tracked(), 'applied', at(0));
    const given = withApplied(applied, { date: '2026-03-06', via: 'email' }, at(5));
    expect(given.history.map((h) => [h.status, h.at.slice(0, 10)])).toEqual([
      ['interested', '2026-03-01'],
      ['applied', '2026-03-06'],
    ]);
    expect(given.applied).toEqual({ date: '2026-03-06', via: 'email' });
    expect(buildReport([given], MARCH, 'nl').rows.map((r) => [r.applied, r.via])).toEqual([['2026-03-06', 'email']]);
  });

  it('how is kept through date edits and only set when the person says', () => {
    const said = withApplied(withStatus(tracked(), 'applied', at(0)), { date: '2026-03-10', via: 'portal' }, at(1));
    expect(withHistoryDate(said, 1, '2026-03-09', at(2)).applied).toEqual({ date: '2026-03-09', via: 'portal' });
    const notSaid = withApplied(said, { date: '2026-03-10', via: null }, at(3));
    expect(notSaid.applied?.via).toBeNull();
  });
});

describe('how applied stays unknown (finding 2)', () => {
  it.each(['applied', 'screening', 'test', 'interview'] as const)('moving to %s does not say how', (status) => {
    const v = withStatus(tracked(), status, at(0));
    expect(v.applied).toEqual({ date: '2026-03-10', via: null });
    expect(buildReport([v], MARCH, 'nl').rows[0]!.via).toBeNull();
  });
});
