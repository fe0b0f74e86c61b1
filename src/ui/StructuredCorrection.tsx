/**
 * Correction forms for the two facts that are more than one line of text: the salary (scale,
 * amounts, period, gross or net) and the contract (statute, hours, duration, level). Each starts
 * from the value shown and hands back a value of the fact's own shape, which the background checks
 * against the same schema (src/model/facts.ts) before keeping it.
 */
import { useState } from 'preact/hooks';
import type { Contract, Salary } from '../model/facts';
import type { MessageKey, Translate } from './i18n';

const PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
const PERIOD_KEYS = { hour: 'periodHour', day: 'periodDay', week: 'periodWeek', month: 'periodMonth', year: 'periodYear' } as const satisfies Record<
  (typeof PERIODS)[number],
  MessageKey
>;
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

function Buttons({ corrected, t, onCancel, onUndo }: { corrected: boolean; t: Translate; onCancel: () => void; onUndo: (event: Event) => void }) {
  return (
    <span class="buttons">
      <button type="submit" class="primary small">
        {t('correctionSave')}
      </button>
      <button type="button" class="small" onClick={onCancel}>
        {t('correctionCancel')}
      </button>
      {corrected && (
        <button type="button" class="small" onClick={onUndo}>
          {t('correctionUndo')}
        </button>
      )}
    </span>
  );
}

const escapeCancels = (onCancel: () => void) => (event: KeyboardEvent) => {
  if (event.key === 'Escape') {
    event.stopPropagation();
    onCancel();
  }
};

export function SalaryForm({ label, initial, corrected, t, onSave, onCancel }: FormProps<Salary>) {
  const [scale, setScale] = useState(initial?.scale ?? '');
  const [min, setMin] = useState(initial?.min?.toString() ?? '');
  const [max, setMax] = useState(initial?.max?.toString() ?? '');
  const [currency, setCurrency] = useState(initial?.currency ?? 'EUR');
  const [period, setPeriod] = useState<Salary['period']>(initial?.period ?? null);
  const [gross, setGross] = useState<'gross' | 'net' | null>(initial?.gross === null || initial?.gross === undefined ? null : initial.gross ? 'gross' : 'net');
  const [invalid, setInvalid] = useState(false);
  const currencies = CURRENCIES.includes(currency) ? CURRENCIES : [currency, ...CURRENCIES];
  return (
    <form
      class="correction structured"
      data-testid="correction-form"
      aria-label={label}
      onKeyDown={escapeCancels(onCancel)}
      onSubmit={(event) => {
        event.preventDefault();
        const low = typedAmount(min);
        const high = typedAmount(max);
        const amounts = [low, high].filter((n): n is number => n !== null);
        // A salary needs a scale or an amount; an amount must be a number.
        if (amounts.some((n) => !Number.isFinite(n)) || (!scale.trim() && amounts.length === 0)) {
          setInvalid(true);
          return;
        }
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
      }}
    >
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
        options={PERIODS.map((p) => ({ value: p, text: t(PERIOD_KEYS[p]) }))}
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
      {invalid && (
        <p class="error" role="alert">
          {t('salaryInvalid')}
        </p>
      )}
      <Buttons corrected={corrected} t={t} onCancel={onCancel} onUndo={(event) => onSave(null, event)} />
    </form>
  );
}

export function ContractForm({ label, initial, corrected, t, onSave, onCancel }: FormProps<Contract>) {
  const [employment, setEmployment] = useState(initial?.employment ?? null);
  const [schedule, setSchedule] = useState(initial?.schedule ?? null);
  const [duration, setDuration] = useState(initial?.duration ?? null);
  const [hours, setHours] = useState(initial?.hoursPerWeek?.toString() ?? '');
  const [level, setLevel] = useState(initial?.level ?? '');
  const [invalid, setInvalid] = useState(false);
  return (
    <form
      class="correction structured"
      data-testid="correction-form"
      aria-label={label}
      onKeyDown={escapeCancels(onCancel)}
      onSubmit={(event) => {
        event.preventDefault();
        const hoursPerWeek = typedAmount(hours);
        if (hoursPerWeek !== null && !(hoursPerWeek > 0 && hoursPerWeek <= 80)) {
          setInvalid(true);
          return;
        }
        const value: Contract = { employment, schedule, duration, hoursPerWeek, level: level.trim() || null };
        if (Object.values(value).every((v) => v === null)) {
          setInvalid(true);
          return;
        }
        onSave(value, event);
      }}
    >
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
      {invalid && (
        <p class="error" role="alert">
          {t('contractInvalid')}
        </p>
      )}
      <Buttons corrected={corrected} t={t} onCancel={onCancel} onUndo={(event) => onSave(null, event)} />
    </form>
  );
}
