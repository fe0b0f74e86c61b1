import { activityWordsFor, type ActivityWords } from '../i18n/activity-words';
import type { Proof } from '../log/proof';
import { formatDate } from './format';
import type { Translate } from './i18n';

export interface ProofGapsProps {
  proof: Proof;
  /** The proof's printed words (the service's language): the activity's name as printed. */
  words: ActivityWords;
  t: Translate;
  locale: string;
  /** False when no service is chosen yet (the general proof is shown). */
  hasPreset: boolean;
  onCsv(): void;
  logUrl: string;
}

/**
 * Before printing, on screen only: what each row still lacks of what the service asks, in the
 * person's language, so nothing is printed blank without their knowing; and the same proof as a
 * spreadsheet.
 */
export function ProofGaps({ proof, words, t, locale, hasPreset, onCsv, logUrl }: ProofGapsProps) {
  const mine = activityWordsFor(locale);
  const withGaps = proof.rows.filter((r) => r.gaps.length > 0);
  return (
    <section class="proof-gaps screen-only" aria-labelledby="proof-gaps-heading" data-testid="proof-gaps">
      {!hasPreset && <p class="note">{t('proofNoPreset')}</p>}
      <h2 id="proof-gaps-heading">{t('proofGapsHeading')}</h2>
      {withGaps.length === 0 ? (
        <p data-testid="proof-no-gaps">{t('proofNoGaps')}</p>
      ) : (
        <>
          <ul>
            {withGaps.map((row) => (
              <li key={row.key} data-testid="proof-gap-row">
                {t('proofGapRow', [formatDate(row.day, locale), row.cells.type ?? words.type.other, row.gaps.map((g) => mine.field[g]).join(', ')])}
              </li>
            ))}
          </ul>
          <p class="hint">
            {t('proofGapsHint')} <a href={logUrl}>{t('reportBackToLog')}</a>
          </p>
        </>
      )}
      <button type="button" data-testid="proof-csv" onClick={onCsv}>
        {t('proofCsv')}
      </button>
    </section>
  );
}
