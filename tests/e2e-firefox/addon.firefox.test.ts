/**
 * The add-on in a real Firefox (firefox-esr, headless, over WebDriver BiDi), installed from
 * .output/firefox-mv3 as a temporary add-on, on fixture pages served over https at their portal
 * addresses. What a person does: the sidebar on a vacancy with its facts and the highlights in the
 * page; Track; a reminder alarm; the popup's list and a status change; the log page; a CSV and a
 * backup downloaded; the backup restored in another profile (another computer); nothing on a page
 * that is no vacancy. Firefox runs in its own language here (en-US), the Chromium tests in Dutch.
 *
 * The seed vacancy's deadline (1 February 2026) may have passed; it is also served with its dates a
 * year later, at another address, so that a reminder is due.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import {
  DEFAULT_ROUTES,
  FIXTURES_DIR,
  HOME_PATH,
  PORTAL_HOST,
  SEED_FIXTURE,
  SEED_PATH,
  byTestId,
  factSelector,
  inSidebar,
  launchFirefox,
  openExtensionPage,
  screenshot,
  selfSignedCertificate,
  startFixtureServer,
  textOf,
  waitForDownload,
  waitForText,
  waitUntil,
  type FirefoxWithAddon,
  type FixtureServer,
} from './harness';

const TITLE = 'Communicatiemedewerker lokale besturen';
const FUTURE_PATH = '/vacature/volgend-jaar/Communicatiemedewerker-lokale-besturen.html';
/** The seed at an address of no known shape: no manifest entry brings the sidebar, the content script decides. */
const UNKNOWN_SHAPE_PATH = '/Provincie-Antwerpen/Communicatiemedewerker-lokale-besturen.html';
const FUTURE_YEAR = new Date().getFullYear() + 1;
// The reminder comes three days (the default) before the deadline, at 09:00 local time.
const EXPECTED_REMINDER = new Date(FUTURE_YEAR, 0, 29, 9).getTime();

let server: FixtureServer;
let firefox: FirefoxWithAddon;

beforeAll(async () => {
  const seed = readFileSync(join(FIXTURES_DIR, SEED_FIXTURE, 'page.html'), 'utf8');
  const routes = [
    ...DEFAULT_ROUTES,
    { host: PORTAL_HOST, path: FUTURE_PATH, fixture: SEED_FIXTURE, html: seed.replaceAll('2026', String(FUTURE_YEAR)) },
    { host: PORTAL_HOST, path: UNKNOWN_SHAPE_PATH, fixture: SEED_FIXTURE },
  ];
  server = await startFixtureServer(routes, { tls: selfSignedCertificate([PORTAL_HOST]) });
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

type Alarm = { name: string; scheduledTime: number };
/** The add-on's alarms, read in one of its pages (where `browser` is the WebExtension API). */
/**
 * Clicks a button once the page has stopped moving it, scrolled into view. The log page's job-search
 * part fills in around the restore preview and moves the button down; Puppeteer's locator then failed
 * to click it in Firefox (once in four runs, then in most runs after the button was scrolled to the
 * page's end). A person, too, waits for the page to stop moving, scrolls to the button and clicks it.
 */
async function clickWhenSettled(page: Page, selector: string): Promise<void> {
  const top = () => page.$eval(selector, (el) => el.getBoundingClientRect().top + window.scrollY);
  // In place for three polls in a row (600 ms): the parts that load after the page have filled in.
  let before = await top();
  let still = 0;
  await waitUntil(async () => {
    const now = await top();
    still = now === before ? still + 1 : 0;
    before = now;
    return still >= 3;
  }, `${selector} to stay in place`);
  await page.$eval(selector, (el) => el.scrollIntoView({ block: 'center' }));
  // What a person can click: nothing lies over the button's middle.
  const onTop = await page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el;
  });
  expect(onTop).toBe(true);
  // The element's own click (scroll, then the pointer at its middle): the locator's click waited out
  // its 30 s on this button at the page's end in Firefox, though it was in view and on top.
  const button = await page.waitForSelector(selector, { visible: true });
  await button!.click();
}

function alarms(extensionPage: Page): Promise<Alarm[]> {
  type Browser = { alarms: { getAll(): Promise<Alarm[]> } };
  return extensionPage.evaluate(() => (globalThis as unknown as { browser: Browser }).browser.alarms.getAll());
}

/** The texts the page's highlight of the facts covers (the CSS Custom Highlight API, Firefox 140+). */
function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(CSS.highlights.get('vacalens-fact') ?? [])].map((range) => range.toString()));
}

describe('Firefox: the sidebar, tracking, the popup, the log page and its files', () => {
  let popup: Page;
  let log: Page;

  test('the sidebar shows the vacancy facts beside the page, and the facts are highlighted in it', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url(SEED_PATH));
    await waitForText(page, factSelector('title'), [TITLE]);
    await waitForText(page, factSelector('organisation'), ['Provincie Antwerpen']);
    // Facts are written the way the page's language writes them, whatever the browser's language.
    await waitForText(page, factSelector('deadline'), ['1 februari 2026']);
    await waitForText(page, factSelector('salary'), ['€']);
    await waitUntil(async () => (await highlighted(page)).length >= 5, 'five facts highlighted in the page');
    expect((await highlighted(page)).join('\n')).toContain('1 februari 2026');
    await screenshot(page, 'firefox-sidebar');
    await page.close();
  });

  test('Track in the sidebar; a reminder alarm is set for the deadline', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url(FUTURE_PATH));
    await waitForText(page, factSelector('deadline'), [`1 februari ${FUTURE_YEAR}`]);
    await page.locator(inSidebar(byTestId('track'))).click();
    await page.locator(inSidebar(byTestId('track-status'))).wait();
    await screenshot(page, 'firefox-tracked');

    popup = await openExtensionPage(firefox, 'popup.html', { width: 420, height: 600 });
    const reminder = await waitUntil(
      async () => (await alarms(popup)).find((a) => a.name.startsWith('vacalens:remind:deadline:')),
      'a deadline reminder alarm',
    );
    expect(reminder.scheduledTime).toBe(EXPECTED_REMINDER);
    await page.close();
  });

  test("the popup lists it; its status changes there, and the log page shows the change", async () => {
    await waitForText(popup, byTestId('tracked-row'), [TITLE, `Apply by February 1, ${FUTURE_YEAR}`]);
    await screenshot(popup, 'firefox-popup-before');
    await popup.select(`${byTestId('tracked-row')} ${byTestId('status-select')}`, 'applied');
    await waitForText(popup, `${byTestId('tracked-row')} ${byTestId('row-status')}`, ['applied']);
    await screenshot(popup, 'firefox-popup-after');

    log = await openExtensionPage(firefox, 'log.html');
    await waitForText(log, byTestId('log-row'), [TITLE, 'Provincie Antwerpen']);
    expect(await log.$eval(`${byTestId('log-row')} ${byTestId('log-status')}`, (s) => (s as HTMLSelectElement).value)).toBe('applied');
    await log.locator(`${byTestId('log-row')} ${byTestId('open-detail')}`).click();
    await waitForText(log, byTestId('history'), ['interested', 'applied']);
    await screenshot(log, 'firefox-log', { fullPage: true });
    // Applied: the deadline reminder has gone.
    await waitUntil(async () => !(await alarms(log)).some((a) => a.name.startsWith('vacalens:remind:deadline:')), 'the deadline reminder removed');
  });

  let backupPath: string;

  test('the log downloads as a spreadsheet (CSV) and as a backup', async () => {
    await clickWhenSettled(log, byTestId('export-log-csv'));
    const csv = readFileSync(await waitForDownload(firefox.downloadDir, /\.csv$/), 'utf8');
    expect(csv).toContain(TITLE);
    expect(csv).toContain('Provincie Antwerpen');

    await clickWhenSettled(log, byTestId('export-log-json'));
    backupPath = await waitForDownload(firefox.downloadDir, /^vacalens-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
    expect(JSON.stringify(backup)).toContain(TITLE);
  });

  test('the backup restores in another profile after a preview', async () => {
    const other = await launchFirefox();
    try {
      const otherLog = await openExtensionPage(other, 'log.html');
      await otherLog.locator(byTestId('exports-section')).wait();
      const input = (await otherLog.waitForSelector(byTestId('restore-file'))) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(backupPath);
      await waitForText(otherLog, byTestId('restore-preview'), ['1 new, 0 already here, 0 different']);
      await clickWhenSettled(otherLog, byTestId('restore-confirm'));
      await waitForText(otherLog, byTestId('restore-done'), ['Restored: 1 added, 0 replaced, 0 unchanged.']);
      await waitForText(otherLog, byTestId('log-row'), [TITLE]);
      expect(await otherLog.$eval(`${byTestId('log-row')} ${byTestId('log-status')}`, (s) => (s as HTMLSelectElement).value)).toBe('applied');
      await screenshot(otherLog, 'firefox-restored', { fullPage: true });
    } finally {
      await other.close();
    }
  });

  test('at an address of no known shape, the content script reads the page, the background weighs it, the sidebar opens', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url(UNKNOWN_SHAPE_PATH));
    await waitForText(page, factSelector('title'), [TITLE]);
    await waitForText(page, factSelector('organisation'), ['Provincie Antwerpen']);
    await page.close();
  });

  test('nothing on a page of the portal that is no vacancy', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url(HOME_PATH));
    // The content script reads the page and decides: give it the time it takes on a vacancy.
    const vacancy = await firefox.browser.newPage();
    await vacancy.goto(server.url(SEED_PATH));
    await waitForText(vacancy, factSelector('title'), [TITLE]);
    await vacancy.close();
    expect(await page.$('vacalens-sidebar')).toBeNull();
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await textOf(page, 'body')).not.toContain('Vacalens');
    await screenshot(page, 'firefox-negative');
  });
});
