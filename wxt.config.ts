import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import {
  CONTENT_SCRIPT_FILE,
  LIST_WATCH_FILE,
  PORTAL_MATCHES,
  SIDEBAR_FILE,
  listAddressPatterns,
  vacancyAddressPatterns,
} from './src/extract/portals/matches';

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
            gecko: {
              id: 'vacalens@vacalens.example',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
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
