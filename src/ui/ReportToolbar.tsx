import { useState } from 'preact/hooks';
import type { ReportPeriod } from '../log/report';
import { periodTooLong } from '../log/report-period';
import type { MessageKey, Translate } from './i18n';

export interface PeriodProblem {
  key: MessageKey;
  /** The dates to mark as wrong. */
  fields: ('from' | 'to')[];
}

/** A real calendar day as YYYY-MM-DD: what a date field gives, and what an address may not. */
function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** What is wrong with a period before it is asked for, or null when the proof can show it. */
export function periodProblem({ from, to }: ReportPeriod): PeriodProblem | null {
  const unfilled = (['from', 'to'] as const).filter((field) => !isDay(field === 'from' ? from : to));
  if (unfilled.length > 0) return { key: 'reportPeriodIncomplete', fields: unfilled };
  if (from > to) return { key: 'reportPeriodOrder', fields: ['from', 'to'] };
  // The background refuses it too (log-handlers' ReportSchema); said here first, in words.
  if (periodTooLong({ from, to })) return { key: 'reportPeriodTooLong', fields: ['from', 'to'] };
  return null;
}

export interface ReportToolbarProps {
  t: Translate;
  /** The period of the proof on the page (or asked for in its address). */
  period: ReportPeriod;
  /** Called with a period only once periodProblem finds nothing wrong with it. */
  onPeriod(period: ReportPeriod): void;
  name: string;
  onNameInput(name: string): void;
  /** The name once the field is left: kept with the settings. */
  onNameChange(name: string): void;
  /** A failed load or save of the name, in words. */
  errors: readonly string[];
  /** False while there is no proof to print. */
  canPrint: boolean;
  onPrint(): void;
  logUrl: string;
}

const PROBLEM_ID = 'report-period-problem';

/** The proof page's bar on screen: who it is for, which period, print; it stays off paper. */
export function ReportToolbar({ t, period, onPeriod, name, onNameInput, onNameChange, errors, canPrint, onPrint, logUrl }: ReportToolbarProps) {
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  // An address with a wrong period says so at once, in the same words as the fields.
  const [problem, setProblem] = useState(() => periodProblem(period));

  const show = (e: Event) => {
    e.preventDefault();
    const found = periodProblem({ from, to });
    setProblem(found);
    if (!found) onPeriod({ from, to });
  };
  const invalid = (field: 'from' | 'to') =>
    problem?.fields.includes(field) ? { 'aria-invalid': true as const, 'aria-describedby': PROBLEM_ID } : {};

  return (
    <header class="toolbar screen-only" data-testid="report-toolbar">
      <div class="bar">
        <a class="back" href={logUrl} data-testid="back-to-log">
          <span aria-hidden="true">← </span>
          {t('reportBackToLog')}
        </a>
        <label>
          {t('reportName')}
          <input
            type="text"
            data-testid="report-name-input"
            autocomplete="name"
            value={name}
            maxLength={200}
            onInput={(e) => onNameInput(e.currentTarget.value)}
            onChange={(e) => onNameChange(e.currentTarget.value)}
          />
        </label>
        <form class="period" onSubmit={show} noValidate>
          <fieldset>
            <legend class="visually-hidden">{t('reportPeriodLegend')}</legend>
            <label>
              {t('logPeriodFrom')}
              <input type="date" data-testid="report-from" value={from} onInput={(e) => setFrom(e.currentTarget.value)} {...invalid('from')} />
            </label>
            <label>
              {t('logPeriodTo')}
              <input type="date" data-testid="report-to" value={to} onInput={(e) => setTo(e.currentTarget.value)} {...invalid('to')} />
            </label>
            <button type="submit" data-testid="report-show">{t('reportShowPeriod')}</button>
          </fieldset>
        </form>
        <button type="button" class="primary print" data-testid="print" onClick={onPrint} disabled={!canPrint}>
          {t('reportPrint')}
        </button>
      </div>
      {problem && (
        <p class="error" id={PROBLEM_ID} role="alert" data-testid="report-period-problem">
          {t(problem.key)}
        </p>
      )}
      {errors.map((error) => (
        <p class="error" role="alert" key={error}>
          {error}
        </p>
      ))}
    </header>
  );
}
