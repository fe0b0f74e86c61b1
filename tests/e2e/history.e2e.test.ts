/**
 * Issue 16, "what the log says is what the person did", in a real Chromium as a Flemish job seeker:
 * 3. the sidebar's status menu moved with the arrow keys writes one step, when Enter chooses, and
 *    the keyboard focus stays in the menu;
 * 1. a status set to "gesolliciteerd" and straight back (or undone) leaves no trace on the proof;
 * 2. how applied stays unknown (a gap on the proof, not "Anders"), the application date is one
 *    value edited in the history, and a wrong step can be removed, the proof following;
 * 8. search ignores accents and finds by city and by status;
 * 9. restoring the wrong file (a CSV) says in Dutch what to do, never a parser's message.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { localDay } from '../../src/model/views';
import {
  PORTAL_HOST,
  SEED_FIXTURE,
  SEED_PATH,
  axeViolations,
  launchWithExtension,
  normaliseSpaces,
  openPopup,
  screenshot,
  sidebar,
  startFixtureServer,
  waitForText,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

const SEED_TITLE = 'Communicatiemedewerker lokale besturen';
const ZOERSEL = { host: PORTAL_HOST, path: '/vacature/7d41c09e3b2a58f6/Deskundige-omgeving.html', fixture: 'wbdo-gemeente-zoersel-deskundige-omgeving' };
const ZOERSEL_TITLE = 'Deskundige omgeving';
const FISCAAL = {
  host: 'werkenvoor.be',
  path: '/nl/jobs/ANG26004-attache-fiscaal-expert-vennootschapsbelasting',
  fixture: 'bosa-nl-attache-fiscaal-expert',
};
const FISCAAL_TITLE = 'Attaché fiscaal expert';

const now = new Date();
const TODAY = localDay(now);
const YESTERDAY = localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1));
// The proof's period: from the first day of last month to today, so yesterday is always inside.
const PERIOD_FROM = localDay(new Date(now.getFullYear(), now.getMonth() - 1, 1));

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer([{ host: PORTAL_HOST, path: SEED_PATH, fixture: SEED_FIXTURE }, ZOERSEL, FISCAAL]);
  browser = await launchWithExtension({ server, locale: 'nl' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function track(path: string, host = PORTAL_HOST): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path, host), { waitUntil: 'load' });
  await sidebar(page).getByTestId('track').click();
  await sidebar(page).getByTestId('track-status').waitFor({ state: 'visible' });
  return page;
}

async function openLogDetail(title: string): Promise<Page> {
  const log = await browser.context.newPage();
  await log.setViewportSize({ width: 1200, height: 900 });
  await log.goto(browser.extensionUrl('log.html'));
  const row = log.getByTestId('log-row').filter({ hasText: title });
  await row.getByTestId('open-detail').click();
  await log.getByTestId('history').waitFor();
  return log;
}

const historyTexts = async (log: Page) =>
  (await log.getByTestId('history-entry').locator('.history-status').allInnerTexts()).map((s) => s.trim());

async function openReport(): Promise<Page> {
  const report = await browser.context.newPage();
  await report.goto(browser.extensionUrl(`report.html?from=${PERIOD_FROM}&to=${TODAY}`));
  await report.getByTestId('report').waitFor();
  return report;
}

const reportRowsText = async (report: Page) =>
  (await report.getByTestId('report-row').allInnerTexts()).map((s) => normaliseSpaces(s));

describe('issue 16: the log says what the person did', () => {
  test('3: arrow keys in the sidebar menu write one step when Enter chooses, and focus stays in the menu', async () => {
    const page = await track(SEED_PATH);
    const menu = sidebar(page).getByTestId('status-select');
    await menu.focus();
    // Down through applied, screening, test, interview, offer, hired; back up to interview.
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await menu.inputValue()).toBe('interview');
    await waitForText(sidebar(page).getByTestId('status-note'), ['Druk op Enter']);
    // Nothing saved while moving.
    await waitForText(sidebar(page).getByTestId('track-status'), ['geïnteresseerd']);
    await menu.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'status-menu-sidebar-moving');

    await page.keyboard.press('Enter');
    await waitForText(sidebar(page).getByTestId('track-status'), ['gesprek']);
    await waitForText(sidebar(page).getByTestId('status-note'), ['Bewaard: gesprek']);
    // The focus is still in the menu: the page's focus is the sidebar's host, the shadow root's the menu.
    expect(await menu.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('vacalens-sidebar');
    await sidebar(page).getByTestId('status-undo').waitFor({ state: 'visible' });
    await screenshot(page, 'status-menu-sidebar-saved');

    const log = await openLogDetail(SEED_TITLE);
    await expect.poll(() => historyTexts(log)).toEqual(['geïnteresseerd', 'gesprek']);
    await log.close();
  });

  test('1: "gesolliciteerd" and straight back in the popup, or undone: no trace in the history or on the proof', async () => {
    await track(ZOERSEL.path);
    const popup = await openPopup(browser);
    const row = popup.getByTestId('tracked-row').filter({ hasText: ZOERSEL_TITLE });
    await waitForText(row, [ZOERSEL_TITLE]);
    const menu = row.getByTestId('status-select');
    // A choice made in the open list (what selectOption does, like the mouse) is saved at once.
    await menu.selectOption('applied');
    await waitForText(row.getByTestId('row-status'), ['gesolliciteerd']);
    await menu.selectOption('interested');
    await waitForText(row.getByTestId('row-status'), ['geïnteresseerd']);
    // And the undo button, at once.
    await menu.selectOption('applied');
    await waitForText(row.getByTestId('status-note'), ['Bewaard: gesolliciteerd']);
    await screenshot(popup, 'status-menu-popup-undo');
    await row.getByTestId('status-undo').click();
    await waitForText(row.getByTestId('row-status'), ['geïnteresseerd']);
    await waitForText(row.getByTestId('status-note'), ['Ongedaan gemaakt']);
    expect(await axeViolations(popup, 'main')).toEqual([]);

    const log = await openLogDetail(ZOERSEL_TITLE);
    await expect.poll(() => historyTexts(log)).toEqual(['geïnteresseerd']);
    await log.close();
    const report = await openReport();
    const rows = await reportRowsText(report);
    expect(rows.some((r) => r.includes(ZOERSEL_TITLE))).toBe(false);
    expect(rows.some((r) => r.includes(SEED_TITLE))).toBe(true);
    await report.close();
  });

  test('2: how stays unknown (a gap on the proof), the date is one value, a wrong step is removed and the proof follows', async () => {
    const log = await openLogDetail(ZOERSEL_TITLE);
    const row = log.getByTestId('log-row').filter({ hasText: ZOERSEL_TITLE });
    await row.getByTestId('log-status').selectOption('applied');
    await expect.poll(() => historyTexts(log)).toEqual(['geïnteresseerd', 'gesolliciteerd']);
    expect(await log.getByTestId('applied-via').inputValue()).toBe('');
    expect(normaliseSpaces(await log.getByTestId('applied-via').locator('option:checked').innerText())).toBe('(nog niet ingevuld)');

    // The proof: applied today, how a gap to fill in, not "Anders".
    let report = await openReport();
    const zoerselRow = report.getByTestId('report-row').filter({ hasText: ZOERSEL_TITLE });
    await zoerselRow.waitFor();
    expect(await zoerselRow.getByTestId('report-gap').count()).toBeGreaterThan(0);
    expect(await zoerselRow.innerText()).not.toMatch(/Anders/);
    await screenshot(report, 'proof-with-gap', { fullPage: true });
    await report.close();

    // The real day, typed once in the history: the application form and the proof say the same.
    const applied = log.getByTestId('history-entry').nth(1);
    await applied.locator('input[type=date]').fill(YESTERDAY);
    await applied.getByRole('button', { name: 'Bewaren', exact: true }).click();
    const yesterdayNl = new Intl.DateTimeFormat('nl', { day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(`${YESTERDAY}T12:00:00`),
    );
    await waitForText(log.getByTestId('applied-date'), [yesterdayNl]);
    report = await openReport();
    await waitForText(report.getByTestId('report-row').filter({ hasText: ZOERSEL_TITLE }), [yesterdayNl]);
    await report.close();

    // A wrong step removed, after a confirmation; the proof no longer lists it.
    await log.getByTestId('history-entry').nth(1).getByTestId('history-remove').click();
    await waitForText(log.getByTestId('history-remove-confirm'), ['overzicht van sollicitaties']);
    expect(await log.getByTestId('history-remove-yes').evaluate((el) => el === document.activeElement)).toBe(true);
    await log.getByTestId('history').scrollIntoViewIfNeeded();
    await screenshot(log, 'history-remove-confirm');
    expect(await axeViolations(log, '[data-testid="detail"]')).toEqual([]);
    await log.getByTestId('history-remove-yes').click();
    await expect.poll(() => historyTexts(log)).toEqual(['geïnteresseerd']);
    await expect.poll(() => row.getByTestId('log-status').inputValue()).toBe('interested');
    await log.getByTestId('history').scrollIntoViewIfNeeded();
    await screenshot(log, 'history-after-remove');
    report = await openReport();
    expect((await reportRowsText(report)).some((r) => r.includes(ZOERSEL_TITLE))).toBe(false);
    await report.close();
    await log.close();
  });

  test('8: search ignores accents and finds by city and by status, in the popup and the log', async () => {
    await track(FISCAAL.path, FISCAAL.host);
    const popup = await openPopup(browser);
    await popup.getByTestId('tracked-row').first().waitFor();
    const search = popup.getByTestId('search');
    const titles = async () => (await popup.getByTestId('tracked-row').locator('.title').allInnerTexts()).map((s) => s.trim());
    await expect.poll(() => search.isEnabled()).toBe(true);
    await search.fill('financien');
    await expect.poll(titles).toEqual([expect.stringContaining(FISCAAL_TITLE)]);
    await waitForText(popup.getByTestId('tracked-row'), ['Financiën']);
    await search.fill('brussel');
    await expect.poll(titles).toEqual([expect.stringContaining(FISCAAL_TITLE)]);
    await search.fill('gesprek');
    await expect.poll(titles).toEqual([SEED_TITLE]);
    await search.fill('ZOERSEL');
    await expect.poll(titles).toEqual([ZOERSEL_TITLE]);

    const log = await browser.context.newPage();
    await log.goto(browser.extensionUrl('log.html'));
    await log.getByTestId('log-row').first().waitFor();
    await expect.poll(() => log.getByTestId('log-search').isEnabled()).toBe(true);
    await log.getByTestId('log-search').fill('Financien Brussel');
    await expect.poll(() => log.getByTestId('log-row').count()).toBe(1);
    await waitForText(log.getByTestId('log-row'), [FISCAAL_TITLE]);
    await log.close();
  });

  test('9: restoring the wrong file says in Dutch what to do, never the parser', async () => {
    const log = await browser.context.newPage();
    await log.goto(browser.extensionUrl('log.html'));
    const restore = (name: string, mimeType: string, text: string) =>
      log.getByTestId('restore-file').setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
    await restore('vacalens-sollicitaties.csv', 'text/csv', '\uFEFFGevolgd op;Gesolliciteerd op;Hoe;Organisatie\r\n2026-03-01;2026-03-10;;Vlaamse overheid\r\n');
    const error = log.getByTestId('restore-error');
    await waitForText(error, ['Dit is een spreadsheet (CSV), geen back-up', 'Kies het .json-bestand', 'Er is niets gewijzigd.']);
    expect(await error.innerText()).not.toMatch(/Unexpected token|JSON\.parse|is not valid JSON/);
    await error.scrollIntoViewIfNeeded();
    await screenshot(log, 'restore-wrong-file');

    await restore('kapot.json', 'application/json', '{"formatVersion": 1, "app": "vacalens", "vacancies": [');
    await waitForText(error, ['beschadigd of onvolledig', 'Kies het .json-bestand']);
    expect(await error.innerText()).not.toMatch(/Unexpected|JSON at position|Expected/);

    await restore('nieuwer.json', 'application/json', JSON.stringify({ formatVersion: 99, app: 'vacalens', vacancies: [] }));
    await waitForText(error, ['nieuwere versie van Vacalens', 'Werk de extensie bij']);
    expect(await error.innerText()).not.toMatch(/formatVersion/);
    await log.close();
  });
});
