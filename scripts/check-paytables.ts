/**
 * npm run check:paytables: parses every pay table file (src/paytables/tables) and checks that dates
 * run in order without gaps, steps rise and every number has a source. Exits 1 on a problem.
 */
import { PAY_TABLES } from '../src/paytables';
import { checkPayTables } from '../src/paytables/check';

const problems = checkPayTables(PAY_TABLES);
for (const p of problems) process.stderr.write(`check:paytables: ${p}\n`);
if (problems.length === 0) {
  for (const t of PAY_TABLES) {
    process.stdout.write(
      `ok ${t.system} ${t.effectiveFrom}–${t.effectiveTo ?? '…'}: ${Object.keys(t.scales).length} scales, ${t.source.publisher}\n`,
    );
  }
}
process.exitCode = problems.length ? 1 : 0;
