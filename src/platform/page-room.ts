/**
 * Room for the open sidebar beside the page, so the panel never covers the vacancy's text: the
 * page's root gets a right margin of the panel's width and reflows into what is left. Fixed bars
 * (headers, cookie banners, chat buttons) are placed against the viewport rather than the root,
 * so those reaching under the panel are narrowed or moved left one by one. Every inline style
 * written is put back as it was when the room is given back (panel folded or gone).
 *
 * Written through the CSSOM (element.style), which a page's Content-Security-Policy does not
 * block, unlike an added <style> element.
 */

/** The open panel's width in CSS pixels: `.panel` in src/ui/sidebar.css. */
export const PANEL_WIDTH = 360;

interface SavedStyle {
  element: HTMLElement;
  property: string;
  value: string;
  priority: string;
}

/** Rows of points across the panel's strip where fixed elements are looked for, this far apart. */
const SAMPLE_STEP = 24;

/**
 * Makes room for a panel `width` px wide at the viewport's right edge, and keeps it made while the
 * page scrolls (a header that turns fixed on scroll), resizes, or shows a banner late. Returns the
 * function that gives the room back.
 */
export function reservePageRoom(doc: Document, width: number = PANEL_WIDTH, isOurs: (el: Element) => boolean = () => false): () => void {
  const win = doc.defaultView;
  const saved: SavedStyle[] = [];
  const adjusted = new Set<HTMLElement>();
  const set = (element: HTMLElement, property: string, value: string) => {
    if (!saved.some((s) => s.element === element && s.property === property)) {
      saved.push({
        element,
        property,
        value: element.style.getPropertyValue(property),
        priority: element.style.getPropertyPriority(property),
      });
    }
    element.style.setProperty(property, value, 'important');
  };

  const root = doc.documentElement;
  set(root, 'margin-right', `${width}px`);
  // A root or body sized in vw or 100% of the viewport would not shrink with the margin.
  set(root, 'width', 'auto');
  set(root, 'max-width', 'none');
  if (doc.body) set(doc.body, 'max-width', '100%');

  const moveFixedOutOfTheWay = () => {
    if (!win) return;
    const viewportWidth = root.clientWidth;
    const edge = viewportWidth - width;
    for (const element of fixedElementsUnder(doc, edge, viewportWidth, isOurs)) {
      if (adjusted.has(element)) continue;
      adjusted.add(element);
      const rect = element.getBoundingClientRect();
      const style = win.getComputedStyle(element);
      if (rect.left < edge) {
        // A bar across the page: it ends where the panel begins.
        const frame = style.boxSizing === 'border-box' ? 0 : rect.width - parseFloat(style.width);
        set(element, 'max-width', `${Math.max(0, edge - rect.left - frame)}px`);
        if (style.right !== 'auto') set(element, 'right', `${parseFloat(style.right) + width}px`);
      } else if (style.right !== 'auto') {
        // A small box in the corner (a chat or "to the top" button): moved beside the panel.
        set(element, 'right', `${parseFloat(style.right) + width}px`);
      } else {
        set(element, 'left', `${rect.left - width}px`);
      }
    }
  };

  // In the narrower room a long word (an address, a URL) can push its column under the panel,
  // where nothing scrolls to it. The innermost elements reaching across the panel's edge let
  // their words wrap; only those: wrapping anywhere everywhere would break short words in
  // squeezed buttons too.
  const wrapWhatCrossesTheEdge = () => {
    if (!doc.body) return;
    const edge = root.clientWidth - width;
    const crossing: HTMLElement[] = [];
    const holdsCrossing = new Set<Element>();
    for (const element of doc.body.getElementsByTagName('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.left < edge && rect.right > edge + 1 && 'style' in element) {
        crossing.push(element as HTMLElement);
        if (element.parentElement) holdsCrossing.add(element.parentElement);
      }
    }
    for (const element of crossing) if (!holdsCrossing.has(element)) set(element, 'overflow-wrap', 'anywhere');
  };

  let pending = 0;
  let resized = false;
  const later = (event?: Event) => {
    if (event?.type === 'resize') resized = true;
    if (!win || pending) return;
    pending = win.requestAnimationFrame(() => {
      pending = 0;
      moveFixedOutOfTheWay();
      if (resized) wrapWhatCrossesTheEdge();
      resized = false;
    });
  };
  moveFixedOutOfTheWay();
  wrapWhatCrossesTheEdge();
  // Whatever the page fixes later: a header on scroll, a banner a few seconds in.
  const timers = win ? [1000, 3000].map((ms) => win.setTimeout(() => later(), ms)) : [];
  win?.addEventListener('scrollend', later, { passive: true });
  win?.addEventListener('resize', later, { passive: true });

  return () => {
    if (win) {
      for (const timer of timers) win.clearTimeout(timer);
      if (pending) win.cancelAnimationFrame(pending);
      win.removeEventListener('scrollend', later);
      win.removeEventListener('resize', later);
    }
    for (const { element, property, value, priority } of saved.reverse()) {
      if (value) element.style.setProperty(property, value, priority);
      else element.style.removeProperty(property);
    }
  };
}

/**
 * The outermost fixed-position elements that reach into the strip from `edge` to `right`, found
 * by hit-testing points down the strip (not by walking the whole page).
 */
function fixedElementsUnder(doc: Document, edge: number, right: number, isOurs: (el: Element) => boolean): Set<HTMLElement> {
  const win = doc.defaultView!;
  const found = new Set<HTMLElement>();
  // Most points hit the same few ancestors: each element's position is read once per search.
  const isFixed = new Map<Element, boolean>();
  const fixed = (el: Element) => {
    let answer = isFixed.get(el);
    if (answer === undefined) isFixed.set(el, (answer = win.getComputedStyle(el).position === 'fixed'));
    return answer;
  };
  const height = doc.documentElement.clientHeight;
  const xs = [edge + 4, (edge + right) / 2, right - 4];
  for (let y = 2; y < height; y += SAMPLE_STEP) {
    for (const x of xs) {
      for (const hit of doc.elementsFromPoint(x, y)) {
        if (isOurs(hit) || hit === doc.documentElement || hit === doc.body) continue;
        const outermost = outermostFixed(hit, fixed);
        if (outermost && !isOurs(outermost)) found.add(outermost);
      }
    }
  }
  return found;
}

function outermostFixed(element: Element, fixed: (el: Element) => boolean): HTMLElement | null {
  let outermost: HTMLElement | null = null;
  for (let el: Element | null = element; el && el !== el.ownerDocument.body; el = el.parentElement) {
    if ('style' in el && fixed(el)) outermost = el as HTMLElement;
  }
  return outermost;
}
