/**
 * Indicative pay in a real Chromium: a vacancy that names a scale and no amount (interamt, TVöD-VKA E 11)
 * gets a "Richtwert" row with the table's name, edition and source link; the seed page, which states
 * its amounts, gets none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
const EPSO = {
  host: 'eu-careers.europa.eu',
  path: '/en/job-opportunities/epso-ad-412-26-administrators-competition-law',
  fixture: 'epso-ad5-competition-law-en',
};
const EPSO_SALARY_SENTENCE = /The basic gross monthly salary for grade AD 5 \(step 1\) is EUR 5 929\.03\. /;

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer([...DEFAULT_ROUTES, SCALE_ONLY, EPSO]);
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

  test("saved, the vacancy carries the range in the log's own Richtwert column and its detail names the table and source", async () => {
    const page = await browser.context.newPage();
    await page.goto(`http://${SCALE_ONLY.host}:${server.port}${SCALE_ONLY.path}?id=1006180`, { waitUntil: 'load' });
    await sidebar(page).waitFor({ state: 'attached' });
    await waitForText(page.getByTestId('indicative-pay'), ['TVöD (VKA)']);
    await sidebar(page).getByTestId('track').click();
    await sidebar(page).getByTestId('track-status').waitFor({ state: 'visible' });

    const log = await browser.context.newPage();
    await log.setViewportSize({ width: 1280, height: 900 });
    await log.goto(browser.extensionUrl('log.html'));
    const row = log.getByTestId('log-row').filter({ hasText: 'Projektleiter*in für die Planung' });
    await waitForText(row.getByTestId('log-indicative'), ['4.153,35 € – 6.154,45 € brutto pro Monat']);
    const headings = (await log.getByTestId('log-table').locator('thead th').allInnerTexts()).map(normaliseSpaces);
    expect(headings.at(-1)).toBe('Richtwert Entgelt');
    await row.getByTestId('open-detail').click();
    const detail = log.getByTestId('detail-indicative');
    await waitForText(detail, ['Richtwert Entgelt', '4.153,35 € – 6.154,45 € brutto pro Monat']);
    const text = normaliseSpaces(await detail.innerText());
    expect(text).toContain('Nicht in der Stellenanzeige angegeben: was TVöD-VKA E 11 laut der Tabelle TVöD (VKA), gültig ab 1. April 2025, zahlt');
    expect(await log.getByTestId('detail-indicative-source').getAttribute('href')).toBe('https://www.dienstrechner.de/entgelttabellen/tvoed-vka');
    expect(await axeViolations(log, 'body')).toEqual([]);
    await screenshot(log, 'indicative-pay-log');
    await log.close();
    await page.close();
  });

  test('an EU vacancy that names AD 5 and no amount shows the Official Journal grid', async () => {
    const page = await browser.context.newPage();
    const url = `http://${EPSO.host}:${server.port}${EPSO.path}`;
    // The fixture states the salary; served without that sentence it names only the grade.
    const html = readFileSync(join(__dirname, '../fixtures/pages', EPSO.fixture, 'page.html'), 'utf8');
    expect(html).toMatch(EPSO_SALARY_SENTENCE);
    await page.route(url, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: html.replace(EPSO_SALARY_SENTENCE, '') }),
    );
    await page.goto(url, { waitUntil: 'load' });
    await sidebar(page).waitFor({ state: 'attached' });
    await waitForText(factRow(page, 'salary'), ['AD 5']);
    const row = page.getByTestId('indicative-pay');
    await waitForText(row, ['EU Staff Regulations']);
    const text = normaliseSpaces(await row.innerText());
    // C/2025/6564, grade 5: step 1 to step 5, written as the page's language writes amounts.
    expect(text).toContain('€6,152.64 – €6,961.29');
    expect(text).toContain('EU Staff Regulations (AD/AST)');
    expect(await page.getByTestId('indicative-source').getAttribute('href')).toBe('https://eur-lex.europa.eu/eli/C/2025/6564/oj');
    expect(await axeViolations(page, 'vacalens-sidebar')).toEqual([]);
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, 'indicative-pay-eu-ad5');
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
