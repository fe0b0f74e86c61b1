import type { Settings } from '../model/settings';
import { CLOSED_STATUSES, localDay, type TrackedSummary } from '../model/tracked';

/**
 * Reminders as alarms: pure (summaries, settings, now) -> the alarms that should exist. The
 * background makes chrome.alarms match this list after every change, so a reminder survives the
 * service worker sleeping and the browser restarting.
 */

export const ALARM_PREFIX = 'vacalens:remind:';
/** A periodic alarm that marks vacancies expired once their deadline has passed. */
export const SWEEP_ALARM = 'vacalens:sweep';
export const SWEEP_PERIOD_MINUTES = 60;
/** Reminders come at this local hour, not at midnight. */
export const REMINDER_HOUR = 9;
/**
 * Chrome keeps at most 500 alarms per extension; the soonest ones are scheduled and the rest
 * follow as these fire and the list is planned again.
 */
export const MAX_REMINDER_ALARMS = 200;

export type ReminderKind = 'deadline' | 'event';

export interface PlannedAlarm {
  /** vacalens:remind:<kind>:<vacancy id>:<the deadline or event day> */
  name: string;
  /** Milliseconds since the epoch. */
  when: number;
}

export interface ParsedAlarm {
  kind: ReminderKind;
  id: string;
  day: string;
}

export function alarmName(kind: ReminderKind, id: string, day: string): string {
  return `${ALARM_PREFIX}${kind}:${id}:${day}`;
}

export function parseAlarmName(name: string): ParsedAlarm | null {
  const m = /^vacalens:remind:(deadline|event):(.+):(\d{4}-\d{2}-\d{2})$/.exec(name);
  return m ? { kind: m[1] as ReminderKind, id: m[2]!, day: m[3]! } : null;
}

/** REMINDER_HOUR on the day `daysBefore` days before `day`, in the user's own time zone. */
export function reminderTime(day: string, daysBefore: number): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d - daysBefore, REMINDER_HOUR).getTime();
}

export function planAlarms(summaries: readonly TrackedSummary[], settings: Settings, now: Date): PlannedAlarm[] {
  if (!settings.reminders) return [];
  const today = localDay(now);
  const planned: PlannedAlarm[] = [];
  const add = (kind: ReminderKind, id: string, day: string, daysBefore: number) => {
    const when = reminderTime(day, daysBefore);
    // A reminder whose moment has passed is not sent late; the lists show "closing soon" instead.
    if (when > now.getTime()) planned.push({ name: alarmName(kind, id, day), when });
  };
  for (const s of summaries) {
    if (CLOSED_STATUSES.has(s.status)) continue;
    // The deadline is about applying: once applied, it no longer needs a reminder.
    if (s.status === 'interested' && s.deadline) add('deadline', s.id, s.deadline.slice(0, 10), settings.deadlineReminderDays);
    for (const day of new Set(s.eventDates)) if (day >= today) add('event', s.id, day, 1);
  }
  return planned.sort((a, b) => a.when - b.when || a.name.localeCompare(b.name)).slice(0, MAX_REMINDER_ALARMS);
}

export interface AlarmDiff {
  clear: string[];
  create: PlannedAlarm[];
}

/** What to clear and create so the existing reminder alarms become the planned ones. */
export function diffAlarms(existing: ReadonlyArray<{ name: string; scheduledTime: number }>, planned: readonly PlannedAlarm[]): AlarmDiff {
  const wanted = new Map(planned.map((p) => [p.name, p.when]));
  const have = new Map(existing.filter((a) => a.name.startsWith(ALARM_PREFIX)).map((a) => [a.name, a.scheduledTime]));
  return {
    clear: [...have.keys()].filter((name) => wanted.get(name) !== have.get(name)),
    create: planned.filter((p) => have.get(p.name) !== p.when),
  };
}

/** Whole days from today to a day, in the user's time zone (the notification says "in 3 days"). */
export function daysFromToday(day: string, now: Date): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((Date.UTC(y, m - 1, d) - today) / 86_400_000);
}
