/**
 * Helpers for the Firefox real-browser tests: Debian's firefox-esr (or $FIREFOX_PATH) driven by
 * puppeteer-core over WebDriver BiDi, with the built add-on (.output/firefox-mv3) installed as a
 * temporary add-on, and fixture pages served over https at their portal addresses by the fixture
 * server the Chromium tests use (tests/e2e/browser.mjs).
 *
 * Nothing here skips: a missing Firefox or a missing build throws.
 *
 *   const server = await startFixtureServer(DEFAULT_ROUTES, { tls: selfSignedCertificate(hosts) });
 *   const firefox = await launchFirefox();
 *   const page = await firefox.browser.newPage();
 *   await page.goto(server.url(SEED_PATH));            // https://www.werkenbijdeoverheid.be:<port>/vacature/…
 *   await waitForText(page, factSelector('title'), ['Communicatiemedewerker']);
 *   await screenshot(page, 'firefox-sidebar');
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT, SCREENSHOT_DIR, requireBuild } from '../e2e/browser.mjs';
import { findFirefox } from '../../scripts/firefox.mjs';

export {
  DEFAULT_ROUTES,
  FIXTURES_DIR,
  HOME_PATH,
  PORTAL_HOST,
  SEED_FIXTURE,
  SEED_PATH,
  selfSignedCertificate,
  startFixtureServer,
} from '../e2e/browser.mjs';
export type { FixtureServer, Route } from '../e2e/browser.mjs';

export const FIREFOX_BUILD = join(resolve(ROOT, process.env.VACALENS_OUT_DIR ?? '.output'), 'firefox-mv3');
/** browser_specific_settings.gecko.id in wxt.config.ts */
export const ADDON_ID = 'vacalens@vacalens.example';

export interface FirefoxWithAddon {
  browser: Browser;
  /** Where Firefox saves downloads, without asking. */
  downloadDir: string;
  /** moz-extension://<uuid>/<path> */
  extensionUrl(path?: string): string;
  close(): Promise<void>;
}

/** The Firefox to drive; throws (never skips) when there is none. */
export function requireFirefox(): string {
  const path = findFirefox();
  if (!path) {
    throw new Error(
      'The Firefox tests need Firefox and none was found (looked at $FIREFOX_PATH and the usual places). ' +
        'Run `node scripts/firefox.mjs --install` (Debian/Ubuntu) or set FIREFOX_PATH.',
    );
  }
  return path;
}

/**
 * Launches headless Firefox with the built add-on installed as a temporary add-on. Every host name
 * resolves to 127.0.0.1 (the fixture server; the address keeps the server's port), and the
 * server's self-signed certificate is accepted.
 */
export async function launchFirefox({ timeout = 30_000 } = {}): Promise<FirefoxWithAddon> {
  const executablePath = requireFirefox();
  const addonDir = requireBuild(FIREFOX_BUILD);
  // Firefox gives each add-on a random moz-extension:// host per profile; fixing it in the
  // profile beforehand lets the tests open the add-on's pages.
  const uuid = randomUUID();
  const downloadDir = mkdtempSync(join(tmpdir(), 'vacalens-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    acceptInsecureCerts: true,
    protocolTimeout: timeout,
    defaultViewport: { width: 1366, height: 900 },
    // WebDriver BiDi navigates only to http(s), file and blob addresses unless allowed more: the
    // add-on's own pages (popup, log) are moz-extension:// ones.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
      // Downloads go to downloadDir without a dialog.
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  try {
    const id = await browser.installExtension(addonDir);
    if (id !== ADDON_ID) throw new Error(`Firefox installed the add-on as "${id}", not ${ADDON_ID}`);
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
  return {
    browser,
    downloadDir,
    extensionUrl: (path = '') => `moz-extension://${uuid}/${path.replace(/^\//, '')}`,
    async close() {
      await browser.close().catch(() => {});
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens one of the add-on's pages (popup.html, log.html) in a new tab. Puppeteer never sees that
 * navigation end (the tab moves to the add-on's process), so this waits for the document itself.
 */
export async function openExtensionPage(firefox: FirefoxWithAddon, path: string, viewport = { width: 1366, height: 900 }): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.setViewport(viewport);
  const url = firefox.extensionUrl(path);
  void page.goto(url, { timeout: 0 }).catch(() => {});
  await waitUntil(
    () => page.evaluate((wanted) => location.href === wanted && document.readyState === 'complete', url),
    `${url} to load`,
  );
  return page;
}

/** A selector into the sidebar's open shadow root (puppeteer's `>>>` pierces it). */
export function inSidebar(selector: string): string {
  return `vacalens-sidebar >>> ${selector}`;
}

/** A fact row of the sidebar: `[data-fact="<field>"]`. */
export function factSelector(field: string): string {
  return inSidebar(`[data-fact="${field}"]`);
}

export function byTestId(id: string): string {
  return `[data-testid="${id}"]`;
}

/** Plain spaces for the no-break spaces Intl puts in numbers and dates; runs collapsed. */
export function normaliseSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f\u2007]/g, ' ').replace(/[ \t]+/g, ' ');
}

/** The visible text of the first element a selector finds, or null when there is none. */
export async function textOf(page: Page, selector: string): Promise<string | null> {
  const handle = await page.$(selector);
  if (!handle) return null;
  try {
    return normaliseSpaces(await handle.evaluate((el) => (el as HTMLElement).innerText));
  } finally {
    await handle.dispose();
  }
}

/**
 * Polls until `check` returns a value other than undefined/false; returns it. On timeout, throws
 * with the message and the last value seen.
 */
export async function waitUntil<T>(check: () => Promise<T | undefined | false>, message: string, timeout = 20_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`${message} (not within ${timeout} ms)${lastError ? `: ${lastError instanceof Error ? lastError.message : lastError}` : ''}`);
    }
    await new Promise((ok) => setTimeout(ok, 200));
  }
}

/**
 * Waits until the element a selector finds shows every string of `present` (space-normalised) and
 * none of `absent`; returns its text.
 */
export async function waitForText(page: Page, selector: string, present: string[], { absent = [] as string[], timeout = 20_000 } = {}): Promise<string> {
  let last: string | null = null;
  try {
    return await waitUntil(
      async () => {
        last = await textOf(page, selector);
        return last !== null && present.every((s) => last!.includes(s)) && !absent.some((s) => last!.includes(s)) ? last : undefined;
      },
      `${selector}: expected ${JSON.stringify(present)}${absent.length ? `, not ${JSON.stringify(absent)}` : ''}`,
      timeout,
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}\n  text seen: ${JSON.stringify(last)}`);
  }
}

/** The files now in a directory whose names match; waits until one is complete (no .part beside it). */
export async function waitForDownload(dir: string, name: RegExp, timeout = 20_000): Promise<string> {
  return waitUntil(async () => {
    const files = readdirSync(dir);
    if (files.some((f) => f.endsWith('.part'))) return undefined;
    const found = files.find((f) => name.test(f));
    return found ? join(dir, found) : undefined;
  }, `a download named ${name} in ${dir}`, timeout);
}

/** Saves a PNG of the viewport to tests/output/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string, { fullPage = false } = {}): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: path as `${string}.png`, fullPage });
  return path;
}
