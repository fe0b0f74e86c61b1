import { useEffect, useRef, useState } from 'preact/hooks';
import { activityWordsFor } from '../i18n/activity-words';
import type { LogEntry } from '../log/counting';
import { currentPeriod, entryGaps, type MeterState } from '../log/proof-meter';
import { countsType, PRESETS, requiredFields } from '../log/presets';
import { emptyActivityInput, type Activity, type ActivityInput } from '../model/activity';
import type { ProofSettings } from '../model/proof-settings';
import { localDay } from '../model/views';
import { JOB_SEARCH_ANCHOR } from '../reminders/meter-alarm';
import { ActivityForm } from './ActivityForm';
import { formatDate } from './format';
import type { Translate } from './i18n';
import type { JobSearchApi } from './job-search-api';
import { messageOf } from './message-of';
import { meterSentence } from './meter-sentence';
import { ProofSettingsForm } from './ProofSettingsForm';

export type { JobSearchApi } from './job-search-api';

export interface JobSearchProps {
  api: JobSearchApi;
  t: Translate;
  locale: string;
  now: Date;
  /** The page was opened at this part (the meter's notification): it is scrolled to once shown. */
  scrollIntoView?: boolean;
}

/** Which form is open: a new activity, or one being edited. */
type Editing = { kind: 'new' } | { kind: 'edit'; activity: Activity } | null;

function monthOf(day: string): { from: string; to: string } {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${day.slice(0, 8)}01`, to: `${day.slice(0, 8)}${String(last).padStart(2, '0')}` };
}

function withoutIds(a: Activity): ActivityInput {
  const { id: _i, createdAt: _c, updatedAt: _u, ...input } = a;
  return input;
}

/**
 * The log page's job-search part: the service and the person's details for the proof, the meter,
 * this period's activities (typed by hand, and the applications, tests and interviews the tracked
 * vacancies already say happened), each with what the service still asks of it; add, edit, delete.
 */
export function JobSearch({ api, t, locale, now, scrollIntoView = false }: JobSearchProps) {
  const words = activityWordsFor(locale);
  const today = localDay(now);
  const [settings, setSettings] = useState<ProofSettings | null>(null);
  const [name, setName] = useState('');
  const [meter, setMeter] = useState<MeterState | null>(null);
  const [list, setList] = useState<{ entries: LogEntry[]; activities: Activity[] } | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const scrolled = useRef(false);

  const period = (settings && currentPeriod(settings, now)) ?? monthOf(today);
  const presetId = settings?.preset ?? 'general';
  const fail = (e: unknown) => setError(messageOf(e));

  const reload = async (s: ProofSettings) => {
    const p = currentPeriod(s, now) ?? monthOf(today);
    const [state, found] = await Promise.all([api.proofMeter(), api.listJobSearch(p.from, p.to)]);
    setMeter(state);
    setList(found);
  };
  useEffect(() => {
    Promise.all([api.getProofSettings(), api.getName()]).then(([s, n]) => {
      setSettings(s);
      setName(n);
      return reload(s);
    }, fail).catch(fail);
  }, [api]);
  // Once the period's list is shown (the part has its height), the heading comes into view and
  // takes the focus, so a screen reader starts here too.
  useEffect(() => {
    if (!scrollIntoView || scrolled.current || !list) return;
    scrolled.current = true;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [scrollIntoView, list]);
  if (!settings) return null;

  const saveSettings = (next: ProofSettings) => {
    setSettings(next);
    setError(null);
    api.setProofSettings(next).then(() => reload(next), fail).then(() => setStatus(t('saved')), fail);
  };
  const saveActivity = async (input: ActivityInput) => {
    try {
      if (editing?.kind === 'edit') await api.updateActivity(editing.activity.id, input, editing.activity.updatedAt);
      else await api.addActivity(input);
      setError(null);
      setEditing(null);
      setStatus(t('activitySaved'));
      await reload(settings);
      addButton.current?.focus();
    } catch (e) {
      fail(e);
    }
  };
  const remove = async (activity: Activity) => {
    try {
      await api.deleteActivity(activity.id);
      setStatus(t('activityDeleted'));
      await reload(settings);
      addButton.current?.focus();
    } catch (e) {
      fail(e);
    }
  };
  const sentence = meter && meterSentence(meter, t, locale);
  const byKey = new Map((list?.activities ?? []).map((a) => [`activity:${a.id}`, a]));
  const preset = PRESETS[presetId];

  return (
    <section id={JOB_SEARCH_ANCHOR} aria-labelledby="job-search-heading" class="job-search" data-testid="job-search">
      <h2 id="job-search-heading" ref={heading} tabIndex={-1}>
        {t('jobSearchHeading')}
      </h2>
      <ProofSettingsForm
        settings={settings}
        name={name}
        t={t}
        words={words}
        onSettings={saveSettings}
        onName={(n) => {
          setName(n);
          api.setName(n).then(() => setStatus(t('saved')), fail);
        }}
      />
      {sentence && (
        <p class={sentence.short ? 'meter short' : 'meter'} data-testid="log-meter">
          {sentence.text}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <p class="saved" aria-live="polite">
        {status}
      </p>
      <h3 data-testid="job-search-period">{t('jobSearchPeriod', [formatDate(period.from, locale), formatDate(period.to, locale)])}</h3>
      <div class="actions">
        <button type="button" ref={addButton} data-testid="activity-add" disabled={editing !== null} onClick={() => setEditing({ kind: 'new' })}>
          {t('activityAdd')}
        </button>
        <button type="button" class="primary" data-testid="proof-open" onClick={() => api.openProof(period.from, period.to)}>
          {t('proofOpen')}
        </button>
      </div>
      {editing && (
        <ActivityForm
          key={editing.kind === 'edit' ? editing.activity.id : 'new'}
          initial={editing.kind === 'edit' ? withoutIds(editing.activity) : emptyActivityInput(today)}
          editing={editing.kind === 'edit'}
          t={t}
          words={words}
          needed={(type) => requiredFields(preset, type)}
          onSave={saveActivity}
          onCancel={() => {
            setEditing(null);
            addButton.current?.focus();
          }}
        />
      )}
      {list && list.entries.length === 0 && <p class="empty">{t('jobSearchEmpty')}</p>}
      {list && list.entries.length > 0 && (
        <table class="activities" data-testid="activity-table">
          <caption class="visually-hidden">{t('jobSearchListCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{words.field.date}</th>
              <th scope="col">{words.field.type}</th>
              <th scope="col">{words.field.employer}</th>
              <th scope="col">{words.field.position}</th>
              <th scope="col">{words.field.result}</th>
              <th scope="col">
                <span class="visually-hidden">{t('activityEdit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.entries.map((entry) => {
              const activity = byKey.get(entry.key);
              const counted = countsType(preset, entry.type);
              const gaps = counted ? entryGaps(entry, presetId) : [];
              const what = `${words.type[entry.type]}, ${formatDate(entry.day, locale)}`;
              return (
                <tr key={entry.key} data-testid="activity-row" data-source={entry.source} class={counted ? '' : 'not-counted'}>
                  <td class="date">{formatDate(entry.day, locale)}</td>
                  <td>
                    {words.type[entry.type]}
                    {entry.source === 'vacancy' && <div class="note">{t('jobSearchFromVacancy')}</div>}
                    {!counted && <div class="note">{t('jobSearchNotCounted')}</div>}
                  </td>
                  <td>{entry.employer ?? '–'}</td>
                  <td>{entry.position ?? '–'}</td>
                  <td>
                    {entry.result === null ? '–' : 'text' in entry.result ? entry.result.text : words.result[entry.result.status]}
                    {gaps.length > 0 && (
                      <div class="gaps" data-testid="activity-gaps">
                        {t('jobSearchGaps', gaps.map((g) => words.field[g]).join(', '))}
                      </div>
                    )}
                  </td>
                  <td class="row-actions">
                    {activity && (
                      <>
                        <button type="button" data-testid="activity-edit" aria-label={`${t('activityEdit')}: ${what}`} disabled={editing !== null} onClick={() => setEditing({ kind: 'edit', activity })}>
                          {t('activityEdit')}
                        </button>
                        <button type="button" class="danger" data-testid="activity-delete" aria-label={`${t('activityDelete')}: ${what}`} onClick={() => void remove(activity)}>
                          {t('activityDelete')}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
