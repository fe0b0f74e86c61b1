/**
 * Correction forms for the facts that are more than one line of text: the salary (scale, amounts,
 * period, gross or net), the contract (statute, hours, duration, level), the contact persons and
 * the selection steps. Each starts from the value shown and hands back a value of the fact's own
 * shape, which the background checks against the same schema (src/model/facts.ts) before keeping it.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { toE164 } from '../extract/phones';
import type { Contact, Contract, Salary, SelectionEvent } from '../model/facts';
import { PERIOD_LABELS } from '../i18n/fact-labels';
import type { MessageKey, Translate } from './i18n';

/** The periods a salary can be given per, in the order the menu lists them. */
const PERIODS = Object.keys(PERIOD_LABELS) as (keyof typeof PERIOD_LABELS)[];
/** The currencies of the portals Vacalens reads; another one read from a page is kept as read. */
const CURRENCIES = ['EUR', 'GBP', 'USD', 'CHF'];

interface FormProps<T> {
  label: string;
  initial: T | null;
  corrected: boolean;
  t: Translate;
  onSave: (value: T | null, event: Event) => void;
  onCancel: () => void;
}

/** An amount as typed: "3.059,65", "3059.65" or "3 059" → 3059.65; null when empty, NaN when not a number. */
export function typedAmount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f€£$]/g, '');
  if (!compact) return null;
  // The last separator followed by one or two digits is the decimal one; the others group thousands.
  const decimal = /[.,](\d{1,2})$/.exec(compact);
  const whole = decimal ? compact.slice(0, decimal.index) : compact;
  // Digits, or groups of three after the first ("3.059", "1'234"): "3,5" before a decimal part is no amount.
  if (!/^\d+$/.test(whole) && !/^\d{1,3}(?:[.,']\d{3})+$/.test(whole)) return Number.NaN;
  const digits = whole.replace(/[.,']/g, '');
  return Number(decimal ? `${digits}.${decimal[1]}` : digits);
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
        {props.corrected && (
          <button type="button" class="small" onClick={props.onUndo}>
            {t('correctionUndo')}
          </button>
        )}
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

export function SalaryForm(props: FormProps<Salary>) {
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

export function ContractForm(props: FormProps<Contract>) {
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
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

interface ListFormProps<T> extends FormProps<T[]> {
  /** The page's country as its top-level domain ("be"), for phone numbers written nationally. */
  country: string | null;
}

interface ContactRow {
  name: string;
  role: string;
  phone: string;
  email: string;
}

/** A contact row as typed, as a Contact; an error message key when it cannot be one. */
export function typedContact(row: ContactRow, country: string | null): Contact | 'contactsInvalid' | null {
  const [name, role, phone, email] = [row.name.trim(), row.role.trim(), row.phone.trim(), row.email.trim()];
  if (!name && !role && !phone && !email) return null;
  const e164 = phone ? toE164(phone, country) : null;
  if ((phone && !e164) || (email && !EMAIL.test(email)) || (!name && !phone && !email)) return 'contactsInvalid';
  return { name: name || null, role: role || null, phone: e164, email: email || null };
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

export function ContactsForm(props: ListFormProps<Contact>) {
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

export function EventsForm(props: ListFormProps<SelectionEvent>) {
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
