/**
 * The extension on the page, in a real Chromium with the built extension, at real portal addresses
 * (hosts mapped to the fixture server): the sidebar on vacancies of several portals and nothing on
 * their other pages; highlights over the evidence and the scroll to it; the toolbar button on a
 * site outside the list; the badge; a single-page navigation; collapse, dark mode, languages; axe.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  axeViolations,
  factRow,
  launchWithExtension,
  screenshot,
  sidebar,
  startFixtureServer,
  waitForText,
  type ExtensionBrowser,
  type FixtureServer,
  type Route,
} from './harness';

/** A vacancy per portal: fixture, its canonical address, and text its sidebar must show. */
const VACANCIES = [
  ['wbdo-provincie-antwerpen-communicatiemedewerker', 'https://www.werkenbijdeoverheid.be/vacature/68bf45f0b686c62a/Communicatiemedewerker-lokale-besturen.html', 'Communicatiemedewerker lokale besturen'],
  ['vlaanderen-boswachter-kempen', 'https://www.vlaanderen.be/werken-voor-vlaanderen/vacatures/boswachter-regio-kempen-2d6fa8', 'Boswachter regio Kempen'],
  ['bosa-nl-attache-fiscaal-expert', 'https://werkenvoor.be/nl/jobs/ANG26004-attache-fiscaal-expert-vennootschapsbelasting', 'Attaché fiscaal expert'],
  ['wvn-duo-adviseur-informatiebeveiliging', 'https://www.werkenvoornederland.nl/vacatures/adviseur-informatiebeveiliging-DUO-2026-0031', 'Adviseur informatiebeveiliging'],
  ['interamt-sendenhorst-stadtplaner', 'https://www.interamt.de/koop/app/stelle?id=1017492', 'Stadtplaner/in'],
  ['nhs-leeds-band6-physiotherapist', 'https://www.jobs.nhs.uk/candidate/jobadvert/C9317-26-0042', 'Specialist Physiotherapist'],
] as const;

/** Pages of the same portals that are not a single vacancy. */
const NEGATIVES = [
  ['wbdo-home', 'https://www.werkenbijdeoverheid.be/'],
  ['wbdo-zoekresultaten-antwerpen-niveau-b', 'https://www.werkenbijdeoverheid.be/index.php/page/advsearchvacs/regio/provincie-antwerpen/niveau/B'],
  ['vlaanderen-vacatures-overzicht', 'https://www.vlaanderen.be/werken-voor-vlaanderen/vacatures'],
  ['bosa-nl-contact', 'https://werkenvoor.be/nl/contact'],
  ['bosa-fr-accueil', 'https://travaillerpour.be/fr'],
] as const;

const OTHER_SITE = ['other-gemeente-voorbeeld-medewerker-burgerzaken', 'https://www.gemeente-voorbeeld.be/vacatures/medewerker-burgerzaken'] as const;
const SPA = ['wbdo-spa-twee-vacatures', 'https://www.werkenbijdeoverheid.be/spa/vacature/1'] as const;
/** The same single-page app opened at the portal's search address, which is decided without reading the page. */
const SPA_FROM_SEARCH = ['wbdo-spa-twee-vacatures', 'https://www.werkenbijdeoverheid.be/index.php/page/advsearchvacs/regio/spa'] as const;
/** The same single-page app opened at a vacancy address, where the manifest brings the sidebar with the page. */
const SPA_AT_VACANCY = ['wbdo-spa-twee-vacatures', 'https://www.werkenbijdeoverheid.be/vacature/spa/1'] as const;
/** The seed at an address of the portal of no known shape: the content script has to find it. */
const SEED_UNKNOWN_SHAPE = ['wbdo-provincie-antwerpen-communicatiemedewerker', 'https://www.werkenbijdeoverheid.be/Provincie-Antwerpen/Communicatiemedewerker.html'] as const;
/** A page that is no vacancy at a vacancy address (one taken down shows the portal's home). */
const NO_VACANCY_AT_VACANCY_ADDRESS = ['wbdo-home', 'https://www.werkenbijdeoverheid.be/vacature/0000000000000000/Verlopen.html'] as const;
const SEED_URL = VACANCIES[0][1];

const routeOf = ([fixture, url]: readonly [string, string, ...unknown[]]): Route => {
  const u = new URL(url);
  return { host: u.hostname, path: u.pathname, fixture };
};

let server: FixtureServer;
/** The local address (port of the fixture server) of a canonical one. */
const local = (url: string) => {
  const u = new URL(url);
  return `http://${u.hostname}:${server.port}${u.pathname}${u.search}`;
};

beforeAll(async () => {
  server = await startFixtureServer([...VACANCIES, ...NEGATIVES, OTHER_SITE, SPA, SPA_FROM_SEARCH, SPA_AT_VACANCY, SEED_UNKNOWN_SHAPE, NO_VACANCY_AT_VACANCY_ADDRESS].map(
      routeOf,
    ));
});
afterAll(async () => {
  await server?.close();
});

async function open(browser: ExtensionBrowser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(local(url), { waitUntil: 'load' });
  return page;
}

/** The badge text the background set for the tab showing `page`. */
async function badgeOf(browser: ExtensionBrowser, page: Page): Promise<string> {
  const [worker] = browser.context.serviceWorkers().filter((w) => w.url().includes(browser.extensionId));
  const url = page.url();
  return worker!.evaluate(async (address) => {
    const chrome = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    const [tab] = await chrome.tabs.query({ url: address.replace(/:\d+\//, '/').replace(/^http:/, '*:') });
    return tab?.id === undefined ? 'no tab' : chrome.action.getBadgeText({ tabId: tab.id });
  }, url);
}

describe('in Dutch (browser language nl)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ server, locale: 'nl', extraArgs: ['--enable-unsafe-extension-debugging'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test.each(VACANCIES)('the sidebar shows on the vacancy %s', async (_fixture, url, title) => {
    const page = await open(browser, url);
    await waitForText(factRow(page, 'title'), [title]);
    await page.close();
  });

  test.each(NEGATIVES)('nothing shows on %s, which is not a vacancy', async (_fixture, url) => {
    const page = await open(browser, url);
    await page.waitForTimeout(1200);
    expect(await sidebar(page).count()).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });

  test('facts are highlighted in the page, and a click scrolls to the evidence', async () => {
    const page = await open(browser, SEED_URL);
    await waitForText(factRow(page, 'deadline'), ['1 februari 2026', 'uit de tekst']);
    const highlighted = await page.evaluate(() => {
      const h = CSS.highlights.get('vacalens-fact');
      return h ? [...h].map((r) => r.toString()) : [];
    });
    expect(highlighted.length).toBeGreaterThanOrEqual(5);
    expect(highlighted.join('\n')).toContain('1 februari 2026');
    // The page's DOM is untouched: no mark elements, no wrappers.
    expect(await page.locator('mark, vacalens-mark').count()).toBe(0);

    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await factRow(page, 'events').getByTestId('show-in-page').click();
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(200);
    const focused = await page.evaluate(() => [...(CSS.highlights.get('vacalens-focus') ?? [])].map((r) => r.toString()));
    expect(focused).toHaveLength(1);
    // Smooth scrolling: the evidence comes into view over a few frames.
    const inView = () =>
      page.evaluate(() => {
        const r = ([...CSS.highlights.get('vacalens-focus')!][0] as Range).getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
    await expect.poll(inView, { timeout: 5000 }).toBe(true);
    await screenshot(page, 'onpage-highlight-focus');

    // The toggle takes the highlights away.
    await sidebar(page).getByTestId('highlights-toggle').click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('vacalens-fact'))).toBe(false);
    await sidebar(page).getByTestId('highlights-toggle').click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('vacalens-fact'))).toBe(true);
    await page.close();
  });

  test('the badge says untracked with days left, then tracked', async () => {
    const page = await open(browser, VACANCIES[1][1]);
    await waitForText(factRow(page, 'title'), [VACANCIES[1][2]]);
    await expect.poll(() => badgeOf(browser, page)).toMatch(/^(\d+|–)$/);
    await sidebar(page).getByTestId('track').click();
    await sidebar(page).getByTestId('track-status').waitFor();
    await expect.poll(() => badgeOf(browser, page)).toMatch(/^✓(\d+|–)?$/);
    await page.close();
  });

  test('a status can be chosen in the sidebar once tracked', async () => {
    const page = await open(browser, VACANCIES[1][1]);
    // Keyboard, as a person would (a scripted selectOption is not a trusted event and is ignored).
    const status = sidebar(page).getByTestId('status-select');
    await status.focus();
    // The arrow key moves to the next status, Enter chooses it (issue 16, finding 3).
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForText(sidebar(page).getByTestId('track-status'), ['gesolliciteerd']);
    await page.close();
  });

  test('a correction is kept with the tracked vacancy and survives a reload', async () => {
    const page = await open(browser, VACANCIES[1][1]);
    const row = factRow(page, 'location');
    await row.getByTestId('correct').click();
    const input = row.getByRole('textbox');
    await input.fill('Herentals, Bosstraat 1');
    await input.press('Enter');
    await waitForText(row, ['Herentals, Bosstraat 1', 'door jou verbeterd']);
    expect(await sidebar(page).getByRole('alert').count()).toBe(0);
    await page.reload({ waitUntil: 'load' });
    await waitForText(factRow(page, 'location'), ['Herentals, Bosstraat 1', 'door jou verbeterd']);
    await page.close();
  });

  test('a wrong salary can be left out or typed over, kept over a reload, and taken back', async () => {
    const page = await open(browser, VACANCIES[1][1]);
    const row = () => factRow(page, 'salary');
    const read = (await row().textContent()) ?? '';
    expect(read).not.toContain('niet vermeld');
    await row().getByTestId('not-stated').click();
    await waitForText(row(), ['niet vermeld', 'door jou verbeterd']);
    await screenshot(page, 'onpage-salary-left-out');
    await page.reload({ waitUntil: 'load' });
    await waitForText(row(), ['niet vermeld', 'door jou verbeterd']);
    await row().getByTestId('undo-correction').click();
    await waitForText(row(), [], { absent: ['door jou verbeterd', 'niet vermeld'] });
    expect(await row().textContent()).toBe(read);

    // Or typed over: scale and amounts, the period and "gross" kept from what was read.
    await row().getByTestId('correct').click();
    await row().getByLabel('Schaal').fill('C112');
    await row().getByLabel('Van').fill('2.900');
    await row().getByLabel('Tot').fill('4.200,10');
    await screenshot(page, 'onpage-salary-form');
    await row().getByRole('button', { name: 'Bewaar' }).click();
    await waitForText(row(), ['C112', '€ 2.900 – € 4.200,10 bruto per maand', 'door jou verbeterd']);
    await page.reload({ waitUntil: 'load' });
    await waitForText(row(), ['C112', '€ 2.900 – € 4.200,10 bruto per maand', 'door jou verbeterd']);
    await row().getByTestId('correct').click();
    await row().getByRole('button', { name: 'Gebruik weer de gelezen waarde' }).click();
    await waitForText(row(), [], { absent: ['door jou verbeterd', 'C112'] });
    expect(await sidebar(page).getByRole('alert').count()).toBe(0);
    await page.close();
  });

  test('a selection step can be added to those read, and kept', async () => {
    const page = await open(browser, VACANCIES[1][1]);
    const row = () => factRow(page, 'events');
    await row().getByTestId('correct').click();
    await row().getByRole('button', { name: 'Stap toevoegen' }).click();
    const added = row().locator('fieldset').last();
    await added.getByLabel('Datum').fill('2026-03-24');
    await added.getByLabel('Wat').fill('Tweede gesprek');
    await screenshot(page, 'onpage-events-form');
    await row().getByRole('button', { name: 'Bewaar' }).click();
    await waitForText(row(), ['24 maart 2026 Tweede gesprek', '17 maart 2026 Selectiegesprek', 'door jou verbeterd']);
    await page.reload({ waitUntil: 'load' });
    await waitForText(row(), ['24 maart 2026 Tweede gesprek', 'door jou verbeterd']);
    await row().getByTestId('undo-correction').click();
    await waitForText(row(), ['17 maart 2026 Selectiegesprek'], { absent: ['Tweede gesprek', 'door jou verbeterd'] });
    expect(await sidebar(page).getByRole('alert').count()).toBe(0);
    await page.close();
  });

  test('at a vacancy address the sidebar comes with the page; elsewhere the content script finds the vacancy', async () => {
    const detections = (page: Page) => page.evaluate(() => performance.getEntriesByName('vacalens:detect').length);
    const listed = await open(browser, SEED_URL);
    await waitForText(factRow(listed, 'title'), ['Communicatiemedewerker lokale besturen']);
    // The sidebar's script read the page itself: the content script left it alone.
    expect(await detections(listed)).toBe(0);
    await listed.close();
    const found = await open(browser, SEED_UNKNOWN_SHAPE[1]);
    await waitForText(factRow(found, 'title'), ['Communicatiemedewerker lokale besturen']);
    expect(await detections(found)).toBe(1);
    await found.close();
    // At a vacancy address, a page that holds none shows nothing.
    const none = await open(browser, NO_VACANCY_AT_VACANCY_ADDRESS[1]);
    await none.waitForTimeout(1200);
    expect(await sidebar(none).count()).toBe(0);
    expect(await none.evaluate(() => performance.getEntriesByName('vacalens:extract').length)).toBe(1);
    await none.close();
  });

  test('from a vacancy address, a single-page navigation to another vacancy and away is followed', async () => {
    const page = await open(browser, SPA_AT_VACANCY[1]);
    await waitForText(factRow(page, 'title'), ['Archivaris stadsarchief']);
    await page.click('#next');
    await waitForText(factRow(page, 'title'), ['Boekhouder financiële dienst'], { absent: ['Archivaris'] });
    expect(await sidebar(page).count()).toBe(1);
    await page.click('#list');
    await sidebar(page).waitFor({ state: 'detached', timeout: 5000 });
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });

  test('a single-page navigation to another vacancy updates the sidebar, and away from vacancies removes it', async () => {
    const page = await open(browser, SPA[1]);
    await waitForText(factRow(page, 'title'), ['Archivaris stadsarchief']);
    await page.click('#next');
    await waitForText(factRow(page, 'title'), ['Boekhouder financiële dienst'], { absent: ['Archivaris'] });
    await waitForText(factRow(page, 'deadline'), ['24 maart 2026']);
    expect(await sidebar(page).count()).toBe(1);
    await page.click('#list');
    await sidebar(page).waitFor({ state: 'detached', timeout: 5000 });
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });

  test('a vacancy reached by a single-page navigation can be tracked, corrected and read back with its correction', async () => {
    const page = await open(browser, SPA[1]);
    await page.click('#next');
    await waitForText(factRow(page, 'title'), ['Boekhouder financiële dienst']);
    await sidebar(page).getByTestId('track').click();
    await sidebar(page).getByTestId('track-status').waitFor();
    const row = factRow(page, 'location');
    await row.getByTestId('correct').click();
    await row.getByRole('textbox').fill('Gent, Stadhuis');
    await row.getByRole('textbox').press('Enter');
    await waitForText(row, ['Gent, Stadhuis', 'door jou verbeterd']);
    // Away and back without a reload: the sidebar is made afresh and reads the tracked record back,
    // at an address the document was not loaded at.
    await page.click('#list');
    await sidebar(page).waitFor({ state: 'detached', timeout: 5000 });
    await page.evaluate("show('vacancy-2'); history.pushState({}, '', '/spa/vacature/2')");
    await waitForText(factRow(page, 'location'), ['Gent, Stadhuis', 'door jou verbeterd']);
    expect(await sidebar(page).getByRole('alert').count()).toBe(0);
    await page.close();
  });

  test('a search address is not read, and a single-page navigation from it to a vacancy brings the sidebar', async () => {
    const page = await open(browser, SPA_FROM_SEARCH[1]);
    // The app shows a vacancy's text, but at the portal's search address the page is not read.
    await page.waitForTimeout(1200);
    expect(await sidebar(page).count()).toBe(0);
    expect(await page.evaluate(() => performance.getEntriesByName('vacalens:detect').length)).toBe(0);
    await page.click('#next');
    await waitForText(factRow(page, 'title'), ['Boekhouder financiële dienst']);
    // Back to the search address: decided by the address again, the sidebar goes.
    await page.goBack();
    await sidebar(page).waitFor({ state: 'detached', timeout: 5000 });
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    // Forward again: the content script, brought in once, still watches.
    await page.goForward();
    await waitForText(factRow(page, 'title'), ['Boekhouder financiële dienst']);
    expect(await page.evaluate(() => performance.getEntriesByName('vacalens:detect').length)).toBe(2);
    await page.close();
  });

  test('the toolbar button reads a page outside the portal list (activeTab)', async () => {
    const page = await open(browser, OTHER_SITE[1]);
    await page.waitForTimeout(800);
    expect(await sidebar(page).count()).toBe(0);

    // Press the toolbar button for this tab (CDP Extensions.triggerAction): the popup opens with
    // the activeTab grant, as after a user's click; its "Read this page" brings the sidebar.
    const cdp = await browser.context.browser()!.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{}] });
    const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
    await cdp.send('Extensions.triggerAction', { id: browser.extensionId, targetId: tab!.targetId });
    let popupTarget: string | undefined;
    await expect
      .poll(async () => {
        const { targetInfos: all } = await cdp.send('Target.getTargets');
        popupTarget = all.find((t) => t.url.endsWith('/popup.html'))?.targetId;
        return popupTarget;
      })
      .toBeDefined();
    // Playwright does not attach to the action popup: talk to it through the browser session.
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: popupTarget!, flatten: false });
    const click = `new Promise((ok) => { const f = () => { const b = document.querySelector('[data-testid="read-page"]'); if (b) { b.click(); ok(true); } else setTimeout(f, 50); }; f(); })`;
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression: click, awaitPromise: true, userGesture: true } }),
    });

    await waitForText(factRow(page, 'title'), ['Medewerker burgerzaken']);
    await waitForText(factRow(page, 'deadline'), ['20 februari 2026']);
    await sidebar(page).getByTestId('always-on').waitFor();
    await screenshot(page, 'onpage-other-site');
    await page.close();
  });

  test('collapsed and open, light and dark: screenshots; collapsing is remembered for the site', async () => {
    const page = await open(browser, SEED_URL);
    await waitForText(factRow(page, 'title'), ['Communicatiemedewerker']);
    await screenshot(page, 'onpage-sidebar-light-open');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'onpage-sidebar-dark-open');
    // Keyboard alone: Escape folds it, the tab brings it back.
    await sidebar(page).getByTestId('collapse').focus();
    await page.keyboard.press('Escape');
    await sidebar(page).getByTestId('expand').waitFor();
    await screenshot(page, 'onpage-sidebar-dark-collapsed');
    await page.emulateMedia({ colorScheme: 'light' });
    await screenshot(page, 'onpage-sidebar-light-collapsed');
    await page.close();

    // Another vacancy of the same site opens folded too.
    const reopened = await open(browser, 'https://www.werkenbijdeoverheid.be/vacature/68bf45f0b686c62a/Communicatiemedewerker-lokale-besturen.html');
    await sidebar(reopened).getByTestId('expand').waitFor();
    expect(await factRow(reopened, 'title').count()).toBe(0);
    await sidebar(reopened).getByTestId('expand').press('Enter');
    await waitForText(factRow(reopened, 'title'), ['Communicatiemedewerker']);
    await reopened.close();
  });

  test('axe finds no serious violation in the sidebar (light and dark) nor in the popup', async () => {
    const page = await open(browser, SEED_URL);
    await waitForText(factRow(page, 'title'), ['Communicatiemedewerker']);
    expect(await axeViolations(page, 'vacalens-sidebar')).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, 'vacalens-sidebar')).toEqual([]);
    await page.close();
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await popup.locator('main').waitFor();
    expect(await axeViolations(popup, 'body')).toEqual([]);
    await popup.close();
  });
});

describe('in English (browser language en)', () => {
  test('the sidebar speaks the browser language; facts keep the page language', async () => {
    const browser = await launchWithExtension({ server, locale: 'en' });
    try {
      const page = await open(browser, SEED_URL);
      const deadline = await waitForText(factRow(page, 'deadline'), ['APPLY BY', '1 februari 2026', 'from the text'], { absent: ['SOLLICITEREN'] });
      expect(deadline).toMatch(/days? left|last day|deadline passed/);
      await screenshot(page, 'onpage-sidebar-en');
      await page.close();
    } finally {
      await browser.close();
    }
  });
});
