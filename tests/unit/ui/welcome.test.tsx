import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PORTAL_MATCHES } from '../../../src/extract/portals/matches';
import { openWelcomeOnInstall } from '../../../src/platform/welcome';
import { Welcome, siteOfPattern } from '../../../src/ui/Welcome';
import { translatorFor } from '../helpers';

afterEach(() => {
  document.body.innerHTML = '';
  fakeBrowser.reset();
});

describe('the first-run page', () => {
  it.each([
    ['*://*.werkenbijdeoverheid.be/*', 'werkenbijdeoverheid.be'],
    ['*://*.vlaanderen.be/werken-voor-vlaanderen/*', 'vlaanderen.be/werken-voor-vlaanderen'],
    ['*://jobs.stad.gent/*', 'jobs.stad.gent'],
  ])('reads the pattern %s as the site %s', (pattern, site) => {
    expect(siteOfPattern(pattern)).toBe(site);
  });

  it.each([
    ['nl', 'Zet het icoon in je werkbalk', '„Lees deze pagina als vacature”'],
    ['fr', "Épinglez l'icône dans la barre d'outils", '« Lire cette page comme une offre »'],
    ['de', 'Das Symbol an die Symbolleiste anheften', '„Diese Seite als Stellenanzeige lesen“'],
    ['en', 'Pin the icon to your toolbar', '“Read this page as a vacancy”'],
  ] as const)('in %s: pinning, every portal of the list, the other ways to read a page', (lang, pin, readPage) => {
    const root = document.createElement('div');
    document.body.append(root);
    render(<Welcome t={translatorFor(lang)} portalMatches={PORTAL_MATCHES} logUrl="chrome-extension://x/log.html" />, root);
    const text = root.textContent ?? '';
    expect(text).toContain(pin);
    expect(text).toContain(readPage);
    expect(text).not.toMatch(/\$[A-Z]+\$|\$1/);
    expect([...root.querySelectorAll('[data-testid="portals"] li')].map((li) => li.textContent)).toEqual(PORTAL_MATCHES.map(siteOfPattern));
  });

  it('opens once, on install, not on an update', async () => {
    const welcome = fakeBrowser.runtime.getURL('/welcome.html');
    const opened = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url === welcome).length;
    openWelcomeOnInstall();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    expect(await opened()).toBe(0);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(await opened()).toBe(1);
  });
});
