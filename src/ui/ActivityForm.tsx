import { useState } from 'preact/hooks';
import type { ActivityWords, ProofField } from '../i18n/activity-words';
import { ACTIVITY_HOW, ACTIVITY_MINUTES_MAX, ACTIVITY_TEXT_MAX_CHARS, ACTIVITY_TYPES, type ActivityHow, type ActivityType } from '../model/activity-vocab';
import type { ActivityInput } from '../model/activity';
import type { Translate } from './i18n';

/** The text fields of the form, in the order a person fills them in. */
const TEXT_FIELDS = ['employer', 'position', 'municipality', 'address', 'contact', 'phone', 'result'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

export interface ActivityFormProps {
  /** The activity being edited, or a new one's empty input. */
  initial: ActivityInput;
  editing: boolean;
  t: Translate;
  /** The form's words, in the person's language. */
  words: ActivityWords;
  /** The fields the chosen service asks of an activity of this type (marked, never forced). */
  needed: (type: ActivityType) => readonly ProofField[];
  /** `event`: the form's submission, for a screen that acts on the person's own actions only (the sidebar). */
  onSave(input: ActivityInput, event: Event): Promise<unknown>;
  onCancel(): void;
}

/**
 * One job-search activity, typed by hand. Only the date is required to save: a field the service
 * asks for and the person leaves empty is a gap, listed before printing, never refused here.
 */
export function ActivityForm({ initial, editing, t, words, needed, onSave, onCancel }: ActivityFormProps) {
  const [input, setInput] = useState<ActivityInput>(initial);
  const [minutesText, setMinutesText] = useState(initial.minutes === null ? '' : String(initial.minutes));
  const [problem, setProblem] = useState<{ field: 'date' | 'minutes'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const asked = new Set(needed(input.type));
  const set = (patch: Partial<ActivityInput>) => setInput((i) => ({ ...i, ...patch }));
  const headingId = editing ? 'activity-form-edit' : 'activity-form-new';

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) return setProblem({ field: 'date', text: t('activityDateMissing') });
    const minutes = minutesText.trim() === '' ? null : Number(minutesText);
    if (minutes !== null && !(Number.isInteger(minutes) && minutes >= 0 && minutes <= ACTIVITY_MINUTES_MAX)) {
      return setProblem({ field: 'minutes', text: t('activityMinutesWrong') });
    }
    setProblem(null);
    setBusy(true);
    try {
      await onSave({ ...input, minutes }, e);
    } finally {
      setBusy(false);
    }
  };
  const invalid = (field: 'date' | 'minutes') =>
    problem?.field === field ? { 'aria-invalid': true as const, 'aria-describedby': 'activity-form-problem' } : {};
  const label = (field: ProofField) => (
    <span>
      {words.field[field]}
      {asked.has(field) && <span class="needed"> ({t('activityNeeded')})</span>}
    </span>
  );

  return (
    <form class="activity-form" data-testid="activity-form" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId}>{editing ? t('activityEditHeading') : t('activityNewHeading')}</h3>
      <div class="grid">
        <label>
          {label('date')}
          <input type="date" data-testid="activity-date" required value={input.date} onInput={(e) => set({ date: e.currentTarget.value })} {...invalid('date')} />
        </label>
        <label>
          {label('type')}
          <select data-testid="activity-type" value={input.type} onChange={(e) => set({ type: e.currentTarget.value as ActivityType })}>
            {ACTIVITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {words.type[type]}
              </option>
            ))}
          </select>
        </label>
        {TEXT_FIELDS.map((field: TextField) => (
          <label key={field}>
            {label(field)}
            <input
              type="text"
              inputMode={field === 'phone' ? 'tel' : undefined}
              autocomplete="off"
              data-testid={`activity-${field}`}
              maxLength={field === 'address' ? 4096 : ACTIVITY_TEXT_MAX_CHARS}
              value={input[field] ?? ''}
              onInput={(e) => set({ [field]: e.currentTarget.value })}
            />
          </label>
        ))}
        <label>
          {label('how')}
          <select data-testid="activity-how" value={input.how ?? ''} onChange={(e) => set({ how: (e.currentTarget.value || null) as ActivityHow | null })}>
            <option value="">{t('activityHowNone')}</option>
            {ACTIVITY_HOW.map((how) => (
              <option key={how} value={how}>
                {words.how[how]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>
            {words.field.minutes} ({t('activityMinutesUnit')})
            {asked.has('minutes') && <span class="needed"> ({t('activityNeeded')})</span>}
          </span>
          <input
            type="number"
            min={0}
            max={ACTIVITY_MINUTES_MAX}
            step={5}
            data-testid="activity-minutes"
            value={minutesText}
            onInput={(e) => setMinutesText(e.currentTarget.value)}
            {...invalid('minutes')}
          />
        </label>
      </div>
      <label class="wide">
        <span>{t('activityNotes')}</span>
        <textarea data-testid="activity-notes" rows={2} maxLength={5000} value={input.notes} onInput={(e) => set({ notes: e.currentTarget.value })} />
      </label>
      {problem && (
        <p class="error" id="activity-form-problem" role="alert">
          {problem.text}
        </p>
      )}
      <div class="buttons">
        <button type="submit" class="primary" data-testid="activity-save" disabled={busy}>
          {t('activitySave')}
        </button>
        <button type="button" data-testid="activity-cancel" onClick={onCancel}>
          {t('activityCancel')}
        </button>
      </div>
    </form>
  );
}
