import { useEffect, useState } from 'preact/hooks';
import type { VacancyFacts } from '../model/facts';
import type { TrackedSummary } from '../model/tracked';
import { Sidebar } from './Sidebar';
import type { Translate } from './i18n';

export interface SidebarApi {
  trackedByUrl(): Promise<TrackedSummary | null>;
  track(): Promise<TrackedSummary>;
}

export interface SidebarAppProps {
  facts: VacancyFacts;
  locale: string;
  now: Date;
  t: Translate;
  api: SidebarApi;
  /** Only a person's own clicks act: the page can script clicks into an open shadow root. */
  isUserAction: (event: Event) => boolean;
}

export function SidebarApp({ facts, locale, now, t, api, isUserAction }: SidebarAppProps) {
  const [tracked, setTracked] = useState<TrackedSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [collapsed, setCollapsed] = useState(false);

  useEffect(() => {
    api.trackedByUrl().then(setTracked, (e: unknown) => setError(messageOf(e)));
  }, [api]);

  const onTrack = (event: Event) => {
    if (!isUserAction(event) || busy) return;
    setBusy(true);
    setError(null);
    api
      .track()
      .then(setTracked, (e: unknown) => setError(messageOf(e)))
      .finally(() => setBusy(false));
  };

  return (
    <Sidebar
      facts={facts}
      locale={locale}
      now={now}
      t={t}
      tracked={tracked}
      error={error}
      busy={busy}
      collapsed={collapsed}
      onTrack={onTrack}
      onToggleCollapsed={(event) => isUserAction(event) && setCollapsed((c) => !c)}
    />
  );
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
