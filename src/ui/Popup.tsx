import { useEffect, useState } from 'preact/hooks';
import type { Status, TrackedSummary } from '../model/tracked';
import { DaysLeft } from './DaysLeft';
import { daysUntil, formatDate } from './format';
import type { Translate } from './i18n';
import { STATUS_LABELS } from './Sidebar';
import { messageOf } from './SidebarApp';

export interface PopupApi {
  listTracked(): Promise<TrackedSummary[]>;
  setStatus(id: string, status: Status): Promise<TrackedSummary>;
  exportCsv(): Promise<void>;
}

export interface PopupProps {
  api: PopupApi;
  t: Translate;
  /** The browser's language: the popup mixes vacancies from pages in several languages. */
  locale: string;
  now: Date;
}

export function Popup({ api, t, locale, now }: PopupProps) {
  const [rows, setRows] = useState<TrackedSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.listTracked().then(setRows, (e: unknown) => setError(t('loadFailed', messageOf(e))));
  }, [api]);

  const markApplied = (id: string) => {
    api.setStatus(id, 'applied').then(
      (updated) => setRows((current) => current?.map((r) => (r.id === id ? updated : r)) ?? null),
      (e: unknown) => setError(messageOf(e)),
    );
  };
  const exportCsv = () => {
    api.exportCsv().catch((e: unknown) => setError(t('exportFailed', messageOf(e))));
  };

  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {rows && rows.length === 0 && <p class="empty">{t('popupEmpty')}</p>}
      {rows && rows.length > 0 && (
        <ul class="rows">
          {rows.map((row) => (
            <li data-testid="tracked-row" key={row.id}>
              <a class="title" href={row.url} target="_blank" rel="noopener noreferrer">
                {row.title ?? row.url}
              </a>
              <div class="org">{row.organisation}</div>
              <div class="meta">
                <span class="deadline">
                  {row.deadline ? formatDate(row.deadline, locale) : t('noDeadline')}
                  {row.deadline && (
                    <>
                      {' · '}
                      <DaysLeft days={daysUntil(row.deadline, now)} t={t} />
                    </>
                  )}
                </span>
                <span class={`status status-${row.status}`} data-testid="row-status">
                  {t(STATUS_LABELS[row.status])}
                </span>
              </div>
              {row.status === 'interested' && (
                <button type="button" data-testid="mark-applied" onClick={() => markApplied(row.id)}>
                  {t('markApplied')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <footer>
        <button type="button" data-testid="export-csv" onClick={exportCsv} disabled={!rows?.length}>
          {t('exportCsv')}
        </button>
      </footer>
    </main>
  );
}
