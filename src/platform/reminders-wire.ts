import type { VacalensDb } from '../db/database';
import { announceChanges } from '../messaging/changes';
import type { TrackedSummary } from '../model/tracked';
import { logHashFor } from '../reminders/meter-alarm';
import { REMINDER_ICON } from './reminder-icon';
import { ensureSweepAlarm, onAlarm, sweep, syncReminders, type ReminderDeps } from './reminders';

// Many quick edits (typing notes) become one re-planning.
const RESCHEDULE_DELAY_MS = 500;

/**
 * The background's reminder and live-view wiring: alarms, notifications, the expiry sweep at
 * start and every hour. Returns what the message handlers call after a write.
 */
export function setUpReminders(db: VacalensDb): {
  onChanged: (changed: TrackedSummary[]) => void;
  onSettingsChanged: () => void;
} {
  const deps: ReminderDeps = {
    db,
    alarms: browser.alarms,
    notifications: browser.notifications,
    now: () => new Date(),
    t: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
    iconUrl: REMINDER_ICON,
    onChanged: announceChanges,
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reschedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void syncReminders(deps), RESCHEDULE_DELAY_MS);
  };

  browser.alarms.onAlarm.addListener((alarm) => void onAlarm(deps, alarm.name));
  browser.notifications.onClicked.addListener((notificationId) => {
    void browser.tabs.create({ url: browser.runtime.getURL(`/log.html#${logHashFor(notificationId)}`) });
    void browser.notifications.clear(notificationId);
  });
  void ensureSweepAlarm(deps).then(() => sweep(deps));

  return {
    onChanged: (changed) => {
      announceChanges(changed);
      reschedule();
    },
    onSettingsChanged: reschedule,
  };
}
