import type { ReportData } from '../log/report';
import { VIA_LABELS } from '../i18n/via-labels';
import { formatDate } from './format';
import { indicativeAmountText } from './indicative-text';
import type { Translate } from './i18n';
import { STATUS_LABELS } from '../i18n/status-labels';

export interface ReportProps {
  data: ReportData;
  t: Translate;
  locale: string;
  /** The person's name, printed in the heading when given. */
  name: string;
  /** Today, YYYY-MM-DD. */
  today: string;
}

/** The printable proof of job search: what an employment service asks to see, in the user's language. */
export function Report({ data, t, locale, name, today }: ReportProps) {
  const { period, rows, months } = data;
  return (
    <article class="report" data-testid="report">
      <header>
        <h1>{t('reportTitle')}</h1>
        {name && (
          <p data-testid="report-name">
            {t('reportName')}: {name}
          </p>
        )}
        {/* Polite: a period chosen in the toolbar is heard when its proof is in. */}
        <p aria-live="polite">{t('reportPeriod', [formatDate(period.from, locale), formatDate(period.to, locale)])}</p>
      </header>
      {rows.length === 0 ? (
        <p data-testid="report-empty">{t('reportEmpty')}</p>
      ) : (
        <table class="applications">
          <thead>
            <tr>
              <th>{t('reportColDate')}</th>
              <th>{t('logCol_organisation')}</th>
              <th>{t('logCol_title')}</th>
              <th>{t('logCol_reference')}</th>
              <th>{t('reportColHow')}</th>
              <th>{t('reportColResult')}</th>
              <th>{t('reportColLink')}</th>
              <th>{t('colIndicative')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr data-testid="report-row" key={`${row.applied} ${row.url}`}>
                <td class="date">{formatDate(row.applied, locale)}</td>
                <td>{row.employer || <Gap t={t} />}</td>
                <td>{row.role || <Gap t={t} />}</td>
                <td>{row.reference || <Gap t={t} />}</td>
                <td>{row.via ? t(VIA_LABELS[row.via]) : <Gap t={t} />}</td>
                <td>{t(STATUS_LABELS[row.status])}</td>
                <td class="link">{row.url}</td>
                {/* From a pay table, not the page: its own column, with the table and its edition. */}
                <td class="indicative" data-testid="report-indicative">
                  {row.indicative && (
                    <>
                      {indicativeAmountText(row.indicative, locale, t)}
                      <br />
                      <small>{t('indicativeTableFrom', [row.indicative.name, formatDate(row.indicative.edition, locale)])}</small>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows.some((row) => row.indicative) && <p class="note" data-testid="report-indicative-note">{t('reportIndicativeNote')}</p>}
      <h2>{t('reportPerMonth')}</h2>
      <table class="months">
        <tbody>
          {months.map((m) => (
            <tr data-testid="report-month" key={m.month}>
              <td>{m.label}</td>
              <td class="count">{m.count}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={2}>{t('reportTotal', String(rows.length))}</td>
          </tr>
        </tfoot>
      </table>
      <footer>{t('reportMade', formatDate(today, locale))}</footer>
    </article>
  );
}

/**
 * What the log does not know (how the person applied, a reference the page did not state): a line
 * to fill in by hand on the printed page, never a value the person did not give.
 */
function Gap({ t }: { t: Translate }) {
  return (
    <span class="gap" data-testid="report-gap" role="img" aria-label={t('reportGap')}>
      {'\u00a0'}
    </span>
  );
}
