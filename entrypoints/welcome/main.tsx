import { render } from 'preact';
import { PORTAL_MATCHES } from '../../src/extract/portals/matches';
import type { Translate } from '../../src/i18n/messages';
import { Welcome } from '../../src/ui/Welcome';
import './welcome.css';

// Opened once, on install (src/platform/welcome.ts), in the browser's language.
const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = `${t('welcomeTitle')} · Vacalens`;

render(
  <Welcome t={t} portalMatches={PORTAL_MATCHES} logUrl={browser.runtime.getURL('/log.html')} />,
  document.getElementById('app')!,
);
