import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';
import {
  CONTENT_SCRIPT_FILE,
  LIST_WATCH_FILE,
  PORTAL_MATCHES,
  SIDEBAR_FILE,
  listAddressPatterns,
  vacancyAddressPatterns,
} from './src/extract/portals/matches';

/**
 * zod compiles fast parsers with `new Function` unless told not to; src/model/zod.ts turns that off
 * (jitless) before any schema is built, so the code is dead, but it stays in every bundle that
 * holds zod and Mozilla's linter reports it as eval (DANGEROUS_EVAL), for AMO's reviewers to
 * look into. This takes the two dead sites out at build time. zod is pinned exactly; when an
 * upgrade moves them, the build stops here rather than shipping them unnoticed.
 */
function zodWithoutEval(): Plugin {
  const sites = [
    // The probe "may this page eval?": under jitless it returns false before reaching here.
    { file: /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/, code: /const F = Function;\s*new F\(""\);\s*return true;/, by: 'return false;' },
    // The compiler of the fast path, only reached when the probe said yes.
    {
      file: /[\\/]zod[\\/]v4[\\/]core[\\/]doc\.js$/,
      code: /const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);/,
      by: 'throw new Error("zod runs jitless in Vacalens");',
    },
  ];
  return {
    name: 'vacalens:zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      const site = sites.find((s) => s.file.test(id));
      if (!site) return null;
      if (!site.code.test(code)) this.error(`zod's code at ${id} has changed: update zodWithoutEval in wxt.config.ts`);
      return { code: code.replace(site.code, site.by), map: null };
    },
  };
}

// The manifest is a function of the target browser: Firefox needs an add-on id and its
// data-collection declaration, Chrome rejects both.
export default defineConfig({
  // Parallel work (and the benchmarks' extra builds) can build into a folder of their own.
  outDir: process.env.VACALENS_OUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'activeTab', 'contextMenus', 'alarms', 'notifications'],
    host_permissions: PORTAL_MATCHES,
    // Asked for one site at a time, when the user chooses "Always on this site".
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // MV3's default already forbids eval and remote scripts; stated here so a test holds it
    // (tests/e2e/hardening.e2e.test.ts) and no later edit loosens it unnoticed.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    // The content script (entrypoints/vacancy.ts) is an unlisted script listed here by hand: it
    // runs without WXT's content-script runtime (see that file). At the portals' list addresses,
    // where it would read nothing, only the small address watcher runs (entrypoints/list-watch.ts).
    // At their vacancy addresses the sidebar comes with the page, listed first so that it runs
    // before the content script, which then leaves the first reading to it.
    content_scripts: [
      { matches: vacancyAddressPatterns(), exclude_matches: listAddressPatterns(), js: [SIDEBAR_FILE], run_at: 'document_idle' },
      { matches: PORTAL_MATCHES, exclude_matches: listAddressPatterns(), js: [CONTENT_SCRIPT_FILE], run_at: 'document_idle' },
      { matches: listAddressPatterns(), js: [LIST_WATCH_FILE], run_at: 'document_idle' },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // data_collection_permissions (AMO's data-collection statement: none) is understood
            // from Firefox 140 and Firefox for Android 142; the CSS Custom Highlight API the
            // page highlights use also came in 140.
            gecko: {
              id: 'vacalens@vacalens.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [preact(), zodWithoutEval()] }),
  // `npm run zip`: the Chrome Web Store zip, the Firefox zip, and the sources zip AMO asks for
  // (made with the Firefox one), which holds what the build needs and how to run it.
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['bench/**', 'docs/**', 'scripts/**', 'tests/**', '.ci/**', '.output/**', '*.zip'],
    includeSources: ['docs/amo-build.md'],
  },
  hooks: {
    // /sidebar.js is injected into a vacancy page to run everything in it once, at once: V8's
    // compile hint has it compiled whole as it loads, rather than function by function on first
    // call (a lazy compile each) in the middle of the extraction.
    'vite:build:extendConfig'(entrypoints, config) {
      if (entrypoints.length !== 1 || entrypoints[0]!.name !== 'sidebar') return;
      // Added to the finished chunk: the minifier drops comments, a banner included.
      (config.plugins ??= []).push({
        name: 'vacalens:compile-hint',
        generateBundle(_, bundle) {
          for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        },
      });
    },
  },
});
