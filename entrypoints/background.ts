import { VacalensDb } from '../src/db/database';
import { registerHandlers } from '../src/messaging/handlers';
import { messenger } from '../src/messaging/protocol';

export default defineBackground(() => {
  registerHandlers(messenger, {
    db: new VacalensDb(),
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    injectSidebar: async (tabId, frameId) => {
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        files: ['/sidebar.js'],
      });
    },
  });
});
