/** The seed read by the generic rules alone, and odd input. The whole corpus: corpus.test.ts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/extract';
import { VacancyFactsSchema } from '../../../src/model/facts';
import { NOW, parse } from './helpers';

const ROOT = join(__dirname, '../../fixtures/pages');

describe('the seed without its URL (generic rules only)', () => {
  const dir = join(ROOT, 'wbdo-provincie-antwerpen-communicatiemedewerker');
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, unknown>;
  const facts = extractFacts(parse(readFileSync(join(dir, 'page.html'), 'utf8')), null, NOW);

  it.each(['title', 'organisation', 'salary', 'deadline', 'published', 'contract', 'location', 'contacts', 'events'])('%s', (key) => {
    expect((facts as Record<string, unknown>)[key]).toEqual(expected[key]);
  });

  it('reads no portal rule', () => {
    expect(Object.values(facts.evidence).every((e) => e.source === 'text')).toBe(true);
  });
});

describe('odd input', () => {
  it.each([
    ['an empty document', ''],
    ['text only', 'hello'],
    ['broken markup', '<main><p>Solliciteer ten laatste 31 februari 2026<dl><dt>Publicatiedatum<dd>99.99.9999'],
    ['broken JSON-LD', '<script type="application/ld+json">{"@type": "JobPosting", title: }</script><h1>X</h1>'],
    ['a huge title', `<h1>${'x'.repeat(5000)}</h1>`],
  ])('%s gives valid facts', (_, html) => {
    const facts = extractFacts(parse(html), 'not a url', NOW);
    expect(() => VacancyFactsSchema.parse(facts)).not.toThrow();
    expect(facts.deadline).toBeNull();
    expect(facts.published).toBeNull();
  });
});
