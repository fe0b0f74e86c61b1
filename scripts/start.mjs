#!/usr/bin/env node
/**
 * The newcomer demo (`npm start`, after `wxt build`): serves the bundled sample vacancy at its real
 * portal address from a local server, and opens Chromium with the built extension on it.
 * Runs until the browser is closed (or Ctrl+C). Without a display it runs headless once, saves a
 * screenshot and exits.
 */
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  EXTENSION_DIR,
  HOME_PATH,
  ROOT,
  SCREENSHOT_DIR,
  SEED_FIXTURE,
  SEED_PATH,
  launchWithExtension,
  requireChromium,
  startFixtureServer,
} from '../tests/e2e/browser.mjs';

const rel = (path) => relative(ROOT, path) || '.';

async function main() {
  const executablePath = requireChromium();
  const hasDisplay =
    process.platform !== 'linux' || Boolean(process.env.DISPLAY) || Boolean(process.env.WAYLAND_DISPLAY);
  if (!hasDisplay) {
    console.log('No display ($DISPLAY and $WAYLAND_DISPLAY are unset): running headless and taking a screenshot instead.');
  }

  const server = await startFixtureServer();
  const seedUrl = server.url(SEED_PATH);
  let browser;
  try {
    browser = await launchWithExtension({ server, headless: !hasDisplay, handleSignals: false });
  } catch (error) {
    await server.close();
    throw error;
  }
  const { context } = browser;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(seedUrl);

  console.log(`Chromium (${executablePath}) is running with the extension from ${rel(EXTENSION_DIR)}/`);
  console.log(`  sample vacancy:  ${seedUrl}`);
  console.log(`                   (tests/fixtures/pages/${SEED_FIXTURE}/page.html, served on 127.0.0.1:${server.port};`);
  console.log(`                    this browser maps ${server.hosts.join(', ')} there)`);
  console.log(`  not a vacancy:   ${server.url(HOME_PATH)}  (no sidebar expected)`);
  console.log(`  popup:           ${browser.extensionUrl('popup.html')}`);
  console.log(`  profile:         ${browser.profileDir}  (temporary, deleted on exit)`);

  if (!hasDisplay) {
    const found = await page
      .locator('vacalens-sidebar')
      .waitFor({ state: 'attached', timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    if (found) await page.waitForTimeout(500); // let the sidebar finish rendering
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const shot = join(SCREENSHOT_DIR, 'start.png');
    await page.screenshot({ path: shot });
    console.log(found ? 'The sidebar appeared.' : 'The sidebar did not appear within 10 s.');
    console.log(`Screenshot: ${rel(shot)}`);
    await browser.close();
    await server.close();
    return;
  }

  console.log('Close the browser window, or press Ctrl+C here, to stop.');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await browser.close();
    await server.close();
    console.log('Stopped.');
  };
  const closed = new Promise((done) => context.once('close', done));
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      stop().finally(() => process.exit(0));
    });
  }
  await closed;
  await stop();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
