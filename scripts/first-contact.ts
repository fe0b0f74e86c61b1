/**
 * Scores blind batches of fixture pages (tests/fixtures/blind/<batch>/ or any folder of page folders).
 *   npm run bench:first-contact -- FOLDER... [--record first|after] [--verbose]
 * Prints the same report as the accuracy bench for each folder. --record first writes the figure
 * to bench/first-contact.md as the batch's first contact (run it once, before any rule changes);
 * --record after writes (or rewrites) its figure after the fixes it led to.
 */
import { basename, resolve } from 'node:path';
import { groupBy, report, tally, wrongShare } from './accuracy-compare';
import { fixtureDirs, runPage, score } from './corpus';
import { recordFirstContact } from './first-contact-log';
import { savedPageParser } from './saved-page';

const args = process.argv.slice(2);
const recordAt = args.indexOf('--record');
const record = recordAt >= 0 ? args[recordAt + 1] : undefined;
const verbose = args.includes('--verbose') || args.includes('-v');
const folders = args.filter((a, i) => !a.startsWith('-') && (recordAt < 0 || i !== recordAt + 1));
if (folders.length === 0 || (recordAt >= 0 && record !== 'first' && record !== 'after')) {
  process.stderr.write('usage: npm run bench:first-contact -- FOLDER... [--record first|after] [--verbose]\n');
  process.exit(2);
}

for (const folder of folders) {
  const root = resolve(folder);
  // A window per folder, closed after it: a window keeps every document parsed in it.
  const { parse, close } = savedPageParser();
  const pages = fixtureDirs(root).map((d) => runPage(d, parse, root));
  await close();
  const { checks, detection } = score(pages);
  const text = report(checks, detection, verbose);
  process.stdout.write(`${basename(root)}: ${pages.length} pages\n${text}\n`);
  if (record) {
    const t = tally(checks);
    let worst = { field: '-', share: 0 };
    for (const [field, cs] of groupBy(checks, (c) => c.field)) {
      const share = wrongShare(tally(cs));
      if (share > worst.share) worst = { field, share };
    }
    recordFirstContact(
      {
        batch: basename(root),
        when: record === 'first' ? 'first contact' : 'after fixes',
        date: new Date().toISOString().slice(0, 10),
        vacancies: detection.filter((d) => d.expected).length,
        negatives: detection.filter((d) => !d.expected).length,
        ...t,
        detectionErrors: detection.filter((d) => d.expected !== d.actual).map((d) => `${d.page}: ${d.expected ? 'missed' : 'taken for a vacancy'}`),
        worstField: worst.share ? `${worst.field} ${(worst.share * 100).toFixed(1)}%` : 'none',
      },
      record === 'first' ? report(checks, detection, true).replace(/^/gm, '    ') : undefined,
    );
    process.stdout.write(`recorded in bench/first-contact.md (${record === 'first' ? 'first contact' : 'after fixes'})\n`);
  }
}
