/**
 * Extraction in Node over the fixture corpus: its speed against two baselines on the same pages
 * in the same process (reading the text once, the floor; Mozilla Readability, what a page
 * clipper runs), and its accuracy against a JSON-LD-only reader.
 */
import { Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';
import { extractFacts } from '../src/extract';
import { comparePage, type Check } from '../scripts/accuracy-compare';
import { CORPUS_NOW, fixtureDirs, runPage } from '../scripts/corpus';
import { jsonLdOnlyFacts } from './jsonld-baseline';
import { median, medianTime, type Row } from './lib';

const RUNS = 9;

export function nodeExtraction(): Row[] {
  // Saved pages are data: their scripts and linked resources are never run or fetched.
  const window = new Window({
    url: 'about:blank',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  const parser = new window.DOMParser();
  const parse = (html: string) => parser.parseFromString(html, 'text/html') as unknown as Document;
  const pages = fixtureDirs().map((dir) => runPage(dir, parse));
  const vacancies = pages.filter((p) => p.expected['isVacancy'] === true);

  const ours: number[] = [];
  const floor: number[] = [];
  const readability: number[] = [];
  for (const page of pages) {
    const fresh = () => parse(page.html);
    ours.push(medianTime(RUNS, fresh, (doc) => extractFacts(doc, page.url, CORPUS_NOW)));
    floor.push(medianTime(RUNS, fresh, (doc) => doc.body?.textContent?.length));
    readability.push(medianTime(RUNS, fresh, (doc) => new Readability(doc).parse()));
  }
  const ratios = (base: number[]) => median(ours.map((t, i) => t / base[i]!));

  const score = (checks: Check[]) => {
    const byField = new Map<string, { right: number; total: number }>();
    for (const c of checks) {
      const field = c.field.split('.')[0]!;
      const s = byField.get(field) ?? { right: 0, total: 0 };
      s.total++;
      if (c.outcome === 'right') s.right++;
      byField.set(field, s);
    }
    return byField;
  };
  const oursScore = score(vacancies.flatMap((p) => comparePage(p.dir, p.expected, p.facts as never)));
  const baseScore = score(
    vacancies.flatMap((p) => comparePage(p.dir, p.expected, jsonLdOnlyFacts(p.doc, p.url) as never)),
  );
  void window.happyDOM.close();

  const rows: Row[] = [
    {
      section: 'node',
      name: `extraction, median of per-page medians (${pages.length} pages × ${RUNS} runs)`,
      value: median(ours),
      unit: 'ms',
      baseline: { name: 'Readability', value: median(readability) },
    },
    {
      section: 'node',
      name: 'extraction / text-read floor, median per-page ratio',
      value: ratios(floor),
      unit: '×',
      note: `floor median ${median(floor).toFixed(3)} ms`,
    },
    {
      section: 'node',
      name: 'extraction / Readability, median per-page ratio',
      value: ratios(readability),
      unit: '×',
    },
  ];
  let oursRight = 0;
  let baseRight = 0;
  let total = 0;
  for (const [field, s] of oursScore) {
    const b = baseScore.get(field) ?? { right: 0, total: s.total };
    oursRight += s.right;
    baseRight += b.right;
    total += s.total;
    rows.push({
      section: 'accuracy',
      name: `${field}: checks right of ${s.total}`,
      value: s.right,
      unit: '',
      baseline: { name: 'JSON-LD only', value: b.right },
      budget: { text: '≥ baseline', pass: s.right >= b.right },
    });
  }
  rows.push({
    section: 'accuracy',
    name: `total: checks right of ${total}`,
    value: oursRight,
    unit: '',
    baseline: { name: 'JSON-LD only', value: baseRight },
    budget: { text: '> baseline', pass: oursRight > baseRight },
  });
  return rows;
}
