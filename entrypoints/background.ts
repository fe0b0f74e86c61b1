import { VacalensDb } from '../src/db/database';
import { registerHandlers } from '../src/messaging/handlers';
import { messenger } from '../src/messaging/protocol';
import { registerLogHandlers } from '../src/messaging/log-handlers';
import { logMessenger } from '../src/messaging/log-protocol';
import { setUpReminders } from '../src/platform/reminders-wire';
import { REMINDER_ICON } from '../src/platform/reminder-icon';
import { registerProofHandlers } from '../src/messaging/proof-handlers';
import { proofMessenger } from '../src/messaging/proof-protocol';
import { registerSidebarActivityHandlers } from '../src/messaging/sidebar-activity-handlers';
import { sidebarActivityMessenger } from '../src/messaging/sidebar-activity-protocol';
import { setUpMeterReminder } from '../src/platform/meter-reminder';
import { setUpOnPage } from '../src/platform/background-onpage';
import { injectSidebar } from '../src/platform/inject';
import { onLeftListAddress } from '../src/platform/list-leave';
import { onShowSidebar } from '../src/platform/show-sidebar';
import { onWeighPage } from '../src/platform/weigh-page';
import { openWelcomeOnInstall } from '../src/platform/welcome';

export default defineBackground(() => {
  const db = new VacalensDb();
  // Writes reach open pages (live views) and re-plan the reminder alarms.
  const reminders = setUpReminders(db);
  // The meter's reminder counts the tracked vacancies' applications too: any write re-plans it.
  const replanMeter = setUpMeterReminder(db, REMINDER_ICON);
  const changes: typeof reminders = {
    onChanged: (changed) => {
      reminders.onChanged(changed);
      replanMeter();
    },
    onSettingsChanged: () => {
      reminders.onSettingsChanged();
      replanMeter();
    },
  };
  registerHandlers(messenger, {
    db,
    ...changes,
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    t: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
  });
  registerLogHandlers(logMessenger, {
    db,
    ...changes,
    now: () => new Date(),
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    t: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
  });
  registerProofHandlers(proofMessenger, {
    db,
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    t: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
    onProofChanged: replanMeter,
  });
  registerSidebarActivityHandlers(sidebarActivityMessenger, {
    db,
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    extensionId: browser.runtime.id,
    t: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
    onProofChanged: replanMeter,
  });
  setUpOnPage();
  onLeftListAddress();
  // The content script's questions: raw messages, as it carries no messaging library. It reads a
  // page and asks whether its text makes it a vacancy; on a yes it asks for the sidebar.
  onWeighPage();
  onShowSidebar((tabId, frameId) => injectSidebar(tabId, frameId, { evenIfNotVacancy: false }));
  openWelcomeOnInstall();
});
