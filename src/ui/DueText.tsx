import type { TrackedSummary } from '../model/tracked';
import type { nextDue } from '../model/views';
import { DaysLeft } from './DaysLeft';
import { daysUntil, formatDate } from './format';
import type { Translate } from './i18n';

/**
 * What is due next for a tracked vacancy, as the popup and the log's table show it: the deadline
 * (with days left and its mark) while applying is ahead; else the next selection event.
 */
export function DueText({
  row,
  due,
  t,
  locale,
  now,
}: {
  row: TrackedSummary;
  due: ReturnType<typeof nextDue>;
  t: Translate;
  locale: string;
  now: Date;
}) {
  if (due?.kind === 'event') {
    return (
      <span class="due" data-testid="due">
        {t('nextEvent', formatDate(due.day, locale))} · <DaysLeft days={daysUntil(due.day, now)} t={t} />
      </span>
    );
  }
  if (!row.deadline) return <span class="due">{t('noDeadline')}</span>;
  return (
    <span class="due" data-testid="due">
      {t('deadlineOn', formatDate(row.deadline, locale))}
      {row.status === 'interested' || row.status === 'expired' ? (
        <>
          {' · '}
          <DaysLeft days={daysUntil(row.deadline, now)} t={t} />
        </>
      ) : null}
    </span>
  );
}
