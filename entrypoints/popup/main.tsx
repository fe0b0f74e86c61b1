import { render } from 'preact';
import { sendMessage } from '../../src/messaging/protocol';
import { separatorFor } from '../../src/log/csv';
import { downloadWithAnchor } from '../../src/platform/download';
import { Popup, type PopupApi } from '../../src/ui/Popup';
import type { Translate } from '../../src/ui/i18n';
import '../../src/ui/popup.css';

const locale = browser.i18n.getUILanguage();
const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);
document.documentElement.lang = locale;

const api: PopupApi = {
  listTracked: () => sendMessage('listTracked'),
  setStatus: (id, status) => sendMessage('setStatus', { id, status }),
  exportCsv: async () => {
    const csv = await sendMessage('exportCsv', { separator: separatorFor(locale) });
    const today = new Date().toISOString().slice(0, 10);
    downloadWithAnchor(`vacalens-sollicitaties-${today}.csv`, csv, 'text/csv;charset=utf-8');
  },
};

render(<Popup api={api} t={t} locale={locale} now={new Date()} />, document.getElementById('app')!);
