import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { Status } from '../model/status';
import type { TrackedSummary } from '../model/tracked';
import { localDay, matchesSearch, nextDue } from '../model/views';
import { DueText } from './DueText';
import type { Translate } from './i18n';
import { STATUS_LABELS } from '../i18n/status-labels';
import { StatusMenu } from './StatusMenu';
import { useStatusName } from './search';
import { messageOf } from './message-of';
import { FIRST_SCREEN_ROWS, POPUP_PAGE_SIZE, useTrackedList, type ListTracked } from './tracked-list';

export interface PopupApi {
  listTracked: ListTracked;
  setStatus(id: string, status: Status): Promise<TrackedSummary>;
  /** Takes back the status change that made the vacancy's `updatedAt` this one. */
  undoStatus(id: string, expectedUpdatedAt: string): Promise<TrackedSummary>;
  exportCsv(): Promise<void>;
  /** Calls back with the summaries written elsewhere (another tab, the log page); returns the unsubscribe. */
  subscribe(onChange: (changed: TrackedSummary[]) => void): () => void;
}

export interface PopupProps {
  api: PopupApi;
  t: Translate;
  /** The browser's language: the popup mixes vacancies from pages in several languages. */
  locale: string;
  now: Date;
  /** The log page's address. */
  logUrl: string;
  /** Called once the list is first on screen (its first rows, or that it is empty). */
  onListShown?: () => void;
  /** The job-search meter (src/ui/PopupMeter.tsx), mounted by the entrypoint. */
  meter?: ComponentChildren;
}

export function Popup({ api, t, locale, now, logUrl, onListShown, meter }: PopupProps) {
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(POPUP_PAGE_SIZE);
  const today = localDay(now);
  const [list, sorted, apply, painted] = useTrackedList(
    api.listTracked,
    api.subscribe,
    today,
    POPUP_PAGE_SIZE,
    (e: unknown) => setError(t('loadFailed', messageOf(e))),
    undefined,
    onListShown,
  );
  const rows = list?.rows ?? null;
  const statusName = useStatusName(t);
  const matching = useMemo(() => sorted.filter((r) => matchesSearch(r, query, statusName)), [sorted, query, statusName]);
  // Until all rows are in, only the first page is known: its count is the log's size, once known.
  const count = list?.complete ? matching.length : (list?.total ?? null);
  // Until the first paint only a screenful is drawn, and the count waits (it would say so for a frame).
  const drawn = Math.min(painted ? shown : FIRST_SCREEN_ROWS.popup, matching.length);
  const written = (write: Promise<TrackedSummary>) =>
    write.then(
      (updated) => apply([updated]),
      (e: unknown) => {
        setError(messageOf(e));
        throw e;
      },
    );
  const changeStatus = (id: string, status: Status) => written(api.setStatus(id, status));
  const undoStatus = (row: TrackedSummary) => written(api.undoStatus(row.id, row.updatedAt));
  const exportCsv = () => {
    api.exportCsv().catch((e: unknown) => setError(t('exportFailed', messageOf(e))));
  };

  return (
    <main class="popup">
      <header class="top">
        <h1>{t('popupTitle')}</h1>
        <a class="log-link" href={logUrl} target="_blank" rel="noopener" data-testid="open-log">
          {t('openLog')}
        </a>
      </header>
      {meter}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {rows && rows.length === 0 && <p class="empty">{t('popupEmpty')}</p>}
      {rows && rows.length > 0 && (
        <>
          <label class="search">
            <span>{t('search')}</span>
            <input
              type="search"
              data-testid="search"
              value={query}
              disabled={!list?.complete}
              onInput={(e) => {
                setQuery(e.currentTarget.value);
                setShown(POPUP_PAGE_SIZE);
              }}
            />
          </label>
          {count !== null && painted && (
            <p class="count" aria-live="polite">
              {t('shownOf', [String(drawn), String(count)])}
            </p>
          )}
          <ul class="rows">
            {matching.slice(0, drawn).map((row) => (
              <PopupRow key={row.id} row={row} t={t} locale={locale} now={now} today={today} onStatus={changeStatus} onUndo={undoStatus} />
            ))}
          </ul>
          {list?.complete && matching.length > shown && (
            <button type="button" class="more" data-testid="show-more" onClick={() => setShown((n) => n + POPUP_PAGE_SIZE)}>
              {t('showMore')}
            </button>
          )}
        </>
      )}
      <footer>
        <button type="button" data-testid="export-csv" onClick={exportCsv} disabled={!rows?.length}>
          {t('exportCsv')}
        </button>
      </footer>
    </main>
  );
}

interface RowProps {
  row: TrackedSummary;
  t: Translate;
  locale: string;
  now: Date;
  today: string;
  onStatus: (id: string, status: Status) => Promise<unknown>;
  onUndo: (row: TrackedSummary) => Promise<unknown>;
}

function PopupRow({ row, t, locale, now, today, onStatus, onUndo }: RowProps) {
  const due = nextDue(row, today);
  const selectId = `status-${row.id}`;
  return (
    <li data-testid="tracked-row" data-id={row.id}>
      <a class="title" href={row.url} target="_blank" rel="noopener noreferrer">
        {row.title ?? row.url}
      </a>
      <div class="org">{row.organisation}</div>
      <div class="meta">
        <DueText row={row} due={due} t={t} locale={locale} now={now} />
      </div>
      <div class="actions">
        <StatusMenu
          id={selectId}
          label={t('statusLabel')}
          testId="status-select"
          selectClass={`status status-${row.status}`}
          status={row.status}
          t={t}
          onChoose={(status) => onStatus(row.id, status)}
          onUndo={() => onUndo(row)}
        />
        <span class="visually-hidden" data-testid="row-status">
          {t(STATUS_LABELS[row.status])}
        </span>
        {row.status === 'interested' && (
          <button type="button" data-testid="mark-applied" onClick={() => onStatus(row.id, 'applied').catch(() => {})}>
            {t('markApplied')}
          </button>
        )}
      </div>
    </li>
  );
}
