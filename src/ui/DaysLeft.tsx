import type { Translate } from './i18n';

/** Days left until an inclusive deadline, marked once it is a week away or has passed. */
export function DaysLeft({ days, t }: { days: number; t: Translate }) {
  const text =
    days < 0
      ? t('deadlinePassed')
      : days === 0
        ? t('lastDay')
        : days === 1
          ? t('oneDayLeft')
          : t('daysLeft', String(days));
  return <span class={`days ${days < 0 ? 'passed' : days <= 7 ? 'soon' : ''}`}>{text}</span>;
}
