/**
 * The Chrome Web Store package as a reviewer gets it: `wxt zip` (what `npm run zip` runs first) into
 * a folder of its own, the zip unpacked into a temporary directory and loaded from there in Chromium.
 * The sidebar shows on the seed vacancy, Track works, and the log page lists it. The same run makes
 * the store screenshots (1280×800): into tests/output/store/ on every run, and into docs/store/screenshots/
 * (the committed ones) only when VACALENS_STORE_SCREENSHOTS=1 asks for new ones, so a test run leaves the
 * repository as it was.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  DEFAULT_ROUTES,
  FIXTURES_DIR,
  PORTAL_HOST,
  ROOT,
  SEED_FIXTURE,
  SEED_PATH,
  factRow,
  launchWithExtension,
  sidebar,
  startFixtureServer,
  waitForText,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

const STORE_SCREENSHOTS = process.env.VACALENS_STORE_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'store', 'screenshots') : join(ROOT, 'tests', 'output', 'store');
const STORE_SIZE = { width: 1280, height: 800 };
const TITLE = 'Communicatiemedewerker lokale besturen';
// The screenshots show the seed with its dates a year on, so that its deadline is ahead.
const FUTURE_PATH = '/vacature/volgend-jaar/Communicatiemedewerker-lokale-besturen.html';
const FUTURE_YEAR = new Date().getFullYear() + 1;
const NHS = { host: 'www.jobs.nhs.uk', path: '/candidate/jobadvert/C9317-26-0042', fixture: 'nhs-leeds-band6-physiotherapist' };

let work: string;
let unpacked: string;
let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'vacalens-store-'));
  // Its own output folder: the build the other tests load stays as it is.
  execFileSync('npx', ['wxt', 'zip'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, VACALENS_OUT_DIR: join(work, 'output') } });
  const zips = readdirSync(join(work, 'output')).filter((f) => f.endsWith('.zip'));
  expect(zips).toEqual([expect.stringMatching(/^vacalens-\d+\.\d+\.\d+-chrome\.zip$/)]);
  unpacked = join(work, 'unpacked');
  execFileSync('unzip', ['-q', join(work, 'output', zips[0]!), '-d', unpacked]);
  const seed = readFileSync(join(FIXTURES_DIR, SEED_FIXTURE, 'page.html'), 'utf8');
  server = await startFixtureServer([
    ...DEFAULT_ROUTES,
    { host: PORTAL_HOST, path: FUTURE_PATH, fixture: SEED_FIXTURE, html: seed.replaceAll('2026', String(FUTURE_YEAR)) },
    NHS,
  ]);
  browser = await launchWithExtension({ server, locale: 'nl', extensionDir: unpacked });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function storeScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(STORE_SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(STORE_SCREENSHOTS, `${name}.png`) });
}

test('the zip holds the manifest and no source maps or tests', () => {
  const manifest = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  // Chrome rejects the Firefox-only keys.
  expect(manifest.browser_specific_settings).toBeUndefined();
  const files = readdirSync(unpacked, { recursive: true }).map(String);
  expect(files.filter((f) => f.endsWith('.map') || f.includes('tests'))).toEqual([]);
});

test('loaded from the unpacked zip, the sidebar shows the seed vacancy; Track; the log lists it', async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize(STORE_SIZE);
  await page.goto(server.url(SEED_PATH));
  await waitForText(factRow(page, 'title'), [TITLE]);
  await waitForText(factRow(page, 'deadline'), ['1 februari 2026']);
  await waitForText(factRow(page, 'salary'), ['€ 3.059,65']);

  await page.goto(server.url(FUTURE_PATH));
  await waitForText(factRow(page, 'deadline'), [`1 februari ${FUTURE_YEAR}`]);
  await storeScreenshot(page, '1-sidebar');
  await sidebar(page).getByTestId('track').click();
  await sidebar(page).getByTestId('track-status').waitFor({ state: 'visible' });

  const log = await browser.context.newPage();
  await log.setViewportSize(STORE_SIZE);
  await log.goto(browser.extensionUrl('log.html'));
  const row = log.getByTestId('log-row').filter({ hasText: TITLE });
  await waitForText(row, [TITLE, 'Provincie Antwerpen']);
  await row.getByTestId('open-detail').click();
  await log.getByTestId('history').waitFor();
  await storeScreenshot(log, '2-log');
});

test('an English vacancy (NHS Jobs), for the store', async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize(STORE_SIZE);
  await page.goto(server.url(NHS.path, NHS.host));
  await waitForText(factRow(page, 'title'), ['Specialist Physiotherapist']);
  await storeScreenshot(page, '3-sidebar-nhs');
});
