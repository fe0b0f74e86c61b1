/**
 * Builds the Firefox (MV3) add-on and lints it with Mozilla's linter (web-ext lint), offline.
 *   npm run lint:firefox
 * Builds into $VACALENS_OUT_DIR (default .output). Fails on any error, and on any warning but the
 * ones known to come from a library and to be safe (ALLOWED_WARNINGS): no eval, no manifest key
 * the minimum Firefox version does not know.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const outDir = resolve(process.env.VACALENS_OUT_DIR ?? '.output');
const env = { ...process.env, VACALENS_OUT_DIR: outDir };

/**
 * UNSAFE_VAR_ASSIGNMENT: Preact's renderer sets innerHTML for `dangerouslySetInnerHTML`, a prop
 * Vacalens never passes (page text reaches the screen as text only), so that line never runs.
 */
const ALLOWED_WARNINGS = new Set(['UNSAFE_VAR_ASSIGNMENT']);

execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { stdio: 'inherit', env });
// --self-hosted: no AMO listing checks; the linter then needs no network.
let output;
try {
  output = execFileSync(
    'npx',
    ['web-ext', 'lint', '--source-dir', join(outDir, 'firefox-mv3'), '--self-hosted', '--no-input', '--no-config-discovery', '--output', 'json'],
    { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
} catch (error) {
  // web-ext exits 1 when there are errors; its report is on stdout all the same.
  output = error.stdout;
}
const report = JSON.parse(output);
const show = (kind, m) => console.log(`  ${kind} ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}: ${m.message}${m.description ? ` (${m.description.replace(/\s+/g, ' ').slice(0, 200)})` : ''}`);
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
for (const m of report.errors) show('error', m);
for (const m of report.warnings) show(ALLOWED_WARNINGS.has(m.code) ? 'warning (known, from Preact)' : 'warning', m);
for (const m of report.notices) show('notice', m);
const refused = report.warnings.filter((m) => !ALLOWED_WARNINGS.has(m.code));
if (report.errors.length || refused.length) {
  console.error(`web-ext lint: ${report.errors.length} errors and ${refused.length} warnings not allowed (see above).`);
  process.exit(1);
}
