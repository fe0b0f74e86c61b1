/**
 * Tracking in a real Chromium with the built extension:
 * sidebar Track → the log page is open → status changed in the popup with the keyboard → the log
 * page shows it without a reload → a reminder alarm at the right time → browser restart on the
 * same profile → everything as it was. Then 5,000 generated vacancies in that profile: the popup
 * and the log page open and answer (times printed, not asserted).
 *
 * The seed vacancy's deadline (1 February 2026) has passed; the test serves the same page with
 * its dates a year later, at another address, so the deadline is ahead and a reminder is due.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { matchKeys } from '../../src/db/duplicates';
import { toStoredSummary } from '../../src/db/summaries';
import { summarize } from '../../src/model/tracked';
import { generateVacancies } from '../unit/db/generate';
import {
  FIXTURES_DIR,
  SEED_FIXTURE,
  launchWithExtension,
  normaliseSpaces,
  openPopup,
  restart,
  screenshot,
  sidebar,
  startFixtureServer,
  waitForText,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

const TITLE = 'Communicatiemedewerker lokale besturen';
const FUTURE_PATH = '/vacature/volgend-jaar/Communicatiemedewerker-lokale-besturen.html';
const FUTURE_YEAR = new Date().getFullYear() + 1;
// The reminder comes three days (the default) before the deadline, at 09:00 local time.
const EXPECTED_REMINDER = new Date(FUTURE_YEAR, 0, 29, 9).getTime();

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension({ server, locale: 'nl' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function alarms(b: ExtensionBrowser): Promise<Array<{ name: string; scheduledTime: number }>> {
  const worker = b.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
  // Runs in the service worker, where `chrome` is the extension API.
  type Chrome = { alarms: { getAll(): Promise<Array<{ name: string; scheduledTime: number }>> } };
  return worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.alarms.getAll());
}

async function openLog(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(b.extensionUrl('log.html'));
  return page;
}

describe('track → popup (keyboard) → log page → reminder → restart', () => {
  let log: Page;

  test('Track in the sidebar; the log page lists it', async () => {
    const html = readFileSync(join(FIXTURES_DIR, SEED_FIXTURE, 'page.html'), 'utf8').replaceAll('2026', String(FUTURE_YEAR));
    await browser.context.route(`**${FUTURE_PATH}`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    const page = await browser.context.newPage();
    await page.goto(server.url(FUTURE_PATH), { waitUntil: 'load' });
    await sidebar(page).getByTestId('track').click();
    await sidebar(page).getByTestId('track-status').waitFor({ state: 'visible' });

    log = await openLog(browser);
    const row = log.getByTestId('log-row').filter({ hasText: TITLE });
    await waitForText(row, [TITLE, 'Provincie Antwerpen', `1 februari ${FUTURE_YEAR}`]);
    expect(await row.getByTestId('log-status').inputValue()).toBe('interested');
  });

  test('a reminder alarm is registered for the deadline, at 09:00 three days before', async () => {
    await expect
      .poll(async () => (await alarms(browser)).find((a) => a.name.startsWith('vacalens:remind:deadline:'))?.scheduledTime, {
        timeout: 10_000,
      })
      .toBe(EXPECTED_REMINDER);
    const names = (await alarms(browser)).map((a) => a.name).sort();
    expect(names).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^vacalens:remind:deadline:.+:${FUTURE_YEAR}-02-01$`)),
        expect.stringMatching(new RegExp(`^vacalens:remind:event:.+:${FUTURE_YEAR}-02-03$`)),
        'vacalens:sweep',
      ]),
    );
  });

  test('the status changes in the popup with the keyboard; the open log page follows', async () => {
    const popup = await openPopup(browser);
    const row = popup.getByTestId('tracked-row').filter({ hasText: TITLE });
    await waitForText(row, [TITLE, `Solliciteren tot 1 februari ${FUTURE_YEAR}`]);
    await screenshot(popup, 'tracking-popup-before');

    // From the search box, Tab to the row's status select; the arrow key moves to the next status
    // and Enter chooses it (each arrow key used to save a step: issue 16, finding 3).
    await popup.getByTestId('search').focus();
    let focused = '';
    for (let i = 0; i < 10 && focused !== 'status-select'; i++) {
      await popup.keyboard.press('Tab');
      focused = await popup.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    }
    expect(focused).toBe('status-select');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    await expect.poll(() => row.getByTestId('status-select').inputValue()).toBe('applied');
    await waitForText(row.getByTestId('row-status'), ['gesolliciteerd']);
    await screenshot(popup, 'tracking-popup-after');

    // The log page was open all along: no reload.
    const logRow = log.getByTestId('log-row').filter({ hasText: TITLE });
    await expect.poll(() => logRow.getByTestId('log-status').inputValue(), { timeout: 5_000 }).toBe('applied');
    await logRow.getByTestId('open-detail').click();
    const history = log.getByTestId('history');
    await waitForText(history, ['geïnteresseerd', 'gesolliciteerd']);
    await screenshot(log, 'tracking-log', { fullPage: true });

    // Applied: the deadline reminder is gone, the selection-event reminders stay.
    await expect
      .poll(async () => (await alarms(browser)).some((a) => a.name.startsWith('vacalens:remind:deadline:')), { timeout: 5_000 })
      .toBe(false);
  });

  test('after a restart on the same profile, everything is as it was', async () => {
    browser = await restart(browser);
    const popup = await openPopup(browser);
    const row = popup.getByTestId('tracked-row').filter({ hasText: TITLE });
    await waitForText(row, [TITLE]);
    expect(await row.getByTestId('status-select').inputValue()).toBe('applied');

    log = await openLog(browser);
    const logRow = log.getByTestId('log-row').filter({ hasText: TITLE });
    await logRow.getByTestId('open-detail').click();
    const entries = log.getByTestId('history-entry');
    await expect.poll(() => entries.count()).toBe(2);
    // The application date is the applied step's (issue 16, finding 2): shown, edited in the history.
    await waitForText(log.getByTestId('applied-date'), ['Gesolliciteerd op']);
    const names = (await alarms(browser)).map((a) => a.name);
    expect(names.some((n) => n.startsWith('vacalens:remind:event:'))).toBe(true);
  });
});

describe('5,000 tracked vacancies', () => {
  test('the popup and the log page open and answer', async () => {
    const records = generateVacancies(5_000, new Date(), 2_000);
    const log = await openLog(browser);
    // The page has opened the database (at version 3) once its first answer is drawn.
    await log.getByTestId('exports-section').waitFor();
    await log.waitForTimeout(500);
    // Written straight into the extension's IndexedDB, as the background would have stored them.
    for (let i = 0; i < records.length; i += 500) {
      const chunk = records.slice(i, i + 500);
      const stored = chunk.map((r) => ({ ...r, matchKeys: matchKeys(r) }));
      const summaries = chunk.map((r) => toStoredSummary(summarize(r)));
      await log.evaluate(
        ([vacancies, sums]) =>
          new Promise<void>((ok, fail) => {
            const open = indexedDB.open('vacalens');
            open.onerror = () => fail(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction(['vacancies', 'summaries'], 'readwrite');
              for (const v of vacancies) tx.objectStore('vacancies').put(v);
              for (const s of sums) tx.objectStore('summaries').put(s);
              tx.oncomplete = () => (open.result.close(), ok());
              tx.onerror = () => fail(tx.error);
            };
          }),
        [stored, summaries] as const,
      );
    }

    const timePage = async (url: string, rowTestId: string) => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1000, height: 700 });
      const start = Date.now();
      await page.goto(url);
      await page.getByTestId(rowTestId).first().waitFor();
      return { page, ms: Date.now() - start };
    };
    const popup = await timePage(browser.extensionUrl('popup.html'), 'tracked-row');
    const logPage = await timePage(browser.extensionUrl('log.html'), 'log-row');
    // The row to change is the last generated one: find it in the log page too (it draws 100 rows at first).
    await logPage.page.getByTestId('log-search').fill(records[4999]!.facts.title!);

    const shownCount = normaliseSpaces(await popup.page.locator('.count').innerText());
    expect(shownCount).toMatch(/^50 van 500[01] getoond$/);
    const searchStart = Date.now();
    await popup.page.getByTestId('search').fill(records[4999]!.facts.title!);
    await expect.poll(() => popup.page.getByTestId('tracked-row').count(), { message: 'search' }).toBe(1);
    const searchMs = Date.now() - searchStart;

    const changeStart = Date.now();
    const target = popup.page.getByTestId('tracked-row').first();
    const id = await target.getAttribute('data-id');
    await target.getByTestId('status-select').selectOption('withdrawn');
    await expect
      .poll(() => logPage.page.locator(`[data-testid="log-row"][data-id="${id}"] [data-testid="log-status"]`).inputValue(), {
        timeout: 10_000,
        message: 'the change reaches the open log page',
      })
      .toBe('withdrawn');
    const liveMs = Date.now() - changeStart;

    console.info(
      `5,000 vacancies in Chromium: popup first rows ${popup.ms} ms, log page first rows ${logPage.ms} ms, ` +
        `popup search ${searchMs} ms, status change seen in the log page ${liveMs} ms`,
    );
    expect(await popup.page.getByTestId('tracked-row').count()).toBe(1);
    await screenshot(logPage.page, 'tracking-log-5000');
  });
});
