import { Fragment, type ComponentChildren } from 'preact';
import type { DuplicateChoice, DuplicateMatch } from '../model/duplicates';
import type { Contact, Contract, Evidence, FactField, Salary, SelectionEvent, VacancyFacts } from '../model/facts';
import type { Status } from '../model/status';
import type { Corrections, TrackedSummary } from '../model/tracked';
import { useState } from 'preact/hooks';
import { DaysLeft } from './DaysLeft';
import { daysUntil, formatDate, formatMoney, formatPhone } from './format';
import type { MessageKey, Translate } from './i18n';
import { STATUS_LABELS } from './status-labels';
import { ContactsForm, ContractForm, EventsForm, SalaryForm } from './StructuredCorrection';
import { IndicativePay } from './IndicativePay';
import { StatusMenu } from './StatusMenu';

export interface SidebarProps {
  facts: VacancyFacts;
  /** The locale facts are formatted in: the page's, not the browser's. */
  locale: string;
  now: Date;
  t: Translate;
  tracked: TrackedSummary | null;
  error: string | null;
  busy: boolean;
  collapsed: boolean;
  onTrack: (event: Event) => void;
  onToggleCollapsed: (event: Event) => void;
  /** The user asked to read a page that detection did not take for a single vacancy. */
  uncertain?: boolean;
  /** Whether the evidence is marked in the page, and for which facts it was found there. */
  highlights?: { on: boolean; found: ReadonlySet<FactField> };
  onToggleHighlights?: (event: Event) => void;
  onShowInPage?: (field: FactField, event: Event) => void;
  /** Saves a status chosen in the menu; resolves once saved. */
  onStatus?: (status: Status, event: Event) => Promise<unknown>;
  /** Takes the status change just saved back. */
  onUndoStatus?: (event: Event) => Promise<unknown>;
  /** The user's own values, which win over what was read from the page. */
  corrections?: Corrections;
  /**
   * Present when facts can be corrected: kept with the tracked vacancy, or before saving, by the
   * sidebar until it is saved with them. null clears a correction.
   */
  onCorrect?: (field: FactField, value: CorrectionValue | null, event: Event) => void;
  /** Present with onCorrect: the user says a fact read from the page is wrong and not stated there. */
  onNotStated?: (field: FactField, event: Event) => void;
  /** Tracked vacancies this one may duplicate: the user chooses before it is stored. */
  duplicates?: DuplicateMatch[] | null;
  onDuplicateChoice?: (choice: DuplicateChoice, event: Event) => void;
  /** Present on a site outside the portal list: ask to run there always. */
  onAlwaysOn?: (event: Event) => void;
}

const DATE_FIELDS: ReadonlySet<FactField> = new Set(['deadline', 'published']);
/** What a correction made here holds: a line of text or a date, or a whole salary, contract or list. */
export type CorrectionValue = string | Salary | Contract | Contact[] | SelectionEvent[];

/**
 * Amounts and lists: corrected with a form of their own rather than one line of text, and a wrong
 * one can be left out ("not stated") and taken back.
 */
export const STRUCTURED_FIELDS = ['salary', 'contract', 'contacts', 'events'] as const;
export type StructuredField = (typeof STRUCTURED_FIELDS)[number];
const isStructured = (field: FactField): field is StructuredField => (STRUCTURED_FIELDS as readonly FactField[]).includes(field);

/** Whether the page gave a value for the fact (an empty list is none): only then can it be left out. */
export function hasValue(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined;
}

/** The order a job seeker reads a vacancy in: what is urgent first, who is hiring last. */
const ROW_ORDER: readonly FactField[] = [
  'deadline',
  'salary',
  'contract',
  'location',
  'contacts',
  'events',
  'reference',
  'organisation',
  'published',
];

export const LABELS: Record<FactField, MessageKey> = {
  title: 'factTitle',
  organisation: 'factOrganisation',
  reference: 'factReference',
  salary: 'factSalary',
  deadline: 'factDeadline',
  published: 'factPublished',
  contract: 'factContract',
  location: 'factLocation',
  contacts: 'factContacts',
  events: 'factEvents',
};

export function Sidebar(props: SidebarProps) {
  const { t, collapsed, highlights } = props;
  const shown = { ...props.facts, ...props.corrections };
  if (collapsed) {
    // Says what it is and, when the vacancy has a deadline, how long is left: a fold to come back to.
    return (
      <button
        type="button"
        class="tab"
        data-testid="expand"
        aria-expanded="false"
        title={t('expand')}
        onClick={props.onToggleCollapsed}
      >
        Vacalens
        {shown.deadline && (
          <>
            {' · '}
            <DaysLeft days={daysUntil(shown.deadline, props.now)} t={t} />
          </>
        )}
        <span class="visually-hidden">{` (${t('expand')})`}</span>
      </button>
    );
  }
  // Escape is the keyboard's way out: the panel folds to its tab and gives the page its room back.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') props.onToggleCollapsed(event);
  };
  return (
    <aside class="panel" aria-label={t('sidebarLabel')} onKeyDown={onKeyDown}>
      {/* The vacancy's name and what to do with it stay at the top; the facts scroll under them. */}
      <div class="top" data-testid="sidebar-top">
        <header>
          <div class="brand">Vacalens</div>
          <div class="tools">
            {highlights && props.onToggleHighlights && (
              <label class="switch">
                <input
                  type="checkbox"
                  data-testid="highlights-toggle"
                  checked={highlights.on}
                  onChange={props.onToggleHighlights}
                />
                {t('highlightsToggle')}
              </label>
            )}
            <button
              type="button"
              class="icon"
              data-testid="collapse"
              aria-expanded="true"
              aria-label={t('collapse')}
              title={t('collapse')}
              onClick={props.onToggleCollapsed}
            >
              ›
            </button>
          </div>
        </header>
        {props.uncertain && (
          <p class="notice" data-testid="uncertain" role="note">
            {t('notSureVacancy')}
          </p>
        )}
        <div class="fact title" data-fact="title">
          <h2>{shown.title ?? t('notStated')}</h2>
          <FactTools field="title" {...props} />
        </div>
        <TrackControl {...props} />
        {props.onAlwaysOn && (
          <button type="button" class="secondary" data-testid="always-on" onClick={props.onAlwaysOn}>
            {t('alwaysOnSite')}
          </button>
        )}
      </div>
      <dl class="facts">
        {ROW_ORDER.map((field) => (
          <Fragment key={field}>
            <div class="fact" data-fact={field}>
              <dt>{t(LABELS[field])}</dt>
              <dd>
                <FactValue field={field} {...props} facts={shown} />
                <FactTools field={field} {...props} />
              </dd>
            </div>
            {field === 'salary' && <IndicativePay facts={shown} now={props.now} locale={props.locale} t={t} />}
          </Fragment>
        ))}
      </dl>
    </aside>
  );
}

/** Under each fact: where it came from, the way to it in the page, and the user's correction. */
function FactTools(props: SidebarProps & { field: FactField }) {
  const { field, facts, t, highlights, corrections, onCorrect, onNotStated } = props;
  const [editing, setEditing] = useState(false);
  const corrected = corrections?.[field] !== undefined;
  const label = t(LABELS[field]);
  return (
    <div class="tools-row">
      {corrected && (
        <p class="corrected" data-testid="corrected">
          <span class="mark">{t('correctedByYou')}</span>{' '}
          <span class="extracted">{t('extractedValue', factText(props, field))}</span>
          {onCorrect && isStructured(field) && !editing && (
            <>
              {' '}
              <button type="button" class="small" data-testid="undo-correction" onClick={(event) => onCorrect(field, null, event)}>
                {t('correctionUndo')}
              </button>
            </>
          )}
        </p>
      )}
      <Source evidence={facts.evidence[field]} t={t} />
      <div class="actions">
        {highlights?.found.has(field) && props.onShowInPage && (
          <IconButton testId="show-in-page" label={t('showInPage', label)} onClick={(event) => props.onShowInPage?.(field, event)}>
            <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="1.6" />
            <circle cx="8" cy="8" r="1.8" fill="currentColor" />
          </IconButton>
        )}
        {onCorrect && !editing && (
          <IconButton testId="correct" label={t('correct', label)} onClick={() => setEditing(true)}>
            <path d="M3 11.5 10.5 4l1.5 1.5L4.5 13H3z" fill="none" stroke="currentColor" stroke-width="1.5" />
          </IconButton>
        )}
        {onNotStated && isStructured(field) && !corrected && hasValue(facts[field]) && (
          <IconButton testId="not-stated" label={t('correctNotStated', label)} onClick={(event) => onNotStated(field, event)}>
            <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" stroke-width="1.6" />
          </IconButton>
        )}
      </div>
      {onCorrect && editing && <FactEditor {...props} label={label} corrected={corrected} onClose={() => setEditing(false)} />}
    </div>
  );
}

/** A small button with an icon, named for screen readers and on hover. */
function IconButton(props: { testId: string; label: string; onClick: (event: Event) => void; children: ComponentChildren }) {
  return (
    <button type="button" class="link" data-testid={props.testId} aria-label={props.label} title={props.label} onClick={props.onClick}>
      <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
        {props.children}
      </svg>
    </button>
  );
}

/** The correction form of a fact, open under it: a form of its own for a structured fact, else one line. */
function FactEditor(props: SidebarProps & { field: FactField; label: string; corrected: boolean; onClose: () => void }) {
  const { field, facts, corrections, label, corrected, t, onClose } = props;
  const onSave = (value: CorrectionValue | null, event: Event) => {
    onClose();
    props.onCorrect?.(field, value, event);
  };
  return isStructured(field) ? (
    <StructuredForm {...props} field={field} onSave={onSave} onCancel={onClose} />
  ) : (
    <CorrectionForm
      field={field}
      label={label}
      initial={String(corrections?.[field] ?? facts[field] ?? '').slice(0, DATE_FIELDS.has(field) ? 10 : 500)}
      corrected={corrected}
      t={t}
      onSave={onSave}
      onCancel={onClose}
    />
  );
}

/** The form of a structured fact, starting from the value shown (the correction, else what was read). */
function StructuredForm(
  props: SidebarProps & {
    field: StructuredField;
    label: string;
    corrected: boolean;
    onSave: (value: CorrectionValue | null, event: Event) => void;
    onCancel: () => void;
  },
) {
  const { field, facts, corrections, label, corrected, t, onSave, onCancel } = props;
  const common = { label, corrected, t, onCancel, onSave };
  const shown = <F extends StructuredField>(f: F) => (corrections?.[f] !== undefined ? corrections[f]! : facts[f]);
  // The page's country ("nl-BE" → "be") makes a phone number typed nationally international.
  const country = props.locale.split('-')[1]?.toLowerCase() ?? null;
  switch (field) {
    case 'salary':
      return <SalaryForm {...common} initial={shown('salary')} />;
    case 'contract':
      return <ContractForm {...common} initial={shown('contract')} />;
    case 'contacts':
      return <ContactsForm {...common} initial={shown('contacts')} country={country} />;
    case 'events':
      return <EventsForm {...common} initial={shown('events')} country={country} />;
  }
}

function CorrectionForm(props: {
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
      {props.corrected && (
        <button type="button" class="small" onClick={(event) => props.onSave(null, event)}>
          {t('correctionUndo')}
        </button>
      )}
    </form>
  );
}

/** A fact as one line of text: the "read from the page" note and a correction's starting point. */
export function factText(props: Pick<SidebarProps, 'facts' | 'locale' | 't'>, field: FactField): string {
  const { facts, locale, t } = props;
  switch (field) {
    case 'deadline':
    case 'published': {
      const date = facts[field];
      return date ? formatDate(date, locale) : t('notStated');
    }
    case 'salary':
      return facts.salary ? salaryParts(props).join(' ') : t('notStated');
    case 'contract':
      return facts.contract ? contractParts(props).join(' · ') : t('notStated');
    case 'contacts':
      return facts.contacts.length
        ? facts.contacts.map((c) => [c.name, c.role, c.phone && formatPhone(c.phone), c.email].filter(Boolean).join(', ')).join('; ')
        : t('notStated');
    case 'events':
      return facts.events.length
        ? facts.events.map((e) => `${formatDate(e.date, locale)} ${e.label}`).join('; ')
        : t('notStated');
    case 'title':
    case 'organisation':
    case 'reference':
    case 'location':
      return facts[field] ?? t('notStated');
  }
}

function salaryParts({ facts, locale, t }: Pick<SidebarProps, 'facts' | 'locale' | 't'>): string[] {
  const s = facts.salary;
  if (!s) return [];
  const money = (n: number | null) => (n === null || !s.currency ? null : formatMoney(n, s.currency, locale));
  const min = money(s.min);
  const max = money(s.max);
  const range = min && max && min !== max ? `${min} – ${max}` : (min ?? max);
  const period = s.period ? t(PERIOD_LABELS[s.period]) : null;
  const gross = s.gross === null ? null : t(s.gross ? 'gross' : 'net');
  const amount = range ? [range, gross, period].filter(Boolean).join(' ') : null;
  return [s.scale, amount].filter((x): x is string => Boolean(x));
}

function contractParts({ facts, t }: Pick<SidebarProps, 'facts' | 't'>): string[] {
  const c = facts.contract;
  if (!c) return [];
  return [
    c.employment && t(c.employment === 'statutory' ? 'employmentStatutory' : 'employmentContractual'),
    c.schedule && t(c.schedule === 'full-time' ? 'scheduleFullTime' : 'schedulePartTime'),
    c.hoursPerWeek !== null && t('hoursPerWeek', String(c.hoursPerWeek)),
    c.duration && t(c.duration === 'permanent' ? 'durationPermanent' : 'durationTemporary'),
    c.level && t('level', c.level),
  ].filter((x): x is string => Boolean(x));
}

function FactValue(props: SidebarProps & { field: FactField }): ComponentChildren {
  const { field, facts, locale, t, now } = props;
  const missing = <span class="missing">{t('notStated')}</span>;
  switch (field) {
    case 'deadline':
      return facts.deadline ? (
        <>
          <span class="value">{formatDate(facts.deadline, locale)}</span>{' '}
          (<DaysLeft days={daysUntil(facts.deadline, now)} t={t} />)
        </>
      ) : (
        missing
      );
    case 'published':
      return facts.published ? <span class="value">{formatDate(facts.published, locale)}</span> : missing;
    case 'salary': {
      const [first, second] = salaryParts(props);
      if (!first) return missing;
      const scale = facts.salary?.scale ? first : null;
      const amount = scale ? second : first;
      return (
        <span class="value">
          {scale && <span class="scale">{scale}</span>}
          {amount && <span class="amount">{amount}</span>}
        </span>
      );
    }
    case 'contract':
      return facts.contract ? <span class="value">{contractParts(props).join(' · ')}</span> : missing;
    case 'contacts':
      return facts.contacts.length ? (
        <ul class="contacts">
          {facts.contacts.map((c, i) => (
            <ContactItem contact={c} key={i} />
          ))}
        </ul>
      ) : (
        missing
      );
    case 'events':
      return facts.events.length ? (
        <ul class="events">
          {facts.events.map((e, i) => (
            <li key={i}>
              <span class="date">{formatDate(e.date, locale)}</span> {e.label}
            </li>
          ))}
        </ul>
      ) : (
        missing
      );
    case 'title':
    case 'organisation':
    case 'reference':
    case 'location': {
      const value = facts[field];
      return value ? <span class="value">{value}</span> : missing;
    }
  }
}

const PERIOD_LABELS = {
  hour: 'periodHour',
  day: 'periodDay',
  week: 'periodWeek',
  month: 'periodMonth',
  year: 'periodYear',
} as const satisfies Record<string, MessageKey>;

function ContactItem({ contact }: { contact: Contact }) {
  return (
    <li>
      {contact.name && <span class="name">{contact.name}</span>}
      {contact.role && <span class="role">{contact.role}</span>}
      {contact.phone && (
        <a href={`tel:${contact.phone}`} class="phone">
          {formatPhone(contact.phone)}
        </a>
      )}
      {contact.email && (
        <a href={`mailto:${contact.email}`} class="email">
          {contact.email}
        </a>
      )}
    </li>
  );
}

const SOURCE_LABELS: Record<string, MessageKey> = {
  jsonld: 'sourceJsonld',
  microdata: 'sourceMicrodata',
  meta: 'sourceMeta',
  text: 'sourceText',
};

/** Where a fact was read, with the page's own words, so the user can judge it. */
function Source({ evidence, t }: { evidence: Evidence | undefined; t: Translate }) {
  if (!evidence) return null;
  const label = t(SOURCE_LABELS[evidence.source] ?? 'sourcePortal');
  return (
    <>
      <details class="source">
        <summary>{label}</summary>
        <q>{evidence.text}</q>
      </details>
      {evidence.conflict && (
        <details class="source conflict" data-testid="conflict" open>
          <summary>{t('conflictWith', evidence.conflict.value)}</summary>
          {t(SOURCE_LABELS[evidence.conflict.source] ?? 'sourcePortal')}: <q>{evidence.conflict.text}</q>
        </details>
      )}
    </>
  );
}

function TrackControl(props: SidebarProps) {
  const { t, tracked, error, busy, onStatus } = props;
  return (
    <div class="track">
      {tracked ? (
        <>
          <p data-testid="track-status" class="tracked" role="status">
            {t('trackedAs', t(STATUS_LABELS[tracked.status]))}
          </p>
          {onStatus && (
            <StatusMenu
              id="vacalens-status"
              label={t('statusLabel')}
              testId="status-select"
              status={tracked.status}
              t={t}
              onChoose={onStatus}
              onUndo={props.onUndoStatus}
            />
          )}
        </>
      ) : props.duplicates?.length ? (
        <div class="duplicates" role="group" aria-label={t('duplicateFound')}>
          <p>{t('duplicateFound')}</p>
          <ul>
            {props.duplicates.map(({ vacancy }) => (
              <li key={vacancy.id}>
                <span class="name">{[vacancy.title, vacancy.organisation].filter(Boolean).join(' — ')}</span>
                <button
                  type="button"
                  class="small"
                  disabled={busy}
                  onClick={(event) => props.onDuplicateChoice?.({ onDuplicate: 'add-source', matchId: vacancy.id }, event)}
                >
                  {t('duplicateSame')}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            class="small"
            disabled={busy}
            onClick={(event) => props.onDuplicateChoice?.({ onDuplicate: 'track-separately' }, event)}
          >
            {t('duplicateSeparate')}
          </button>
        </div>
      ) : (
        <button type="button" class="primary" data-testid="track" disabled={busy} onClick={props.onTrack}>
          {t('track')}
        </button>
      )}
      {error && (
        <p class="error" role="alert">
          {t('trackFailed', error)}
        </p>
      )}
    </div>
  );
}
