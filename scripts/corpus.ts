/**
 * The fixture corpus (tests/fixtures/pages/<dir>/{page.html, expected.json}) run through the
 * extractor with a fixed clock. Shared by `npm run bench:accuracy` and the corpus golden test; the
 * caller gives the HTML parser (happy-dom's, in both).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts } from '../src/extract';
import type { VacancyFacts } from '../src/model/facts';
import type { Check, DetectionResult } from './accuracy-compare';
import { FIRST_CONTACT_LOG } from './first-contact-log';
import { comparePage, portalOfFixture } from './accuracy-compare';

export const PAGES_DIR = join(import.meta.dirname, '../tests/fixtures/pages');
/**
 * Blind batches (tests/fixtures/blind/<batch>/<page>/): pages written by someone who had not read the
 * extractor, scored once at first contact (bench/first-contact.md). They are part of the corpus with
 * their snapshots and no detection error, and are held to the accuracy bar once they reach it.
 */
export const BLIND_DIR = join(import.meta.dirname, '../tests/fixtures/blind');

/**
 * The blind batches' folders, oldest first: only those whose first contact is recorded in
 * bench/first-contact.md. A batch not yet scored stays unread, so nobody sees it before its first contact.
 */
export function blindBatches(): string[] {
  if (!existsSync(BLIND_DIR) || !existsSync(FIRST_CONTACT_LOG)) return [];
  const log = readFileSync(FIRST_CONTACT_LOG, 'utf8');
  return readdirSync(BLIND_DIR)
    .filter((d) => log.includes(`| ${d} | first contact |`) && fixtureDirs(join(BLIND_DIR, d)).length > 0)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((d) => join(BLIND_DIR, d));
}

/**
 * The corpus clock. It only matters for year-less dates on pages that give no publication date
 * (they take the first such day on or after `now`); fixed so the snapshots never drift.
 */
export const CORPUS_NOW = new Date('2026-01-20T12:00:00Z');

export interface CorpusPage {
  dir: string;
  /** The folder the page's folder sits in (the corpus, or a blind batch). */
  root: string;
  html: string;
  expected: Record<string, unknown>;
  url: string | null;
  doc: Document;
  facts: VacancyFacts;
}

/** The page folders under `root` (the corpus by default; a blind batch's folder when scoring one). */
export function fixtureDirs(root = PAGES_DIR): string[] {
  return readdirSync(root)
    .filter((d) => existsSync(join(root, d, 'page.html')) && existsSync(join(root, d, 'expected.json')))
    .sort();
}

function declaredUrl(doc: Document): string | null {
  return doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')?.trim() || null;
}

/** One fixture: its page parsed and extracted at the address its expected.json gives. */
export function runPage(dir: string, parse: (html: string) => Document, root = PAGES_DIR): CorpusPage {
  const html = readFileSync(join(root, dir, 'page.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(root, dir, 'expected.json'), 'utf8')) as Record<string, unknown>;
  const doc = parse(html);
  const url = (typeof expected['url'] === 'string' ? expected['url'] : null) ?? declaredUrl(doc);
  const facts = extractFacts(doc, url, CORPUS_NOW);
  return { dir, root, html, expected, url, doc, facts };
}

export function score(pages: readonly Pick<CorpusPage, 'dir' | 'expected' | 'facts'>[]): { checks: Check[]; detection: DetectionResult[] } {
  const checks: Check[] = [];
  const detection: DetectionResult[] = [];
  for (const p of pages) {
    const isVacancy = p.expected['isVacancy'] === true;
    detection.push({ page: p.dir, portal: portalOfFixture(p.dir), expected: isVacancy, actual: p.facts.isVacancy });
    if (isVacancy) checks.push(...comparePage(p.dir, p.expected, p.facts as unknown as Record<string, unknown>));
  }
  return { checks, detection };
}

/** The committed snapshot of a page's output: what `--update` writes and the golden test compares. */
export function snapshotOf(facts: VacancyFacts): string {
  return `${JSON.stringify(facts, null, 2)}\n`;
}

export const snapshotPath = (dir: string, root = PAGES_DIR) => join(root, dir, 'extracted.json');
