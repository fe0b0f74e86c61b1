import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { logMessenger } from '../../src/messaging/log-protocol';
import { sendMessage as sendAppMessage } from '../../src/messaging/protocol';
import type { ReportData, ReportPeriod } from '../../src/log/report';
import { Report } from '../../src/ui/Report';
import { periodProblem, ReportToolbar } from '../../src/ui/ReportToolbar';
import { localDay } from '../../src/model/views';
import { messageOf } from '../../src/ui/message-of';
import type { Translate } from '../../src/i18n/messages';
import '../../src/ui/report.css';

const { sendMessage } = logMessenger;
const locale = browser.i18n.getUILanguage();
const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);
document.documentElement.lang = locale;
document.title = t('reportTitle');

const now = new Date();
const today = localDay(now);
const params = new URLSearchParams(location.search);
// Three calendar months by default: what a benefits office usually asks about.
const initial: ReportPeriod = {
  from: params.get('from') ?? localDay(new Date(now.getFullYear(), now.getMonth() - 2, 1)),
  to: params.get('to') ?? today,
};

function ReportPage() {
  const [data, setData] = useState<ReportData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [name, setName] = useState('');
  // Only the answer to the latest period is shown, whatever order the answers come back in.
  const asked = useRef(0);

  const load = (period: ReportPeriod) => {
    const ask = ++asked.current;
    sendMessage('logReport', { ...period, locale }).then(
      (report) => {
        if (ask !== asked.current) return;
        setLoadError(null);
        setData(report);
      },
      (e: unknown) => ask === asked.current && setLoadError(t('loadFailed', messageOf(e))),
    );
  };
  useEffect(() => {
    // A wrong period in the address is said by the toolbar; nothing is asked for it.
    if (!periodProblem(initial)) load(initial);
    // The name is kept with the settings: a proof asked for every month is not retyped each time.
    sendAppMessage('getSettings').then((settings) => setName((typed) => typed || settings.reportName), () => {});
  }, []);
  const showPeriod = (period: ReportPeriod) => {
    // In the address too, so a reload or a bookmark keeps the period.
    history.replaceState(null, '', `?${new URLSearchParams({ from: period.from, to: period.to })}`);
    load(period);
  };
  const saveName = async (reportName: string) => {
    try {
      await sendAppMessage('setSettings', { ...(await sendAppMessage('getSettings')), reportName });
      setSaveError(null);
    } catch (e) {
      setSaveError(t('reportNameSaveFailed', messageOf(e)));
    }
  };
  return (
    <>
      <ReportToolbar
        t={t}
        period={initial}
        onPeriod={showPeriod}
        name={name}
        onNameInput={setName}
        onNameChange={(value) => void saveName(value)}
        errors={[loadError, saveError].filter((e) => e !== null)}
        canPrint={data !== null}
        onPrint={() => window.print()}
        logUrl={browser.runtime.getURL('/log.html')}
      />
      <main>{data && <Report data={data} t={t} locale={locale} name={name} today={today} />}</main>
    </>
  );
}

render(<ReportPage />, document.getElementById('app')!);
