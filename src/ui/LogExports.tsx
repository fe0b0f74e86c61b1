import { useMemo, useState } from 'preact/hooks';
import { STATUSES, type Status } from '../model/status';
import { separatorFor } from '../log/separator';
import type { CsvSeparator, ExportFormat, LogExportsApi, LogFilter } from '../model/log-files';
import type { ImportApplied, ImportChoice, ImportError, ImportOutcome, ImportPreview, PreviewRow } from '../model/restore';
import { MAX_IMPORT_BYTES } from '../log/import-limit';
import type { MessageKey, Translate } from './i18n';
import { STATUS_LABELS } from '../i18n/status-labels';
import { describeDifferences } from './import-differences';
import { messageOf } from './message-of';

export interface LogExportsProps {
  api: LogExportsApi;
  t: Translate;
  locale: string;
  /** Today, YYYY-MM-DD: the default end of the period. */
  today: string;
  /** The default start of the period, YYYY-MM-DD. */
  defaultFrom: string;
}

const ERROR_KEYS: Record<ImportError['code'], MessageKey> = {
  tooLarge: 'logImport_tooLarge',
  notJson: 'logImport_notJson',
  csv: 'logImport_csv',
  notBackup: 'logImport_notBackup',
  newerVersion: 'logImport_newerVersion',
  unknownVersion: 'logImport_unknownVersion',
  invalid: 'logImport_invalid',
  duplicates: 'logImport_duplicates',
};
/**
 * The errors whose details name the records at fault. The others (a wrong file, a damaged one, a
 * newer version) are told by their sentence alone: their details are a parser's words.
 */
const DETAILED_IMPORT_ERRORS: ReadonlySet<ImportError['code']> = new Set(['invalid', 'duplicates']);

/**
 * Measured on each export, from the click to the file handed to the download (the benchmark reads
 * it): `${EXPORT_MEASURE}:csv`.
 */
export const EXPORT_MEASURE = 'vacalens-export';

const KIND_KEYS = { new: 'logPreviewNew', duplicate: 'logPreviewDuplicate', conflicting: 'logPreviewConflicting' } as const;
/** The preview's order: conflicts first, since they ask for a choice. */
const KIND_ORDER = { conflicting: 0, new: 1, duplicate: 2 } as const;
/**
 * Rows the preview shows, each conflict with its own choice; the global choice decides the rest
 * (a backup holds up to 10,000 records, too many to draw and read through).
 */
export const PREVIEW_ROWS_SHOWN = 200;

type Restore =
  | { step: 'idle' }
  | { step: 'preview'; text: string; preview: Extract<ImportPreview, { ok: true }> }
  | { step: 'error'; error: ImportError }
  | { step: 'done'; outcome: ImportOutcome };

/** The log's exports, the printable proof and the restore of a backup. Imported text is shown as text only. */
export function LogExports({ api, t, locale, today, defaultFrom }: LogExportsProps) {
  const [from, setFrom] = useState(defaultFrom);
  const [to, setTo] = useState(today);
  const [statuses, setStatuses] = useState<Status[]>([]);
  const [separator, setSeparator] = useState<CsvSeparator>(separatorFor(locale));
  const [error, setError] = useState<string | null>(null);
  const [restore, setRestore] = useState<Restore>({ step: 'idle' });
  const [conflicts, setConflicts] = useState<ImportChoice['conflicts']>('keep');
  /** The ids of the conflicting rows chosen against the global choice. */
  const [flipped, setFlipped] = useState<ReadonlySet<string>>(new Set());
  const rows = restore.step === 'preview' ? restore.preview.rows : null;
  const shown = useMemo(
    () => (rows ? [...rows].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]).slice(0, PREVIEW_ROWS_SHOWN) : []),
    [rows],
  );
  const chooseAll = (choice: ImportChoice['conflicts']) => {
    setConflicts(choice);
    setFlipped(new Set());
  };
  const chooseRow = (id: string, choice: ImportChoice['conflicts']) =>
    setFlipped((current) => {
      const next = new Set(current);
      if (choice === conflicts) next.delete(id);
      else next.add(id);
      return next;
    });

  const filter: LogFilter = { from: from || undefined, to: to || undefined, statuses };
  const run = (format: ExportFormat) => {
    setError(null);
    const start = performance.now();
    api.exportFile(format, filter, separator).then(
      () => performance.measure(`${EXPORT_MEASURE}:${format}`, { start }),
      (e: unknown) => setError(t('logExportFailed', messageOf(e))),
    );
  };
  const toggle = (status: Status) =>
    setStatuses((current) => (current.includes(status) ? current.filter((s) => s !== status) : [...current, status]));

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Refused before reading: a huge file would sit in memory twice and cross a message.
    if (file.size > MAX_IMPORT_BYTES) {
      setRestore({ step: 'error', error: { code: 'tooLarge', details: [`${file.size} bytes; at most ${MAX_IMPORT_BYTES}`] } });
      return;
    }
    try {
      const text = await file.text();
      const preview = await api.preview(text);
      setFlipped(new Set());
      setRestore(preview.ok ? { step: 'preview', text, preview } : { step: 'error', error: preview.error });
    } catch {
      // The file could not be read or checked (it went away, the background stopped): never the raw exception.
      setError(t('logImportFailed'));
    }
  };
  const confirm = async (text: string) => {
    try {
      const result = await api.apply(text, { conflicts, except: [...flipped] });
      setRestore(result.ok ? { step: 'done', outcome: result } : { step: 'error', error: result.error });
    } catch {
      setError(t('logImportFailed'));
    }
  };

  const count = (kind: keyof typeof KIND_KEYS) => (rows ? rows.filter((r) => r.kind === kind).length : 0);
  const anyConflict = count('conflicting') > 0;
  // Conflicts come first, so those beyond the rows shown are the ones the global choice decides alone.
  const hiddenConflicts = Math.max(0, count('conflicting') - PREVIEW_ROWS_SHOWN);
  const rowChoice = (row: PreviewRow) => (flipped.has(row.id) ? (conflicts === 'keep' ? 'replace' : 'keep') : conflicts);

  return (
    <section class="log-exports" data-testid="log-exports">
      {/* The log page's section is labelled by this heading. */}
      <h2 id="exports-heading">{t('logExportsTitle')}</h2>
      <div class="filters">
        <label>
          {t('logPeriodFrom')} <input type="date" data-testid="export-from" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label>
          {t('logPeriodTo')} <input type="date" data-testid="export-to" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
        <fieldset>
          <legend>{t('logStatusFilter')}</legend>
          {STATUSES.map((status) => (
            <label key={status}>
              <input type="checkbox" checked={statuses.includes(status)} onChange={() => toggle(status)} /> {t(STATUS_LABELS[status])}
            </label>
          ))}
        </fieldset>
        <label>
          {t('logSeparator')}{' '}
          <select value={separator} onChange={(e) => setSeparator(e.currentTarget.value as CsvSeparator)}>
            <option value=";">{t('logSeparatorSemicolon')}</option>
            <option value=",">{t('logSeparatorComma')}</option>
          </select>
        </label>
      </div>
      <div class="actions">
        <button type="button" data-testid="export-log-csv" onClick={() => run('csv')}>{t('logExportCsv')}</button>
        <button type="button" data-testid="export-log-ics" onClick={() => run('ics')}>{t('logExportIcs')}</button>
        <button type="button" data-testid="open-report" onClick={() => api.openReport(from, to)} disabled={!from || !to}>
          {t('logPrintReport')}
        </button>
        <button type="button" data-testid="export-log-json" onClick={() => run('json')}>{t('logExportBackup')}</button>
      </div>
      {error && <p class="error" role="alert">{error}</p>}

      <h3>{t('logRestore')}</h3>
      <label>
        {t('logRestoreChoose')}{' '}
        <input type="file" accept=".json,application/json" data-testid="restore-file" onChange={(e) => choose(e.currentTarget)} />
      </label>
      {restore.step === 'error' && (
        <div class="error" role="alert" data-testid="restore-error">
          <p>{t(ERROR_KEYS[restore.error.code])}</p>
          {DETAILED_IMPORT_ERRORS.has(restore.error.code) && restore.error.details.length > 0 && (
            <ul>
              {restore.error.details.map((d) => <li key={d}>{d}</li>)}
            </ul>
          )}
          <p>{t('logImportUnchanged')}</p>
        </div>
      )}
      {restore.step === 'preview' && (
        <div class="preview" data-testid="restore-preview">
          {restore.preview.upgradedFrom !== null && <p>{t('logPreviewUpgraded')}</p>}
          <p>{t('logPreviewSummary', [String(count('new')), String(count('duplicate')), String(count('conflicting'))])}</p>
          <fieldset class="choice-all">
            <legend>{t('logConflictAll')}</legend>
            <label>
              <input type="radio" name="conflicts" data-testid="restore-all-keep" checked={conflicts === 'keep'} onChange={() => chooseAll('keep')} />{' '}
              {t('logConflictKeep')}
            </label>
            <label>
              <input type="radio" name="conflicts" data-testid="restore-all-replace" checked={conflicts === 'replace'} onChange={() => chooseAll('replace')} />{' '}
              {t('logConflictReplace')}
            </label>
          </fieldset>
          {restore.preview.hasSettings && <p>{t('logPreviewSettings')}</p>}
          <table>
            <thead>
              <tr>
                <th scope="col">{t('logPreviewColVacancy')}</th>
                <th scope="col">{t('logPreviewColOrganisation')}</th>
                <th scope="col">{t('logPreviewColKind')}</th>
                {anyConflict && <th scope="col">{t('logPreviewColDifferences')}</th>}
                {anyConflict && <th scope="col">{t('logPreviewColChoice')}</th>}
              </tr>
            </thead>
            <tbody>
              {shown.map((row, i) => (
                <tr key={row.id} class={`kind-${row.kind}`} data-testid="restore-row">
                  <td>{row.title ?? row.url}</td>
                  <td>{row.organisation}</td>
                  <td>{t(KIND_KEYS[row.kind])}</td>
                  {anyConflict && (
                    <td>
                      {row.differences && (
                        <ul class="differences" data-testid="restore-row-differences">
                          {describeDifferences(row.differences, t, locale).map((line) => <li key={line}>{line}</li>)}
                        </ul>
                      )}
                    </td>
                  )}
                  {anyConflict && (
                    <td>
                      {row.kind === 'conflicting' && (
                        <RowChoice
                          name={`restore-row-${i}`}
                          label={t('logRowChoice', row.title ?? row.url)}
                          choice={rowChoice(row)}
                          onChoose={(choice) => chooseRow(row.id, choice)}
                          t={t}
                        />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {rows && rows.length > shown.length && (
            <p data-testid="restore-more">
              {hiddenConflicts > 0
                ? t('logPreviewMore', [String(rows.length - shown.length), String(hiddenConflicts)])
                : t('logPreviewMoreSame', String(rows.length - shown.length))}
            </p>
          )}
          <div class="actions">
            <button type="button" data-testid="restore-confirm" onClick={() => confirm(restore.text)}>{t('logRestoreConfirm')}</button>
            <button type="button" data-testid="restore-cancel" onClick={() => setRestore({ step: 'idle' })}>{t('logRestoreCancel')}</button>
          </div>
        </div>
      )}
      {restore.step === 'done' && (
        <p role="status" data-testid="restore-done">
          {t('logRestoreDone', [String(restore.outcome.added), String(restore.outcome.replaced), String(restore.outcome.skipped)])}
        </p>
      )}
    </section>
  );
}

interface RowChoiceProps {
  name: string;
  label: string;
  choice: ImportChoice['conflicts'];
  onChoose: (choice: ImportChoice['conflicts']) => void;
  t: Translate;
}

/** One conflicting record's choice: two radio buttons, a group named after the vacancy. */
function RowChoice({ name, label, choice, onChoose, t }: RowChoiceProps) {
  return (
    <div role="radiogroup" class="choice-row" aria-label={label}>
      <label>
        <input type="radio" name={name} data-testid="restore-row-keep" checked={choice === 'keep'} onChange={() => onChoose('keep')} /> {t('logRowKeep')}
      </label>
      <label>
        <input type="radio" name={name} data-testid="restore-row-replace" checked={choice === 'replace'} onChange={() => onChoose('replace')} />{' '}
        {t('logRowReplace')}
      </label>
    </div>
  );
}
