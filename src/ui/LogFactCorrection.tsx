/**
 * Correcting a fact in the log page's detail: after the portal has taken the vacancy down, the log
 * is the only place left to put it right. The forms and the undo are the sidebar's
 * (CorrectionForms.tsx); what differs is that each save names the record's version it was begun
 * on, so an edit begun before another tab's change is refused as a conflict, not written over it.
 */
import { useState } from 'preact/hooks';
import type { FactField, VacancyFacts } from '../model/facts';
import type { TrackedVacancy } from '../model/tracked';
import { FactCorrectionForm, UndoCorrectionButton } from './CorrectionForms';
import { phoneCountry } from './correction-input';
import type { CorrectionValue, StructuredField } from './corrections';
import { factText, hasValue } from './fact-text';
import { FactValue } from './FactValue';
import type { Translate } from './i18n';
import { messageOf } from './message-of';
import { useDraft } from './use-draft';

/** A line of text or a date, typed over in place: the record's value, or the user's correction of it. */
export function LogTextCorrection(props: {
  field: FactField;
  label: string;
  type: 'text' | 'date';
  captured: string | null;
  corrected: string | null | undefined;
  updatedAt: string;
  t: Translate;
  onSave: (value: string | null, editedOn: string) => void;
}) {
  const { field, label, type, captured, corrected, updatedAt, t, onSave: save } = props;
  const current = corrected === undefined ? captured : corrected;
  // A deadline with a time keeps it unless the user changes the day.
  const { draft: value, setDraft: setValue, editedOn } = useDraft(type === 'date' ? (current ?? '').slice(0, 10) : (current ?? ''), updatedAt);
  const onSave = (v: string | null) => save(v, editedOn);
  const inputId = `correct-${field}`;
  return (
    <div class="correction" data-testid={`correction-${field}`}>
      <label for={inputId}>{label}</label>
      {type === 'date' ? (
        <input id={inputId} type="date" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
      ) : (
        <input id={inputId} type="text" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
      )}
      <button type="button" disabled={value === (current ?? '').slice(0, type === 'date' ? 10 : undefined) || value.trim() === ''} onClick={() => onSave(value.trim())}>
        {t('save')}
      </button>
      {corrected !== undefined && <UndoCorrectionButton t={t} testId="undo-correction" which={label} onClick={() => onSave(null)} />}
      {corrected !== undefined && <span class="hint">{t('captured', captured ?? '–')}</span>}
    </div>
  );
}

/**
 * A salary, contract, contact list or list of selection steps: the value in effect (the user's
 * correction over what was read), and the same correction, "not stated" and undo as the sidebar.
 */
export function LogFactCorrection(props: {
  field: StructuredField;
  label: string;
  record: TrackedVacancy;
  /** The facts in effect. */
  shown: VacancyFacts;
  t: Translate;
  locale: string;
  onCorrect: (value: CorrectionValue | null, editedOn: string) => Promise<unknown>;
  onNotStated: (editedOn: string) => Promise<unknown>;
}) {
  const { field, label, record, shown, t, locale } = props;
  // The record's version the form was opened on (null: closed). Saving over a newer one (changed in
  // another tab) is refused as a conflict rather than overwriting it.
  const [editedOn, setEditedOn] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const corrected = record.corrections[field] !== undefined;
  const run = (write: () => Promise<unknown>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    write()
      .then(
        () => setEditedOn(null),
        (e: unknown) => setError(t('logCorrectionFailed', messageOf(e))),
      )
      .finally(() => setBusy(false));
  };
  const close = () => {
    setEditedOn(null);
    setError(null);
  };
  const version = editedOn ?? record.updatedAt;
  // Which fact a button is for, for screen readers: the visible words stay the start of its name.
  const which = <span class="visually-hidden"> ({label})</span>;
  return (
    <div class="structured-fact" data-testid={`correction-${field}`}>
      <span class="label">{label}</span>
      <div class="value" data-testid="fact-value">
        <FactValue field={field} facts={shown} t={t} locale={locale} />
      </div>
      {editedOn === null && (
        <span class="actions">
          <button type="button" data-testid="correct" disabled={busy} onClick={() => setEditedOn(record.updatedAt)}>
            {t('logCorrectFact')}
            {which}
          </button>
          {!corrected && hasValue(record.facts[field]) && (
            <button type="button" data-testid="not-stated" disabled={busy} onClick={() => run(() => props.onNotStated(record.updatedAt))}>
              {t('logLeaveOut')}
              {which}
            </button>
          )}
          {corrected && (
            <UndoCorrectionButton t={t} testId="undo-correction" which={label} disabled={busy} onClick={() => run(() => props.onCorrect(null, record.updatedAt))} />
          )}
        </span>
      )}
      {corrected && (
        <p class="hint" data-testid="corrected">
          <span class="mark">{t('correctedByYou')}</span> · {t('extractedValue', factText({ facts: record.facts, locale, t }, field))}
        </p>
      )}
      {error && (
        <p class="error" role="alert" data-testid="correction-error">
          {error}
        </p>
      )}
      {editedOn !== null && (
        <div class="form">
          <FactCorrectionForm
            field={field}
            label={label}
            shown={shown}
            corrected={corrected}
            country={phoneCountry(record.url, record.facts.language)}
            t={t}
            onSave={(value) => run(() => props.onCorrect(value, version))}
            onCancel={close}
          />
        </div>
      )}
    </div>
  );
}
