import type { ComponentChildren } from 'preact';
import type { Contact, Evidence, FactField, VacancyFacts } from '../model/facts';
import type { Status, TrackedSummary } from '../model/tracked';
import { DaysLeft } from './DaysLeft';
import { daysUntil, formatDate, formatMoney } from './format';
import type { MessageKey, Translate } from './i18n';

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

const LABELS: Record<FactField, MessageKey> = {
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

export const STATUS_LABELS: Record<Status, MessageKey> = {
  interested: 'statusInterested',
  applied: 'statusApplied',
  screening: 'statusScreening',
  test: 'statusTest',
  interview: 'statusInterview',
  offer: 'statusOffer',
  hired: 'statusHired',
  rejected: 'statusRejected',
  withdrawn: 'statusWithdrawn',
  expired: 'statusExpired',
};

export function Sidebar(props: SidebarProps) {
  const { facts, t, collapsed } = props;
  if (collapsed) {
    return (
      <button
        type="button"
        class="tab"
        aria-expanded="false"
        aria-label={t('expand')}
        onClick={props.onToggleCollapsed}
      >
        V
      </button>
    );
  }
  return (
    <aside class="panel" aria-label={t('sidebarLabel')}>
      <header>
        <div class="brand">Vacalens</div>
        <button
          type="button"
          class="icon"
          aria-expanded="true"
          aria-label={t('collapse')}
          title={t('collapse')}
          onClick={props.onToggleCollapsed}
        >
          ›
        </button>
      </header>
      <div class="fact title" data-fact="title">
        <h2>{facts.title ?? t('notStated')}</h2>
        <Source evidence={facts.evidence.title} t={t} />
      </div>
      <dl>
        {ROW_ORDER.map((field) => (
          <div class="fact" data-fact={field} key={field}>
            <dt>{t(LABELS[field])}</dt>
            <dd>
              <FactValue field={field} {...props} />
              <Source evidence={facts.evidence[field]} t={t} />
            </dd>
          </div>
        ))}
      </dl>
      <footer>
        <TrackControl {...props} />
      </footer>
    </aside>
  );
}

function FactValue(props: SidebarProps & { field: FactField }): ComponentChildren {
  const { field, facts, locale, t, now } = props;
  const missing = <span class="missing">{t('notStated')}</span>;
  switch (field) {
    case 'deadline': {
      if (!facts.deadline) return missing;
      return (
        <>
          <span class="value">{formatDate(facts.deadline, locale)}</span>{' '}
          (<DaysLeft days={daysUntil(facts.deadline, now)} t={t} />)
        </>
      );
    }
    case 'published':
      return facts.published ? <span class="value">{formatDate(facts.published, locale)}</span> : missing;
    case 'salary': {
      const s = facts.salary;
      if (!s) return missing;
      const money = (n: number | null) => (n === null || !s.currency ? null : formatMoney(n, s.currency, locale));
      const min = money(s.min);
      const max = money(s.max);
      const range = min && max && min !== max ? `${min} – ${max}` : (min ?? max);
      const period = s.period ? t(PERIOD_LABELS[s.period]) : null;
      const gross = s.gross === null ? null : t(s.gross ? 'gross' : 'net');
      return (
        <span class="value">
          {s.scale && <span class="scale">{s.scale}</span>}
          {range && <span class="amount">{[range, gross, period].filter(Boolean).join(' ')}</span>}
        </span>
      );
    }
    case 'contract': {
      const c = facts.contract;
      if (!c) return missing;
      const parts = [
        c.employment && t(c.employment === 'statutory' ? 'employmentStatutory' : 'employmentContractual'),
        c.schedule && t(c.schedule === 'full-time' ? 'scheduleFullTime' : 'schedulePartTime'),
        c.hoursPerWeek !== null && t('hoursPerWeek', String(c.hoursPerWeek)),
        c.duration && t(c.duration === 'permanent' ? 'durationPermanent' : 'durationTemporary'),
        c.level && t('level', c.level),
      ].filter(Boolean);
      return <span class="value">{parts.join(' · ')}</span>;
    }
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
          {contact.phone}
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
    <details class="source">
      <summary>{label}</summary>
      <q>{evidence.text}</q>
    </details>
  );
}

function TrackControl(props: SidebarProps) {
  const { t, tracked, error, busy } = props;
  return (
    <div class="track">
      {tracked ? (
        <p data-testid="track-status" class="tracked" role="status">
          {t('trackedAs', t(STATUS_LABELS[tracked.status]))}
        </p>
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
