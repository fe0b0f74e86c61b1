import { describe, expect, it } from 'vitest';
import { locate, pageText, rangeOf } from '../../../src/extract/text';
import { parse } from './helpers';

describe('pageText', () => {
  const doc = parse(`<html><body>
    <header><nav><a href="/">Home</a></nav></header>
    <main><h1>Jurist   bij de
      stad</h1><p>Loon: €&nbsp;3.059,65<br>per maand<script>var x = 1;</script></p>
      <p hidden>verborgen</p><p aria-hidden="true">ook verborgen</p><ul><li>een</li><li>twee <b>vet</b></li></ul>
      <template><p>sjabloon</p></template><noscript>geen js</noscript><p style="display:none">weg</p>
    ${'<p>vul</p>'.repeat(40)}</main>
    <footer>tel. 02 211 55 00</footer><div id="cookie-banner"><span>Cookies</span></div>
  </body></html>`);
  const page = pageText(doc);

  it('keeps visible text, one block a line, whitespace collapsed, no-break space as a space', () => {
    expect(page.text.startsWith('Home\nJurist bij de stad\nLoon: € 3.059,65\nper maand\neen\ntwee vet\nvul')).toBe(true);
    expect(page.text).not.toMatch(/verborgen|sjabloon|geen js|var x|weg/);
  });

  it('marks page chrome', () => {
    const chrome = page.lines.filter((l) => l.chrome).map((l) => l.text);
    expect(chrome).toEqual(['Home', 'tel. 02 211 55 00', 'Cookies']);
    expect(page.lines.find((l) => l.text.startsWith('Jurist'))?.block).toBe('h1');
  });

  it('maps text offsets back to DOM text nodes', () => {
    const hit = locate(page, '3.059,65')!;
    const r = rangeOf(page, hit.start, hit.end)!;
    expect(r.start.node.data.slice(r.start.offset, r.end.offset)).toBe('3.059,65');
    const title = locate(page, 'Jurist bij de stad')!;
    const t = rangeOf(page, title.start, title.end)!;
    expect(t.start.node).toBe(t.end.node);
    expect(t.start.node.data.slice(t.start.offset, t.end.offset).replace(/\s+/g, ' ')).toBe('Jurist bij de stad');
    const across = locate(page, 'twee vet')!;
    const a = rangeOf(page, across.start, across.end)!;
    expect(a.start.node.data).toBe('twee ');
    expect(a.end.node.data.slice(0, a.end.offset)).toBe('vet');
  });

  it('refuses empty or out-of-range ranges', () => {
    expect(rangeOf(page, 5, 5)).toBeNull();
    expect(rangeOf(page, -1, 3)).toBeNull();
    expect(rangeOf(page, 0, page.text.length + 1)).toBeNull();
  });
});
