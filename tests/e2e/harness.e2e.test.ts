/**
 * Smoke test of the real-browser harness itself: the fixture server, the host mapping, the built
 * extension loading in Chromium (its service worker), a restart on the same profile, downloads,
 * and the harness refusing to run (throwing, not skipping) without a browser or a build.
 */
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  HOME_PATH,
  SEED_PATH,
  launchWithExtension,
  startFixtureServer,
  unpackedExtensionId,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension({ server });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('harness', () => {
  test('the fixture server routes by host and path, 404 elsewhere', async () => {
    // node:http, not fetch: fetch does not let a caller set the Host header.
    const get = (path: string, host = 'www.werkenbijdeoverheid.be') =>
      new Promise<{ status: number; body: string }>((ok, fail) => {
        const req = request({ host: '127.0.0.1', port: server.port, path, headers: { host } }, (res) => {
          let body = '';
          res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
          res.on('end', () => ok({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', fail).end();
      });
    const seed = await get(SEED_PATH);
    expect(seed.status).toBe(200);
    expect(seed.body).toContain('Communicatiemedewerker lokale besturen');
    expect((await get(HOME_PATH)).status).toBe(200);
    expect((await get('/vacature/unknown.html')).status).toBe(404);
    expect((await get(SEED_PATH, 'www.example.org')).status).toBe(404);
  });

  test('the built extension loads: its service worker runs', async () => {
    const workers = browser.context.serviceWorkers();
    expect(workers.length).toBeGreaterThan(0);
    expect(workers.some((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`))).toBe(true);
    expect(browser.extensionId).toBe(unpackedExtensionId());
  });

  // Pages and extension pages get the locale; chrome.i18n.getUILanguage() does not reliably follow it
  // (Debian's chromium without chromium-l10n has only en-US), so the UI must not depend on it.
  test('pages and extension pages run in the default locale, nl', async () => {
    const languages = async (url: string) => {
      const page = await browser.context.newPage();
      await page.goto(url);
      const seen = await page.evaluate(() => [navigator.language, Intl.DateTimeFormat().resolvedOptions().locale]);
      await page.close();
      return seen;
    };
    expect(await languages(server.url(HOME_PATH))).toEqual(['nl', 'nl']);
    expect(await languages(browser.extensionUrl('manifest.json'))).toEqual(['nl', 'nl']);
  });

  test('portal addresses reach the fixture server', async () => {
    const page = await browser.context.newPage();
    const response = await page.goto(server.url(SEED_PATH));
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).hostname).toBe('www.werkenbijdeoverheid.be');
    expect(await page.title()).toContain('Communicatiemedewerker lokale besturen');
    expect((await page.goto(server.url('/nope.html')))?.status()).toBe(404);
    await page.close();
  });

  test('anchor downloads arrive as files', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url(HOME_PATH));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate(() => {
        const a = document.createElement('a');
        a.href = URL.createObjectURL(new Blob(['a,b\n1,2\n'], { type: 'text/csv' }));
        a.download = 'probe.csv';
        document.body.append(a);
        a.click();
      }),
    ]);
    expect(download.suggestedFilename()).toBe('probe.csv');
    expect(existsSync(await download.path())).toBe(true);
    await page.close();
  });

  test('a restart keeps the profile and the extension', async () => {
    const { profileDir, extensionId } = browser;
    browser = await browser.relaunch();
    expect(browser.profileDir).toBe(profileDir);
    expect(browser.extensionId).toBe(extensionId);
    expect(browser.context.serviceWorkers().length).toBeGreaterThan(0);
  });

  test('no build or no browser: the harness throws, it does not skip', async () => {
    await expect(launchWithExtension({ extensionDir: '/nonexistent/chrome-mv3' })).rejects.toThrow(
      /No extension build/,
    );
    const saved = process.env.CHROME_PATH;
    process.env.CHROME_PATH = '/nonexistent/chromium';
    try {
      await expect(launchWithExtension({})).rejects.toThrow(/need Chromium or Chrome/);
    } finally {
      if (saved === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = saved;
    }
  });
});
