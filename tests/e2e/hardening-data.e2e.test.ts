/**
 * Data safety in a real Chromium (issue 7.4): two log pages open on one vacancy. Notes begun in
 * one page before the other page saved its notes are refused with a clear conflict, shown on
 * the page; the other page's notes stay. A page that had not begun editing follows the change
 * and saves over the latest version without a conflict.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { translatorFor } from '../unit/helpers';
import {
  SEED_PATH,
  launchWithExtension,
  screenshot,
  sidebar,
  startFixtureServer,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

const TITLE = 'Communicatiemedewerker lokale besturen';
const nl = translatorFor('nl');

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension({ server, locale: 'nl' });
  const page = await browser.context.newPage();
  await page.goto(server.url(SEED_PATH), { waitUntil: 'load' });
  await sidebar(page).getByTestId('track').click();
  await sidebar(page).getByTestId('track-status').waitFor({ state: 'visible' });
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A log page with the seed vacancy's detail open. */
async function openDetail(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('log.html'));
  await page.getByTestId('log-row').filter({ hasText: TITLE }).getByTestId('open-detail').click();
  await page.getByTestId('notes').waitFor({ state: 'visible' });
  return page;
}

test('notes begun before another page saved are refused with a conflict; the other notes stay', async () => {
  const a = await openDetail();
  const b = await openDetail();

  // B begins typing; then A saves.
  await b.getByTestId('notes').fill('Notitie uit venster B');
  await a.getByTestId('notes').fill('Notitie uit venster A');
  await a.getByTestId('save-notes').click();
  await expect.poll(() => a.getByTestId('save-notes').isDisabled()).toBe(true);

  await b.getByTestId('save-notes').click();
  const alert = b.getByRole('alert');
  await alert.waitFor({ state: 'visible' });
  expect(await alert.textContent()).toBe(nl('errorChangedElsewhere'));
  // B's text is still in its box, for the user to copy before reloading.
  expect(await b.getByTestId('notes').inputValue()).toBe('Notitie uit venster B');
  await screenshot(b, 'hardening-data-conflict');

  await b.reload();
  await b.getByTestId('log-row').filter({ hasText: TITLE }).getByTestId('open-detail').click();
  expect(await b.getByTestId('notes').inputValue()).toBe('Notitie uit venster A');
  await a.close();
  await b.close();
});

test('a page that had not begun editing follows the other page and saves without a conflict', async () => {
  const a = await openDetail();
  const b = await openDetail();
  await a.getByTestId('notes').fill('Eerste versie');
  await a.getByTestId('save-notes').click();
  // The background announces the write; B's unedited box follows it.
  await expect.poll(() => b.getByTestId('notes').inputValue()).toBe('Eerste versie');

  await b.getByTestId('notes').fill('Eerste versie, aangevuld in B');
  await b.getByTestId('save-notes').click();
  await expect.poll(() => b.getByTestId('save-notes').isDisabled()).toBe(true);
  expect(await b.getByRole('alert').count()).toBe(0);
  await expect.poll(() => a.getByTestId('notes').inputValue()).toBe('Eerste versie, aangevuld in B');
  await a.close();
  await b.close();
});
