import { SIDEBAR_FILE } from '../extract/portals/matches';
import { INJECTION_OPTIONS_KEY, type InjectionOptions } from './injection-options';

/** http(s) origin of an address as a match pattern ("https://www.example.be/*"), else null. */
export function originPattern(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

/**
 * Brings the extractor and the sidebar (/sidebar.js) into a frame. The options go first, into the
 * extension's isolated world, where /sidebar.js reads them and the page cannot see or forge them.
 * Used by the background (content script, context menu) and by the popup (its activeTab grant).
 */
export async function injectSidebar(
  tabId: number,
  frameId: number,
  { evenIfNotVacancy }: { evenIfNotVacancy: boolean },
): Promise<void> {
  let offerAlwaysOn = false;
  if (evenIfNotVacancy) {
    const pattern = originPattern((await browser.tabs.get(tabId)).url);
    offerAlwaysOn = pattern !== null && !(await browser.permissions.contains({ origins: [pattern] }));
  }
  const options: InjectionOptions = { evenIfNotVacancy, offerAlwaysOn };
  const target = { tabId, frameIds: [frameId] };
  // /sidebar.js takes the options away as it reads them, so no options means the defaults: the
  // content script's injection (the one on every vacancy page) saves a round trip to the tab.
  if (evenIfNotVacancy || offerAlwaysOn) {
    await browser.scripting.executeScript({
      target,
      func: (key: string, value: InjectionOptions) => {
        (globalThis as Record<string, unknown>)[key] = value;
      },
      args: [INJECTION_OPTIONS_KEY, options],
    });
  }
  await browser.scripting.executeScript({ target, files: [`/${SIDEBAR_FILE}`] });
}
