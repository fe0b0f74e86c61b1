import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { logMessenger } from '../../src/messaging/log-protocol';
import { sendMessage as sendAppMessage } from '../../src/messaging/protocol';
import type { ReportData } from '../../src/log/report';
import { logExportsApi } from '../../src/platform/log-exports-api';
import { LogExports } from '../../src/ui/LogExports';
import { Report } from '../../src/ui/Report';
import { localDay } from '../../src/model/views';
import { messageOf } from '../../src/ui/message-of';
import type { Translate } from '../../src/ui/i18n';
import '../../src/ui/report.css';

const { sendMessage } = logMessenger;
const locale = browser.i18n.getUILanguage();
const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);
document.documentElement.lang = locale;
document.title = t('reportTitle');

const now = new Date();
const today = localDay(now);
// Three calendar months by default: what a benefits office usually asks about.
const threeMonthsAgo = localDay(new Date(now.getFullYear(), now.getMonth() - 2, 1));
const params = new URLSearchParams(location.search);
const day = (value: string | null, fallback: string) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : fallback);
const from = day(params.get('from'), threeMonthsAgo);
const to = day(params.get('to'), today);

const api = logExportsApi((f, t) => {
  location.search = new URLSearchParams({ from: f, to: t }).toString();
});

function ReportPage() {
  const [data, setData] = useState<ReportData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');
  useEffect(() => {
    sendMessage('logReport', { from, to, locale }).then(setData, (e: unknown) => setError(t('loadFailed', messageOf(e))));
    // The name is kept with the settings: a proof asked for every month is not retyped each time.
    sendAppMessage('getSettings').then((settings) => setName((typed) => typed || settings.reportName), () => {});
  }, []);
  const saveName = async (reportName: string) => {
    try {
      await sendAppMessage('setSettings', { ...(await sendAppMessage('getSettings')), reportName });
    } catch (e) {
      setError(t('reportNameSaveFailed', messageOf(e)));
    }
  };
  return (
    <>
      <div class="screen-only">
        <label>
          {t('reportName')} <input type="text" data-testid="report-name-input" value={name} maxLength={200} onInput={(e) => setName(e.currentTarget.value)} onChange={(e) => void saveName(e.currentTarget.value)} />
        </label>
        <button type="button" data-testid="print" onClick={() => window.print()}>{t('reportPrint')}</button>
        {error && <p class="error" role="alert">{error}</p>}
        <LogExports api={api} t={t} locale={locale} today={to} defaultFrom={from} />
      </div>
      {data && <Report data={data} t={t} locale={locale} name={name} today={today} />}
    </>
  );
}

render(<ReportPage />, document.getElementById('app')!);
