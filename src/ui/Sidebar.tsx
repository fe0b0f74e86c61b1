import { Fragment, type ComponentChildren } from 'preact';
import type { DuplicateChoice, DuplicateMatch } from '../model/duplicates';
import type { Evidence, FactField, VacancyFacts } from '../model/facts';
import type { Status } from '../model/status';
import type { Corrections, TrackedSummary } from '../model/tracked';
import { useState } from 'preact/hooks';
import { isStructured, type CorrectionValue } from './corrections';
import { phoneCountry } from './correction-input';
import { DaysLeft } from './DaysLeft';
import { factText, hasValue } from './fact-text';
import { FactValue } from './FactValue';
import { daysUntil } from './format';
import type { Translate } from './i18n';
import { FACT_LABELS, sourceLabel } from '../i18n/fact-labels';
import { STATUS_LABELS } from '../i18n/status-labels';
import { FactCorrectionForm, UndoCorrectionButton } from './CorrectionForms';
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
  /** Under the facts, for a tracked vacancy: its job-search activities (SidebarJobSearch). */
  jobSearch?: ComponentChildren;
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
      <div class="scroll">
        <dl class="facts">
          {ROW_ORDER.map((field) => (
            <Fragment key={field}>
              <div class="fact" data-fact={field}>
                <dt>{t(FACT_LABELS[field])}</dt>
                <dd>
                  <FactValue field={field} {...props} facts={shown} />
                  <FactTools field={field} {...props} />
                </dd>
              </div>
              {field === 'salary' && <IndicativePay facts={shown} now={props.now} locale={props.locale} t={t} />}
            </Fragment>
          ))}
        </dl>
        {props.jobSearch}
      </div>
    </aside>
  );
}

/** Under each fact: where it came from, the way to it in the page, and the user's correction. */
function FactTools(props: SidebarProps & { field: FactField }) {
  const { field, facts, t, highlights, corrections, onCorrect, onNotStated } = props;
  const [editing, setEditing] = useState(false);
  const corrected = corrections?.[field] !== undefined;
  const label = t(FACT_LABELS[field]);
  return (
    <div class="tools-row">
      {corrected && (
        <p class="corrected" data-testid="corrected">
          <span class="mark">{t('correctedByYou')}</span>{' '}
          <span class="extracted">{t('extractedValue', factText(props, field))}</span>
          {onCorrect && !editing && (
            <>
              {' '}
              <UndoCorrectionButton t={t} testId="undo-correction" onClick={(event) => onCorrect(field, null, event)} />
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

/** The correction form of a fact, open under it, starting from the value shown (the correction, else what was read). */
function FactEditor(props: SidebarProps & { field: FactField; label: string; corrected: boolean; onClose: () => void }) {
  const { field, facts, corrections, label, corrected, t, onClose } = props;
  const onSave = (value: CorrectionValue | null, event: Event) => {
    onClose();
    props.onCorrect?.(field, value, event);
  };
  return (
    <FactCorrectionForm
      field={field}
      label={label}
      shown={{ ...facts, ...corrections }}
      corrected={corrected}
      country={phoneCountry(facts.url, facts.language)}
      t={t}
      onSave={onSave}
      onCancel={onClose}
    />
  );
}

/** Where a fact was read, with the page's own words, so the user can judge it. */
function Source({ evidence, t }: { evidence: Evidence | undefined; t: Translate }) {
  if (!evidence) return null;
  const label = sourceLabel(evidence.source, t);
  return (
    <>
      <details class="source">
        <summary>{label}</summary>
        <q>{evidence.text}</q>
      </details>
      {evidence.conflict && (
        <details class="source conflict" data-testid="conflict" open>
          <summary>{t('conflictWith', evidence.conflict.value)}</summary>
          {sourceLabel(evidence.conflict.source, t)}: <q>{evidence.conflict.text}</q>
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
