import { render } from 'preact';
import type { Translate } from '../../src/i18n/messages';
import { SidebarSiteAccess } from '../../src/ui/SidebarSiteAccess';
import '../../src/ui/popup.css';

// Opened by the background when the sidebar's "Always on this site" is chosen: a content script
// cannot ask for a permission, an extension page can, from the user's own click.
const params = new URLSearchParams(location.search);
const pattern = params.get('origin') ?? '';
const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('alwaysOnSite');

render(
  <SidebarSiteAccess
    pattern={pattern}
    t={t}
    // Called straight from the click: the browser only asks the user within a user gesture.
    request={(origin) => browser.permissions.request({ origins: [origin] })}
    close={() => window.close()}
  />,
  document.getElementById('app')!,
);
