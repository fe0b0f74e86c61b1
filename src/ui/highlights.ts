/**
 * The text each fact was read from, marked in the page itself with the CSS Custom Highlight API:
 * the page's DOM is not changed (no wrapper elements), so the page's own scripts and layout are
 * untouched. DOM-only: takes the document and the evidence, no extension API.
 */
import type { Evidence, FactField } from '../model/facts';
import { locate, pageText, rangeOf, type PageText } from '../extract/text';

/** Every fact's evidence. */
export const FACT_HIGHLIGHT = 'vacalens-fact';
/** The one fact the user just clicked in the sidebar, for a moment. */
export const FOCUS_HIGHLIGHT = 'vacalens-focus';
const FOCUS_MS = 2500;

/**
 * The ::highlight rules must live in the page's document, since they style the page's text; an
 * adopted constructed sheet is not a node, so the DOM tree stays as the page built it.
 */
const RULES = `
::highlight(${FACT_HIGHLIGHT}) { background-color: rgb(255 213 79 / 0.45); color: inherit; }
::highlight(${FOCUS_HIGHLIGHT}) { background-color: rgb(255 152 0 / 0.85); color: #000; }
`;

/**
 * Where each fact's evidence sits in the page, as DOM ranges (facts whose text is not found are
 * left out). `page` is the page's text if the caller has just read it (the extraction did).
 */
export function evidenceRanges(
  doc: Document,
  evidence: Partial<Record<FactField, Evidence>>,
  page: PageText = pageText(doc),
): Map<FactField, Range> {
  const ranges = new Map<FactField, Range>();
  for (const [field, ev] of Object.entries(evidence) as [FactField, Evidence][]) {
    const at = locate(page, ev.text) ?? locate(page, ev.text.replace(/\s+/g, ' ').trim());
    const points = at && rangeOf(page, at.start, at.end);
    if (!points) continue;
    const range = doc.createRange();
    range.setStart(points.start.node, points.start.offset);
    range.setEnd(points.end.node, points.end.offset);
    ranges.set(field, range);
  }
  return ranges;
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}
type HighlightConstructor = new (...ranges: Range[]) => unknown;

function highlightApi(win: Window): { registry: HighlightRegistry; Highlight: HighlightConstructor } | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightConstructor };
  return w.CSS?.highlights && typeof w.Highlight === 'function' ? { registry: w.CSS.highlights, Highlight: w.Highlight } : null;
}

export interface PageHighlighter {
  /** The facts whose evidence was found in the page. */
  readonly found: ReadonlySet<FactField>;
  /** Shows or hides the evidence highlights. */
  setVisible(visible: boolean): void;
  /** Scrolls the page to a fact's evidence and marks it for a moment; false when it was not found. */
  focus(field: FactField): boolean;
  /** Removes every highlight and rule this made. */
  dispose(): void;
}

export function highlightEvidence(
  doc: Document,
  evidence: Partial<Record<FactField, Evidence>>,
  page: PageText = pageText(doc),
): PageHighlighter {
  const win = doc.defaultView;
  const ranges = evidenceRanges(doc, evidence, page);
  const api = win ? highlightApi(win) : null;
  let sheet: CSSStyleSheet | null = null;
  let focusTimer: ReturnType<typeof setTimeout> | undefined;

  if (api && win && 'adoptedStyleSheets' in doc) {
    sheet = new win.CSSStyleSheet();
    sheet.replaceSync(RULES);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }

  const setVisible = (visible: boolean) => {
    if (!api) return;
    if (visible && ranges.size) api.registry.set(FACT_HIGHLIGHT, new api.Highlight(...ranges.values()));
    else api.registry.delete(FACT_HIGHLIGHT);
  };

  return {
    found: new Set(ranges.keys()),
    setVisible,
    focus(field) {
      const range = ranges.get(field);
      if (!range) return false;
      const anchor = range.startContainer.parentElement;
      anchor?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      if (api) {
        api.registry.set(FOCUS_HIGHLIGHT, new api.Highlight(range));
        clearTimeout(focusTimer);
        focusTimer = setTimeout(() => api.registry.delete(FOCUS_HIGHLIGHT), FOCUS_MS);
      }
      return true;
    },
    dispose() {
      clearTimeout(focusTimer);
      api?.registry.delete(FACT_HIGHLIGHT);
      api?.registry.delete(FOCUS_HIGHLIGHT);
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
