import { render } from 'preact';
import { extractFactsAndText } from '../../src/extract';
import { declaredAddress } from '../../src/extract/declared-address';
import { sendMessage } from '../../src/messaging/protocol';
import { sidebarActivityMessenger } from '../../src/messaging/sidebar-activity-protocol';
import { SNAPSHOT_MAX_CHARS } from '../../src/model/limits';
import { pageLocale } from '../../src/ui/format';
import type { Translate } from '../../src/i18n/messages';
import { highlightEvidence } from '../../src/ui/highlights';
import { loadPrefs, savePrefs } from '../../src/platform/prefs';
import { INJECTION_OPTIONS_KEY, takeDetected, type InjectionOptions } from '../../src/platform/injection-options';
import { onPage } from '../../src/platform/onpage-messages';
import { PANEL_WIDTH, reservePageRoom } from '../../src/platform/page-room';
import { currentSidebar, setCurrentSidebar, setListedSidebar } from '../../src/platform/sidebar-handle';
import { SidebarApp, type SidebarApi } from '../../src/ui/SidebarApp';
import css from '../../src/ui/sidebar.css?inline';

// Injected by the background into a tab whose content script found a vacancy, or that the user
// asked to read (toolbar, context menu); or listed in the manifest at the portals' vacancy
// addresses (VACANCY_ADDRESSES). It runs in the extension's isolated world; the handle and the
// injection options live there too, out of the page's reach, so a page that plants its own
// <vacalens-sidebar> cannot make us skip or reuse it. Each run evaluates this file afresh, with
// its own copy of Preact: the previous copy unmounts its tree before this one renders.
export default defineUnlistedScript(() => {
  // Read once: the next injection without options (the content script's, the usual one) gets the defaults.
  const options = (globalThis as Record<string, unknown>)[INJECTION_OPTIONS_KEY] as InjectionOptions | undefined;
  delete (globalThis as Record<string, unknown>)[INJECTION_OPTIONS_KEY];
  // The content script asks for the sidebar without options, right after its detection found a
  // vacancy in this document, which it marks (src/platform/injection-options.ts): its verdict
  // stands, detection is not run twice.
  if (options !== undefined || takeDetected()) {
    show(options, options === undefined);
    return;
  }
  // Brought by the manifest with a page at a vacancy address, before the page has loaded: the
  // board may still fill facts in by script (the field guide's werkenbijdeoverheid.be), so the page
  // is read once its load event is over, and detection decides as it does everywhere.
  setListedSidebar();
  if (document.readyState === 'complete') show(undefined, false);
  else addEventListener('load', () => setTimeout(() => show(undefined, false)), { once: true });
});

function show(options: InjectionOptions | undefined, detected: boolean): void {
  const evenIfNotVacancy = options?.evenIfNotVacancy ?? false;
  const now = new Date();
  const url = location.href;
  performance.mark('vacalens:extract:start');
  const { facts, page } = extractFactsAndText(document, url, now, { evenIfNotVacancy, detected });
  // An end mark of its own (not just the measure) carries the thread's CPU clock into a Chromium trace.
  performance.mark('vacalens:extract:end');
  performance.measure('vacalens:extract', 'vacalens:extract:start', 'vacalens:extract:end');
  if (!facts.isVacancy && !evenIfNotVacancy) {
    currentSidebar()?.remove();
    return;
  }
  const previous = currentSidebar();
  previous?.dispose();
  const { host, shadow } = previous?.host.isConnected ? previous : createHost();
  const root = document.createElement('div');
  shadow.append(root);
  // The evidence is found in the text the extraction read: the page is not walked twice.
  const marks = highlightEvidence(document, facts.evidence, page ?? undefined);
  const dispose = () => {
    render(null, root);
    root.remove();
    marks.dispose();
  };
  setCurrentSidebar({
    host,
    shadow,
    dispose,
    remove() {
      dispose();
      host.remove();
      setCurrentSidebar(undefined);
      void onPage.sendMessage('pageState', null).catch(() => {});
    },
  });
  const site = location.hostname;
  const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);
  const api: SidebarApi = {
    trackedByUrl: () => sendMessage('trackedByUrl', url),
    track: (choice) =>
      sendMessage('trackVacancy', {
        url,
        // The address the page declares as its own, so the same vacancy on two portals is found again.
        canonicalUrl: declaredAddress(document, url) ?? undefined,
        facts,
        snapshotText: document.body.innerText.slice(0, SNAPSHOT_MAX_CHARS),
        ...choice,
      }),
    setStatus: (id, status) => sendMessage('setStatus', { id, status }),
    undoStatus: (id, expectedUpdatedAt) => sendMessage('undoStatus', { id, expectedUpdatedAt }),
    corrections: async (id) => (await sendMessage('getVacancy', id))?.corrections ?? {},
    correct: (id, field, value) => sendMessage('setCorrection', { id, field, value }),
    notStated: (id, field) => sendMessage('setCorrection', { id, field, value: null, notStated: true }),
    loadPrefs: () => loadPrefs(site),
    savePrefs: (prefs) => savePrefs(site, prefs),
    pageState: (state) => void onPage.sendMessage('pageState', state).catch(() => {}),
    openSiteAccess: options?.offerAlwaysOn ? () => void onPage.sendMessage('openSiteAccess') : undefined,
    makeRoom: () => reservePageRoom(document, PANEL_WIDTH, (element) => element === host),
    jobSearch: {
      uiLocale: browser.i18n.getUILanguage(),
      load: (vacancyId) => sidebarActivityMessenger.sendMessage('vacancyJobSearch', { vacancyId }),
      add: (input) => sidebarActivityMessenger.sendMessage('addVacancyActivity', input),
      attended: (vacancyId, eventIndex) => sidebarActivityMessenger.sendMessage('attendedStep', { vacancyId, eventIndex }),
    },
  };
  render(
    <SidebarApp
      key={url}
      facts={facts}
      locale={pageLocale(facts.language, url)}
      now={now}
      t={t}
      api={api}
      marks={marks}
      uncertain={!facts.isVacancy}
      isUserAction={(event) => event.isTrusted}
    />,
    root,
  );
  performance.mark('vacalens:sidebar-shown');
}

function createHost(): { host: HTMLElement; shadow: ShadowRoot } {
  const host = document.createElement('vacalens-sidebar');
  // Inline !important declarations outrank anything the page's style sheets say about our tag.
  for (const [property, value] of Object.entries({
    all: 'initial',
    display: 'block',
    position: 'fixed',
    top: '0',
    right: '0',
    'z-index': '2147483647',
    visibility: 'visible',
    opacity: '1',
  })) {
    host.style.setProperty(property, value, 'important');
  }
  // Open, so assistive technology and tests can read it; writes are guarded by isUserAction.
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style);
  document.documentElement.append(host);
  return { host, shadow };
}
