/**
 * A fuzz run over generated pages: paragraphs, headings and label rows of the fixture corpus,
 * shuffled into new pages with a seeded generator (the same pages on every run). Whatever the
 * extractor makes of them, an employer is a name and a workplace a place, never a sentence.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts, pageText } from '../../../src/extract';
import { isEmployerName, isName } from '../../../src/extract/fields/organisation';
import { blindBatches, fixtureDirs } from '../../../scripts/corpus';
import { seededRandom } from '../seeded-random';
import { isPlace, NOW, parse } from './helpers';


const roots: (string | undefined)[] = [undefined, ...blindBatches()];
const blocks: string[] = [];
for (const root of roots) {
  for (const dir of root ? fixtureDirs(root) : fixtureDirs()) {
    const html = readFileSync(join(root ?? join(__dirname, '../../fixtures/pages'), dir, 'page.html'), 'utf8');
    for (const m of html.matchAll(/<(p|h[1-4]|li|tr|dl)\b[^>]*>[\s\S]*?<\/\1>/gi)) if (m[0].length < 1500) blocks.push(m[0]);
  }
}

const PAGES = 150;
const random = seededRandom(20261206);
const pick = () => blocks[Math.floor(random() * blocks.length)]!;
const generated = Array.from({ length: PAGES }, (_, i) => {
  const body = Array.from({ length: 8 + Math.floor(random() * 25) }, pick).join('\n');
  const lang = ['nl', 'fr', 'de', 'en'][i % 4]!;
  return { i, html: `<!doctype html><html lang="${lang}"><head><title>Vacature ${i}</title></head><body><main><h1>${i % 3 ? 'Deskundige' : 'Projectleider'} ${i}</h1>${body}</main></body></html>` };
});

describe('fuzz: generated pages from the corpus\'s own blocks', () => {
  it('tells a sentence from a name and a place (the checks themselves)', () => {
    expect(isPlace('Rathaus Lohmar, Rathausstraße 4, 53797 Lohmar')).toBe(true);
    expect(isPlace('Kortrijkstraat 24, 8700 Tielt. Je werkt in een team van vijf')).toBe(false);
    expect(isName('There are 3 posts at the council, of the planning department')).toBe(false);
  });
  it(`has ${PAGES} pages made of ${blocks.length} blocks`, () => {
    expect(blocks.length).toBeGreaterThan(1000);
  });
  it.each(generated.map((g) => [g.i, g.html] as const))('page %i names no sentence as its employer or workplace', (_, html) => {
    const doc = parse(html);
    const facts = extractFacts(doc, 'https://www.example.org/vacatures/1', NOW, { evenIfNotVacancy: true });
    if (facts.organisation !== null) expect(isEmployerName(facts.organisation, pageText(doc).text), facts.organisation).toBe(true);
    if (facts.location !== null) expect(isPlace(facts.location), facts.location).toBe(true);
  });
});
