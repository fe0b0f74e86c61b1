import { reminderTime } from './schedule';

/**
 * The meter's reminder as an alarm: pure (the meter's due day, now) -> the one alarm that should
 * exist. Its own prefix, apart from the vacancies' reminders (schedule.ts), whose re-planning
 * clears every alarm of theirs it did not plan.
 */
export const METER_ALARM_PREFIX = 'vacalens:meter:';

/** What the reminder needs of a meter (log/periods.ts Meter): is the target met, and from which day to warn. */
export interface MeterDue {
  met: boolean | null;
  /** The day from which the warning is due; null without a target. */
  remindOn: string | null;
  period: { to: string };
}

export interface PlannedMeterAlarm {
  /** vacalens:meter:<the period's last day> */
  name: string;
  when: number;
}

/**
 * The warning for the current period, at the reminder hour on its warning day. None when the
 * target is met, when there is none, when reminders are off, or when that moment has passed (a
 * reminder is not sent late, as for deadlines: the popup's meter says it instead).
 */
export function planMeterAlarm(due: MeterDue | null, remindersOn: boolean, now: Date): PlannedMeterAlarm | null {
  if (!remindersOn || !due || due.met !== false || due.remindOn === null) return null;
  const name = `${METER_ALARM_PREFIX}${due.period.to}`;
  const when = reminderTime(due.remindOn, 0);
  return when > now.getTime() ? { name, when } : null;
}

export function parseMeterAlarm(name: string): { periodTo: string } | null {
  const m = /^vacalens:meter:(\d{4}-\d{2}-\d{2})$/.exec(name);
  return m ? { periodTo: m[1]! } : null;
}

/** The log page's anchor of its job-search part (the meter, the activities), where the meter's notification leads. */
export const JOB_SEARCH_ANCHOR = 'job-search';

/**
 * The log page's hash a clicked notification opens: the job-search part for the meter's warning,
 * else the reminder's alarm name (its vacancy is opened there).
 */
export function logHashFor(notificationId: string): string {
  return notificationId.startsWith(METER_ALARM_PREFIX) ? JOB_SEARCH_ANCHOR : encodeURIComponent(notificationId);
}
