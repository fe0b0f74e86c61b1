import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_HOW,
  ActivitySchema,
  emptyActivityInput,
  newActivity,
  withActivityChanges,
  type ActivityInput,
} from '../../../src/model/activity';
import { DEFAULT_PROOF_SETTINGS, readProofSettings } from '../../../src/model/proof-settings';
import { APPLIED_VIA } from '../../../src/model/status';
import { FIXED_NOW } from '../helpers';

const valid: ActivityInput = {
  ...emptyActivityInput('2026-01-19', 'open-application'),
  employer: 'Gemeente Utrecht',
  position: 'Beleidsmedewerker',
  municipality: 'Utrecht',
  contact: 'J. de Vries (HR)',
  phone: '030 286 0000',
  how: 'email',
  result: 'Geen reactie',
  minutes: 90,
};

describe('a job-search activity', () => {
  it('keeps what the person typed, with an id and the time it was recorded', () => {
    const a = newActivity(valid, 'act-1', FIXED_NOW);
    expect(a).toEqual({ ...valid, id: 'act-1', createdAt: FIXED_NOW.toISOString(), updatedAt: FIXED_NOW.toISOString() });
    expect(ActivitySchema.parse(a)).toEqual(a);
  });

  it('keeps the log’s how-applied keys, so an application’s via is an activity’s how unchanged', () => {
    for (const via of APPLIED_VIA) expect(ACTIVITY_HOW).toContain(via);
  });

  it.each([
    ['a blank employer', { employer: '   ' }, 'employer'],
    ['an empty result', { result: '' }, 'result'],
  ] as const)('stores %s as not stated (null), so a preset shows it as a gap', (_name, change, field) => {
    expect(newActivity({ ...valid, ...change }, 'a', FIXED_NOW)[field]).toBeNull();
  });

  it.each([
    ['a date that is not a day', { date: '19-01-2026' }],
    ['an unknown type', { type: 'lottery' }],
    ['an unknown way', { how: 'pigeon' }],
    ['negative minutes', { minutes: -5 }],
    ['more minutes than a day has', { minutes: 24 * 60 + 1 }],
    ['minutes with a fraction', { minutes: 1.5 }],
    ['an employer of a megabyte', { employer: 'x'.repeat(1_000_000) }],
    ['notes beyond the limit', { notes: 'x'.repeat(5_001) }],
    ['an empty vacancy id', { vacancyId: '' }],
  ])('refuses %s', (_name, change) => {
    expect(() => newActivity({ ...valid, ...change }, 'a', FIXED_NOW)).toThrow();
  });

  it('changes what the person changed, keeping the id and the time it was first recorded', () => {
    const a = newActivity(valid, 'act-1', FIXED_NOW);
    const later = new Date('2026-01-21T10:00:00Z');
    const changed = withActivityChanges(a, { result: 'Uitgenodigd voor een gesprek', minutes: null }, later);
    expect(changed).toEqual({ ...a, result: 'Uitgenodigd voor een gesprek', minutes: null, updatedAt: later.toISOString() });
    expect(() => withActivityChanges(a, { date: 'gisteren' }, later)).toThrow();
  });
});

describe('the proof settings', () => {
  it('start empty: no service chosen, no start date, the preset’s target', () => {
    expect(readProofSettings(undefined)).toEqual(DEFAULT_PROOF_SETTINGS);
  });

  it.each([
    ['a chosen service and start', { preset: 'uwv', start: '2026-02-02' }, { preset: 'uwv', start: '2026-02-02' }],
    ['an unknown service is dropped', { preset: 'nasa' }, { preset: null }],
    ['a start that is not a day is dropped', { start: '2 Feb' }, { start: null }],
    ['a target of zero is dropped', { target: 0 }, { target: null }],
    ['25 hours a week for a carer', { target: 25 * 60 }, { target: 1500 }],
    ['a client number, trimmed', { clientNumber: ' 123A456 ' }, { clientNumber: '123A456' }],
    ['an address of a megabyte is dropped', { address: 'x'.repeat(1_000_000) }, { address: '' }],
  ])('%s', (_name, stored, expected) => {
    expect(readProofSettings(stored)).toEqual({ ...DEFAULT_PROOF_SETTINGS, ...expected });
  });
});
