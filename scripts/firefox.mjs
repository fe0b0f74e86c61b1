#!/usr/bin/env node
/**
 * Finds a Firefox for the Firefox real-browser tests (puppeteer-core over WebDriver BiDi; no geckodriver).
 *
 *   import { findFirefox } from './scripts/firefox.mjs';   // path or null
 *   node scripts/firefox.mjs              // prints the path, exit 1 when none is found
 *   node scripts/firefox.mjs --install    // same, but on Debian/Ubuntu installs Debian's firefox-esr first
 *
 * Order: $FIREFOX_PATH, then the usual install locations on Linux and macOS.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { aptGet, findExecutable, isDebianLike } from './chromium.mjs';

export const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

/** $FIREFOX_PATH when set (and executable), else the first usual place that exists; null if none. */
export function findFirefox() {
  return findExecutable(process.env.FIREFOX_PATH, CANDIDATES);
}

function main(argv) {
  let path = findFirefox();
  if (!path && process.env.FIREFOX_PATH) {
    console.error(`FIREFOX_PATH is set to "${process.env.FIREFOX_PATH}", which is not an executable file. Fix or unset it.`);
    process.exit(1);
  }
  if (!path && argv.includes('--install')) {
    if (process.platform === 'linux' && isDebianLike()) {
      console.log("No Firefox found; installing Debian's firefox-esr with apt-get");
      aptGet(['update']);
      aptGet(['install', '-y', 'firefox-esr']);
      path = findFirefox();
    } else {
      console.error('No Firefox found, and this is not a Debian/Ubuntu system I can install it on.');
      console.error('Install Firefox (140 or newer), then point FIREFOX_PATH at its executable.');
      process.exit(1);
    }
  }
  if (!path) {
    console.error(`No Firefox found. Looked at $FIREFOX_PATH and: ${CANDIDATES.join(', ')}`);
    console.error('Run `node scripts/firefox.mjs --install` (Debian/Ubuntu), or set FIREFOX_PATH.');
    process.exit(1);
  }
  console.log(`Using Firefox: ${path}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
