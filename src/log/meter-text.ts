import type { ActivityWords } from '../i18n/activity-words';
import type { MessageKey, Translate } from '../i18n/messages';
import type { Meter, Rhythm } from './periods';

/**
 * The meter in the person's words, for the popup: "2 of 4 activities in this period (until 14
 * March)", "3 h 20 of 35 h this week (until 13 January)", "2 of 3 days with an activity this
 * week (until 11 January)". Pure: the words and the locale come in.
 */
export function meterText(meter: Meter, rhythm: Rhythm, t: Translate, words: ActivityWords, locale: string): string {
  const end = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${meter.period.to}T00:00:00Z`),
  );
  const scope = t(scopeKey(rhythm));
  const amount = (n: number) => (rhythm.measure === 'minutes' ? words.duration(n) : String(n));
  if (meter.target === null) return t('meterNoTarget', [amount(meter.value), scope, end]);
  const key: MessageKey = rhythm.measure === 'minutes' ? 'meterHours' : rhythm.measure === 'days' ? 'meterDays' : 'meterActivities';
  return t(key, [amount(meter.value), amount(meter.target), scope, end]);
}

function scopeKey({ period }: Rhythm): MessageKey {
  if (period.unit === 'month') return 'meterScopeMonth';
  return period.weeks === 1 ? 'meterScopeWeek' : 'meterScopePeriod';
}
