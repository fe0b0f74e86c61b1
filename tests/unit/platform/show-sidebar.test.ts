import type { Browser } from 'wxt/browser';
import { describe, expect, it } from 'vitest';
import { showSidebarTarget } from '../../../src/platform/show-sidebar';
import { SHOW_SIDEBAR } from '../../../src/platform/show-sidebar-message';

const EXT_ID = 'a'.repeat(32);
const message = { type: SHOW_SIDEBAR };
const tab = (id: number) => ({ id }) as Browser.tabs.Tab;
const sender = (over: Partial<Browser.runtime.MessageSender> = {}): Browser.runtime.MessageSender => ({
  id: EXT_ID,
  tab: tab(7),
  frameId: 0,
  url: 'https://www.werkenbijdeoverheid.be/vacature/1',
  ...over,
});

describe('showSidebarTarget: the content script found a vacancy and asks for the sidebar', () => {
  it.each([
    ['the top frame', sender(), { tabId: 7, frameId: 0 }],
    ['a subframe', sender({ tab: tab(9), frameId: 3 }), { tabId: 9, frameId: 3 }],
  ])('brings it into %s', (_, from, expected) => {
    expect(showSidebarTarget(message, from, EXT_ID)).toEqual(expected);
  });

  it.each([
    ['another extension', message, sender({ id: 'b'.repeat(32) })],
    ['no tab (an extension page)', message, sender({ tab: undefined })],
    ['another message', { type: 'vacalens:left-list-address', url: 'https://www.werkenbijdeoverheid.be/' }, sender()],
    ['an extra field (a file to inject, a tab to target)', { ...message, files: ['/evil.js'], tabId: 3 }, sender()],
    ['no object', SHOW_SIDEBAR, sender()],
    ['null', null, sender()],
  ])('refuses %s', (_, msg, from) => {
    expect(showSidebarTarget(msg, from, EXT_ID)).toBeNull();
  });
});
