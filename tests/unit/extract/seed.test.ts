/**
 * Golden test over every fixture page: the extracted facts must equal the keys its expected.json
 * lists, every fact must carry evidence the page shows, and the output must pass the contract.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts, pageText } from '../../../src/extract';
import { FACT_FIELDS, VacancyFactsSchema } from '../../../src/model/facts';
import { NOW, parse } from './helpers';

const ROOT = join(__dirname, '../../fixtures/pages');
const NOT_FACTS = new Set(['source', 'notes']);
const fixtures = readdirSync(ROOT).filter((d) => existsSync(join(ROOT, d, 'page.html')));

describe.each(fixtures)('fixture %s', (name) => {
  const html = readFileSync(join(ROOT, name, 'page.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(ROOT, name, 'expected.json'), 'utf8')) as Record<string, unknown>;
  const doc = parse(html);
  const facts = extractFacts(doc, (expected['url'] as string | undefined) ?? null, NOW);

  const keys = Object.keys(expected).filter((k) => !NOT_FACTS.has(k));
  it.each(keys)('%s', (key) => {
    expect((facts as Record<string, unknown>)[key]).toEqual(expected[key]);
  });

  it('passes the contract', () => {
    expect(() => VacancyFactsSchema.parse(facts)).not.toThrow();
  });

  it('has evidence the page shows for every fact', () => {
    const text = pageText(doc).text;
    for (const field of FACT_FIELDS) {
      const value = facts[field];
      const stated = Array.isArray(value) ? value.length > 0 : value !== null;
      if (!stated) continue;
      const ev = facts.evidence[field];
      expect(ev, field).toBeDefined();
      if (ev!.source === 'text' || ev!.source.startsWith('portal:')) expect(text, field).toContain(ev!.text);
    }
  });

  it('never reads facts from page chrome', () => {
    const chrome = pageText(doc).lines.filter((l) => l.chrome);
    for (const ev of Object.values(facts.evidence)) {
      if (ev.source !== 'text') continue;
      expect(chrome.some((l) => l.text.includes(ev.text) && !pageText(doc).lines.some((c) => !c.chrome && c.text.includes(ev.text)))).toBe(false);
    }
  });
});

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
