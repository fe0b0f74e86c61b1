/**
 * The first vertical slice, in a real Chromium with the built extension:
 * seed vacancy at its portal address → sidebar facts → Track → browser restart on the same profile →
 * popup lists it → mark applied → CSV export. Plus: a portal page that is not a vacancy gets no sidebar.
 *
 * The tests in the describe block run in order and share one browser (and its profile).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  HOME_PATH,
  SEED_PATH,
  factRow,
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
const ORGANISATION = 'Provincie Antwerpen';

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

describe('a portal page that is not a vacancy', () => {
  test('gets no sidebar', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url(HOME_PATH), { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    expect(await page.locator('vacalens-sidebar').count()).toBe(0);
    await page.close();
  });
});

describe('seed vacancy: sidebar → track → restart → popup → applied → CSV', () => {
  let page: Page;

  test('the sidebar shows the facts of the vacancy', async () => {
    page = await browser.context.newPage();
    await page.goto(server.url(SEED_PATH), { waitUntil: 'load' });
    await sidebar(page).waitFor({ state: 'attached' });

    await waitForText(factRow(page, 'title'), [TITLE]);
    await waitForText(factRow(page, 'organisation'), [ORGANISATION]);
    await waitForText(factRow(page, 'salary'), ['B1', '€ 3.059,65', '€ 4.129,64']);
    await waitForText(factRow(page, 'deadline'), ['1 februari 2026']);
    await waitForText(factRow(page, 'published'), ['15 januari 2026']);
    await waitForText(factRow(page, 'location'), ['Koningin Elisabethlei 22, 2018 Antwerpen']);
    await waitForText(
      factRow(page, 'contacts'),
      ['Philip De Koninck', 'Birgit Baats', 'philip.dekoninck@provincieantwerpen.be'],
      { absent: ['Mensenwerken'] },
    );
    await waitForText(factRow(page, 'events'), ['3 februari 2026', '5 februari 2026', '11 februari 2026']);
    // The page states no reference: the row may show a dash or be left out; contract must be there.
    await factRow(page, 'contract').waitFor({ state: 'visible' });

    await screenshot(page, 'sidebar');
  });

  test('Track saves it', async () => {
    await sidebar(page).getByTestId('track').click();
    const status = sidebar(page).getByTestId('track-status');
    await status.waitFor({ state: 'visible' });
    expect(normaliseSpaces(await status.innerText()).trim()).not.toBe('');
  });

  test('after a browser restart the popup lists it; mark applied; export the CSV', async () => {
    browser = await restart(browser);
    const popup = await openPopup(browser);

    const row = popup.getByTestId('tracked-row').filter({ hasText: TITLE });
    const rowText = await waitForText(row, [TITLE, ORGANISATION]);
    expect(rowText).toMatch(/1 februari 2026|2026-02-01|01\/02\/2026|1\/2\/2026/);
    const rowStatus = row.getByTestId('row-status');
    const before = normaliseSpaces(await rowStatus.innerText()).trim();
    expect(before).not.toBe('');
    await screenshot(popup, 'popup');

    await row.getByTestId('mark-applied').click();
    await expect
      .poll(async () => normaliseSpaces(await rowStatus.innerText()).trim(), { timeout: 10_000 })
      .not.toBe(before);

    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByTestId('export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/i);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain(TITLE);
    expect(csv).toContain(ORGANISATION);
    expect(csv).toContain('2026-02-01');
  });
});
