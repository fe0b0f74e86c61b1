import { useEffect, useRef, useState } from 'preact/hooks';
import { activityWordsFor } from '../i18n/activity-words';
import { PRESETS, requiredFields } from '../log/presets';
import type { Activity, ActivityInput } from '../model/activity';
import type { VacancyJobSearch } from '../model/vacancy-job-search';
import { ActivityForm } from './ActivityForm';
import { formatDate } from './format';
import type { Translate } from './i18n';
import { messageOf } from './message-of';

/** What the sidebar's job-search part asks of the background, for the vacancy tracked at its page. */
export interface SidebarJobSearchApi {
  /** The person's language (the browser's): the activity's words are theirs, not the page's. */
  uiLocale: string;
  load(vacancyId: string): Promise<VacancyJobSearch>;
  add(input: ActivityInput): Promise<Activity>;
  /** The person went to the vacancy's selection step `eventIndex`. */
  attended(vacancyId: string, eventIndex: number): Promise<Activity>;
}

export interface SidebarJobSearchProps {
  vacancyId: string;
  api: SidebarJobSearchApi;
  t: Translate;
  /** Only a person's own clicks act: the page can script clicks into an open shadow root. */
  isUserAction: (event: Event) => boolean;
}

/**
 * Under a tracked vacancy's facts: an activity for it, prefilled with what the vacancy says, and
 * for each of its dated selection steps whose day has come, "I went", which records it in one
 * click. Both land in the log, where the person edits them.
 */
export function SidebarJobSearch({ vacancyId, api, t, isUserAction }: SidebarJobSearchProps) {
  const words = activityWordsFor(api.uiLocale);
  const [state, setState] = useState<VacancyJobSearch | null>(null);
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  // After a save the form or the step's button is gone: the focus goes to "Add an activity", the
  // next thing to do, while the live line says where the activity went.
  const addButton = useRef<HTMLButtonElement>(null);
  const [refocus, setRefocus] = useState(false);

  const reload = () => api.load(vacancyId).then(setState, (e: unknown) => setError(messageOf(e)));
  useEffect(() => {
    void reload();
  }, [api, vacancyId]);
  useEffect(() => {
    if (!refocus) return;
    addButton.current?.focus();
    setRefocus(false);
  }, [refocus]);
  if (!state) return error ? <p class="error" role="alert">{error}</p> : null;

  const record = async (event: Event, action: () => Promise<unknown>) => {
    if (!isUserAction(event) || busy) return;
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      await action();
      setAdding(false);
      setStatus(t('sidebarActivitySaved'));
      await reload();
      setRefocus(true);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const preset = PRESETS[state.preset];

  return (
    <section class="job-search" aria-labelledby="vacalens-job-search" data-testid="sidebar-job-search">
      <h3 id="vacalens-job-search">{t('jobSearchHeading')}</h3>
      {state.steps.length > 0 && (
        <>
          <p class="steps-heading">{t('stepsPassedHeading')}</p>
          <ul class="steps">
            {state.steps.map((step) => {
              const what = `${step.label}, ${formatDate(step.date, api.uiLocale)}`;
              return (
                <li key={step.index} data-testid="passed-step">
                  <span>{what}</span>
                  {step.attended ? (
                    <span class="in-log" data-testid="step-in-log">
                      {t('stepInLog')}
                    </span>
                  ) : (
                    <button
                      type="button"
                      class="small"
                      data-testid="step-went"
                      aria-label={`${t('stepWent')}: ${what}`}
                      disabled={busy}
                      onClick={(event) => void record(event, () => api.attended(vacancyId, step.index))}
                    >
                      {t('stepWent')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {adding ? (
        <ActivityForm
          initial={state.draft}
          editing={false}
          t={t}
          words={words}
          needed={(type) => requiredFields(preset, type)}
          onSave={(input, event) => record(event, () => api.add(input))}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button
          type="button"
          ref={addButton}
          class="secondary"
          data-testid="sidebar-activity-add"
          disabled={busy}
          onClick={(event) => {
            if (isUserAction(event)) setAdding(true);
          }}
        >
          {t('activityAdd')}
        </button>
      )}
      <p class="saved" aria-live="polite" data-testid="sidebar-activity-status">
        {status}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
