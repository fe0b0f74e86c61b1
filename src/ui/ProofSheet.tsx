import type { ActivityWords } from '../i18n/activity-words';
import type { Proof } from '../log/proof';
import type { PresetId } from '../model/activity-vocab';
import { formatDate } from './format';
import type { Translate } from './i18n';

/** The locale a service's dates are printed in: its own country's way, whatever the browser's. */
const PRESET_LOCALES: Record<Exclude<PresetId, 'general'>, string> = {
  uwv: 'nl-NL',
  vdab: 'nl-BE',
  'forem-actiris': 'fr-BE',
  'ba-jobcenter': 'de-DE',
  'universal-credit': 'en-GB',
  'us-ny': 'en-US',
};

export function proofLocale(proof: Proof, userLocale: string): string {
  return proof.preset === 'general' ? userLocale : PRESET_LOCALES[proof.preset];
}

/** A day as the service's forms write it: 03-02-2026, 03.02.2026, 02/03/2026 (New York). */
function shortDate(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

export interface ProofSheetProps {
  proof: Proof;
  /** The printed words: the service's language (proofWords). */
  words: ActivityWords;
  /** The browser's language, for the general preset's dates. */
  locale: string;
  /** The person's name as typed in the toolbar (it may be newer than the proof's). */
  name: string;
  t: Translate;
}

/**
 * The proof of job search in the service's layout, as printed: its title, the person's details,
 * the period, one row per counted activity in the service's columns and words, the count per
 * period against the rhythm, where the evidence is, and a line for the date and signature. A
 * field the service asks for and the log lacks prints as a dotted line to fill in by hand.
 */
export function ProofSheet({ proof, words, locale, name, t }: ProofSheetProps) {
  const printLocale = proofLocale(proof, locale);
  const long = (day: string) => formatDate(day, printLocale);
  const w = words.proof;
  return (
    <article class="report proof" data-testid="proof" lang={proof.language}>
      <header>
        <h1>{w.title}</h1>
        <dl class="person">
          {name.trim() && (
            <div>
              <dt>{w.name}</dt>
              <dd data-testid="proof-person-name">{name.trim()}</dd>
            </div>
          )}
          {proof.person.clientNumber && (
            <div>
              <dt>{w.clientNumber}</dt>
              <dd>{proof.person.clientNumber}</dd>
            </div>
          )}
          {proof.person.address && (
            <div>
              <dt>{w.address}</dt>
              <dd>{proof.person.address}</dd>
            </div>
          )}
          <div>
            <dt>{w.period}</dt>
            <dd aria-live="polite">
              {long(proof.period.from)} – {long(proof.period.to)}
            </dd>
          </div>
        </dl>
      </header>
      {proof.rows.length === 0 ? (
        <p data-testid="proof-empty">{t('proofEmpty')}</p>
      ) : (
        <table class="applications">
          <thead>
            <tr>
              {proof.columns.map((c) => (
                <th key={c.field} scope="col">
                  {c.heading}
                </th>
              ))}
              {proof.evidenceNote && <th scope="col">{w.evidence}</th>}
            </tr>
          </thead>
          <tbody>
            {proof.rows.map((row) => (
              <tr key={row.key} data-testid="proof-row">
                {proof.columns.map(({ field }) => {
                  const text = field === 'date' ? shortDate(row.day, printLocale) : row.cells[field];
                  return (
                    <td key={field} class={field === 'date' ? 'date' : field === 'address' ? 'link' : undefined}>
                      {text ? text : row.gaps.includes(field) ? <Gap t={t} /> : '–'}
                    </td>
                  );
                })}
                {proof.evidenceNote && <td class="link">{row.evidence ?? ''}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{w.perPeriod}</h2>
      <table class="months periods">
        <tbody>
          {proof.periods.map((p) => (
            <tr data-testid="proof-period" key={p.from} class={p.met === false ? 'short' : undefined}>
              <td>
                {long(p.from)} – {long(p.to)}
              </td>
              <td class="count">{p.targetText === null ? p.valueText : `${p.valueText} / ${p.targetText}`}</td>
              <td>{p.targetText === null ? '' : `${w.target}: ${p.targetText}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {proof.evidenceNote && <p class="evidence">{proof.evidenceNote}</p>}
      <p class="signature">
        {w.signature}: <span class="line" />
      </p>
    </article>
  );
}

/** What the log does not know and the service asks: a line to fill in by hand, never a silent blank. */
function Gap({ t }: { t: Translate }) {
  return (
    <span class="gap" data-testid="proof-gap" role="img" aria-label={t('reportGap')}>
      {'\u00a0'}
    </span>
  );
}
