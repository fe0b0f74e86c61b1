/**
 * Builds the Firefox (MV3) add-on and lints it with Mozilla's linter (web-ext lint), offline.
 *   npm run lint:firefox
 * Builds into $VACALENS_OUT_DIR (default .output) and exits non-zero on any lint error.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const outDir = resolve(process.env.VACALENS_OUT_DIR ?? '.output');
const run = (args) => execFileSync('npx', args, { stdio: 'inherit', env: { ...process.env, VACALENS_OUT_DIR: outDir } });

run(['wxt', 'build', '-b', 'firefox', '--mv3']);
// --self-hosted: no AMO listing checks; the linter then needs no network.
run(['web-ext', 'lint', '--source-dir', join(outDir, 'firefox-mv3'), '--self-hosted', '--no-input', '--no-config-discovery']);
