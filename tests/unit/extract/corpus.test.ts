/**
 * Golden test over the whole fixture corpus (tests/fixtures/pages/*): every output passes the
 * contract and shows evidence the page shows; the corpus holds the accuracy bar; and each page's
 * output equals its committed snapshot (extracted.json, written by `npm run bench:accuracy --
 * --update`), so an extractor change shows up as a reviewable diff. Clock: CORPUS_NOW.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { failures } from '../../../scripts/accuracy-compare';
import type { CorpusPage } from '../../../scripts/corpus';
import { fixtureDirs, runPage, score, snapshotOf, snapshotPath } from '../../../scripts/corpus';
import { pageText } from '../../../src/extract';
import { FACT_FIELDS, VacancyFactsSchema } from '../../../src/model/facts';
import { parse } from './helpers';

const pages: CorpusPage[] = fixtureDirs().map((d) => runPage(d, parse));

describe.each(pages.map((p) => [p.dir, p] as const))('fixture %s', (_, p) => {
  it('passes the contract', () => {
    expect(() => VacancyFactsSchema.parse(p.facts)).not.toThrow();
  });

  it('has evidence the page shows for every fact', () => {
    const text = pageText(p.doc).text;
    for (const field of FACT_FIELDS) {
      const value = p.facts[field];
      if (Array.isArray(value) ? value.length === 0 : value === null) continue;
      const ev = p.facts.evidence[field];
      expect(ev, field).toBeDefined();
      if (ev!.source === 'text' || ev!.source.startsWith('portal:')) expect(text, field).toContain(ev!.text);
    }
  });

  it('equals its committed snapshot', () => {
    const path = snapshotPath(p.dir);
    expect(existsSync(path), `${path} missing: run npm run bench:accuracy -- --update`).toBe(true);
    expect(snapshotOf(p.facts)).toBe(readFileSync(path, 'utf8'));
  });
});

describe('the corpus', () => {
  it('holds the accuracy bar and has no detection error', () => {
    const { checks, detection } = score(pages);
    expect(failures(checks, detection)).toEqual([]);
  });
});
