import { useState } from 'preact/hooks';
import type { Translate } from './i18n';
import { messageOf } from './message-of';

export interface SidebarReadPageProps {
  t: Translate;
  /** Reads the current tab (the popup holds activeTab for it once the user opened it). */
  read: () => Promise<void>;
}

/** The popup's way to bring the sidebar onto a page of any site, on the user's request. */
export function SidebarReadPage({ t, read }: SidebarReadPageProps) {
  const [error, setError] = useState<string | null>(null);
  return (
    <div class="read-page">
      <button type="button" class="primary" data-testid="read-page" onClick={() => read().catch((e: unknown) => setError(messageOf(e)))}>
        {t('readThisPage')}
      </button>
      {/* The context menu does the same, and nothing else tells a new user it is there. */}
      <p class="hint">{t('readPageMenuHint', t('readThisVacancy'))}</p>
      {error && (
        <p class="error" role="alert">
          {t('readFailed', error)}
        </p>
      )}
    </div>
  );
}
