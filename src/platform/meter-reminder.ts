import type { VacalensDb } from '../db/database';
import { listActivities } from '../db/activities';
import { getProofSettings } from '../db/proof-settings';
import { getSettings, listAll } from '../db/vacancies';
import { meterText } from '../log/meter-text';
import { meterState } from '../log/proof-meter';
import { activityWordsFor } from '../i18n/activity-words';
import { METER_ALARM_PREFIX, parseMeterAlarm, planMeterAlarm } from '../reminders/meter-alarm';
import type { AlarmsApi, NotificationsApi } from './reminders';
import type { Translate } from '../i18n/messages';

export interface MeterReminderDeps {
  db: VacalensDb;
  alarms: AlarmsApi;
  notifications: NotificationsApi;
  now: () => Date;
  t: Translate;
  locale: string;
  iconUrl: string;
}

async function currentState(deps: MeterReminderDeps) {
  const [proof, settings, vacancies, activities] = await Promise.all([
    getProofSettings(deps.db),
    getSettings(deps.db),
    listAll(deps.db),
    listActivities(deps.db),
  ]);
  return { state: meterState(proof, vacancies, activities, deps.now()), remindersOn: settings.reminders };
}

/** Makes the meter's alarm match the log: one for the current period while it is short of its target. */
export async function syncMeterReminder(deps: MeterReminderDeps): Promise<void> {
  const { state, remindersOn } = await currentState(deps);
  const planned = planMeterAlarm(state.kind === 'meter' ? state.meter : null, remindersOn, deps.now());
  const existing = (await deps.alarms.getAll()).filter((a) => a.name.startsWith(METER_ALARM_PREFIX));
  await Promise.all(existing.filter((a) => a.name !== planned?.name || a.scheduledTime !== planned.when).map((a) => deps.alarms.clear(a.name)));
  if (planned && !existing.some((a) => a.name === planned.name && a.scheduledTime === planned.when)) {
    await deps.alarms.create(planned.name, { when: planned.when });
  }
}

/** The meter's alarm fired: if the period is still short, the person is told what is left. */
export async function onMeterAlarm(deps: MeterReminderDeps, name: string): Promise<void> {
  const parsed = parseMeterAlarm(name);
  if (!parsed) return;
  const { state, remindersOn } = await currentState(deps);
  if (remindersOn && state.kind === 'meter' && state.meter.period.to === parsed.periodTo && state.meter.met === false) {
    await deps.notifications.create(name, {
      type: 'basic',
      iconUrl: deps.iconUrl,
      title: deps.t('meterReminderTitle'),
      message: meterText(state.meter, state.rhythm, deps.t, activityWordsFor(deps.locale), deps.locale),
    });
  }
  await syncMeterReminder(deps);
}

/**
 * The background's wiring of the meter's reminder: its alarm, and a re-planning after every change
 * to the log, the activities or the settings (returned, for the message handlers to call).
 */
export function setUpMeterReminder(db: VacalensDb, iconUrl: string): () => void {
  const deps: MeterReminderDeps = {
    db,
    alarms: browser.alarms,
    notifications: browser.notifications,
    now: () => new Date(),
    t: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
    locale: browser.i18n.getUILanguage(),
    iconUrl,
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(METER_ALARM_PREFIX)) void onMeterAlarm(deps, alarm.name);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const replan = () => {
    clearTimeout(timer);
    // Many quick edits become one re-planning.
    timer = setTimeout(() => void syncMeterReminder(deps), 500);
  };
  replan();
  return replan;
}
