import type { IndicativeAmounts } from '../model/indicative';
import { formatMoney } from './format';
import type { MessageKey, Translate } from './i18n';

const PERIODS = { hour: 'periodHour', month: 'periodMonth', year: 'periodYear' } as const satisfies Record<string, MessageKey>;

/**
 * An indicative range as the sidebar, the log page and the printed proof write it ("€ 3.059,65 –
 * € 4.129,64 bruto per maand"): one text, so the three say the same.
 */
export function indicativeAmountText(found: IndicativeAmounts, locale: string, t: Translate): string {
  const money = (n: number) => formatMoney(n, found.currency, locale);
  const amount = found.min === found.max ? money(found.min) : `${money(found.min)} – ${money(found.max)}`;
  return `${amount} ${t('gross')} ${t(PERIODS[found.period])}`;
}
