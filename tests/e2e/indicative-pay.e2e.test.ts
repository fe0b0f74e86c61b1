/**
 * Indicative pay in a real Chromium: a vacancy that names a scale and no amount (interamt, TVöD-VKA E 11)
 * gets a "Richtwert" row with the table's name, edition and source link; the seed page, which states
 * its amounts, gets none.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  SEED_PATH,
  axeViolations,
  factRow,
  launchWithExtension,
  normaliseSpaces,
  screenshot,
  sidebar,
  startFixtureServer,
  waitForText,
  DEFAULT_ROUTES,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

const SCALE_ONLY = { host: 'www.interamt.de', path: '/koop/app/stelle', fixture: 'interamt-kiel-projektleitung-entwaesserung' };

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer([...DEFAULT_ROUTES, SCALE_ONLY]);
});
afterAll(async () => {
  await server?.close();
});

describe('indicative pay', () => {
  let browser: ExtensionBrowser;
  afterAll(async () => {
    await browser?.close();
  });

  test('a scale-only vacancy shows the Richtwert row with its table, edition and source, apart from the page facts', async () => {
    browser = await launchWithExtension({ server, locale: 'de' });
    const page = await browser.context.newPage();
    await page.goto(`http://${SCALE_ONLY.host}:${server.port}${SCALE_ONLY.path}?id=1006180`, { waitUntil: 'load' });
    await sidebar(page).waitFor({ state: 'attached' });
    await waitForText(factRow(page, 'salary'), ['TVöD-VKA E 11']);
    const row = page.getByTestId('indicative-pay');
    await waitForText(row, ['TVöD (VKA)']);
    const text = normaliseSpaces(await row.innerText());
    expect(await row.locator('dt').textContent()).toBe('Richtwert');
    // Read today (no publication date on the page): the latest table, which is past its known end.
    expect(text).toContain('4.153,35');
    expect(text).toContain('6.154,45');
    expect(text).toContain('Nicht auf dieser Seite angegeben');
    expect(await page.getByTestId('indicative-outdated').isVisible()).toBe(true);
    const source = page.getByTestId('indicative-source');
    expect(await source.getAttribute('href')).toBe('https://www.dienstrechner.de/entgelttabellen/tvoed-vka');
    expect(normaliseSpaces(await source.innerText())).toBe('Quelle: dienstrechner.de');
    // The page's own salary row still shows only what the page says.
    expect(normaliseSpaces(await factRow(page, 'salary').innerText())).not.toContain('4.153,35');
    // Nothing from a pay table is marked in the page.
    expect(await page.evaluate(() => document.body.innerText.includes('4.153,35'))).toBe(false);
    expect(await axeViolations(page, 'vacalens-sidebar')).toEqual([]);
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, 'indicative-pay-scale-only');
    await page.close();
  });

  test('the seed page, which states its amounts, has no indicative row', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url(SEED_PATH), { waitUntil: 'load' });
    await sidebar(page).waitFor({ state: 'attached' });
    await waitForText(factRow(page, 'salary'), ['B1']);
    expect(await page.getByTestId('indicative-pay').count()).toBe(0);
    await screenshot(page, 'indicative-pay-seed-none');
    await page.close();
  });
});
