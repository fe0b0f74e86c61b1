import type { Browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE, PORTAL_MATCHES } from '../extract/portals/matches';
import { badgeFor } from './badge';
import { injectSidebar, originPattern } from './inject';
import { PageStateSchema, onPage } from './onpage';
import { GRANTED_SCRIPT_ID, syncGrantedSites, type SiteAccessDeps } from './site-access';

const READ_MENU_ID = 'vacalens-read';

/** A message from our own script in a tab (the sidebar), never from a page or another extension. */
function senderTab(sender: Browser.runtime.MessageSender): number {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined) {
    throw new Error('Refused: this message is only accepted from the extension in a tab');
  }
  return sender.tab.id;
}

const siteAccess: SiteAccessDeps = {
  grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
  registeredMatches: async () => {
    const [script] = await browser.scripting.getRegisteredContentScripts({ ids: [GRANTED_SCRIPT_ID] });
    if (!script) return null;
    // A registration kept from a version whose content script had another file name: reported as
    // matching nothing, so the sync updates it (file included) to the granted sites.
    const current = script.js?.some((file) => file.replace(/^\//, '') === CONTENT_SCRIPT_FILE);
    return current ? (script.matches ?? []) : [];
  },
  register: (matches) =>
    browser.scripting.registerContentScripts([
      { id: GRANTED_SCRIPT_ID, matches, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
    ]),
  update: (matches) =>
    browser.scripting.updateContentScripts([{ id: GRANTED_SCRIPT_ID, matches, js: [CONTENT_SCRIPT_FILE] }]),
  unregister: () => browser.scripting.unregisterContentScripts({ ids: [GRANTED_SCRIPT_ID] }),
};

/**
 * The background's part of the on-page experience: the toolbar badge, the "Read this vacancy"
 * context-menu entry, and the content script on the sites the user allowed.
 */
export function setUpOnPage(): void {
  onPage.onMessage('pageState', async ({ data, sender }) => {
    const tabId = senderTab(sender);
    const badge = badgeFor(PageStateSchema.parse(data));
    await browser.action.setBadgeText({ tabId, text: badge.text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
    await browser.action.setTitle({
      tabId,
      title: badge.title ? browser.i18n.getMessage(badge.title.key, badge.title.substitution) : '',
    });
  });

  onPage.onMessage('openSiteAccess', async ({ sender }) => {
    const tabId = senderTab(sender);
    const pattern = originPattern(sender.tab?.url);
    if (!pattern) throw new Error('Refused: not an http(s) page');
    const page = browser.runtime.getURL('/site-access.html');
    await browser.windows.create({
      url: `${page}?tab=${tabId}&origin=${encodeURIComponent(pattern)}`,
      type: 'popup',
      width: 460,
      height: 320,
    });
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: READ_MENU_ID,
      title: browser.i18n.getMessage('readThisVacancy'),
      contexts: ['page', 'selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== READ_MENU_ID || tab?.id === undefined) return;
    void injectSidebar(tab.id, info.frameId ?? 0, { evenIfNotVacancy: true });
  });

  const sync = () => void syncGrantedSites(siteAccess, PORTAL_MATCHES);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
}
