import type { Browser } from 'wxt/browser';
import { describe, expect, it } from 'vitest';
import { leftListTarget } from '../../../src/platform/list-leave';
import { LEFT_LIST_ADDRESS } from '../../../src/platform/left-list-message';

const EXT_ID = 'a'.repeat(32);
const SEARCH = 'https://www.werkenbijdeoverheid.be/index.php/page/advsearchvacs/regio/spa';
const VACANCY = 'https://www.werkenbijdeoverheid.be/spa/vacature/2';
const message = { type: LEFT_LIST_ADDRESS, url: VACANCY };
const at = (url: string) => ({ type: LEFT_LIST_ADDRESS, url });
const tab = (id: number) => ({ id }) as Browser.tabs.Tab;
const sender = (over: Partial<Browser.runtime.MessageSender> = {}): Browser.runtime.MessageSender => ({
  id: EXT_ID,
  tab: tab(7),
  frameId: 0,
  // The browser states the address the document was loaded at, not where it moved since.
  url: SEARCH,
  ...over,
});

describe('leftListTarget: the watcher asks for the content script after leaving a list address', () => {
  it.each([
    ['the top frame', message, sender(), { tabId: 7, frameId: 0 }],
    ['a subframe', message, sender({ tab: tab(9), frameId: 3 }), { tabId: 9, frameId: 3 }],
    ['a vacancy beside the list address', at('https://www.vlaanderen.be/werken-voor-vlaanderen/vacatures/boswachter-2d6fa8'), sender({ url: 'https://www.vlaanderen.be/werken-voor-vlaanderen/vacatures?page=2' }), { tabId: 7, frameId: 0 }],
  ])('brings it into %s', (_, msg, from, expected) => {
    expect(leftListTarget(msg, from, EXT_ID)).toEqual(expected);
  });

  it.each([
    ['another extension', message, sender({ id: 'b'.repeat(32) })],
    ['no tab (an extension page)', message, sender({ tab: undefined })],
    ['no frame', message, sender({ frameId: undefined })],
    ['no address', message, sender({ url: undefined })],
    ['a document loaded outside the portals', at('https://www.gemeente-voorbeeld.be/vacatures/1'), sender({ url: 'https://www.gemeente-voorbeeld.be/' })],
    ['an address of another origin', at('https://jobs.stad.gent/vacature/1'), sender()],
    ['an address of another scheme', at('http://www.werkenbijdeoverheid.be/spa/vacature/2'), sender()],
    ['a portal path outside its pattern', at('https://www.vlaanderen.be/nieuws'), sender({ url: 'https://www.vlaanderen.be/werken-voor-vlaanderen/vacatures' })],
    ['still a list address', at('https://www.werkenbijdeoverheid.be/index.php/page/advsearchvacs/regio/x'), sender()],
    ['back home', at('https://www.werkenbijdeoverheid.be/?q=1'), sender()],
    ['an address that is no http(s)', at('javascript:alert(1)'), sender()],
    ['an overlong address', at(`${VACANCY}?${'x'.repeat(5000)}`), sender()],
    ['no address', { type: LEFT_LIST_ADDRESS }, sender()],
    ['another message', { type: 'vacalens:show-sidebar' }, sender()],
    ['an extra field', { ...message, files: ['/sidebar.js'] }, sender()],
    ['no object', LEFT_LIST_ADDRESS, sender()],
  ])('refuses %s', (_, msg, from) => {
    expect(leftListTarget(msg, from, EXT_ID)).toBeNull();
  });
});
