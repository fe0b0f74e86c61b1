import { useState } from 'preact/hooks';
import type { Translate } from './i18n';

export interface SidebarSiteAccessProps {
  /** The site's match pattern, "https://www.example.be/*". */
  pattern: string;
  t: Translate;
  request: (pattern: string) => Promise<boolean>;
  close: () => void;
}

/** Only one http(s) host with a path wildcard is ever asked for, whatever the address says. */
const SITE_PATTERN = /^https?:\/\/([a-z0-9.-]+)\/\*$/i;

/** "Always on this site": says what it means and asks the browser for that one site. */
export function SidebarSiteAccess({ pattern, t, request, close }: SidebarSiteAccessProps) {
  const [outcome, setOutcome] = useState<'granted' | 'denied' | null>(null);
  const site = SITE_PATTERN.exec(pattern)?.[1];
  if (!site) return null;
  return (
    <main class="popup site-access">
      <h1>{t('siteAccessTitle', site)}</h1>
      <p>{t('siteAccessExplain')}</p>
      {outcome && (
        <p role="status" data-testid="site-access-outcome">
          {t(outcome === 'granted' ? 'siteAccessDone' : 'siteAccessDenied')}
        </p>
      )}
      <div class="actions">
        {outcome !== 'granted' && (
          <button
            type="button"
            class="primary"
            data-testid="site-access-allow"
            onClick={() => request(pattern).then((granted) => setOutcome(granted ? 'granted' : 'denied'), () => setOutcome('denied'))}
          >
            {t('siteAccessAllow')}
          </button>
        )}
        <button type="button" onClick={close}>
          {t('close')}
        </button>
      </div>
    </main>
  );
}
