import type { Translate } from './i18n';

export interface WelcomeProps {
  t: Translate;
  /** The portals' match patterns (src/extract/portals/matches.ts): where the sidebar opens by itself. */
  portalMatches: readonly string[];
  /** The log page's address. */
  logUrl: string;
}

/** A match pattern as a person reads a site: "*://*.interamt.de/*" → "interamt.de". */
export function siteOfPattern(pattern: string): string {
  return pattern
    .replace(/^\*:\/\//, '')
    .replace(/^\*\./, '')
    .replace(/\/\*$/, '');
}

/**
 * The page a new user sees once, on install: where the toolbar icon hides and how to pin it,
 * where the sidebar comes by itself, how to read any other page, and what stays on the computer.
 */
export function Welcome({ t, portalMatches, logUrl }: WelcomeProps) {
  return (
    <main class="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p class="intro">{t('welcomeIntro')}</p>

      <section aria-labelledby="pin-heading">
        <h2 id="pin-heading">{t('welcomePinHeading')}</h2>
        <p>{t('welcomePinWhy')}</p>
        <ul>
          <li data-testid="pin-chrome">{t('welcomePinChrome')}</li>
          <li data-testid="pin-firefox">{t('welcomePinFirefox')}</li>
        </ul>
      </section>

      <section aria-labelledby="portals-heading">
        <h2 id="portals-heading">{t('welcomePortalsHeading')}</h2>
        <p>{t('welcomePortalsText')}</p>
        <ul class="portals" data-testid="portals">
          {portalMatches.map((pattern) => (
            <li key={pattern}>{siteOfPattern(pattern)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="other-heading">
        <h2 id="other-heading">{t('welcomeOtherHeading')}</h2>
        <ul>
          <li>{t('welcomeOtherPopup', t('readThisPage'))}</li>
          <li>{t('welcomeOtherMenu', t('readThisVacancy'))}</li>
          <li>{t('welcomeOtherAlways', t('alwaysOnSite'))}</li>
        </ul>
      </section>

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('welcomePrivacyHeading')}</h2>
        <p>{t('welcomePrivacyText')}</p>
      </section>

      <p>
        <a class="button" href={logUrl} data-testid="welcome-open-log">
          {t('welcomeOpenLog')}
        </a>
      </p>
    </main>
  );
}
