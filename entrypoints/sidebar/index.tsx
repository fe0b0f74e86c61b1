import { render } from 'preact';
import { extractFacts } from '../../src/extract';
import { sendMessage } from '../../src/messaging/protocol';
import { SNAPSHOT_MAX_CHARS } from '../../src/model/tracked';
import { pageLocale } from '../../src/ui/format';
import type { Translate } from '../../src/ui/i18n';
import { SidebarApp } from '../../src/ui/SidebarApp';
import css from '../../src/ui/sidebar.css?inline';

// Injected by the background into a tab whose content script found a vacancy. It runs in the
// extension's isolated world; `mounted` lives there too, out of the page's reach, so a page that
// plants its own <vacalens-sidebar> cannot make us skip or reuse it.
let mounted: { host: HTMLElement; root: HTMLElement } | undefined;

export default defineUnlistedScript(() => {
  const now = new Date();
  const url = location.href;
  const facts = extractFacts(document, url, now);
  if (!facts.isVacancy) {
    mounted?.host.remove();
    mounted = undefined;
    return;
  }
  mounted ??= createHost();
  const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);
  const api = {
    trackedByUrl: () => sendMessage('trackedByUrl', url),
    track: () =>
      sendMessage('trackVacancy', {
        url,
        facts,
        snapshotText: document.body.innerText.slice(0, SNAPSHOT_MAX_CHARS),
      }),
  };
  render(
    <SidebarApp
      key={url}
      facts={facts}
      locale={pageLocale(facts.language, url)}
      now={now}
      t={t}
      api={api}
      isUserAction={(event) => event.isTrusted}
    />,
    mounted.root,
  );
});

function createHost(): { host: HTMLElement; root: HTMLElement } {
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
  const root = document.createElement('div');
  shadow.append(style, root);
  document.documentElement.append(host);
  return { host, root };
}
