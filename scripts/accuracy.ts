/**
 * Accuracy of the extractor over the fixture corpus.
 *   npm run bench:accuracy [-- --verbose] [-- --update] [-- --only PREFIX]
 * Prints per field and per portal how many page-field checks are right, wrong and missing, the
 * detection errors and a total; exits 1 below the bar (scripts/accuracy-compare.ts, BAR).
 * --update writes each page's output to tests/fixtures/pages/<dir>/extracted.json (the snapshot
 * the golden test compares); --verbose lists every check that is not right.
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { failures, report, tally } from './accuracy-compare';
import { blindBatches, fixtureDirs, runPage, score, snapshotOf, snapshotPath } from './corpus';
import { firstContactSummary } from './first-contact-log';
import { savedPageParser } from './saved-page';

const args = process.argv.slice(2);
const update = args.includes('--update');
const verbose = args.includes('--verbose') || args.includes('-v');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;

// A window keeps every document parsed in it: the corpus gets one, each blind batch its own, each closed after its
// pages so the heap holds only their facts.
const { parse, close } = savedPageParser();

const started = performance.now();
const pages = fixtureDirs()
  .filter((d) => !only || d.startsWith(only))
  .map((d) => runPage(d, parse));
const ms = performance.now() - started;
await close();
if (update) for (const p of pages) writeFileSync(snapshotPath(p.dir), snapshotOf(p.facts));
// The blind batches: their figures now (their first contact is in bench/first-contact.md).
const blindLines: string[] = [];
for (const root of only ? [] : blindBatches()) {
  const batchParser = savedPageParser();
  const batch = fixtureDirs(root).map((d) => runPage(d, batchParser.parse, root));
  await batchParser.close();
  if (update) for (const p of batch) writeFileSync(snapshotPath(p.dir, root), snapshotOf(p.facts));
  const s = score(batch);
  const t = tally(s.checks);
  const errors = s.detection.filter((d) => d.expected !== d.actual).length;
  blindLines.push(`  ${basename(root).padEnd(10)} ${batch.length} pages: ${t.right} right, ${t.wrong} wrong, ${t.missing} missing → ${((t.right / (t.right + t.wrong + t.missing || 1)) * 100).toFixed(1)}% right; ${errors} detection errors`);
}
const { checks, detection } = score(pages);
process.stdout.write(`${report(checks, detection, verbose)}\n`);
process.stdout.write(`(${pages.length} pages in ${ms.toFixed(0)} ms${update ? ', snapshots written' : ''})\n`);
const why = failures(checks, detection);
if (why.length) process.stdout.write(`\nBELOW THE BAR:\n${why.map((w) => `  ${w}`).join('\n')}\n`);
if (blindLines.length) process.stdout.write(`\nBlind batches now (tests/fixtures/blind/):\n${blindLines.join('\n')}\n`);
process.stdout.write(`\n${firstContactSummary()}\n`);
process.exitCode = why.length ? 1 : 0;
