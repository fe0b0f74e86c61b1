import { useEffect, useState } from 'preact/hooks';
import type { MeterState } from '../log/proof-meter';
import type { Translate } from './i18n';
import { meterSentence } from './meter-sentence';

/**
 * The popup's meter: how far this period's job search is under the chosen service ("2 van 4
 * activiteiten in deze periode (tot 14 maart)"). Nothing when no service is chosen, or when the
 * count cannot be read (the list below says what failed, if anything does).
 */
export function PopupMeter({ load, t, locale }: { load: () => Promise<MeterState>; t: Translate; locale: string }) {
  const [state, setState] = useState<MeterState | null>(null);
  useEffect(() => {
    load().then(setState, () => setState(null));
  }, [load]);
  const sentence = state && meterSentence(state, t, locale);
  if (!sentence) return null;
  return (
    <p class={sentence.short ? 'meter short' : 'meter'} data-testid="popup-meter">
      {sentence.text}
    </p>
  );
}
