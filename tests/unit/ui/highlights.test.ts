import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractFactsAndText } from '../../../src/extract';
import { evidenceRanges, highlightEvidence } from '../../../src/ui/highlights';
import { page } from '../extract/helpers';

/** The text a range covers (happy-dom's Range#toString does not walk text nodes). */
function rangeText(range: Range): string {
  const doc = range.startContainer.ownerDocument!;
  const walker = doc.createTreeWalker(doc.body, 4);
  let out = '';
  let inside = false;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const start = n === range.startContainer ? range.startOffset : 0;
    if (n === range.startContainer) inside = true;
    if (!inside) continue;
    const end = n === range.endContainer ? range.endOffset : n.data.length;
    out += n.data.slice(start, end);
    if (n === range.endContainer) break;
  }
  return out;
}

/**
 * The page, in the test window's own document: happy-dom's Range only keeps its boundaries in
 * that one (in a DOMParser document it collapses them), while Chromium does either.
 */
const DOC = () => {
  const parsed = page(`<h1>Archivaris</h1><h2>Aanbod</h2><p>Salarisschaal <b>A1a-A3a</b>, voltijds.</p><p>Solliciteer ten laatste 10 maart 2026.</p>
<footer>Solliciteer ten laatste 10 maart 2026.</footer>`);
  document.body.replaceWith(document.importNode(parsed.body, true));
  return document;
};

describe('evidenceRanges', () => {
  it.each([
    ['deadline', 'Solliciteer ten laatste 10 maart 2026.'],
    // Across elements: the range runs from one text node into the next.
    ['salary', 'Salarisschaal A1a-A3a'],
    ['title', 'Archivaris'],
  ] as const)('finds the %s evidence as a DOM range over the page text', (field, text) => {
    const doc = DOC();
    const range = evidenceRanges(doc, { [field]: { source: 'text', text } }).get(field)!;
    expect(rangeText(range).replace(/\s+/g, ' ')).toBe(text);
  });

  it('prefers the content to the page chrome when both say it', () => {
    const doc = DOC();
    const range = evidenceRanges(doc, { deadline: { source: 'text', text: 'Solliciteer ten laatste 10 maart 2026.' } }).get('deadline')!;
    expect(range.startContainer.parentElement?.closest('footer')).toBeNull();
  });

  it('finds the same ranges in the text the extraction read as in a fresh walk of the page', () => {
    const doc = DOC();
    const { facts, page: read } = extractFactsAndText(doc, 'https://www.werkenbijdeoverheid.be/vacature/1/x.html', new Date('2026-01-10T12:00:00Z'), {
      evenIfNotVacancy: true,
    });
    expect(read).not.toBeNull();
    const fresh = evidenceRanges(doc, facts.evidence);
    const reused = evidenceRanges(doc, facts.evidence, read!);
    expect([...reused.keys()]).toEqual([...fresh.keys()]);
    expect(reused.size).toBeGreaterThanOrEqual(2);
    for (const [field, range] of fresh) expect(rangeText(reused.get(field)!)).toBe(rangeText(range));
  });

  it.each([
    ['declared data the page does not show', { source: 'jsonld', text: '2026-03-10' }],
    ['text that is not on the page', { source: 'text', text: 'Solliciteer ten laatste 11 maart 2026.' }],
    ['empty evidence', { source: 'text', text: '' }],
  ] as const)('leaves out %s', (_, evidence) => {
    expect(evidenceRanges(DOC(), { deadline: evidence }).size).toBe(0);
  });
});

describe('highlightEvidence', () => {
  const registry = new Map<string, { ranges: Range[] }>();
  class FakeHighlight {
    ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  }
  afterEach(() => {
    registry.clear();
    Reflect.deleteProperty(window, 'Highlight');
  });

  it('without the Highlight API changes nothing in the page and can still scroll to a fact', () => {
    const doc = DOC();
    const before = doc.body.innerHTML;
    const marks = highlightEvidence(doc, { deadline: { source: 'text', text: 'Solliciteer ten laatste 10 maart 2026.' } });
    const scroll = vi.fn();
    (Element.prototype as unknown as { scrollIntoView: unknown }).scrollIntoView = scroll;
    marks.setVisible(true);
    expect(marks.focus('deadline')).toBe(true);
    expect(marks.focus('salary')).toBe(false);
    expect(scroll).toHaveBeenCalledWith({ block: 'center', behavior: 'smooth' });
    expect(doc.body.innerHTML).toBe(before);
    marks.dispose();
  });

  it('registers the evidence ranges under one name, the focused fact under another, and removes both', () => {
    const doc = DOC();
    const win = doc.defaultView ?? window;
    Object.defineProperty(win, 'CSS', { value: { highlights: registry }, configurable: true });
    Object.defineProperty(win, 'Highlight', { value: FakeHighlight, configurable: true });
    const sheets = doc.adoptedStyleSheets.length;
    const marks = highlightEvidence(doc, {
      deadline: { source: 'text', text: 'Solliciteer ten laatste 10 maart 2026.' },
      title: { source: 'text', text: 'Archivaris' },
    });
    expect(doc.adoptedStyleSheets.length).toBe(sheets + 1);
    marks.setVisible(true);
    expect(registry.get('vacalens-fact')?.ranges.map(rangeText)).toEqual(['Solliciteer ten laatste 10 maart 2026.', 'Archivaris']);
    marks.focus('title');
    expect(registry.get('vacalens-focus')?.ranges.map(rangeText)).toEqual(['Archivaris']);
    marks.setVisible(false);
    expect(registry.has('vacalens-fact')).toBe(false);
    marks.dispose();
    expect(registry.size).toBe(0);
    expect(doc.adoptedStyleSheets.length).toBe(sheets);
  });
});
