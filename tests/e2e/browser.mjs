/**
 * The real-browser core shared by the e2e tests (through harness.ts) and by `npm start`
 * (scripts/start.mjs, plain Node, hence JavaScript here; types in browser.d.mts).
 *
 * - a fixture server on 127.0.0.1 that serves tests/fixtures/pages/<name>/page.html at portal addresses;
 * - Chromium (playwright-core, never a downloaded browser) with the built extension loaded and the
 *   portal hosts mapped to that server, so the manifest's match patterns apply as on the live site.
 */
import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from '../../scripts/chromium.mjs';

export { findChromium };

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = join(resolve(ROOT, process.env.VACALENS_OUT_DIR ?? '.output'), 'chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests', 'fixtures', 'pages');
export const SCREENSHOT_DIR = join(ROOT, 'tests', 'output', 'screenshots');

export const PORTAL_HOST = 'www.werkenbijdeoverheid.be';
export const SEED_FIXTURE = 'wbdo-provincie-antwerpen-communicatiemedewerker';
export const SEED_PATH = '/vacature/68bf45f0b686c62a/Communicatiemedewerker-lokale-besturen.html';
export const HOME_FIXTURE = 'wbdo-home';
export const HOME_PATH = '/';

/** The seed vacancy and the portal's home page (a page of a matched portal that is not a vacancy). */
export const DEFAULT_ROUTES = [
  { host: PORTAL_HOST, path: SEED_PATH, fixture: SEED_FIXTURE },
  { host: PORTAL_HOST, path: HOME_PATH, fixture: HOME_FIXTURE },
];

const NOT_FOUND_PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>404 Not Found</title></head>' +
  '<body><h1>404 Not Found</h1><p>No fixture is routed at this address.</p></body></html>';

/**
 * A throwaway self-signed certificate for every host given (made with openssl, kept in memory).
 * Firefox refuses plain http to the portals on its HSTS preload list (usajobs.gov, stad.gent) before
 * any request, so the Firefox tests serve https and the browser accepts this certificate.
 * @param {string[]} hosts
 */
export function selfSignedCertificate(hosts) {
  const dir = mkdtempSync(join(tmpdir(), 'vacalens-tls-'));
  try {
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    const names = hosts.map((h) => `DNS:${h}`).join(',');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=vacalens-test',
      '-addext', `subjectAltName=${names}`, '-keyout', key, '-out', cert], { stdio: 'ignore' });
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Serves fixture pages by host and path (a route's `html`, when given, is served instead of a fixture file). Unknown host/path pairs (images, favicon, links) get a 404 page.
 * With `tls` ({ key, cert }, e.g. from selfSignedCertificate) it serves https instead of http.
 * @param {Array<{host: string, path: string, fixture: string, html?: string}>} [routes]
 * @param {{ tls?: { key: Buffer, cert: Buffer } }} [options]
 */
export async function startFixtureServer(routes = DEFAULT_ROUTES, { tls } = {}) {
  /** @type {Map<string, string | Buffer>} key "host path" → absolute file, or the page itself */
  const table = new Map();
  for (const { host, path, fixture, html } of routes) {
    if (html !== undefined) {
      table.set(`${host.toLowerCase()} ${path}`, Buffer.from(html));
      continue;
    }
    const file = join(FIXTURES_DIR, fixture, 'page.html');
    if (!existsSync(file)) throw new Error(`Fixture server: no fixture file ${file} (route ${host}${path})`);
    table.set(`${host.toLowerCase()} ${path}`, file);
  }
  const hosts = [...new Set(routes.map((r) => r.host.toLowerCase()))];

  /** @type {import('node:http').RequestListener} */
  const answer = (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = table.get(`${host} ${path}`);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(req.method === 'HEAD' ? undefined : NOT_FOUND_PAGE);
      return;
    }
    const body = typeof file === 'string' ? readFileSync(file) : file;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const server = tls ? createTlsServer(tls, answer) : createServer(answer);
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('Fixture server: no port');
  const port = address.port;

  return {
    port,
    hosts,
    routes,
    /** The portal address of a path, e.g. url(SEED_PATH) → http://www.werkenbijdeoverheid.be:PORT/vacature/… */
    url(path = '/', host = hosts[0]) {
      return `${tls ? 'https' : 'http'}://${host}:${port}${path}`;
    },
    close() {
      server.closeAllConnections();
      return new Promise((ok) => server.close(() => ok(undefined)));
    },
  };
}

/** The Chromium to drive; throws (never skips) when there is none. */
export function requireChromium() {
  const path = findChromium();
  if (!path) {
    throw new Error(
      'Real-browser tests need Chromium or Chrome and none was found ' +
        '(looked at $CHROME_PATH and the usual places). Run `node scripts/chromium.mjs --install` ' +
        '(Debian/Ubuntu) or set CHROME_PATH.',
    );
  }
  return path;
}

/** The built extension directory; throws when `wxt build` has not run. */
export function requireBuild(extensionDir = EXTENSION_DIR) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionDir} (manifest.json missing). Run \`npx wxt build\` first.`);
  }
  return extensionDir;
}

/**
 * The id Chromium gives an unpacked extension without a "key": the SHA-256 of its absolute path,
 * first 32 hex digits written with the letters a–p.
 */
export function unpackedExtensionId(extensionDir = EXTENSION_DIR) {
  const hex = createHash('sha256').update(resolve(extensionDir)).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

/** Chromium flags: the extension, a quiet offline browser, and the portal hosts mapped to the fixture server. */
export function launchArgs({ extensionDir = EXTENSION_DIR, server, hostMap, locale } = {}) {
  const map = { ...(hostMap ?? {}) };
  if (server) for (const host of server.hosts) map[host] = `127.0.0.1:${server.port}`;
  const rules = Object.entries(map).map(([host, target]) => `MAP ${host} ${target}`);
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    ...(rules.length ? [`--host-resolver-rules=${rules.join(', ')}`] : []),
    ...(locale ? [`--lang=${locale}`, `--accept-lang=${locale}`] : []),
  ];
}

/** The pid of the Chromium that holds a profile, read from its SingletonLock ("<hostname>-<pid>"). */
function profileOwnerPid(profileDir) {
  try {
    const pid = Number(readlinkSync(join(profileDir, 'SingletonLock')).split('-').pop());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Waits for a Chromium process to exit. When the user closes the window, Playwright reports the
 * close before Chromium has finished writing the profile and exited; a relaunch on that profile, or
 * deleting it, must wait for the process.
 */
async function waitForExit(pid, timeout = 10_000) {
  if (!pid) return;
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    if (Date.now() > deadline) return;
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/** Deletes a temporary profile. */
function removeProfile(profileDir) {
  try {
    rmSync(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  } catch {
    // A leftover directory in the temp dir is not worth failing a run for.
  }
}

/**
 * Launches Chromium with the built extension in a persistent profile.
 * Returns the context, the extension id, and close()/relaunch().
 */
export async function launchWithExtension(options = {}) {
  const {
    profileDir: givenProfileDir,
    locale = 'nl',
    server,
    hostMap,
    headless = true,
    extensionDir = EXTENSION_DIR,
    timeout = 15_000,
    handleSignals = true,
    extraArgs = [],
  } = options;
  const executablePath = requireChromium();
  requireBuild(extensionDir);

  const ownsProfile = options.ownsProfile ?? !givenProfileDir;
  const profileDir = givenProfileDir ?? mkdtempSync(join(tmpdir(), 'vacalens-profile-'));

  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless,
    ignoreDefaultArgs: ['--disable-extensions'],
    acceptDownloads: true,
    // false: the caller handles Ctrl+C itself (Playwright's own handler exits before any cleanup).
    handleSIGINT: handleSignals,
    handleSIGTERM: handleSignals,
    handleSIGHUP: handleSignals,
    // Page, extension-page and service-worker language and Intl default. Debian's chromium without
    // chromium-l10n ships only en-US.pak, so --lang alone leaves everything in en-US.
    ...(locale ? { locale } : {}),
    // Headed: let the window size itself; headless: a laptop-sized viewport for the screenshots.
    viewport: headless ? { width: 1366, height: 900 } : null,
    args: [...launchArgs({ extensionDir, server, hostMap, locale }), ...extraArgs],
    // Linux Chromium takes its UI language from the environment rather than from --lang (when
    // its locale packs are installed).
    env: locale ? { ...process.env, LANGUAGE: locale } : process.env,
  });
  context.setDefaultTimeout(timeout);
  const browserPid = profileOwnerPid(profileDir);

  let extensionId;
  try {
    const isExtensionWorker = (w) => w.url().startsWith('chrome-extension://');
    const worker =
      context.serviceWorkers().find(isExtensionWorker) ??
      (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout }));
    extensionId = new URL(worker.url()).host;
  } catch (error) {
    await context.close().catch(() => {});
    if (ownsProfile) removeProfile(profileDir);
    throw new Error(
      `The extension's service worker did not start within ${timeout} ms (build: ${extensionDir}). ` +
        `Is the build broken? ${error instanceof Error ? error.message : error}`,
    );
  }

  let closed = false;
  const closeContext = async () => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => {});
    await waitForExit(browserPid);
  };

  return {
    context,
    extensionId,
    profileDir,
    /** chrome-extension://<id>/<path> */
    extensionUrl(path = '') {
      return `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
    },
    /** Closes the browser; deletes the profile when the harness made it. */
    async close() {
      await closeContext();
      if (ownsProfile) removeProfile(profileDir);
    },
    /** Closes the browser and launches it again on the same profile (what a user's restart does). */
    async relaunch() {
      await closeContext();
      return launchWithExtension({ ...options, profileDir, ownsProfile });
    },
  };
}
