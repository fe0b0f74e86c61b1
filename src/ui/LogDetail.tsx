import { useEffect, useRef, useState } from 'preact/hooks';
import type { FactField } from '../model/facts';
import { APPLIED_VIA, type AppliedVia } from '../model/status';
import type { Applied, TrackedSummary, TrackedVacancy } from '../model/tracked';
import { applicationStep, effectiveFacts } from '../model/views';
import { formatDate } from './format';
import { indicativeAmountText } from './indicative-text';
import { indicativeInEffect, type StoredIndicative } from '../model/indicative';
import type { Translate } from './i18n';
import { VIA_LABELS } from '../i18n/via-labels';
import type { LogApi } from './log-api';
import { FACT_LABELS } from '../i18n/fact-labels';
import { STRUCTURED_FIELDS } from './corrections';
import { LogFactCorrection, LogTextCorrection } from './LogFactCorrection';
import { STATUS_LABELS } from '../i18n/status-labels';
import { useDraft } from './use-draft';

export interface LogDetailProps {
  id: string;
  api: LogApi;
  t: Translate;
  locale: string;
  /** The ids the background last announced as written; the detail reloads when its own is among them. */
  changed: { ids: Set<string> };
  onWritten: (summary: TrackedSummary) => void;
  onError: (e: unknown) => void;
  onClose: () => void;
}

/** The facts a correction can be typed into one box for; the others have a form of their own (below). */
const TEXT_FIELDS: ReadonlyArray<{ field: FactField; type: 'text' | 'date' }> = [
  { field: 'title', type: 'text' },
  { field: 'organisation', type: 'text' },
  { field: 'reference', type: 'text' },
  { field: 'deadline', type: 'date' },
  { field: 'published', type: 'date' },
  { field: 'location', type: 'text' },
];

/**
 * Amounts and lists (STRUCTURED_FIELDS) are corrected with the sidebar's forms
 * (src/ui/CorrectionForms.tsx): after the portal has taken the vacancy down, the log page is the
 * only place left to put them right.
 */

export function LogDetail({ id, api, t, locale, changed, onWritten, onError, onClose }: LogDetailProps) {
  const [record, setRecord] = useState<TrackedVacancy | null>(null);
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const load = () => api.getVacancy(id).then(setRecord, onError);
  useEffect(() => {
    void load();
  }, [id]);
  // Opened, the detail comes where the eye is: beside the table it is in view already; under it
  // (a narrow window) the page scrolls to it. Its heading takes the focus either way.
  const shown = record !== null;
  useEffect(() => {
    if (!shown || !section.current || !heading.current) return;
    const top = section.current.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight / 2) section.current.scrollIntoView({ block: 'start' });
    heading.current.focus({ preventScroll: true });
  }, [shown]);
  useEffect(() => {
    if (changed.ids.has(id)) void load();
  }, [changed]);

  const historyHeading = useRef<HTMLHeadingElement>(null);
  if (!record) return null;
  const facts = effectiveFacts(record);
  const application = applicationStep(record.history);
  const indicative = indicativeInEffect(record, facts);
  const written = (s: TrackedSummary) => {
    onWritten(s);
    void load();
  };
  // A structured correction's form stays open until the record is read back with it, and shows its own refusal.
  const writtenThenRead = (s: TrackedSummary) => {
    onWritten(s);
    return api.getVacancy(id).then(setRecord, onError);
  };

  return (
    <section
      ref={section}
      aria-labelledby="detail-heading"
      class="detail"
      data-testid="detail"
      onKeyDown={(event) => {
        // Escape closes, back to the row, unless it is dropping what is being typed in a field.
        const target = event.target as HTMLElement;
        if (event.key === 'Escape' && !['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) onClose();
      }}
    >
      <header>
        <h2 id="detail-heading" ref={heading} tabIndex={-1}>
          {facts.title ?? record.url}
        </h2>
        <button type="button" data-testid="close-detail" onClick={onClose}>
          {t('close')}
        </button>
      </header>
      <p class="org">{facts.organisation}</p>
      {indicative && <IndicativeFromTable found={indicative} t={t} locale={locale} />}

      <h3>{t('corrections')}</h3>
      <div class="corrections">
        {TEXT_FIELDS.map(({ field, type }) => (
          <LogTextCorrection
            key={field}
            field={field}
            label={t(FACT_LABELS[field])}
            type={type}
            captured={record.facts[field] as string | null}
            corrected={record.corrections[field] as string | null | undefined}
            updatedAt={record.updatedAt}
            t={t}
            onSave={(value, editedOn) => api.setCorrection(id, field, value, editedOn).then(written, onError)}
          />
        ))}
        {STRUCTURED_FIELDS.map((field) => (
          <LogFactCorrection
            key={field}
            field={field}
            label={t(FACT_LABELS[field])}
            record={record}
            shown={facts}
            t={t}
            locale={locale}
            onCorrect={(value, editedOn) => api.setCorrection(id, field, value, editedOn).then(writtenThenRead)}
            onNotStated={(editedOn) => api.setNotStated(id, field, editedOn).then(writtenThenRead)}
          />
        ))}
      </div>

      <h3>{t('appliedHeading')}</h3>
      <AppliedForm record={record} t={t} locale={locale} onSave={(applied) => api.setApplied(id, applied).then(written, onError)} />

      <h3>{t('notes')}</h3>
      <NotesForm
        notes={record.notes}
        updatedAt={record.updatedAt}
        t={t}
        onSave={(notes, editedOn) => api.setNotes(id, notes, editedOn).then(written, onError)}
      />

      <h3 id="history-heading" tabIndex={-1} ref={historyHeading}>
        {t('history')}
      </h3>
      <ol class="history" data-testid="history" aria-labelledby="history-heading">
        {record.history.map((h, index) => (
          <HistoryEntry
            key={`${h.recordedAt}-${h.status}-${h.at}`}
            entry={h}
            isApplication={index === application?.index}
            t={t}
            locale={locale}
            onSave={(day) => api.setHistoryDate(id, index, day).then(written, onError)}
            onRemove={
              record.history.length > 1
                ? () =>
                    api.removeHistoryEntry(id, index, h.recordedAt).then((s) => {
                      written(s);
                      // The step and its buttons are gone: the list's heading takes the focus.
                      historyHeading.current?.focus();
                    }, onError)
                : undefined
            }
          />
        ))}
      </ol>

      <h3>{t('sources')}</h3>
      <ul class="sources">
        {record.sourceUrls.map((url) => (
          <li key={url}>
            <a href={url} target="_blank" rel="noopener noreferrer">
              {url}
            </a>
          </li>
        ))}
      </ul>

      <details class="snapshot">
        <summary>{t('snapshot', formatDate(record.snapshot.capturedAt.slice(0, 10), locale))}</summary>
        <pre>{record.snapshot.text}</pre>
      </details>
    </section>
  );
}

/**
 * What the vacancy's scale pays by the pay table picked when it was saved: set apart from the
 * facts, with the table, its edition and its source, so the number in the log can be checked.
 */
function IndicativeFromTable({ found, t, locale }: { found: StoredIndicative; t: Translate; locale: string }) {
  return (
    <div class="indicative" data-testid="detail-indicative" role="group" aria-labelledby="detail-indicative-label">
      <p>
        <span id="detail-indicative-label" class="label">{t('colIndicative')}</span>{' '}
        <span class="amount">{indicativeAmountText(found, locale, t)}</span>
      </p>
      <p class="hint">{t('indicativeLogNote', [found.scale, found.name, formatDate(found.edition, locale)])}</p>
      {found.mayBeOutdated && <p class="hint">{t('indicativeOutdated')}</p>}
      <a href={found.source.url} target="_blank" rel="noopener noreferrer" data-testid="detail-indicative-source">
        {t('indicativeSource', found.source.publisher)}
      </a>
    </div>
  );
}

/**
 * When and how the person applied. The date is the history's application step's, edited there and
 * only there; until they applied, the day can be given here, which adds that step. How stays "not
 * filled in" until the person says: the proof shows a gap to fill, not a way they never chose.
 */
function AppliedForm({ record, t, locale, onSave }: { record: TrackedVacancy; t: Translate; locale: string; onSave: (a: Applied) => void }) {
  const step = applicationStep(record.history);
  const [date, setDate] = useState('');
  const [via, setVia] = useState<AppliedVia | null>(record.applied?.via ?? null);
  useEffect(() => setVia(record.applied?.via ?? null), [record.applied?.via]);
  const appliedOn = step ? (record.applied?.date ?? step.day) : null;
  return (
    <div class="applied" data-testid="applied-form">
      {appliedOn ? (
        <p class="applied-date" data-testid="applied-date">
          {t('appliedOnDay', formatDate(appliedOn, locale))} <span class="hint">{t('appliedDateInHistory')}</span>
        </p>
      ) : (
        <label>
          <span>{t('appliedOn')}</span>
          <input type="date" data-testid="applied-new-date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
        </label>
      )}
      <label>
        <span>{t('appliedVia')}</span>
        <select data-testid="applied-via" value={via ?? ''} onChange={(e) => setVia((e.currentTarget.value || null) as AppliedVia | null)}>
          <option value="">{t('viaUnknown')}</option>
          {APPLIED_VIA.map((v) => (
            <option key={v} value={v}>
              {t(VIA_LABELS[v])}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        data-testid="applied-save"
        disabled={appliedOn ? via === (record.applied?.via ?? null) : !date}
        onClick={() => onSave({ date: appliedOn ?? date, via })}
      >
        {t('save')}
      </button>
    </div>
  );
}

function NotesForm(props: { notes: string; updatedAt: string; t: Translate; onSave: (notes: string, editedOn: string) => void }) {
  const { notes, updatedAt, t, onSave } = props;
  const { draft: text, setDraft: setText, editedOn } = useDraft(notes, updatedAt);
  return (
    <div class="notes">
      <label class="visually-hidden" for="notes">
        {t('notes')}
      </label>
      <textarea id="notes" data-testid="notes" rows={4} maxLength={20_000} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <button type="button" data-testid="save-notes" disabled={text === notes} onClick={() => onSave(text, editedOn)}>
        {t('save')}
      </button>
    </div>
  );
}

function HistoryEntry({
  entry,
  isApplication,
  t,
  locale,
  onSave,
  onRemove,
}: {
  entry: TrackedVacancy['history'][number];
  /** The step the application date is read from. */
  isApplication: boolean;
  t: Translate;
  locale: string;
  onSave: (day: string) => void;
  /** Absent for the only step: the history keeps one. */
  onRemove?: () => void;
}) {
  const day = entry.at.slice(0, 10);
  const [value, setValue] = useState(day);
  const [confirming, setConfirming] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  // The question takes the focus when asked; cancelled, the focus goes back to the step's button.
  useEffect(() => (confirming ? yes.current?.focus() : undefined), [confirming]);
  const cancel = () => {
    setConfirming(false);
    setTimeout(() => removeButton.current?.focus());
  };
  const corrected = entry.at !== entry.recordedAt;
  const status = t(STATUS_LABELS[entry.status]);
  return (
    <li data-testid="history-entry">
      <span class="history-status">{status}</span>{' '}
      <label>
        <span class="visually-hidden">{t('changeDate')}</span>
        <input type="date" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
      </label>
      <button type="button" disabled={!value || value === day} onClick={() => onSave(value)}>
        {t('save')}
      </button>
      {onRemove && !confirming && (
        <button type="button" data-testid="history-remove" ref={removeButton} onClick={() => setConfirming(true)}>
          {t('historyRemove')}
          <span class="visually-hidden"> ({status}, {formatDate(day, locale)})</span>
        </button>
      )}
      {isApplication && <span class="hint"> {t('historyApplicationStep')}</span>}
      {entry.by === 'auto' && <span class="hint"> {t('automatic')}</span>}
      {corrected && <span class="hint"> {t('recordedOn', formatDate(entry.recordedAt.slice(0, 10), locale))}</span>}
      {onRemove && confirming && (
        <div class="confirm" role="group" aria-label={t('historyRemove')} data-testid="history-remove-confirm">
          <p>{t(isApplication ? 'historyRemoveApplicationAsk' : 'historyRemoveAsk', [status, formatDate(day, locale)])}</p>
          <button type="button" class="danger" data-testid="history-remove-yes" ref={yes} onClick={onRemove}>
            {t('historyRemoveYes')}
          </button>{' '}
          <button type="button" onClick={cancel}>
            {t('correctionCancel')}
          </button>
        </div>
      )}
    </li>
  );
}
