/**
 * Where things are on screen, in a real Chromium with the built extension: the open sidebar stands
 * beside the vacancy (its text never runs under the panel) with the save button in view on a
 * laptop's 768 px; the folded tab says what it is; a fact corrected before saving is kept with the
 * tracked vacancy; the log's detail opens in view and gives the focus back to its row; the
 * first-run page opens on install and passes axe.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { backupJson, toBackup } from '../../src/log/backup';
import { PORTAL_MATCHES } from '../../src/extract/portals/matches';
import { siteOfPattern } from '../../src/ui/Welcome';
import { generateLog } from '../unit/log/generate';
import {
  axeViolations,
  factRow,
  launchWithExtension,
  normaliseSpaces,
  screenshot,
  sidebar,
  startFixtureServer,
  waitForText,
  type ExtensionBrowser,
  type FixtureServer,
  type Route,
} from './harness';

/** A vacancy on five portals: fixture, its address, and text its sidebar must show. */
const VACANCIES = [
  ['wbdo-provincie-antwerpen-communicatiemedewerker', 'https://www.werkenbijdeoverheid.be/vacature/68bf45f0b686c62a/Communicatiemedewerker-lokale-besturen.html', 'Communicatiemedewerker lokale besturen'],
  ['vlaanderen-boswachter-kempen', 'https://www.vlaanderen.be/werken-voor-vlaanderen/vacatures/boswachter-regio-kempen-2d6fa8', 'Boswachter regio Kempen'],
  ['bosa-nl-attache-fiscaal-expert', 'https://werkenvoor.be/nl/jobs/ANG26004-attache-fiscaal-expert-vennootschapsbelasting', 'Attaché fiscaal expert'],
  ['wvn-duo-adviseur-informatiebeveiliging', 'https://www.werkenvoornederland.nl/vacatures/adviseur-informatiebeveiliging-DUO-2026-0031', 'Adviseur informatiebeveiliging'],
  ['interamt-sendenhorst-stadtplaner', 'https://www.interamt.de/koop/app/stelle?id=1017492', 'Stadtplaner/in'],
] as const;
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
] as const;

const routeOf = ([fixture, url]: readonly [string, string, ...unknown[]]): Route => {
  const u = new URL(url);
  return { host: u.hostname, path: u.pathname, fixture };
};

let server: FixtureServer;
let browser: ExtensionBrowser;
const local = (url: string) => {
  const u = new URL(url);
  return `http://${u.hostname}:${server.port}${u.pathname}${u.search}`;
};

beforeAll(async () => {
  server = await startFixtureServer(VACANCIES.map(routeOf));
  // A new profile: the extension is installed as the browser starts.
  browser = await launchWithExtension({ server, locale: 'nl' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url: string, size: { width: number; height: number }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.goto(local(url), { waitUntil: 'load' });
  return page;
}

/**
 * The page's own text blocks (paragraphs, list items, headings, cells) with 20 characters or more,
 * each with the right edge of its words as laid out (a Range's boxes, not the element's), leaving
 * out what is not drawn or lies wholly beyond the viewport.
 */
function textRightEdges(page: Page): Promise<{ text: string; right: number }[]> {
  return page.evaluate(() => {
    const host = document.querySelector('vacalens-sidebar');
    const viewport = document.documentElement.clientWidth;
    const edges: { text: string; right: number }[] = [];
    for (const el of document.body.querySelectorAll('p, li, h1, h2, h3, dd, td')) {
      if (host?.contains(el)) continue;
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text.length < 20) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.left >= viewport || getComputedStyle(el).visibility === 'hidden') continue;
      const range = document.createRange();
      range.selectNodeContents(el);
      const words = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (words.length === 0) continue;
      edges.push({ text: text.slice(0, 60), right: Math.max(...words.map((r) => r.right)) });
    }
    return edges;
  });
}

describe('the sidebar stands beside the vacancy', () => {
  for (const size of SIZES) {
    test.each(VACANCIES)(`at ${size.width}×${size.height}: %s keeps its text left of the panel, the save button in view`, async (fixture, url, title) => {
      const page = await open(url, size);
      await waitForText(factRow(page, 'title'), [title]);
      const panel = (await sidebar(page).locator('.panel').boundingBox())!;
      expect(panel.width).toBe(360);
      expect(panel.x + panel.width).toBeLessThanOrEqual(size.width);

      const edges = await textRightEdges(page);
      // Not a vacuous pass: the vacancy's text was found and measured.
      expect(edges.length, fixture).toBeGreaterThanOrEqual(5);
      const under = edges.filter((e) => e.right > panel.x + 0.5);
      expect(under, `${fixture}: text under the panel at x ≥ ${panel.x}`).toEqual([]);

      // The main action without scrolling, at a laptop's height.
      const save = (await sidebar(page).getByTestId('track').boundingBox())!;
      expect(save.y).toBeGreaterThanOrEqual(0);
      expect(save.y + save.height, fixture).toBeLessThanOrEqual(size.height);
      await screenshot(page, `layout-${size.width}x${size.height}-${fixture}`);
      await page.close();
    });
  }

  test('folded, the tab names itself and the days left, and the page has its width back', async () => {
    const page = await open(VACANCIES[0][1], SIZES[1]);
    await waitForText(factRow(page, 'title'), [VACANCIES[0][2]]);
    const marginOpen = await page.evaluate(() => getComputedStyle(document.documentElement).marginRight);
    expect(marginOpen).toBe('360px');
    await sidebar(page).getByTestId('collapse').click();
    const tab = sidebar(page).getByRole('button', { name: /^Vacalens/ });
    await tab.waitFor();
    // The seed's deadline (1 February 2026) has passed by the test's real clock, or is some days off.
    expect(await tab.innerText()).toMatch(/^Vacalens · (deadline verstreken|laatste dag|nog 1 dag|nog \d+ dagen)/);
    expect(await tab.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');
    const box = (await tab.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(SIZES[1].width);
    expect(box.width).toBeLessThan(60);
    await screenshot(page, 'layout-collapsed-tab');
    expect(await axeViolations(page, 'vacalens-sidebar')).toEqual([]);
    await tab.click();
    await waitForText(factRow(page, 'title'), [VACANCIES[0][2]]);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('360px');
    await page.close();
  });

  test('a fact corrected before saving is in the tracked record', async () => {
    const [, url, title] = VACANCIES[1];
    const page = await open(url, SIZES[1]);
    await waitForText(factRow(page, 'title'), [title]);
    await factRow(page, 'organisation').getByTestId('correct').click();
    await factRow(page, 'organisation').getByRole('textbox').fill('Agentschap voor Natuur en Bos, regio Kempen');
    await factRow(page, 'organisation').getByRole('textbox').press('Enter');
    await waitForText(factRow(page, 'organisation'), ['Agentschap voor Natuur en Bos, regio Kempen', 'door jou verbeterd']);
    // Beside a kept correction, the way back to the value read, as for a salary or a list.
    const undo = factRow(page, 'organisation').getByTestId('undo-correction');
    await undo.scrollIntoViewIfNeeded();
    expect(normaliseSpaces(await undo.innerText())).toBe('Gebruik weer de gelezen waarde');
    await screenshot(page, 'layout-corrected-undo');
    await sidebar(page).getByTestId('track').click();
    await sidebar(page).getByTestId('track-status').waitFor();
    // Status in view at 768 px, above the facts.
    const status = (await sidebar(page).getByTestId('track-status').boundingBox())!;
    expect(status.y + status.height).toBeLessThanOrEqual(SIZES[1].height);
    await screenshot(page, 'layout-corrected-before-saving');
    await page.close();

    // Read back from the database: the page opened again, and the log's detail.
    const again = await open(url, SIZES[1]);
    await waitForText(factRow(again, 'organisation'), ['Agentschap voor Natuur en Bos, regio Kempen', 'door jou verbeterd']);
    await again.close();
    const log = await browser.context.newPage();
    await log.goto(browser.extensionUrl('log.html'));
    await log.getByRole('button', { name: title }).click();
    expect(await log.getByTestId('correction-organisation').locator('input').inputValue()).toBe('Agentschap voor Natuur en Bos, regio Kempen');
    await log.close();
  });
});

describe('the log page', () => {
  test('with 30 vacancies, the detail opens in view, beside the table or scrolled to, and Escape returns to the row', async () => {
    const log = await browser.context.newPage();
    await log.setViewportSize(SIZES[0]);
    await log.goto(browser.extensionUrl('log.html'));
    const backup = backupJson(toBackup(generateLog(30, 16), null, new Date('2026-04-01T08:00:00Z')));
    await log.getByTestId('restore-file').setInputFiles({ name: 'dertig.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await log.getByTestId('restore-confirm').click();
    await log.getByTestId('restore-done').waitFor();
    await expect.poll(() => log.getByTestId('log-row').count()).toBeGreaterThanOrEqual(30);

    for (const size of SIZES) {
      await log.setViewportSize(size);
      const row = log.getByTestId('log-row').nth(27);
      const id = await row.getAttribute('data-id');
      await row.getByTestId('open-detail').scrollIntoViewIfNeeded();
      await row.getByTestId('open-detail').click();
      const detail = log.getByTestId('detail');
      await detail.waitFor();
      await expect.poll(() => log.evaluate(() => document.activeElement?.id)).toBe('detail-heading');
      const box = (await detail.boundingBox())!;
      expect(box.y, `${size.width}: detail top in view`).toBeGreaterThanOrEqual(-1);
      expect(box.y, `${size.width}: detail top in view`).toBeLessThan(size.height / 2);
      const table = (await log.getByTestId('log-table').boundingBox())!;
      if (size.width >= 1100) expect(box.x, 'beside the table').toBeGreaterThanOrEqual(table.x + table.width);
      else expect(box.y, 'under the table').toBeGreaterThanOrEqual(table.y + table.height);
      await screenshot(log, `layout-log-detail-${size.width}x${size.height}`);

      await log.keyboard.press('Escape');
      await detail.waitFor({ state: 'detached' });
      expect(await log.evaluate(() => (document.activeElement?.closest('tr') as HTMLElement | null)?.dataset.id)).toBe(id);
      const button = (await row.getByTestId('open-detail').boundingBox())!;
      expect(button.y).toBeGreaterThanOrEqual(0);
      expect(button.y + button.height).toBeLessThanOrEqual(size.height);
    }
    // The close button does the same.
    await log.getByTestId('log-row').nth(3).getByTestId('open-detail').click();
    await log.getByTestId('close-detail').click();
    expect(await log.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('open-detail');
    await log.close();
  });
});

describe('the first-run page', () => {
  test('opens on install, in the browser\'s language, names the portals from the code, and passes axe', async () => {
    const isWelcome = (p: Page) => p.url().endsWith('/welcome.html');
    await expect.poll(() => browser.context.pages().some(isWelcome)).toBe(true);
    const welcome = browser.context.pages().find(isWelcome)!;
    await welcome.setViewportSize(SIZES[0]);
    await waitForText(welcome.locator('main'), [
      'Welkom bij Vacalens',
      'Zet het icoon in je werkbalk',
      'Chrome en Edge',
      'Firefox',
      'Lees deze pagina als vacature',
      'Lees deze vacature',
      'Altijd op deze site',
      'Wat op je computer blijft',
    ]);
    const portals = await welcome.getByTestId('portals').locator('li').allInnerTexts();
    expect(portals).toEqual(PORTAL_MATCHES.map(siteOfPattern));
    expect(portals).toContain('werkenbijdeoverheid.be');
    expect(await axeViolations(welcome, 'main')).toEqual([]);
    await screenshot(welcome, 'layout-first-run', { fullPage: true });
    await welcome.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(welcome, 'main')).toEqual([]);
  });
});
