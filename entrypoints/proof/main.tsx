import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { proofMessenger } from '../../src/messaging/proof-protocol';
import { sendMessage as sendAppMessage } from '../../src/messaging/protocol';
import { proofCsv, proofWords, type Proof } from '../../src/log/proof';
import { PRESETS } from '../../src/log/presets';
import type { ReportPeriod } from '../../src/log/report';
import { separatorFor } from '../../src/log/separator';
import { downloadWithAnchor } from '../../src/platform/download';
import { ProofSheet } from '../../src/ui/ProofSheet';
import { ProofGaps } from '../../src/ui/ProofGaps';
import { periodProblem, ReportToolbar } from '../../src/ui/ReportToolbar';
import { localDay } from '../../src/model/views';
import { messageOf } from '../../src/ui/message-of';
import type { Translate } from '../../src/i18n/messages';
import '../../src/ui/report.css';
import '../../src/ui/proof.css';

const locale = browser.i18n.getUILanguage();
const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);
document.documentElement.lang = locale;
document.title = t('proofSettingsHeading');

const now = new Date();
const today = localDay(now);
const params = new URLSearchParams(location.search);
// This month by default: the log page opens it with the current period.
const initial: ReportPeriod = { from: params.get('from') ?? `${today.slice(0, 8)}01`, to: params.get('to') ?? today };

function ProofPage() {
  const [proof, setProof] = useState<Proof | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [hasPreset, setHasPreset] = useState(true);
  // Only the answer to the latest period is shown, whatever order the answers come back in.
  const asked = useRef(0);

  const load = (period: ReportPeriod) => {
    const ask = ++asked.current;
    proofMessenger.sendMessage('proofBuild', { ...period, locale }).then(
      (built) => {
        if (ask !== asked.current) return;
        setLoadError(null);
        setProof(built);
      },
      (e: unknown) => ask === asked.current && setLoadError(t('loadFailed', messageOf(e))),
    );
  };
  useEffect(() => {
    if (!periodProblem(initial)) load(initial);
    sendAppMessage('getSettings').then((settings) => setName((typed) => typed || settings.reportName), () => {});
    proofMessenger.sendMessage('getProofSettings', undefined).then((s) => setHasPreset(s.preset !== null), () => {});
  }, []);
  const showPeriod = (period: ReportPeriod) => {
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
  const words = proof ? proofWords(PRESETS[proof.preset], locale) : null;
  const downloadCsv = () => {
    if (!proof || !words) return;
    const text = proofCsv(proof, words, separatorFor(locale));
    downloadWithAnchor(`proof-${proof.preset}-${proof.period.from}-${proof.period.to}.csv`, text, 'text/csv;charset=utf-8');
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
        canPrint={proof !== null}
        onPrint={() => window.print()}
        logUrl={browser.runtime.getURL('/log.html')}
      />
      {proof && words && (
        <ProofGaps proof={proof} words={words} t={t} locale={locale} hasPreset={hasPreset} onCsv={downloadCsv} logUrl={browser.runtime.getURL('/log.html')} />
      )}
      <main>{proof && words && <ProofSheet proof={proof} words={words} locale={locale} name={name} t={t} />}</main>
    </>
  );
}

render(<ProofPage />, document.getElementById('app')!);
