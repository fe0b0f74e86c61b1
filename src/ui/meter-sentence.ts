import { activityWordsFor } from '../i18n/activity-words';
import { meterText } from '../log/meter-text';
import type { MeterState } from '../log/proof-meter';
import { formatDate } from './format';
import type { Translate } from './i18n';

/**
 * The meter as the popup and the log page say it: "2 van 4 activiteiten in deze periode (tot 14
 * maart)", or what is missing to count at all; null when no service is chosen (nothing is shown).
 */
export function meterSentence(state: MeterState, t: Translate, locale: string): { text: string; short: boolean } | null {
  switch (state.kind) {
    case 'none':
      return null;
    case 'needs-start':
      return { text: t('meterNeedsStart'), short: false };
    case 'not-started':
      return { text: t('meterNotStarted', formatDate(state.start, locale)), short: false };
    case 'meter':
      return { text: meterText(state.meter, state.rhythm, t, activityWordsFor(locale), locale), short: state.meter.short };
  }
}
