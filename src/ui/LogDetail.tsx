import { useEffect, useState } from 'preact/hooks';
import type { FactField } from '../model/facts';
import { APPLIED_VIA } from '../model/status';
import type { Applied, TrackedSummary, TrackedVacancy } from '../model/tracked';
import { effectiveFacts } from '../model/views';
import { formatDate } from './format';
import type { MessageKey, Translate } from './i18n';
import { VIA_LABELS, type LogApi } from './Log';
import { STATUS_LABELS } from './status-labels';

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

/** The facts a correction can be typed into one box for; the others are corrected from the sidebar. */
const TEXT_FIELDS: ReadonlyArray<{ field: FactField; label: MessageKey; type: 'text' | 'date' }> = [
  { field: 'title', label: 'factTitle', type: 'text' },
  { field: 'organisation', label: 'factOrganisation', type: 'text' },
  { field: 'reference', label: 'factReference', type: 'text' },
  { field: 'deadline', label: 'factDeadline', type: 'date' },
  { field: 'published', label: 'factPublished', type: 'date' },
  { field: 'location', label: 'factLocation', type: 'text' },
];

export function LogDetail({ id, api, t, locale, changed, onWritten, onError, onClose }: LogDetailProps) {
  const [record, setRecord] = useState<TrackedVacancy | null>(null);
  const load = () => api.getVacancy(id).then(setRecord, onError);
  useEffect(() => {
    void load();
  }, [id]);
  useEffect(() => {
    if (changed.ids.has(id)) void load();
  }, [changed]);

  if (!record) return null;
  const facts = effectiveFacts(record);
  const written = (s: TrackedSummary) => {
    onWritten(s);
    void load();
  };

  return (
    <section aria-labelledby="detail-heading" class="detail" data-testid="detail">
      <header>
        <h2 id="detail-heading">{facts.title ?? record.url}</h2>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </header>
      <p class="org">{facts.organisation}</p>

      <h3>{t('corrections')}</h3>
      <div class="corrections">
        {TEXT_FIELDS.map(({ field, label, type }) => (
          <CorrectionField
            key={field}
            field={field}
            label={t(label)}
            type={type}
            captured={record.facts[field] as string | null}
            corrected={record.corrections[field] as string | null | undefined}
            updatedAt={record.updatedAt}
            t={t}
            onSave={(value, editedOn) => api.setCorrection(id, field, value, editedOn).then(written, onError)}
          />
        ))}
      </div>

      <h3>{t('appliedHeading')}</h3>
      <AppliedForm applied={record.applied} t={t} onSave={(applied) => api.setApplied(id, applied).then(written, onError)} />

      <h3>{t('notes')}</h3>
      <NotesForm
        notes={record.notes}
        updatedAt={record.updatedAt}
        t={t}
        onSave={(notes, editedOn) => api.setNotes(id, notes, editedOn).then(written, onError)}
      />

      <h3>{t('history')}</h3>
      <ol class="history" data-testid="history">
        {record.history.map((h, index) => (
          <HistoryEntry
            key={`${index}-${h.at}`}
            entry={h}
            t={t}
            locale={locale}
            onSave={(day) => api.setHistoryDate(id, index, day).then(written, onError)}
          />
        ))}
      </ol>

      {facts.events.length > 0 && (
        <>
          <h3>{t('factEvents')}</h3>
          <ul>
            {facts.events.map((e) => (
              <li key={`${e.date}-${e.label}`}>
                {formatDate(e.date, locale)}: {e.label}
              </li>
            ))}
          </ul>
        </>
      )}

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
 * What the user types over a value of the record. While the user has not changed it, the draft
 * follows the record (a change from another tab reloads it); once they have, it keeps their text
 * and the record's version (`updatedAt`) it was begun on. Saving sends that version, so an edit
 * begun before another tab's change is refused as a conflict instead of silently overwriting it.
 */
function useDraft(value: string, updatedAt: string): { draft: string; setDraft: (draft: string) => void; editedOn: string } {
  const [state, setState] = useState({ draft: value, value, editedOn: updatedAt });
  useEffect(() => {
    setState((s) => (s.draft === s.value || s.draft === value ? { draft: value, value, editedOn: updatedAt } : s));
  }, [value, updatedAt]);
  return { draft: state.draft, setDraft: (draft) => setState((s) => ({ ...s, draft })), editedOn: state.editedOn };
}

function CorrectionField(props: {
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
      {corrected !== undefined && (
        <button type="button" onClick={() => onSave(null)}>
          {t('undoCorrection')}
        </button>
      )}
      {corrected !== undefined && <span class="hint">{t('captured', captured ?? '–')}</span>}
    </div>
  );
}

function AppliedForm({ applied, t, onSave }: { applied: Applied | null; t: Translate; onSave: (a: Applied | null) => void }) {
  const [date, setDate] = useState(applied?.date ?? '');
  const [via, setVia] = useState<Applied['via']>(applied?.via ?? 'portal');
  return (
    <div class="applied" data-testid="applied-form">
      <label>
        <span>{t('appliedOn')}</span>
        <input type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
      </label>
      <label>
        <span>{t('appliedVia')}</span>
        <select value={via} onChange={(e) => setVia(e.currentTarget.value as Applied['via'])}>
          {APPLIED_VIA.map((v) => (
            <option key={v} value={v}>
              {t(VIA_LABELS[v])}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={!date} onClick={() => onSave({ date, via })}>
        {t('save')}
      </button>
      {applied && (
        <button type="button" onClick={() => onSave(null)}>
          {t('clear')}
        </button>
      )}
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
  t,
  locale,
  onSave,
}: {
  entry: TrackedVacancy['history'][number];
  t: Translate;
  locale: string;
  onSave: (day: string) => void;
}) {
  const day = entry.at.slice(0, 10);
  const [value, setValue] = useState(day);
  const corrected = entry.at !== entry.recordedAt;
  return (
    <li data-testid="history-entry">
      <span class="history-status">{t(STATUS_LABELS[entry.status])}</span>{' '}
      <label>
        <span class="visually-hidden">{t('changeDate')}</span>
        <input type="date" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
      </label>
      <button type="button" disabled={!value || value === day} onClick={() => onSave(value)}>
        {t('save')}
      </button>
      {entry.by === 'auto' && <span class="hint"> {t('automatic')}</span>}
      {corrected && <span class="hint"> {t('recordedOn', formatDate(entry.recordedAt.slice(0, 10), locale))}</span>}
    </li>
  );
}
