import { beforeEach, describe, expect, it, vi } from 'vitest';
// The browser API's overloads (callback and promise) defeat vi.spyOn's typing: the mocks are cast.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectSidebar } from '../../../src/platform/inject';
import { INJECTION_OPTIONS_KEY } from '../../../src/platform/injection-options';

describe('injectSidebar', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('brings only /sidebar.js for the content script: the sidebar takes no options as the defaults', async () => {
    const executeScript = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([] as never);
    await injectSidebar(7, 3, { evenIfNotVacancy: false });
    expect(executeScript.mock.calls).toEqual([[{ target: { tabId: 7, frameIds: [3] }, files: ['/sidebar.js'] }]]);
  });

  it.each([
    ['a site the user has not allowed', false, { evenIfNotVacancy: true, offerAlwaysOn: true }],
    ['a site already allowed', true, { evenIfNotVacancy: true, offerAlwaysOn: false }],
  ])('sets the options before /sidebar.js when the user asks to read %s', async (_site, allowed, options) => {
    const executeScript = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([] as never);
    vi.spyOn(browser.tabs, 'get').mockResolvedValue({ url: 'https://jobs.example.org/v/1' } as never);
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(allowed as never);
    await injectSidebar(7, 0, { evenIfNotVacancy: true });
    const target = { tabId: 7, frameIds: [0] };
    expect(executeScript.mock.calls).toEqual([
      [{ target, func: expect.any(Function), args: [INJECTION_OPTIONS_KEY, options] }],
      [{ target, files: ['/sidebar.js'] }],
    ]);
  });
});
