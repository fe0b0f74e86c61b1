/**
 * The extension's cost in real Chromium, each figure beside the same page loaded without any
 * extension and with an empty content-script extension, all in this run:
 * - on a large page of a listed portal that is not a vacancy: the renderer's script time and the
 *   JS heap (detection is all that may run there);
 * - on vacancy pages: extraction time (performance marks inside the sidebar script), against
 *   Mozilla Readability run in the same page, the time from the load event to the sidebar, and
 *   the page's load event against the same page without the extension.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findChromium } from '../scripts/chromium.mjs';
import { PORTAL_MATCHES } from '../src/extract/portals/matches';
import { median, type Row } from './lib';

const HOST = 'www.werkenbijdeoverheid.be';
const LOADS = 15;
const READABILITY = resolve('node_modules/@mozilla/readability/Readability.js');

/**
 * Where werkenbijdeoverheid.be serves its search results (field guide, "URL shapes"; the fixture
 * wbdo-zoekresultaten-antwerpen-niveau-b): the list page is measured at the portal's own address.
 */
const LIST_PATH = '/index.php/page/advsearchvacs/regio/provincie-antwerpen/niveau/B';
/**
 * The same list at an address of no known shape (an employer's page of the portal lists its
 * vacancies at /<Employer-Name>.html): there detection has to read the page.
 */
const UNKNOWN_SHAPE_PATH = '/Provincie-Antwerpen.html';

/** A search-results page of a listed portal: thousands of vacancy rows, none of them a vacancy page. */
function largeListPage(rows: number): string {
  const items = Array.from(
    { length: rows },
    (_, i) =>
      `<li class="vacancy"><h3><a href="/vacature/${i.toString(16)}/Functie-${i}.html">Deskundige ${i}</a></h3>` +
      `<p>Gemeente ${i % 300} · Contractueel - voltijds - niveau B · Salarisschaal B1-B3 · Solliciteer ten laatste ${1 + (i % 28)} februari 2026</p></li>`,
  ).join('\n');
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Zoekresultaten | Werken bij de overheid</title></head>
<body><header><a href="/">Werken bij de overheid</a></header><main><h1>${rows} vacatures gevonden</h1><ul>${items}</ul></main>
<footer>Kring vzw · tel. 02 211 55 00</footer></body></html>`;
}

interface Served {
  server: Server;
  port: number;
}

async function serve(pages: Record<string, string>): Promise<Served> {
  const server = createServer((req, res) => {
    const body = pages[new URL(req.url ?? '/', 'http://x').pathname];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { server, port: address.port };
}

/** An extension with one content script that does nothing, on the same matches as Vacalens. */
function emptyExtension(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'empty content script',
      version: '1.0',
      content_scripts: [{ matches: PORTAL_MATCHES, js: ['content.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(join(dir, 'content.js'), '// intentionally empty\n');
  return dir;
}

async function launch(extensionDir: string | null, port: number): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/chromium.mjs --install`.');
  const profile = mkdtempSync(join(tmpdir(), 'vacalens-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    ignoreDefaultArgs: extensionDir ? ['--disable-extensions'] : [],
    viewport: { width: 1366, height: 900 },
    args: [
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--host-resolver-rules=MAP ${HOST} 127.0.0.1:${port}`,
    ],
  });
  // Vacalens has a service worker to wait for; the empty extension has none.
  if (extensionDir && existsSync(join(extensionDir, 'background.js')) && !context.serviceWorkers().length) {
    await context.waitForEvent('serviceworker');
  }
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Script time and heap of one load, from the renderer's own counters. */
async function loadCost(context: BrowserContext, url: string): Promise<{ scriptMs: number; heapKb: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  // document_idle scripts run after load at the latest; give them a moment to finish.
  await page.waitForTimeout(250);
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  await page.close();
  return { scriptMs: metric('ScriptDuration') * 1000, heapKb: metric('JSHeapUsedSize') / 1024 };
}

interface Marks {
  detect: number | null;
  extract: number | null;
  extractAt: number | null;
  shownAt: number | null;
  loadEnd: number | null;
}

// Page-side code goes as a string: tsx would wrap named functions in a helper the page lacks.
const READ_MARKS = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const one = (name) => performance.getEntriesByName(name)[0];
  return {
    detect: one('vacalens:detect')?.duration ?? null,
    extract: one('vacalens:extract')?.duration ?? null,
    extractAt: one('vacalens:extract')?.startTime ?? null,
    shownAt: one('vacalens:sidebar-shown')?.startTime ?? null,
    loadEnd: nav?.loadEventEnd ?? null,
  };
})()`;

// Readability's first run right after its script is added is cold, as our one extraction is
// (a freshly injected script: lazy compilation, regexes compiled on first use, no JIT); the runs
// after it are warm. Both are returned so each can be compared with its like.
const TIME_READABILITY = `(() => {
  const times = [];
  for (let r = 0; r < 5; r++) {
    const copy = document.cloneNode(true);
    const start = performance.now();
    new Readability(copy).parse();
    times.push(performance.now() - start);
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  return { cold: times[0], warm: (warm[1] + warm[2]) / 2 };
})()`;

async function marks(page: Page): Promise<Marks> {
  return page.evaluate(READ_MARKS) as Promise<Marks>;
}

/** Which parts to run: the large non-vacancy page (`list`) and the vacancy pages (`vacancy`). */
export interface BrowserParts {
  list: boolean;
  vacancy: boolean;
}

export async function browserCost(
  extensionDir: string,
  vacancyPages: Record<string, string>,
  parts: BrowserParts = { list: true, vacancy: true },
): Promise<Row[]> {
  const big = largeListPage(3000);
  const pages: Record<string, string> = { [LIST_PATH]: big, [UNKNOWN_SHAPE_PATH]: big, ...vacancyPages };
  for (const [path, html] of Object.entries(vacancyPages)) pages[unknownShape(path)] = html;
  const { server, port } = await serve(pages);
  const emptyDir = emptyExtension(join(tmpdir(), `vacalens-empty-ext-${process.pid}`));
  const rows: Row[] = [];
  try {
    if (parts.list) rows.push(...(await listPageCost(`http://${HOST}:${port}`, big.length, emptyDir, extensionDir, port)));
    if (parts.vacancy) rows.push(...(await vacancyPageCost(extensionDir, vacancyPages, port)));
  } finally {
    server.close();
    rmSync(emptyDir, { recursive: true, force: true });
  }
  return rows;
}

async function listPageCost(origin: string, bytes: number, emptyDir: string, extensionDir: string, port: number): Promise<Row[]> {
  const listUrl = `${origin}${LIST_PATH}`;
  const unknownShapeUrl = `${origin}${UNKNOWN_SHAPE_PATH}`;
  const rows: Row[] = [];
  const cost: Record<string, { script: number[]; heap: number[]; unknownShape: number[]; detect: number[] }> = {};
  for (const [variant, dir] of [
    ['none', null],
    ['empty content script', emptyDir],
    ['Vacalens', extensionDir],
  ] as const) {
    const browser = await launch(dir, port);
    const c = (cost[variant] = { script: [] as number[], heap: [] as number[], unknownShape: [] as number[], detect: [] as number[] });
    await loadCost(browser.context, listUrl); // warm the HTTP cache and the compiled scripts
    for (let i = 0; i < LOADS; i++) {
      const { scriptMs, heapKb } = await loadCost(browser.context, listUrl);
      c.script.push(scriptMs);
      c.heap.push(heapKb);
    }
    if (dir) {
      for (let i = 0; i < LOADS; i++) c.unknownShape.push((await loadCost(browser.context, unknownShapeUrl)).scriptMs);
    }
    if (variant === 'Vacalens') {
      for (const url of [listUrl, unknownShapeUrl]) {
        const page = await browser.context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForTimeout(500);
        if (await page.locator('vacalens-sidebar').count()) throw new Error(`The large list page at ${url} got a sidebar`);
        await page.close();
      }
      for (let i = 0; i < 5; i++) {
        const page = await browser.context.newPage();
        await page.goto(unknownShapeUrl, { waitUntil: 'load' });
        await page.waitForFunction("performance.getEntriesByName('vacalens:detect').length > 0");
        c.detect.push((await marks(page)).detect ?? Number.NaN);
        await page.close();
      }
    }
    await browser.close();
  }
  const none = median(cost['none']!.script);
  const empty = median(cost['empty content script']!.script);
  const ours = median(cost['Vacalens']!.script);
  const emptyUnknown = median(cost['empty content script']!.unknownShape);
  const oursUnknown = median(cost['Vacalens']!.unknownShape);
  rows.push(
    {
      section: 'chromium-list',
      name: `non-vacancy list page (3,000 rows, ${(bytes / 1024).toFixed(0)} kB) at the portal's search address: script time, median of ${LOADS} loads`,
      value: ours,
      unit: 'ms',
      baseline: { name: 'empty content script', value: empty },
      budget: { text: '≤ empty content script + 0.5 ms', pass: ours <= empty + 0.5 },
      note: `no extension: ${none.toFixed(2)} ms; decided by the address, the page is not read`,
    },
    {
      section: 'chromium-list',
      name: `the same list at an address of no known shape (${UNKNOWN_SHAPE_PATH}): script time, median of ${LOADS} loads`,
      value: oursUnknown,
      unit: 'ms',
      baseline: { name: 'empty content script', value: emptyUnknown },
      budget: { text: '≤ empty content script + 0.5 ms', pass: oursUnknown <= emptyUnknown + 0.5 },
      note: 'detection reads the page',
    },
    {
      section: 'chromium-list',
      name: 'the same list at an address of no known shape: detection inside the content script (performance mark)',
      value: median(cost['Vacalens']!.detect),
      unit: 'ms',
    },
    {
      section: 'chromium-list',
      name: 'non-vacancy list page: JS heap after GC',
      value: median(cost['Vacalens']!.heap),
      unit: 'kB',
      baseline: { name: 'empty content script', value: median(cost['empty content script']!.heap) },
      note: `no extension: ${median(cost['none']!.heap).toFixed(0)} kB`,
    },
  );

  return rows;
}

/** One list of figures per kind of address. */
const perKind = () => ({ listed: [] as number[], unknown: [] as number[] });

/**
 * The same vacancy page at an address of no known shape: the content script has to find it a
 * vacancy and ask the background for the sidebar, instead of the manifest bringing the sidebar.
 */
const unknownShape = (vacancyPath: string) => vacancyPath.replace(/^\/vacature\//, '/');

/**
 * Vacancy pages: extraction and time to the sidebar, beside Readability in the same page; each page
 * at the portal's vacancy address (where the manifest lists the sidebar) and at an address of no
 * known shape; and the page's own load event against the same page without the extension.
 */
async function vacancyPageCost(extensionDir: string, vacancyPages: Record<string, string>, port: number): Promise<Row[]> {
  const rows: Row[] = [];
  const browser = await launch(extensionDir, port);
  const extract = perKind();
  const readability: number[] = [];
  const readabilityWarm: number[] = [];
  const toSidebar = perKind();
  // From the load event to the start of extraction: at a vacancy address the end of the load event;
  // elsewhere the content script's message, the background's scripting.executeScript, and
  // Chromium reading, sending and compiling /sidebar.js.
  const toExtraction = perKind();
  // From the navigation's start: to the page's load event, and to the sidebar on screen.
  const loadEvent = perKind();
  const navigationToSidebar = perKind();
  const heapVacancy: number[] = [];
  for (const path of Object.keys(vacancyPages)) {
    for (let i = 0; i < 3; i++) {
      for (const kind of ['listed', 'unknown'] as const) {
        const page = await browser.context.newPage();
        await page.goto(`http://${HOST}:${port}${kind === 'listed' ? path : unknownShape(path)}`, { waitUntil: 'load' });
        await page.waitForFunction("performance.getEntriesByName('vacalens:sidebar-shown').length > 0", null, {
          timeout: 10_000,
        });
        const m = await marks(page);
        toSidebar[kind].push((m.shownAt ?? Number.NaN) - (m.loadEnd ?? Number.NaN));
        toExtraction[kind].push((m.extractAt ?? Number.NaN) - (m.loadEnd ?? Number.NaN));
        loadEvent[kind].push(m.loadEnd ?? Number.NaN);
        navigationToSidebar[kind].push(m.shownAt ?? Number.NaN);
        extract[kind].push(m.extract ?? Number.NaN);
        if (kind === 'listed') {
          await page.addScriptTag({ content: readFileSync(READABILITY, 'utf8') });
          const { cold, warm } = (await page.evaluate(TIME_READABILITY)) as { cold: number; warm: number };
          readability.push(cold);
          readabilityWarm.push(warm);
          if (i === 0) {
            const cdp = await browser.context.newCDPSession(page);
            await cdp.send('Performance.enable');
            await cdp.send('HeapProfiler.collectGarbage');
            const { metrics } = await cdp.send('Performance.getMetrics');
            heapVacancy.push((metrics.find((x) => x.name === 'JSHeapUsedSize')?.value ?? 0) / 1024);
          }
        }
        await page.close();
      }
    }
  }
  await browser.close();
  // The same pages without the extension: what the sidebar's script, compiled as the page loads,
  // adds to the page's own load event.
  const bare = await launch(null, port);
  const loadEventBare: number[] = [];
  for (const path of Object.keys(vacancyPages)) {
    for (let i = 0; i < 3; i++) {
      const page = await bare.context.newPage();
      await page.goto(`http://${HOST}:${port}${path}`, { waitUntil: 'load' });
      loadEventBare.push((await marks(page)).loadEnd ?? Number.NaN);
      await page.close();
    }
  }
  await bare.close();
  const ex = median(extract.listed);
  const rd = median(readability);
  const pagesCount = Object.keys(vacancyPages).length;
  rows.push(
    {
      section: 'chromium-vacancy',
      name: `vacancy pages (${pagesCount} × 3 loads): extraction (the sidebar script's one cold run), median`,
      value: ex,
      unit: 'ms',
      baseline: { name: 'Readability, same pages, first run after injection (cold)', value: rd },
      budget: { text: '≤ 10 ms and ≤ Readability / 10', pass: ex <= 10 && ex <= rd / 10 },
      // Run as the load event ends, while the browser still finishes the load on the other core;
      // injected by the background, it runs some 40 ms later.
      note: `at an address of no known shape: ${median(extract.unknown).toFixed(1)} ms; Readability warm (runs 2–5 in the same page): ${median(readabilityWarm).toFixed(2)} ms`,
    },
    {
      section: 'chromium-vacancy',
      name: "vacancy pages at the portal's vacancy address: load event → sidebar on screen, median",
      value: median(toSidebar.listed),
      unit: 'ms',
      budget: { text: '≤ 50 ms', pass: median(toSidebar.listed) <= 50 },
      note: `extraction starts ${median(toExtraction.listed).toFixed(1)} ms after the load event (the manifest brought /sidebar.js with the page); navigation → sidebar ${median(navigationToSidebar.listed).toFixed(0)} ms`,
    },
    {
      section: 'chromium-vacancy',
      name: 'the same pages at an address of no known shape: load event → sidebar on screen, median',
      value: median(toSidebar.unknown),
      unit: 'ms',
      budget: { text: '≤ 50 ms', pass: median(toSidebar.unknown) <= 50 },
      note: `extraction starts ${median(toExtraction.unknown).toFixed(1)} ms after the load event (message, executeScript, /sidebar.js read and compiled); navigation → sidebar ${median(navigationToSidebar.unknown).toFixed(0)} ms`,
    },
    {
      section: 'chromium-vacancy',
      name: "vacancy pages at the portal's vacancy address: navigation → the page's load event, median",
      value: median(loadEvent.listed),
      unit: 'ms',
      baseline: { name: 'no extension', value: median(loadEventBare) },
      // /sidebar.js is compiled as the page loads there: the load event comes that much later.
      note: `at an address of no known shape (only the content script before the load event): ${median(loadEvent.unknown).toFixed(0)} ms`,
    },
    {
      section: 'chromium-vacancy',
      name: 'vacancy pages: JS heap after GC, with the sidebar',
      value: median(heapVacancy),
      unit: 'kB',
    },
  );
  return rows;
}
