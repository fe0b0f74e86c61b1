/**
 * The built manifest asks for exactly the permissions intended, each for a stated reason.
 * Whoever adds a permission adds it here, with its reason: this list is the review.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  CONTENT_SCRIPT_FILE,
  PORTAL_MATCHES,
  SIDEBAR_FILE,
  listAddressPatterns,
  vacancyAddressPatterns,
} from '../../src/extract/portals/matches';
import { EXTENSION_DIR, requireBuild } from './harness';

const INTENDED_PERMISSIONS: Record<string, string> = {
  // The sidebar's preferences (folded per site, highlights on or off) and the reminder settings.
  storage: 'local preferences',
  // The background injects the extractor and sidebar (/sidebar.js) into a tab, and registers the
  // content script for the sites the user allowed with "Always on this site".
  scripting: 'inject the sidebar; register the content script on allowed sites',
  // "Read this vacancy" from the toolbar popup or the context menu on a site outside the list:
  // access to that one tab, for that moment, only after the user's click.
  activeTab: 'read the current tab on request',
  // The "Read this vacancy" entry of the page's context menu.
  contextMenus: 'context-menu entry',
  // Deadline reminders (issue: reminders).
  alarms: 'deadline reminders',
  notifications: 'deadline reminders',
};

/** Asked for one site at a time, at the user's request ("Always on this site"); none is granted at install. */
const INTENDED_OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; exclude_matches?: string[]; js: string[] }[];
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
}

const manifest = JSON.parse(readFileSync(join(requireBuild(EXTENSION_DIR), 'manifest.json'), 'utf8')) as Manifest;

describe('the built manifest', () => {
  test('asks for the intended permissions and no other', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(Object.keys(INTENDED_PERMISSIONS).sort());
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  test('may read the listed portals and nothing else without asking', () => {
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...PORTAL_MATCHES].sort());
    // At the portals' vacancy addresses the sidebar's script first; the content script on the
    // portals; at their list addresses (inside them) only the address watcher.
    const [sidebar, content, watcher, ...more] = manifest.content_scripts ?? [];
    expect(sidebar!.js).toEqual([SIDEBAR_FILE]);
    expect(sidebar!.matches).toEqual(vacancyAddressPatterns());
    expect(sidebar!.exclude_matches).toEqual(listAddressPatterns());
    expect(content!.js).toEqual([CONTENT_SCRIPT_FILE]);
    expect([...content!.matches].sort()).toEqual([...PORTAL_MATCHES].sort());
    expect(content!.exclude_matches).toEqual(listAddressPatterns());
    expect(watcher!.matches).toEqual(listAddressPatterns());
    expect(more).toEqual([]);
  });

  test('asks for other sites only one at a time, later', () => {
    expect(manifest.optional_host_permissions).toEqual(INTENDED_OPTIONAL_HOSTS);
  });

  test.each([
    ['permissions', manifest.permissions],
    ['host_permissions', manifest.host_permissions],
    ['content_scripts', manifest.content_scripts?.flatMap((c) => c.matches)],
  ])('%s hold no <all_urls> nor an every-site pattern', (_, list) => {
    for (const entry of list ?? []) {
      expect(entry).not.toBe('<all_urls>');
      expect(entry).not.toMatch(/^(\*|https?):\/\/\*\//);
    }
  });

  test('no web page or other extension can message it, and it exposes no files to pages', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});
