/**
 * npm run bench [-- --only node,size,chromium,log] (chromium = chromium-list + chromium-vacancy,
 * log = log-lists + log-exports)
 * Every figure is a median over repeated runs, beside a baseline measured in this same run and
 * its budget. Prints a table and writes bench/results.json. Not a test: nothing here fails CI.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { browserCost } from './browser';
import { markdownTable, printTable, type Row } from './lib';
import { logScale } from './log-scale';
import { nodeExtraction } from './node-extract';
import { bundleSizes } from './sizes';
import { fixtureDirs, PAGES_DIR } from '../scripts/corpus';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set(args[onlyAt + 1]?.split(',')) : null;
const wanted = (section: string) => !only || only.has(section);
const extensionDir = resolve(process.env.VACALENS_OUT_DIR ?? '.output', 'chrome-mv3');

const rows: Row[] = [];
const started = new Date();
if (wanted('node')) rows.push(...nodeExtraction());
if (wanted('size')) rows.push(...bundleSizes(extensionDir));
if (wanted('chromium') || wanted('chromium-list') || wanted('chromium-vacancy')) {
  // Vacancy pages of the corpus, served at one portal address each (the matches are per host).
  const vacancies: Record<string, string> = {};
  for (const dir of fixtureDirs().filter((d) => d.startsWith('wbdo-'))) {
    const expected = JSON.parse(readFileSync(join(PAGES_DIR, dir, 'expected.json'), 'utf8'));
    if (expected.isVacancy) vacancies[`/vacature/${dir}.html`] = readFileSync(join(PAGES_DIR, dir, 'page.html'), 'utf8');
  }
  rows.push(
    ...(await browserCost(extensionDir, vacancies, {
      list: wanted('chromium') || wanted('chromium-list'),
      vacancy: wanted('chromium') || wanted('chromium-vacancy'),
    })),
  );
}
if (wanted('log') || wanted('log-lists') || wanted('log-exports')) {
  rows.push(
    ...(await logScale(extensionDir, {
      lists: wanted('log') || wanted('log-lists'),
      exports: wanted('log') || wanted('log-exports'),
    })),
  );
}

process.stdout.write(`${printTable(rows)}\n`);
const over = rows.filter((r) => r.budget && !r.budget.pass);
process.stdout.write(over.length ? `\n${over.length} figure(s) over budget.\n` : '\nEvery budget holds.\n');
// A run of some sections replaces only their rows: the file always holds the latest of each.
// Parallel runs (while working on one budget) write elsewhere: VACALENS_BENCH_RESULTS=/tmp/x.json.
const RESULTS = process.env.VACALENS_BENCH_RESULTS ?? 'bench/results.json';
// Rows of sections since renamed or split are dropped.
const SECTION_ORDER = ['node', 'accuracy', 'size', 'chromium-list', 'chromium-vacancy', 'log-lists', 'log-exports'];
const KNOWN_SECTIONS = new Set(SECTION_ORDER);
const kept: Row[] = only && existsSync(RESULTS)
  ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as { rows: Row[] }).rows.filter(
      (r) => KNOWN_SECTIONS.has(r.section) && !rows.some((n) => n.section === r.section),
    )
  : [];
const all = [...kept, ...rows].sort((a, b) => SECTION_ORDER.indexOf(a.section) - SECTION_ORDER.indexOf(b.section));
writeFileSync(RESULTS, `${JSON.stringify({ measuredAt: started.toISOString(), node: process.version, rows: all }, null, 2)}\n`);
const overAll = all.filter((r) => r.budget && !r.budget.pass).length;
writeFileSync(
  RESULTS.replace(/\.json$/, '.md'),
  `# Latest benchmark figures\n\nWritten by \`npm run bench\` (sections run last: ${only ? [...only].join(', ') : 'all'}; ` +
    `${started.toISOString()}, Node ${process.version}, ${cpus().length} cores). Each figure is a median over repeated runs ` +
    `beside its baseline measured in the same run. ${overAll ? `${overAll} figure(s) over budget.` : 'Every budget holds.'}\n\n` +
    `${markdownTable(all)}\n`,
);
