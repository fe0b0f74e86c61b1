import { render } from 'preact';
import { sendMessage } from '../../src/messaging/protocol';
import { subscribeToChanges } from '../../src/messaging/changes';
import { LogPage, type LogApi } from '../../src/ui/Log';
import { LIST_SHOWN_MARK, rowsReadInPage } from '../../src/ui/tracked-list';
import { DATABASE_NAME, readRowsInPage } from '../../src/db/first-rows';
import { LogExports } from '../../src/ui/LogExports';
import { localDay } from '../../src/model/views';
import { logExportsApi } from '../../src/platform/log-exports-api';
import type { Translate } from '../../src/i18n/messages';
import { JobSearch } from '../../src/ui/JobSearch';
import { jobSearchApi } from './job-search-api';
import { JOB_SEARCH_ANCHOR } from '../../src/reminders/meter-alarm';
import './log.css';
import '../../src/ui/job-search.css';

const locale = browser.i18n.getUILanguage();
const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);
document.documentElement.lang = locale;
document.title = `${t('logTitle')} · Vacalens`;

const api: LogApi = {
  listTracked: rowsReadInPage(
    (today, limit) => readRowsInPage(indexedDB, DATABASE_NAME, today, limit),
    (input) => sendMessage('listTracked', input),
  ),
  getVacancy: (id) => sendMessage('getVacancy', id),
  setStatus: (id, status) => sendMessage('setStatus', { id, status }),
  undoStatus: (id, expectedUpdatedAt) => sendMessage('undoStatus', { id, expectedUpdatedAt }),
  removeHistoryEntry: (id, index, recordedAt) => sendMessage('removeHistoryEntry', { id, index, recordedAt }),
  setHistoryDate: (id, index, at) => sendMessage('setHistoryDate', { id, index, at }),
  setNotes: (id, notes, expectedUpdatedAt) => sendMessage('setNotes', { id, notes, expectedUpdatedAt }),
  setApplied: (id, applied) => sendMessage('setApplied', { id, applied }),
  setCorrection: (id, field, value, expectedUpdatedAt) => sendMessage('setCorrection', { id, field, value, expectedUpdatedAt }),
  setNotStated: (id, field, expectedUpdatedAt) => sendMessage('setCorrection', { id, field, value: null, notStated: true, expectedUpdatedAt }),
  getSettings: () => sendMessage('getSettings'),
  setSettings: (settings) => sendMessage('setSettings', settings),
  subscribe: subscribeToChanges,
};

// A reminder's notification opens log.html#<alarm name>; the vacancy id is its fourth part.
const initialId = decodeURIComponent(location.hash.slice(1)).split(':')[3];

const now = new Date();
const exportsApi = logExportsApi((from, to) => {
  void browser.tabs.create({ url: browser.runtime.getURL(`/report.html?${new URLSearchParams({ from, to })}`) });
});
// The period starts three calendar months back by default: what a benefits office usually asks about.
const exportsPanel = (
  <LogExports
    api={exportsApi}
    t={t}
    locale={locale}
    today={localDay(now)}
    defaultFrom={localDay(new Date(now.getFullYear(), now.getMonth() - 2, 1))}
  />
);

const jobSearchPanel = (
  <JobSearch
    api={jobSearchApi((from, to) => {
      void browser.tabs.create({ url: browser.runtime.getURL(`/proof.html?${new URLSearchParams({ from, to })}`) });
    })}
    t={t}
    locale={locale}
    now={now}
    scrollIntoView={location.hash === `#${JOB_SEARCH_ANCHOR}`}
  />
);

render(
  <LogPage
    api={api}
    t={t}
    locale={locale}
    now={now}
    initialId={initialId}
    exportsPanel={exportsPanel}
    jobSearchPanel={jobSearchPanel}
    onListShown={() => performance.mark(LIST_SHOWN_MARK)}
  />,
  document.getElementById('app')!,
);
