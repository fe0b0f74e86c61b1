/**
 * Helpers for real-browser tests: Debian's (or any local) Chromium driven by playwright-core, with the
 * built extension (.output/chrome-mv3) loaded and fixture pages served at their portal addresses.
 *
 * Nothing here skips: a missing Chromium or a missing build throws, so CI fails when the real-browser
 * tests cannot run.
 *
 *   const server = await startFixtureServer();                 // seed vacancy + portal home page
 *   let browser = await launchWithExtension({ server });        // headless, --lang=nl, temp profile
 *   const page = await browser.context.newPage();
 *   await page.goto(server.url(SEED_PATH));                     // http://www.werkenbijdeoverheid.be:<port>/vacature/…
 *   await waitForText(factRow(page, 'title'), ['Communicatiemedewerker']);
 *   await screenshot(page, 'sidebar');                          // tests/output/screenshots/sidebar.png
 *   browser = await restart(browser);                           // same profile, new browser
 *   await browser.close(); await server.close();
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOT_DIR, type ExtensionBrowser } from './browser.mjs';

export {
  DEFAULT_ROUTES,
  EXTENSION_DIR,
  FIXTURES_DIR,
  HOME_FIXTURE,
  HOME_PATH,
  PORTAL_HOST,
  ROOT,
  SCREENSHOT_DIR,
  SEED_FIXTURE,
  SEED_PATH,
  findChromium,
  launchArgs,
  launchWithExtension,
  requireBuild,
  requireChromium,
  startFixtureServer,
  unpackedExtensionId,
} from './browser.mjs';
export type { ExtensionBrowser, FixtureServer, LaunchOptions, Route } from './browser.mjs';

/** Closes the browser and launches it again with the same profile directory and options. */
export function restart(browser: ExtensionBrowser): Promise<ExtensionBrowser> {
  return browser.relaunch();
}

/**
 * Saves a PNG of the viewport (what a user sees: the page with the sidebar beside it) to
 * tests/output/screenshots/<name>.png and returns its path. `fullPage` captures the whole page.
 */
export async function screenshot(page: Page, name: string, { fullPage = false } = {}): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** Opens the extension's popup (chrome-extension://<id>/popup.html) in a tab sized like a popup. */
export async function openPopup(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 420, height: 600 });
  await page.goto(browser.extensionUrl('popup.html'));
  return page;
}

/** The sidebar host element the content script mounts (its open shadow root is pierced by locators). */
export function sidebar(page: Page): Locator {
  return page.locator('vacalens-sidebar');
}

/** A fact row inside the sidebar: `[data-fact="<field>"]`. */
export function factRow(page: Page, field: string): Locator {
  return sidebar(page).locator(`[data-fact="${field}"]`);
}

/** Plain spaces for the no-break and narrow no-break spaces Intl puts in numbers and currencies; runs collapsed. */
export function normaliseSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f\u2007]/g, ' ').replace(/[ \t]+/g, ' ');
}

export interface WaitForTextOptions {
  /** Strings that must not appear. */
  absent?: string[];
  timeout?: number;
}

/**
 * Waits until the locator is visible and its (space-normalised) text contains every string of
 * `present` and none of `absent`; returns that text. On timeout, throws with the text last seen.
 */
export async function waitForText(
  locator: Locator,
  present: string[],
  { absent = [], timeout = 10_000 }: WaitForTextOptions = {},
): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  let lastError: unknown;
  for (;;) {
    try {
      await locator.waitFor({ state: 'visible', timeout: Math.max(1, deadline - Date.now()) });
      last = normaliseSpaces(await locator.innerText({ timeout: Math.max(1, deadline - Date.now()) }));
      const missing = present.filter((s) => !last.includes(s));
      const unwanted = absent.filter((s) => last.includes(s));
      if (missing.length === 0 && unwanted.length === 0) return last;
      lastError = new Error(
        [
          missing.length ? `missing ${JSON.stringify(missing)}` : '',
          unwanted.length ? `unexpected ${JSON.stringify(unwanted)}` : '',
        ]
          .filter(Boolean)
          .join('; '),
      );
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const why = lastError instanceof Error ? lastError.message.split('\n')[0] : String(lastError);
      throw new Error(`${locator}: ${why}\n  text seen: ${JSON.stringify(last)}`);
    }
    await new Promise((ok) => setTimeout(ok, 200));
  }
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core run in the page on the elements `selector` finds: its serious and critical violations. */
export async function axeViolations(page: Page, selector: string): Promise<string[]> {
  // Evaluated over CDP, which the page's (and the extension page's) CSP does not block.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run({ include: [[include]] }, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
  }, selector);
}
