import { useEffect, useState } from 'preact/hooks';
import type { DuplicateChoice, DuplicateMatch, TrackResult } from '../model/duplicates';
import type { FactField, VacancyFacts } from '../model/facts';
import { emptyFacts } from '../model/empty-facts';
import type { Corrections, Status, TrackedSummary } from '../model/tracked';
import type { PageState, SidebarPrefs } from '../model/sidebar';
import { daysUntil } from './format';
import type { Translate } from './i18n';
import { messageOf } from './message-of';
import type { CorrectionValue } from './corrections';
import { Sidebar } from './Sidebar';
import { SidebarJobSearch, type SidebarJobSearchApi } from './SidebarJobSearch';

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
  /** The open panel takes its room beside the page (the page reflows); returns the giving back. */
  makeRoom(): () => void;
  /** The tracked vacancy's job-search activities; absent, the sidebar offers none. */
  jobSearch?: SidebarJobSearchApi;
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
  // Before the vacancy is saved its corrections live here (those left out listed apart), and are
  // saved with it: a wrong fact can be put right where it is seen, saved or not.
  const [leftOutBeforeSaving, setLeftOutBeforeSaving] = useState<ReadonlySet<FactField>>(new Set());

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

  // Open, the panel stands beside the page rather than over it; folded to its tab, the page has it all.
  const open = prefs !== null && !prefs.collapsed;
  useEffect(() => (open ? api.makeRoom() : undefined), [api, open]);

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
  /** Tracks, then stores the corrections made before saving with the new record. */
  const track = async (choice?: DuplicateChoice): Promise<TrackResult> => {
    const result = await api.track(choice);
    if (result.status === 'duplicate-candidates') return result;
    let latest = result;
    for (const field of Object.keys(corrections) as FactField[]) {
      latest = leftOutBeforeSaving.has(field)
        ? await api.notStated(result.id, field)
        : await api.correct(result.id, field, corrections[field] as CorrectionValue);
    }
    setLeftOutBeforeSaving(new Set());
    return latest;
  };
  const correctBeforeSaving = (event: Event, field: FactField, value: Corrections[FactField] | null, leftOut: boolean) => {
    if (!isUserAction(event) || busy) return;
    // Left out, a fact's correction is its empty value (null for most): only an undo removes it.
    setCorrections(({ [field]: _, ...rest }) => (value === null && !leftOut ? rest : { ...rest, [field]: value }));
    setLeftOutBeforeSaving((current) => {
      const next = new Set(current);
      if (leftOut) next.add(field);
      else next.delete(field);
      return next;
    });
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
      onTrack={(event) => run(event, () => track(), onTracked)}
      onDuplicateChoice={(choice, event) => run(event, () => track(choice), onTracked)}
      onToggleCollapsed={(event) => changePrefs(event, { collapsed: !prefs.collapsed })}
      onToggleHighlights={(event) => changePrefs(event, { highlights: !prefs.highlights })}
      onShowInPage={(field, event) => {
        if (isUserAction(event)) marks.focus(field);
      }}
      onStatus={tracked ? (status, event) => save(event, () => api.setStatus(tracked.id, status)) : undefined}
      onUndoStatus={tracked ? (event) => save(event, () => api.undoStatus(tracked.id, tracked.updatedAt)) : undefined}
      onCorrect={(field, value, event) =>
        tracked
          ? run(
              event,
              () => api.correct(tracked.id, field, value),
              (summary) => {
                setTracked(summary);
                setCorrections(({ [field]: _, ...rest }) => (value === null ? rest : { ...rest, [field]: value }));
              },
            )
          : correctBeforeSaving(event, field, value as Corrections[FactField] | null, false)
      }
      onNotStated={(field, event) =>
        tracked
          ? run(
              event,
              () => api.notStated(tracked.id, field),
              (summary) => {
                setTracked(summary);
                setCorrections((current) => ({ ...current, [field]: emptyFacts(null)[field] }));
              },
            )
          : correctBeforeSaving(event, field, emptyFacts(null)[field] as Corrections[FactField], true)
      }
      jobSearch={
        tracked && api.jobSearch ? (
          <SidebarJobSearch key={tracked.id} vacancyId={tracked.id} api={api.jobSearch} t={t} isUserAction={isUserAction} />
        ) : undefined
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
