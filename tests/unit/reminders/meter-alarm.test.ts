import { describe, expect, it } from 'vitest';
import { logHashFor, parseMeterAlarm, planMeterAlarm } from '../../../src/reminders/meter-alarm';
import { reminderTime } from '../../../src/reminders/schedule';

const short = { met: false, remindOn: '2026-03-12', period: { to: '2026-03-14' } };
const before = new Date(2026, 2, 10, 12);

describe('the meter’s reminder', () => {
  it('is planned at the reminder hour on the warning day while the period is short', () => {
    expect(planMeterAlarm(short, true, before)).toEqual({ name: 'vacalens:meter:2026-03-14', when: reminderTime('2026-03-12', 0) });
    expect(parseMeterAlarm('vacalens:meter:2026-03-14')).toEqual({ periodTo: '2026-03-14' });
  });

  it.each([
    ['the target is met', { ...short, met: true }, true, before],
    ['there is no target', { ...short, met: null, remindOn: null }, true, before],
    ['reminders are off', short, false, before],
    ['its moment has passed (not sent late)', short, true, new Date(2026, 2, 12, 10)],
    ['there is no meter', null, true, before],
  ] as const)('is not planned when %s', (_, due, on, now) => {
    expect(planMeterAlarm(due, on, now)).toBeNull();
  });

  it('is not one of the vacancies’ reminders', () => {
    expect(parseMeterAlarm('vacalens:remind:deadline:x:2026-03-14')).toBeNull();
  });
});

describe('a clicked notification opens the log page', () => {
  it.each([
    ['at its job-search part for the meter’s warning', 'vacalens:meter:2026-03-14', 'job-search'],
    ['at the vacancy for a deadline reminder', 'vacalens:remind:deadline:v-1:2026-03-20', 'vacalens%3Aremind%3Adeadline%3Av-1%3A2026-03-20'],
  ])('%s', (_, id, hash) => {
    expect(logHashFor(id)).toBe(hash);
  });
});
