import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PORTALS, portalRulesFor } from '../../../src/extract/portals';
import {
  CONTENT_SCRIPT_FILE,
  LIST_ADDRESSES,
  LIST_WATCH_FILE,
  PORTAL_ADDRESSES,
  PORTAL_MATCHES,
  SIDEBAR_FILE,
  listAddressPatterns,
  matchesPattern,
  vacancyAddressPatterns,
} from '../../../src/extract/portals/matches';
import config from '../../../wxt.config';

/**
 * A portal's addresses live once, in its own file (src/extract/portals/<portal>.ts): the manifest's
 * match patterns and the address lists are derived from them (matches.ts), and no second list may
 * grow back beside them. Every portal has a fixture page at an address its rules take.
 */

const ROOT = resolve(__dirname, '../../..');
const PORTALS_DIR = 'src/extract/portals';
const PAGES = join(ROOT, 'tests/fixtures/pages');

interface Manifest {
  host_permissions: string[];
  content_scripts: { matches: string[]; exclude_matches?: string[]; js: string[] }[];
}

/** The manifest as wxt.config.ts makes it for a browser (its manifest function, called as WXT calls it). */
function manifestFor(browser: 'chrome' | 'firefox'): Manifest {
  const manifest = config.manifest as unknown as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Manifest;
  return manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
}

const sites = PORTALS.flatMap((p) => p.addresses.sites);

describe('portal addresses: declared once, in each portal file', () => {
  it.each(PORTALS.map((p) => [p.id, p] as const))('%s declares its sites: host names only, paths that start with /', (_id, portal) => {
    expect(portal.addresses.sites.length).toBeGreaterThan(0);
    for (const site of portal.addresses.sites) {
      expect(site.host).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      for (const path of [site.under ?? '/', ...(site.lists?.paths ?? []), ...(site.lists?.under ?? []), ...(site.vacancies ?? [])]) {
        expect(path.startsWith('/'), `${site.host} ${path}`).toBe(true);
      }
      // A list or vacancy address lies inside the part of the site that is the portal.
      for (const path of [...(site.lists?.paths ?? []), ...(site.lists?.under ?? []), ...(site.vacancies ?? [])]) {
        expect(`${path}/`.startsWith(site.under ?? '/') || path.startsWith(site.under ?? '/'), `${site.host} ${path}`).toBe(true);
      }
    }
  });

  it('matches.ts takes the addresses of every portal, in the order of PORTALS (the rules and the manifest agree)', () => {
    expect(PORTAL_ADDRESSES).toHaveLength(PORTALS.length);
    PORTALS.forEach((p, i) => expect(PORTAL_ADDRESSES[i], p.id).toBe(p.addresses));
  });

  it('derives the match patterns, the list and the vacancy addresses from the sites alone', () => {
    expect(PORTAL_MATCHES).toEqual(sites.map((s) => `*://${s.subdomains === false ? '' : '*.'}${s.host}${s.under ?? '/'}*`));
    expect(LIST_ADDRESSES).toEqual(sites.flatMap((s) => (s.lists ? [{ host: s.host, ...s.lists }] : [])));
    expect(vacancyAddressPatterns()).toHaveLength(sites.reduce((n, s) => n + (s.vacancies?.length ?? 0), 0));
  });

  it.each(['chrome', 'firefox'] as const)("the %s manifest's host permissions and content-script matches are the derived patterns", (browser) => {
    const manifest = manifestFor(browser);
    expect(manifest.host_permissions).toEqual(PORTAL_MATCHES);
    const byScript = Object.fromEntries(manifest.content_scripts.map((c) => [c.js.join(), c]));
    expect(byScript[SIDEBAR_FILE]).toMatchObject({ matches: vacancyAddressPatterns(), exclude_matches: listAddressPatterns() });
    expect(byScript[CONTENT_SCRIPT_FILE]).toMatchObject({ matches: PORTAL_MATCHES, exclude_matches: listAddressPatterns() });
    expect(byScript[LIST_WATCH_FILE]).toMatchObject({ matches: listAddressPatterns() });
    expect(manifest.content_scripts).toHaveLength(3);
  });

  it('no second list: no match pattern, and no portal host, spelt in the code outside the portal files', () => {
    const hosts = new Set(sites.map((s) => s.host));
    const found: string[] = [];
    for (const file of [...sourceFiles('src/extract'), ...sourceFiles('src/platform'), ...sourceFiles('entrypoints'), 'wxt.config.ts']) {
      const isPortalFile = file.startsWith(`${PORTALS_DIR}/`) && !file.endsWith('/matches.ts');
      for (const text of stringLiterals(file)) {
        // A match pattern of a site (any site, `https://*/*`, is the optional permission, no portal's).
        const pattern = text.includes('://') && text.includes('*') && !/^https?:\/\/\*\/\*$/.test(text);
        const host = !isPortalFile && [...hosts].some((h) => text === h || text.includes(`.${h}`) || text.includes(`/${h}`));
        if (pattern || host) found.push(`${file}: ${JSON.stringify(text)}`);
      }
    }
    // The one derivation, in matches.ts: `*://${…}${host}${…}*` and the look-up of a host's pattern
    // (`*://*.${host}/`), whose pieces are the parser's template parts "*://" and "*://*.".
    const derivation = new Set(['*://', '*://*.'].map((piece) => `${PORTALS_DIR}/matches.ts: ${JSON.stringify(piece)}`));
    expect(found.filter((f) => !derivation.has(f))).toEqual([]);
  });
});

describe('every portal has a fixture page its rules take', () => {
  const pages = readdirSync(PAGES).flatMap((dir) => {
    try {
      const { url } = JSON.parse(readFileSync(join(PAGES, dir, 'expected.json'), 'utf8')) as { url?: string };
      return url ? [{ dir, url }] : [];
    } catch {
      return [];
    }
  });

  it.each(PORTALS.map((p) => [p.id, p] as const))('%s', (_id, portal) => {
    const taken = pages.filter((page) => portalRulesFor(new URL(page.url)) === portal);
    expect(taken.map((p) => p.dir), `no page in tests/fixtures/pages at an address of ${portal.id}`).not.toEqual([]);
    // And the manifest reaches it: the content script runs there without asking.
    for (const page of taken) {
      const inPortal = PORTAL_MATCHES.some((pattern) => matchesPattern(pattern, page.url));
      const onOtherHost = (portal.alsoHosts ?? []).some((h) => new URL(page.url).hostname.endsWith(h));
      expect(inPortal || onOtherHost, page.dir).toBe(true);
    }
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The string literals of a file (template pieces included), as the TypeScript parser reads them: comments left out. */
function stringLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      out.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}
