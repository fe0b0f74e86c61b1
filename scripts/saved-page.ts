/**
 * A DOM for saved pages: their scripts and linked resources are never run or fetched. Used by the
 * accuracy report, the first-contact scoring and the extract CLI.
 */
import { Window } from 'happy-dom';

export function savedPageWindow(url = 'about:blank'): Window {
  return new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
}

/** A parser for saved pages and the window to close when done. */
export function savedPageParser(): { parse: (html: string) => Document; close: () => Promise<void> } {
  const window = savedPageWindow();
  const parser = new window.DOMParser();
  return {
    parse: (html) => parser.parseFromString(html, 'text/html') as unknown as Document,
    close: () => window.happyDOM.close(),
  };
}
