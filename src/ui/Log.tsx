import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { STATUSES, type Status } from '../model/status';
import type { TrackedSummary } from '../model/tracked';
import { localDay, matchesSearch, nextDue, type StatusName } from '../model/views';
import { LogSettings } from './LogSettings';
import { DueText } from './DueText';
import { formatDate } from './format';
import { indicativeAmountText } from './indicative-text';
import type { Translate } from './i18n';
import { STATUS_LABELS } from '../i18n/status-labels';
import { VIA_LABELS } from '../i18n/via-labels';
import { StatusMenu } from './StatusMenu';
import { useStatusName } from './search';
import { messageOf } from './message-of';
import { FIRST_SCREEN_ROWS, POPUP_PAGE_SIZE, useTrackedList } from './tracked-list';
import type { LogApi } from './log-api';

// The entrypoint gives the page its api: the type lives in a module of its own, which the detail and the settings share.
export type { LogApi } from './log-api';

export interface LogFilter {
  status: Status | '';
  portal: string;
  /** YYYY-MM-DD, inclusive; compared with the day applied, or tracked when not applied. */
  from: string;
  to: string;
  query: string;
}

export const NO_FILTER: LogFilter = { status: '', portal: '', from: '', to: '', query: '' };

/** The day a row counts on for the date filter: when the user applied, else when it was tracked. */
export function activityDay(s: TrackedSummary): string {
  return s.applied?.date ?? localDay(new Date(s.trackedAt));
}

/** `statusName`: the statuses in the person's language, which the search finds them by. */
export function filterLog(rows: readonly TrackedSummary[], f: LogFilter, statusName?: StatusName): TrackedSummary[] {
  return rows.filter((r) => {
    if (f.status && r.status !== f.status) return false;
    if (f.portal && r.portal !== f.portal) return false;
    const day = activityDay(r);
    if (f.from && day < f.from) return false;
    if (f.to && day > f.to) return false;
    return matchesSearch(r, f.query, statusName);
  });
}

/** Rows drawn at first and per "show more", so a log of thousands opens fast. */
export const LOG_PAGE_SIZE = 100;

export interface LogPageProps {
  api: LogApi;
  t: Translate;
  locale: string;
  now: Date;
  /** The vacancy to open first (from a reminder's link). */
  initialId?: string;
  /** The export, import and backup panel, mounted by the lead. */
  exportsPanel?: ComponentChildren;
  /** The job-search activities and the proof's settings (src/ui/JobSearch.tsx), mounted by the entrypoint. */
  jobSearchPanel?: ComponentChildren;
  /** Called once the table is first on screen (its first rows, or that the log is empty). */
  onListShown?: () => void;
}

export function LogPage({ api, t, locale, now, initialId, exportsPanel, jobSearchPanel, onListShown }: LogPageProps) {
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<LogFilter>(NO_FILTER);
  const [shown, setShown] = useState(LOG_PAGE_SIZE);
  const [openId, setOpenId] = useState<string | null>(initialId ?? null);
  const [changedIds, setChangedIds] = useState<{ ids: Set<string> }>({ ids: new Set() });
  const today = localDay(now);

  const [list, sorted, apply, painted] = useTrackedList(
    api.listTracked,
    api.subscribe,
    today,
    // The first answer as small as the popup's: the rest of the first page comes with the whole log.
    POPUP_PAGE_SIZE,
    (e: unknown) => setError(t('loadFailed', messageOf(e))),
    (changed) => setChangedIds({ ids: new Set(changed.map((c) => c.id)) }),
    onListShown,
  );
  const rows = list?.rows ?? null;
  const portals = useMemo(() => [...new Set(sorted.map((r) => r.portal))].sort(), [sorted]);
  const statusName = useStatusName(t);
  const matching = useMemo(() => filterLog(sorted, filter, statusName), [sorted, filter, statusName]);
  // Until all rows are in, only the first page is known (the filters wait): count the whole log, once known.
  const count = list?.complete ? matching.length : (list?.total ?? null);
  // Until the first paint only a screenful is drawn, and the count waits (it would say so for a frame).
  const drawn = Math.min(painted ? shown : FIRST_SCREEN_ROWS.log, matching.length);
  const update = (patch: Partial<LogFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setShown(LOG_PAGE_SIZE);
  };
  const report = (e: unknown) => setError(messageOf(e));
  const written = (s: TrackedSummary) => apply([s]);
  // The status menu waits for the save, and shows the status again when it failed.
  const saved = (write: Promise<TrackedSummary>) =>
    write.then(written, (e: unknown) => {
      report(e);
      throw e;
    });
  const LogDetail = useLogDetail(openId !== null, report);
  const tableBody = useRef<HTMLTableSectionElement>(null);
  // Closed, the detail gives the focus back to the row it was opened from, once the table is
  // laid out again without it (beside the detail it had fewer columns, its rows stood elsewhere).
  // A layout effect, in the same task as the render that removes the detail: the focused heading
  // or close button goes with it, and a plain effect (run after the next frame, or 100 ms later
  // when none comes) left the focus on the page's body meanwhile, where a key pressed, a screen
  // reader or a test read it.
  const returnTo = useRef<string | null>(null);
  const closeDetail = () => {
    returnTo.current = openId;
    setOpenId(null);
  };
  useLayoutEffect(() => {
    if (openId !== null || returnTo.current === null) return;
    const row = [...(tableBody.current?.rows ?? [])].find((r) => r.dataset.id === returnTo.current);
    returnTo.current = null;
    row?.querySelector<HTMLButtonElement>('[data-testid="open-detail"]')?.focus();
  }, [openId]);

  return (
    <main class="log">
      <h1>{t('logTitle')}</h1>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <section aria-labelledby="filters-heading" class="filters">
        <h2 id="filters-heading" class="visually-hidden">
          {t('filters')}
        </h2>
        <label>
          <span>{t('search')}</span>
          <input type="search" data-testid="log-search" disabled={!list?.complete} value={filter.query} onInput={(e) => update({ query: e.currentTarget.value })} />
        </label>
        <label>
          <span>{t('statusLabel')}</span>
          <select data-testid="filter-status" disabled={!list?.complete} value={filter.status} onChange={(e) => update({ status: e.currentTarget.value as Status | '' })}>
            <option value="">{t('allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(STATUS_LABELS[s])}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('portal')}</span>
          <select data-testid="filter-portal" disabled={!list?.complete} value={filter.portal} onChange={(e) => update({ portal: e.currentTarget.value })}>
            <option value="">{t('allPortals')}</option>
            {portals.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('dateFrom')}</span>
          <input type="date" data-testid="filter-from" disabled={!list?.complete} value={filter.from} onInput={(e) => update({ from: e.currentTarget.value })} />
        </label>
        <label>
          <span>{t('dateTo')}</span>
          <input type="date" data-testid="filter-to" disabled={!list?.complete} value={filter.to} onInput={(e) => update({ to: e.currentTarget.value })} />
        </label>
        <p class="hint">{t('dateFilterHint')}</p>
      </section>

      {rows && rows.length === 0 && <p class="empty">{t('popupEmpty')}</p>}
      {/* On a wide window the open detail stands beside the table (log.css), else under it. */}
      <div class={openId ? 'list-and-detail with-detail' : 'list-and-detail'}>
      {rows && rows.length > 0 && (
        <div class="list">
          {count !== null && painted && (
            <p class="count" aria-live="polite">
              {t('shownOf', [String(drawn), String(count)])}
            </p>
          )}
          <table data-testid="log-table">
            <thead>
              <tr>
                <th scope="col">{t('colVacancy')}</th>
                <th scope="col">{t('portal')}</th>
                <th scope="col">{t('colDue')}</th>
                <th scope="col">{t('statusLabel')}</th>
                <th scope="col">{t('colApplied')}</th>
                <th scope="col">{t('colTracked')}</th>
                <th scope="col">{t('colIndicative')}</th>
              </tr>
            </thead>
            <tbody ref={tableBody}>
              {matching.slice(0, drawn).map((row) => (
                <tr key={row.id} data-testid="log-row" data-id={row.id} class={openId === row.id ? 'open' : ''}>
                  <td>
                    <button type="button" class="link" data-testid="open-detail" aria-expanded={openId === row.id} onClick={() => setOpenId(openId === row.id ? null : row.id)}>
                      {row.title ?? row.url}
                    </button>
                    <div class="org">{row.organisation}</div>
                  </td>
                  <td>{row.portal}</td>
                  <td>
                    <DueText row={row} due={nextDue(row, today)} t={t} locale={locale} now={now} />
                  </td>
                  <td>
                    <StatusMenu
                      id={`log-status-${row.id}`}
                      label={t('statusOf', row.title ?? row.url)}
                      hideLabel
                      testId="log-status"
                      status={row.status}
                      t={t}
                      onChoose={(status) => saved(api.setStatus(row.id, status))}
                      onUndo={() => saved(api.undoStatus(row.id, row.updatedAt))}
                    />
                  </td>
                  <td>{row.applied ? (row.applied.via ? `${formatDate(row.applied.date, locale)} (${t(VIA_LABELS[row.applied.via])})` : formatDate(row.applied.date, locale)) : '–'}</td>
                  <td>{formatDate(localDay(new Date(row.trackedAt)), locale)}</td>
                  {/* From a pay table, never the page's salary: its own column, its table in the detail. */}
                  <td class="indicative" data-testid="log-indicative">
                    {row.indicative ? indicativeAmountText(row.indicative, locale, t) : '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {list?.complete && matching.length > shown && (
            <button type="button" class="more" data-testid="log-show-more" onClick={() => setShown((n) => n + LOG_PAGE_SIZE)}>
              {t('showMore')}
            </button>
          )}
        </div>
      )}

      {openId && LogDetail && (
        <LogDetail
          key={openId}
          id={openId}
          api={api}
          t={t}
          locale={locale}
          changed={changedIds}
          onWritten={written}
          onError={report}
          onClose={closeDetail}
        />
      )}
      </div>

      {jobSearchPanel}

      <LogSettings api={api} t={t} onError={report} />

      {/* Export, import and backup: the panel is src/ui/LogExports.tsx, mounted here by the lead. */}
      <section aria-labelledby="exports-heading" class="exports" data-testid="exports-section">
        {exportsPanel}
      </section>
    </main>
  );
}

type LogDetailComponent = typeof import('./LogDetail').LogDetail;

/**
 * The detail view, with the correction forms it brings, is loaded the first time a row is opened:
 * a log page opened to look at the list does not read and compile it before its first rows.
 */
function useLogDetail(wanted: boolean, onError: (e: unknown) => void): LogDetailComponent | null {
  const [component, setComponent] = useState<LogDetailComponent | null>(null);
  useEffect(() => {
    if (wanted && !component) import('./LogDetail').then((m) => setComponent(() => m.LogDetail), onError);
  }, [wanted]);
  return component;
}
