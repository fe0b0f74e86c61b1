import type { VacancyFacts } from '../model/facts';
import { indicativePay, isRange } from '../paytables';
import { formatDate } from './format';
import type { Translate } from './i18n';
import { indicativeAmountText } from './indicative-text';

/**
 * The row under the salary when the page names a scale and no amount: what the scale pays by its
 * table, visibly not read from the page (its own label and border, no highlight, no correction, never
 * stored as the page's salary). Shows nothing when the page states an amount.
 */
export function IndicativePay(props: { facts: VacancyFacts; now: Date; locale: string; t: Translate }) {
  const { facts, now, locale, t } = props;
  const found = indicativePay(facts, now);
  if (!found) return null;
  if (!isRange(found)) {
    return (
      <div class="fact indicative" data-testid="indicative-pay">
        <dt>{t('indicativeLabel')}</dt>
        <dd>
          <span class="note">{t('indicativeCandidates', found.candidates.join(', '))}</span>
        </dd>
      </div>
    );
  }
  return (
    <div class="fact indicative" data-testid="indicative-pay">
      <dt>{t('indicativeLabel')}</dt>
      <dd>
        <span class="value amount">
          {indicativeAmountText(found, locale, t)}
        </span>
        <span class="note">{t('indicativeNotOnPage', [found.name, formatDate(found.edition, locale)])}</span>
        {found.mayBeOutdated && (
          <span class="note outdated" data-testid="indicative-outdated">
            {t('indicativeOutdated')}
          </span>
        )}
        <a class="note" href={found.source.url} target="_blank" rel="noopener noreferrer" data-testid="indicative-source">
          {t('indicativeSource', found.source.publisher)}
        </a>
      </dd>
    </div>
  );
}
