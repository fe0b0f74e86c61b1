/**
 * Accuracy of the extractor over the fixture corpus.
 *   npm run bench:accuracy [-- --verbose] [-- --update] [-- --only PREFIX]
 * Prints per field and per portal how many page-field checks are right, wrong and missing, the
 * detection errors and a total; exits 1 below the bar (scripts/accuracy-compare.ts, BAR).
 * --update writes each page's output to tests/fixtures/pages/<dir>/extracted.json (the snapshot
 * the golden test compares); --verbose lists every check that is not right.
 */
import { writeFileSync } from 'node:fs';
import { failures, report } from './accuracy-compare';
import { fixtureDirs, runPage, score, snapshotOf, snapshotPath } from './corpus';
import { firstContactSummary } from './first-contact-log';
import { savedPageParser } from './saved-page';

const args = process.argv.slice(2);
const update = args.includes('--update');
const verbose = args.includes('--verbose') || args.includes('-v');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;

const { parse, close } = savedPageParser();

const started = performance.now();
const pages = fixtureDirs()
  .filter((d) => !only || d.startsWith(only))
  .map((d) => runPage(d, parse));
const ms = performance.now() - started;
if (update) for (const p of pages) writeFileSync(snapshotPath(p.dir), snapshotOf(p.facts));
const { checks, detection } = score(pages);
process.stdout.write(`${report(checks, detection, verbose)}\n`);
process.stdout.write(`(${pages.length} pages in ${ms.toFixed(0)} ms${update ? ', snapshots written' : ''})\n`);
const why = failures(checks, detection);
if (why.length) process.stdout.write(`\nBELOW THE BAR:\n${why.map((w) => `  ${w}`).join('\n')}\n`);
await close();
process.stdout.write(`\n${firstContactSummary()}\n`);
process.exitCode = why.length ? 1 : 0;
