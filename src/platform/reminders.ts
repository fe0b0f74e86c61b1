import type { Browser } from 'wxt/browser';
import type { VacalensDb } from '../db/database';
import { expireOverdue, getSettings, getVacancy } from '../db/vacancies';
import { effectiveFacts, type TrackedSummary } from '../model/tracked';
import type { Translate } from '../i18n/messages';
import { SWEEP_ALARM, SWEEP_PERIOD_MINUTES, daysFromToday, diffAlarms, parseAlarmName, planAlarms } from '../reminders/schedule';

/** The part of chrome.alarms the reminders use (the fake browser provides it in tests). */
export interface AlarmsApi {
  getAll(): Promise<Array<{ name: string; scheduledTime: number }>>;
  get(name: string): Promise<{ name: string } | undefined>;
  create(name: string, info: { when?: number; delayInMinutes?: number; periodInMinutes?: number }): Promise<void>;
  clear(name: string): Promise<boolean>;
}

export interface NotificationsApi {
  create(id: string, options: Browser.notifications.NotificationCreateOptions): Promise<string>;
}

export interface ReminderDeps {
  db: VacalensDb;
  alarms: AlarmsApi;
  notifications: NotificationsApi;
  now: () => Date;
  t: Translate;
  iconUrl: string;
  /** Told about vacancies the sweep marked expired, so open pages show it. */
  onChanged: (changed: TrackedSummary[]) => void;
}

/** Makes the reminder alarms match the log and the settings. */
export async function syncReminders(deps: ReminderDeps): Promise<void> {
  const [summaries, settings, existing] = await Promise.all([
    deps.db.summaries.toArray(),
    getSettings(deps.db),
    deps.alarms.getAll(),
  ]);
  const { clear, create } = diffAlarms(existing, planAlarms(summaries, settings, deps.now()));
  await Promise.all(clear.map((name) => deps.alarms.clear(name)));
  await Promise.all(create.map(({ name, when }) => deps.alarms.create(name, { when })));
}

/** Marks overdue vacancies expired, then plans the reminders again. */
export async function sweep(deps: ReminderDeps): Promise<void> {
  const expired = await expireOverdue(deps.db, deps.now());
  if (expired.length) deps.onChanged(expired);
  await syncReminders(deps);
}

/** Keeps the hourly sweep alarm registered (alarms persist, so this only creates it once). */
export async function ensureSweepAlarm(deps: ReminderDeps): Promise<void> {
  if (!(await deps.alarms.get(SWEEP_ALARM))) {
    await deps.alarms.create(SWEEP_ALARM, { periodInMinutes: SWEEP_PERIOD_MINUTES, delayInMinutes: 1 });
  }
}

/** An alarm fired: a reminder becomes a notification (if still relevant), the sweep sweeps. */
export async function onAlarm(deps: ReminderDeps, name: string): Promise<void> {
  if (name === SWEEP_ALARM) return sweep(deps);
  const parsed = parseAlarmName(name);
  if (!parsed) return;
  const [record, settings] = await Promise.all([getVacancy(deps.db, parsed.id), getSettings(deps.db)]);
  if (record && settings.reminders) {
    const facts = effectiveFacts(record);
    const days = daysFromToday(parsed.day, deps.now());
    const when = days <= 0 ? deps.t('reminderToday') : days === 1 ? deps.t('reminderTomorrow') : deps.t('reminderInDays', String(days));
    const stillDue =
      parsed.kind === 'deadline'
        ? record.status === 'interested' && facts.deadline?.slice(0, 10) === parsed.day
        : facts.events.some((e) => e.date === parsed.day);
    if (stillDue) {
      const event = facts.events.find((e) => e.date === parsed.day);
      await deps.notifications.create(name, {
        type: 'basic',
        iconUrl: deps.iconUrl,
        title: facts.title ?? record.url,
        message:
          parsed.kind === 'deadline'
            ? deps.t('reminderDeadline', when)
            : deps.t('reminderEvent', [event?.label ?? '', when]),
        contextMessage: facts.organisation ?? undefined,
      });
    }
  }
  await syncReminders(deps);
}
