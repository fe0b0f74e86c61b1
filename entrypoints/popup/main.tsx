import { render } from 'preact';
import { sendMessage } from '../../src/messaging/protocol';
import { subscribeToChanges } from '../../src/messaging/changes';
import { separatorFor } from '../../src/log/separator';
import { downloadWithAnchor } from '../../src/platform/download';
import { Popup, type PopupApi } from '../../src/ui/Popup';
import { LIST_SHOWN_MARK, rowsReadInPage } from '../../src/ui/tracked-list';
import { DATABASE_NAME, readRowsInPage } from '../../src/db/first-rows';
import { SidebarReadPage } from '../../src/ui/SidebarReadPage';
import { injectSidebar, originPattern } from '../../src/platform/inject';
import type { Translate } from '../../src/i18n/messages';
import { PopupMeter } from '../../src/ui/PopupMeter';
import { proofMessenger } from '../../src/messaging/proof-protocol';
import '../../src/ui/popup.css';

const locale = browser.i18n.getUILanguage();
const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);
document.documentElement.lang = locale;

const api: PopupApi = {
  listTracked: rowsReadInPage(
    (today, limit) => readRowsInPage(indexedDB, DATABASE_NAME, today, limit),
    (input) => sendMessage('listTracked', input),
  ),
  setStatus: (id, status) => sendMessage('setStatus', { id, status }),
  undoStatus: (id, expectedUpdatedAt) => sendMessage('undoStatus', { id, expectedUpdatedAt }),
  // The log page's CSV, built by the same code in this page (same origin, same database): the whole
  // log, with the separator the log page offers first. Loaded on the click: the list needs no Dexie.
  exportCsv: async () => {
    const { exportInPage } = await import('../../src/platform/export-in-page');
    const file = await exportInPage({ format: 'csv', filter: {}, separator: separatorFor(locale) });
    downloadWithAnchor(file.filename, file.text, file.mimeType);
  },
  subscribe: subscribeToChanges,
};

const loadMeter = () => proofMessenger.sendMessage('proofMeter', undefined);

render(
  <Popup
    api={api}
    t={t}
    locale={locale}
    now={new Date()}
    logUrl={browser.runtime.getURL('/log.html')}
    onListShown={() => performance.mark(LIST_SHOWN_MARK)}
    meter={<PopupMeter load={loadMeter} t={t} locale={locale} />}
  />,
  document.getElementById('app')!,
);

// "Read this page": the sidebar on the current tab, whatever its site (activeTab, granted by
// the click that opened this popup).
void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
  if (tab?.id === undefined || !originPattern(tab.url)) return;
  const tabId = tab.id;
  const container = document.createElement('div');
  document.body.prepend(container);
  render(
    <SidebarReadPage
      t={t}
      read={async () => {
        await injectSidebar(tabId, 0, { evenIfNotVacancy: true });
        window.close();
      }}
    />,
    container,
  );
});
