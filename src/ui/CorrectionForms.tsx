/**
 * The correction forms, one family for the sidebar and the log page's detail: FactCorrectionForm
 * opens the form a fact needs, starting from the value in effect. A line of text or a date; the
 * salary (scale, amounts, period, gross or net), the contract (statute, hours, duration, level),
 * the contact persons and the selection steps. Each hands back a value of the fact's own shape,
 * which the background checks against the same schema (src/model/facts.ts) before keeping it; all
 * share the same buttons: save, cancel, and "use the value read" while a correction is kept.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { PERIOD_LABELS } from '../i18n/fact-labels';
import type { Contact, Contract, FactField, Salary, SelectionEvent, VacancyFacts } from '../model/facts';
import { DATE_FIELDS, type CorrectionValue } from './corrections';
import { typedAmount, typedContact, type ContactRow } from './correction-input';
import type { MessageKey, Translate } from './i18n';

/** The periods a salary can be given per, in the order the menu lists them. */
const PERIODS = Object.keys(PERIOD_LABELS) as (keyof typeof PERIOD_LABELS)[];
/** The currencies of the portals Vacalens reads; another one read from a page is kept as read. */
const CURRENCIES = ['EUR', 'GBP', 'USD', 'CHF'];

export interface FactCorrectionFormProps {
  field: FactField;
  /** The fact's name, which names the form for screen readers. */
  label: string;
  /** The facts in effect: the user's corrections over what was read. The form starts from these. */
  shown: VacancyFacts;
  /** Whether a correction is kept, which the form offers to take back. */
  corrected: boolean;
  /** The country a phone number typed nationally is read in (phoneCountry). */
  country: string | null;
  t: Translate;
  /** null takes the correction back: the value read is used again. */
  onSave: (value: CorrectionValue | null, event: Event) => void;
  onCancel: () => void;
}

/** The form a fact is corrected with: one of its own for an amount or a list, else one line. */
export function FactCorrectionForm(props: FactCorrectionFormProps) {
  const { field, shown, country } = props;
  const common = { label: props.label, corrected: props.corrected, t: props.t, onSave: props.onSave, onCancel: props.onCancel };
  switch (field) {
    case 'salary':
      return <SalaryForm {...common} initial={shown.salary} />;
    case 'contract':
      return <ContractForm {...common} initial={shown.contract} />;
    case 'contacts':
      return <ContactsForm {...common} initial={shown.contacts} country={country} />;
    case 'events':
      return <EventsForm {...common} initial={shown.events} country={country} />;
    case 'title':
    case 'organisation':
    case 'reference':
    case 'location':
    case 'deadline':
    case 'published':
      return <TextCorrectionForm {...common} field={field} initial={String(shown[field] ?? '').slice(0, DATE_FIELDS.has(field) ? 10 : 500)} />;
  }
}

/** One line of text, or a date (a deadline with a time keeps it unless the day is changed). */
function TextCorrectionForm(props: {
  field: FactField;
  label: string;
  initial: string;
  corrected: boolean;
  t: Translate;
  onSave: (value: string | null, event: Event) => void;
  onCancel: () => void;
}) {
  const { field, label, t } = props;
  const [value, setValue] = useState(props.initial);
  const isDate = DATE_FIELDS.has(field);
  const inputProps = {
    'aria-label': label,
    value,
    required: true,
    ref: (el: HTMLInputElement | null) => el?.focus(),
    onInput: (event: Event) => setValue((event.currentTarget as HTMLInputElement).value),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        props.onCancel();
      }
    },
  };
  return (
    <form
      class="correction"
      data-testid="correction-form"
      onSubmit={(event) => {
        event.preventDefault();
        const v = value.trim();
        if (v) props.onSave(v, event);
      }}
    >
      {isDate ? <input type="date" {...inputProps} /> : <input type="text" maxLength={500} {...inputProps} />}
      <button type="submit" class="primary small">
        {t('correctionSave')}
      </button>
      <button type="button" class="small" onClick={props.onCancel}>
        {t('correctionCancel')}
      </button>
      {props.corrected && <UndoCorrectionButton t={t} onClick={(event) => props.onSave(null, event)} />}
    </form>
  );
}

/**
 * Takes a correction back, the value read is used again: the one button for it, beside a kept
 * correction and in its open form, in the sidebar and in the log alike. `which` names the fact
 * for screen readers where the button stands apart from it.
 */
export function UndoCorrectionButton(props: { t: Translate; onClick: (event: Event) => void; which?: string; disabled?: boolean; testId?: string }) {
  return (
    <button type="button" class="small" data-testid={props.testId} disabled={props.disabled} onClick={props.onClick}>
      {props.t('correctionUndo')}
      {props.which && <span class="visually-hidden"> ({props.which})</span>}
    </button>
  );
}

interface FormProps<T> {
  label: string;
  initial: T | null;
  corrected: boolean;
  t: Translate;
  onSave: (value: T | null, event: Event) => void;
  onCancel: () => void;
}

function Choice<V extends string>(props: {
  label: string;
  value: V | null;
  options: readonly { value: V; text: string }[];
  none: string;
  onChange: (value: V | null) => void;
}) {
  return (
    <label class="choice">
      <span>{props.label}</span>
      <select value={props.value ?? ''} onChange={(e) => props.onChange(((e.currentTarget as HTMLSelectElement).value || null) as V | null)}>
        <option value="">{props.none}</option>
        {props.options.map((o) => (
          <option value={o.value} key={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * What every form here has around its fields: Escape cancels, the one error line (when what was
 * typed cannot be kept) and the buttons; "use the value read" only when a correction is kept.
 */
function FormShell(props: {
  label: string;
  corrected: boolean;
  t: Translate;
  error: MessageKey | null;
  onSubmit: (event: Event) => void;
  onCancel: () => void;
  onUndo: (event: Event) => void;
  children: ComponentChildren;
}) {
  const { t, onCancel } = props;
  return (
    <form
      class="correction structured"
      data-testid="correction-form"
      aria-label={props.label}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit(event);
      }}
    >
      {props.children}
      {props.error && (
        <p class="error" role="alert">
          {t(props.error)}
        </p>
      )}
      <span class="buttons">
        <button type="submit" class="primary small">
          {t('correctionSave')}
        </button>
        <button type="button" class="small" onClick={onCancel}>
          {t('correctionCancel')}
        </button>
        {props.corrected && <UndoCorrectionButton t={t} onClick={props.onUndo} />}
      </span>
    </form>
  );
}

/** The shell's part of a form's props: its label, whether a correction is kept, cancel and undo. */
function shellOf<T>({ label, corrected, t, onSave, onCancel }: FormProps<T>) {
  return { label, corrected, t, onCancel, onUndo: (event: Event) => onSave(null, event) };
}

/** Rows of a list being edited: one field of one row changed, a row added or removed. */
function useRows<R>(initial: () => R[], blank: R) {
  const [rows, setRows] = useState<R[]>(initial);
  return {
    rows,
    edit: <K extends keyof R>(i: number, key: K, value: R[K]) => setRows((all) => all.map((r, j) => (j === i ? { ...r, [key]: value } : r))),
    add: () => setRows((all) => [...all, blank]),
    remove: (i: number) => setRows((all) => all.filter((_, j) => j !== i)),
  };
}

function SalaryForm(props: FormProps<Salary>) {
  const { initial, t, onSave } = props;
  const [scale, setScale] = useState(initial?.scale ?? '');
  const [min, setMin] = useState(initial?.min?.toString() ?? '');
  const [max, setMax] = useState(initial?.max?.toString() ?? '');
  const [currency, setCurrency] = useState(initial?.currency ?? 'EUR');
  const [period, setPeriod] = useState<Salary['period']>(initial?.period ?? null);
  const [gross, setGross] = useState<'gross' | 'net' | null>(initial?.gross === null || initial?.gross === undefined ? null : initial.gross ? 'gross' : 'net');
  const [error, setError] = useState<MessageKey | null>(null);
  const currencies = CURRENCIES.includes(currency) ? CURRENCIES : [currency, ...CURRENCIES];
  const submit = (event: Event) => {
    const low = typedAmount(min);
    const high = typedAmount(max);
    const amounts = [low, high].filter((n): n is number => n !== null);
    // A salary needs a scale or an amount; an amount must be a number.
    if (amounts.some((n) => !Number.isFinite(n)) || (!scale.trim() && amounts.length === 0)) return setError('salaryInvalid');
    const [from, to] = low !== null && high !== null && low > high ? [high, low] : [low, high];
    onSave(
      {
        scale: scale.trim() || null,
        min: from,
        max: to,
        currency: amounts.length ? currency : null,
        period: amounts.length ? period : null,
        gross: amounts.length && gross ? gross === 'gross' : null,
      },
      event,
    );
  };
  return (
    <FormShell {...shellOf(props)} error={error} onSubmit={submit}>
      <label class="choice">
        <span>{t('salaryScale')}</span>
        <input type="text" maxLength={500} value={scale} ref={(el) => el?.focus()} onInput={(e) => setScale(e.currentTarget.value)} />
      </label>
      <label class="choice">
        <span>{t('salaryFrom')}</span>
        <input type="text" inputMode="decimal" maxLength={20} value={min} onInput={(e) => setMin(e.currentTarget.value)} />
      </label>
      <label class="choice">
        <span>{t('salaryTo')}</span>
        <input type="text" inputMode="decimal" maxLength={20} value={max} onInput={(e) => setMax(e.currentTarget.value)} />
      </label>
      <Choice label={t('salaryCurrency')} value={currency} none="–" options={currencies.map((c) => ({ value: c, text: c }))} onChange={(c) => setCurrency(c ?? 'EUR')} />
      <Choice
        label={t('salaryPeriod')}
        value={period}
        none={t('notStated')}
        options={PERIODS.map((p) => ({ value: p, text: t(PERIOD_LABELS[p]) }))}
        onChange={setPeriod}
      />
      <Choice
        label={t('salaryGrossOrNet')}
        value={gross}
        none={t('notStated')}
        options={[
          { value: 'gross', text: t('gross') },
          { value: 'net', text: t('net') },
        ]}
        onChange={setGross}
      />
    </FormShell>
  );
}

function ContractForm(props: FormProps<Contract>) {
  const { initial, t, onSave } = props;
  const [employment, setEmployment] = useState(initial?.employment ?? null);
  const [schedule, setSchedule] = useState(initial?.schedule ?? null);
  const [duration, setDuration] = useState(initial?.duration ?? null);
  const [hours, setHours] = useState(initial?.hoursPerWeek?.toString() ?? '');
  const [level, setLevel] = useState(initial?.level ?? '');
  const [error, setError] = useState<MessageKey | null>(null);
  const submit = (event: Event) => {
    const hoursPerWeek = typedAmount(hours);
    const value: Contract = { employment, schedule, duration, hoursPerWeek, level: level.trim() || null };
    const hoursOk = hoursPerWeek === null || (hoursPerWeek > 0 && hoursPerWeek <= 80);
    if (!hoursOk || Object.values(value).every((v) => v === null)) return setError('contractInvalid');
    onSave(value, event);
  };
  return (
    <FormShell {...shellOf(props)} error={error} onSubmit={submit}>
      <Choice
        label={t('contractEmployment')}
        value={employment}
        none={t('notStated')}
        options={[
          { value: 'statutory', text: t('employmentStatutory') },
          { value: 'contractual', text: t('employmentContractual') },
        ]}
        onChange={setEmployment}
      />
      <Choice
        label={t('contractSchedule')}
        value={schedule}
        none={t('notStated')}
        options={[
          { value: 'full-time', text: t('scheduleFullTime') },
          { value: 'part-time', text: t('schedulePartTime') },
        ]}
        onChange={setSchedule}
      />
      <label class="choice">
        <span>{t('contractHours')}</span>
        <input type="text" inputMode="decimal" maxLength={5} value={hours} onInput={(e) => setHours(e.currentTarget.value)} />
      </label>
      <Choice
        label={t('contractDuration')}
        value={duration}
        none={t('notStated')}
        options={[
          { value: 'permanent', text: t('durationPermanent') },
          { value: 'temporary', text: t('durationTemporary') },
        ]}
        onChange={setDuration}
      />
      <label class="choice">
        <span>{t('contractLevel')}</span>
        <input type="text" maxLength={500} value={level} onInput={(e) => setLevel(e.currentTarget.value)} />
      </label>
    </FormShell>
  );
}

/** As the facts' schema bounds them (src/model/facts.ts). */
const MAX_CONTACTS = 20;
const MAX_EVENTS = 50;

interface ListFormProps<T> extends FormProps<T[]> {
  /** The page's country as its top-level domain ("be"), for phone numbers written nationally. */
  country: string | null;
}

/** One row of a list: its fields, and the button that removes it. */
function Row(props: { legend: string; t: Translate; onRemove: () => void; children: ComponentChildren }) {
  return (
    <fieldset class="item">
      <legend>{props.legend}</legend>
      {props.children}
      <button type="button" class="small" onClick={props.onRemove}>
        {props.t('listRemove')}
      </button>
    </fieldset>
  );
}

function TextField(props: { caption: string; value: string; maxLength: number; inputMode?: 'tel' | 'email'; onInput: (value: string) => void }) {
  return (
    <label class="choice">
      <span>{props.caption}</span>
      <input type="text" inputMode={props.inputMode} maxLength={props.maxLength} value={props.value} onInput={(e) => props.onInput(e.currentTarget.value)} />
    </label>
  );
}

const BLANK_CONTACT: ContactRow = { name: '', role: '', phone: '', email: '' };

function ContactsForm(props: ListFormProps<Contact>) {
  const { initial, t, country, onSave } = props;
  const { rows, edit, add, remove } = useRows<ContactRow>(
    () => (initial?.length ? initial.map((c) => ({ name: c.name ?? '', role: c.role ?? '', phone: c.phone ?? '', email: c.email ?? '' })) : [BLANK_CONTACT]),
    BLANK_CONTACT,
  );
  const [error, setError] = useState<MessageKey | null>(null);
  const submit = (event: Event) => {
    const typed = rows.map((r) => typedContact(r, country));
    if (typed.includes('contactsInvalid')) return setError('contactsInvalid');
    onSave(typed.filter((c): c is Contact => c !== null && c !== 'contactsInvalid'), event);
  };
  return (
    <FormShell {...shellOf(props)} error={error} onSubmit={submit}>
      {rows.map((row, i) => (
        <Row key={i} legend={t('contactNumber', String(i + 1))} t={t} onRemove={() => remove(i)}>
          <TextField caption={t('contactName')} value={row.name} maxLength={500} onInput={(v) => edit(i, 'name', v)} />
          <TextField caption={t('contactRole')} value={row.role} maxLength={500} onInput={(v) => edit(i, 'role', v)} />
          <TextField caption={t('contactPhone')} value={row.phone} maxLength={40} inputMode="tel" onInput={(v) => edit(i, 'phone', v)} />
          <TextField caption={t('contactEmail')} value={row.email} maxLength={254} inputMode="email" onInput={(v) => edit(i, 'email', v)} />
        </Row>
      ))}
      {rows.length < MAX_CONTACTS && (
        <button type="button" class="small" onClick={add}>
          {t('contactAdd')}
        </button>
      )}
    </FormShell>
  );
}

interface EventRow {
  date: string;
  label: string;
}

function EventsForm(props: ListFormProps<SelectionEvent>) {
  const { initial, t, onSave } = props;
  const { rows, edit, add, remove } = useRows<EventRow>(() => (initial?.length ? initial.map((e) => ({ ...e })) : [{ date: '', label: '' }]), { date: '', label: '' });
  const [error, setError] = useState<MessageKey | null>(null);
  const submit = (event: Event) => {
    const filled = rows.map((r) => ({ date: r.date, label: r.label.trim() })).filter((r) => r.date || r.label);
    // A step is a day and what happens on it: both, or the row is not one.
    if (filled.some((r) => !/^\d{4}-\d{2}-\d{2}$/.test(r.date) || !r.label)) return setError('eventsInvalid');
    onSave(filled.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)), event);
  };
  return (
    <FormShell {...shellOf(props)} error={error} onSubmit={submit}>
      {rows.map((row, i) => (
        <Row key={i} legend={t('eventNumber', String(i + 1))} t={t} onRemove={() => remove(i)}>
          <label class="choice">
            <span>{t('eventDate')}</span>
            <input type="date" value={row.date} onInput={(e) => edit(i, 'date', e.currentTarget.value)} />
          </label>
          <TextField caption={t('eventLabel')} value={row.label} maxLength={500} onInput={(v) => edit(i, 'label', v)} />
        </Row>
      ))}
      {rows.length < MAX_EVENTS && (
        <button type="button" class="small" onClick={add}>
          {t('eventAdd')}
        </button>
      )}
    </FormShell>
  );
}
