/**
 * The job search from the sidebar, in a real Chromium with the built extension: on the sample
 * vacancy (its selection steps moved into this month, so they fall in the log's period), tracked,
 * an activity added through the sidebar's prefilled form and "I went" on the step whose day has
 * come; then the log page, opened as the meter's notification opens it, shows both, and the proof
 * counts them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { localDay } from '../../src/model/views';
import {
  FIXTURES_DIR,
  PORTAL_HOST,
  SEED_FIXTURE,
  SEED_PATH,
  axeViolations,
  launchWithExtension,
  screenshot,
  sidebar,
  startFixtureServer,
  waitForText,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const TODAY = localDay(new Date());
const [YEAR, MONTH] = TODAY.split('-').map(Number) as [number, number];
const FIRST = `${TODAY.slice(0, 8)}01`;
// The reasoning test on the 1st of this month (passed, or today); the interview a year ahead.
const PAGE = readFileSync(join(FIXTURES_DIR, SEED_FIXTURE, 'page.html'), 'utf8')
  .replace('Eventuele redeneertest: 3 of 5 februari 2026', `Eventuele redeneertest: 1 ${MONTHS[MONTH - 1]} ${YEAR}`)
  .replace('interview: 11 februari 2026', `interview: 11 ${MONTHS[MONTH - 1]} ${YEAR + 1}`);

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  expect(PAGE).toContain(`1 ${MONTHS[MONTH - 1]} ${YEAR}`);
  server = await startFixtureServer([{ host: PORTAL_HOST, path: SEED_PATH, fixture: SEED_FIXTURE, html: PAGE }]);
  browser = await launchWithExtension({ server, locale: 'nl' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function trackedVacancyPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(server.url(SEED_PATH));
  await sidebar(page).getByTestId('track').click();
  await waitForText(sidebar(page).getByTestId('track-status'), ['Bewaard']);
  return page;
}

describe('the job search from the sidebar', () => {
  test('add an activity and "I went" on a passed step; the log shows both and the proof counts them', async () => {
    const page = await trackedVacancyPage();
    const part = sidebar(page).getByTestId('sidebar-job-search');
    await waitForText(part, ['Sollicitatieactiviteiten', 'Selectiestappen die al plaatsvonden', 'Eventuele redeneertest']);
    // Only the step whose day has come; the interview a year ahead has no "I went".
    await expect.poll(() => part.getByTestId('passed-step').count()).toBe(1);
    expect(await part.textContent()).not.toContain('interview');

    // The form comes prefilled with the vacancy.
    await part.getByTestId('sidebar-activity-add').click();
    const form = part.getByTestId('activity-form');
    expect(await form.getByTestId('activity-date').inputValue()).toBe(TODAY);
    expect(await form.getByTestId('activity-employer').inputValue()).toBe('Provincie Antwerpen');
    expect(await form.getByTestId('activity-position').inputValue()).toBe('Communicatiemedewerker lokale besturen');
    expect(await form.getByTestId('activity-municipality').inputValue()).toContain('Antwerpen');
    expect(await form.getByTestId('activity-contact').inputValue()).toBe('Philip De Koninck, waarnemend diensthoofd lokale besturen');
    await form.getByTestId('activity-type').selectOption('network-contact');
    await form.getByTestId('activity-how').selectOption('phone');
    await form.getByTestId('activity-result').fill('Uitleg over de selectieprocedure gekregen');
    await screenshot(page, 'sidebar-activity-form');
    await form.getByTestId('activity-save').click();
    await waitForText(part.getByTestId('sidebar-activity-status'), ['Bewaard in je logboek']);

    // One press for the passed step, from the keyboard; then it says it is in the log, and the
    // focus waits on the next thing to do.
    await part.getByTestId('step-went').focus();
    await page.keyboard.press('Enter');
    await waitForText(part.getByTestId('passed-step'), ['In je logboek']);
    await expect.poll(() => part.getByTestId('sidebar-activity-add').evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    expect(await part.getByTestId('step-went').count()).toBe(0);
    await part.scrollIntoViewIfNeeded();
    await screenshot(page, 'sidebar-activities');
    expect(await axeViolations(page, 'vacalens-sidebar')).toEqual([]);

    // The log page as the meter's notification opens it: at its job-search part, with both rows.
    const log = await browser.context.newPage();
    await log.setViewportSize({ width: 1280, height: 700 });
    await log.goto(browser.extensionUrl('log.html#job-search'));
    const rows = log.getByTestId('activity-row').filter({ hasText: 'Provincie Antwerpen' });
    await expect.poll(() => rows.count()).toBe(2);
    await waitForText(rows.filter({ hasText: 'Netwerkcontact' }), ['Uitleg over de selectieprocedure gekregen']);
    await waitForText(rows.filter({ hasText: 'Test' }), ['Communicatiemedewerker lokale besturen']);
    const heading = log.getByRole('heading', { name: 'Sollicitatieactiviteiten', level: 2 });
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement && el.getBoundingClientRect().top >= -1 && el.getBoundingClientRect().top < innerHeight / 2)).toBe(true);
    expect(await log.evaluate(() => scrollY)).toBeGreaterThan(0);
    await screenshot(log, 'log-job-search-from-sidebar');

    // The proof of this month (general: every kind counts) has both rows, and counts them.
    const proof = await browser.context.newPage();
    await proof.goto(browser.extensionUrl(`proof.html?from=${FIRST}&to=${TODAY}`));
    const proofRows = proof.getByTestId('proof-row').filter({ hasText: 'Provincie Antwerpen' });
    await expect.poll(() => proofRows.count()).toBe(2);
    expect(await proof.getByTestId('proof-period').locator('td.count').allTextContents()).toEqual(['2']);
    await screenshot(proof, 'proof-with-sidebar-activities', { fullPage: true });
  });

  test('a page cannot record for the person: scripted clicks in the open sidebar do nothing', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url(SEED_PATH));
    const part = sidebar(page).getByTestId('sidebar-job-search');
    await waitForText(part, ['Eventuele redeneertest']);
    const log = await browser.context.newPage();
    await log.goto(browser.extensionUrl('log.html'));
    const rows = log.getByTestId('activity-row').filter({ hasText: 'Provincie Antwerpen' });
    await expect.poll(() => rows.count()).toBe(2);
    // The page's own script, in its world, clicks the sidebar's buttons and submits its form.
    await page.evaluate(() => {
      const root = document.querySelector('vacalens-sidebar')!.shadowRoot!;
      root.querySelector<HTMLButtonElement>('[data-testid="sidebar-activity-add"]')!.click();
      root.querySelector<HTMLFormElement>('form.activity-form')?.requestSubmit();
    });
    expect(await part.getByTestId('activity-form').count()).toBe(0);
    await log.reload();
    await expect.poll(() => rows.count()).toBe(2);
  });
});
