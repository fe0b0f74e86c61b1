import { useEffect, useState } from 'preact/hooks';
import type { DuplicateChoice, DuplicateMatch, TrackResult } from '../db/vacancies';
import type { FactField, VacancyFacts } from '../model/facts';
import { emptyFacts } from '../model/empty-facts';
import type { Corrections, Status, TrackedSummary } from '../model/tracked';
import type { PageState } from '../platform/onpage-messages';
import { daysUntil } from './format';
import type { Translate } from './i18n';
import { messageOf } from './message-of';
import { Sidebar, type CorrectionValue } from './Sidebar';

/** What the sidebar remembers between pages: folded per site, highlights for all. */
export interface SidebarPrefs {
  collapsed: boolean;
  highlights: boolean;
}

export interface SidebarApi {
  trackedByUrl(): Promise<TrackedSummary | null>;
  track(choice?: DuplicateChoice): Promise<TrackResult>;
  setStatus(id: string, status: Status): Promise<TrackedSummary>;
  /** Takes back the status change that made the vacancy's `updatedAt` this one. */
  undoStatus(id: string, expectedUpdatedAt: string): Promise<TrackedSummary>;
  /** The tracked vacancy's corrections (empty when it has none). */
  corrections(id: string): Promise<Corrections>;
  /** Stores a correction with the tracked vacancy; null removes it. */
  correct(id: string, field: FactField, value: CorrectionValue | null): Promise<TrackedSummary>;
  /** Stores that the fact read from the page is wrong and not stated there. */
  notStated(id: string, field: FactField): Promise<TrackedSummary>;
  loadPrefs(): Promise<SidebarPrefs>;
  savePrefs(prefs: Partial<SidebarPrefs>): Promise<void>;
  /** Tells the toolbar badge what this tab shows. */
  pageState(state: PageState): void;
  /** Only outside the portal list and the allowed sites: ask the user to allow this site. */
  openSiteAccess?: () => void;
}

/** The evidence marked in the page (src/ui/highlights.ts). */
export interface PageMarks {
  readonly found: ReadonlySet<FactField>;
  setVisible(visible: boolean): void;
  focus(field: FactField): boolean;
}

export interface SidebarAppProps {
  facts: VacancyFacts;
  locale: string;
  now: Date;
  t: Translate;
  api: SidebarApi;
  marks: PageMarks;
  /** The user asked to read a page that detection did not take for a vacancy. */
  uncertain: boolean;
  /** Only a person's own clicks act: the page can script clicks into an open shadow root. */
  isUserAction: (event: Event) => boolean;
}

export function SidebarApp({ facts, locale, now, t, api, marks, uncertain, isUserAction }: SidebarAppProps) {
  const [tracked, setTracked] = useState<TrackedSummary | null>(null);
  const [corrections, setCorrections] = useState<Corrections>({});
  const [duplicates, setDuplicates] = useState<DuplicateMatch[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [prefs, setPrefs] = useState<SidebarPrefs | null>(null);

  const fail = (e: unknown) => setError(messageOf(e));
  const adopt = (summary: TrackedSummary) => {
    setTracked(summary);
    setDuplicates(null);
    api.corrections(summary.id).then(setCorrections, fail);
  };

  useEffect(() => {
    api.trackedByUrl().then((summary) => (summary ? adopt(summary) : setTracked(null)), fail);
    api.loadPrefs().then(setPrefs, () => setPrefs({ collapsed: false, highlights: true }));
  }, [api]);

  useEffect(() => {
    if (prefs) marks.setVisible(prefs.highlights);
  }, [marks, prefs?.highlights]);

  // The badge counts from the deadline the user sees, their correction included.
  const deadline = corrections.deadline ?? facts.deadline;
  useEffect(() => {
    api.pageState({ tracked: tracked !== null, daysLeft: deadline ? daysUntil(deadline, now) : null });
  }, [api, tracked !== null, deadline]);

  const run = <T,>(event: Event, action: () => Promise<T>, done: (value: T) => void) => {
    if (!isUserAction(event) || busy) return;
    setBusy(true);
    setError(null);
    action()
      .then(done, fail)
      .finally(() => setBusy(false));
  };
  // The status menu waits for the save: a promise, refused as the other actions are.
  const save = (event: Event, action: () => Promise<TrackedSummary>): Promise<TrackedSummary> => {
    if (!isUserAction(event) || busy) return Promise.reject(new Error('Not saved'));
    setError(null);
    return action().then(
      (summary) => {
        setTracked(summary);
        return summary;
      },
      (e: unknown) => {
        fail(e);
        throw e;
      },
    );
  };
  const onTracked = (result: TrackResult) => {
    if (result.status === 'duplicate-candidates') setDuplicates(result.matches);
    else adopt(result);
  };
  const changePrefs = (event: Event, change: Partial<SidebarPrefs>) => {
    if (!isUserAction(event) || !prefs) return;
    setPrefs({ ...prefs, ...change });
    api.savePrefs(change).catch(fail);
  };

  if (!prefs) return null;
  return (
    <Sidebar
      facts={facts}
      locale={locale}
      now={now}
      t={t}
      tracked={tracked}
      error={error}
      busy={busy}
      collapsed={prefs.collapsed}
      uncertain={uncertain}
      highlights={{ on: prefs.highlights, found: marks.found }}
      corrections={corrections}
      duplicates={duplicates}
      onTrack={(event) => run(event, () => api.track(), onTracked)}
      onDuplicateChoice={(choice, event) => run(event, () => api.track(choice), onTracked)}
      onToggleCollapsed={(event) => changePrefs(event, { collapsed: !prefs.collapsed })}
      onToggleHighlights={(event) => changePrefs(event, { highlights: !prefs.highlights })}
      onShowInPage={(field, event) => {
        if (isUserAction(event)) marks.focus(field);
      }}
      onStatus={tracked ? (status, event) => save(event, () => api.setStatus(tracked.id, status)) : undefined}
      onUndoStatus={tracked ? (event) => save(event, () => api.undoStatus(tracked.id, tracked.updatedAt)) : undefined}
      onCorrect={
        tracked
          ? (field, value, event) =>
              run(
                event,
                () => api.correct(tracked.id, field, value),
                (summary) => {
                  setTracked(summary);
                  setCorrections(({ [field]: _, ...rest }) => (value === null ? rest : { ...rest, [field]: value }));
                },
              )
          : undefined
      }
      onNotStated={
        tracked
          ? (field, event) =>
              run(
                event,
                () => api.notStated(tracked.id, field),
                (summary) => {
                  setTracked(summary);
                  setCorrections((current) => ({ ...current, [field]: emptyFacts(null)[field] }));
                },
              )
          : undefined
      }
      onAlwaysOn={
        api.openSiteAccess
          ? (event) => {
              if (isUserAction(event)) api.openSiteAccess?.();
            }
          : undefined
      }
    />
  );
}
