import { VacalensDb } from '../src/db/database';
import { registerHandlers } from '../src/messaging/handlers';
import { messenger } from '../src/messaging/protocol';
import { registerLogHandlers } from '../src/messaging/log-handlers';
import { logMessenger } from '../src/messaging/log-protocol';
import { setUpReminders } from '../src/platform/reminders-wire';
import { setUpOnPage } from '../src/platform/background-onpage';
import { injectSidebar } from '../src/platform/inject';
import { onLeftListAddress } from '../src/platform/list-leave';
import { openWelcomeOnInstall } from '../src/platform/welcome';

export default defineBackground(() => {
  const db = new VacalensDb();
  // Writes reach open pages (live views) and re-plan the reminder alarms.
  const changes = setUpReminders(db);
  registerHandlers(messenger, {
    db,
    ...changes,
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    injectSidebar: (tabId, frameId) => injectSidebar(tabId, frameId, { evenIfNotVacancy: false }),
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
  setUpOnPage();
  onLeftListAddress();
  openWelcomeOnInstall();
});
