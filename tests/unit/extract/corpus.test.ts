/**
 * Golden test over the whole fixture corpus (tests/fixtures/pages/* and the blind batches in
 * tests/fixtures/blind/*): every output passes the contract and shows evidence the page shows; each
 * page's output equals its committed snapshot (extracted.json, written by `npm run bench:accuracy --
 * --update`), so an extractor change shows up as a reviewable diff. The reviewed corpus holds the
 * accuracy bar; the blind batches hold their detection (their accuracy is tracked in
 * bench/first-contact.md until they reach the bar). Clock: CORPUS_NOW.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { failures } from '../../../scripts/accuracy-compare';
import type { CorpusPage } from '../../../scripts/corpus';
import { basename } from 'node:path';
import { blindBatches, fixtureDirs, runPage, score, snapshotOf, snapshotPath } from '../../../scripts/corpus';
import { pageText } from '../../../src/extract';
import { FACT_FIELDS, VacancyFactsSchema } from '../../../src/model/facts';
import { isEmployerName } from '../../../src/extract/fields/organisation';
import { isPlace, parse } from './helpers';

const pages: CorpusPage[] = fixtureDirs().map((d) => runPage(d, parse));
const blind: CorpusPage[] = blindBatches().flatMap((root) => fixtureDirs(root).map((d) => runPage(d, parse, root)));

describe.each([...pages, ...blind].map((p) => [`${p.root === pages[0]?.root ? '' : `${basename(p.root)}/`}${p.dir}`, p] as const))('fixture %s', (_, p) => {
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

  it('names no sentence as its employer or workplace', () => {
    if (p.facts.organisation !== null) expect(isEmployerName(p.facts.organisation, pageText(p.doc).text), p.facts.organisation).toBe(true);
    if (p.facts.location !== null) expect(isPlace(p.facts.location), p.facts.location).toBe(true);
  });

  it('equals its committed snapshot', () => {
    const path = snapshotPath(p.dir, p.root);
    expect(existsSync(path), `${path} missing: run npm run bench:accuracy -- --update`).toBe(true);
    expect(snapshotOf(p.facts)).toBe(readFileSync(path, 'utf8'));
  });
});

describe('the corpus', () => {
  it('holds the accuracy bar and has no detection error', () => {
    const { checks, detection } = score(pages);
    expect(failures(checks, detection)).toEqual([]);
  });

  it('takes no blind page for what it is not', () => {
    const { detection } = score(blind);
    expect(detection.filter((d) => d.expected !== d.actual).map((d) => d.page)).toEqual([]);
  });
});
