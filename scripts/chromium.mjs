#!/usr/bin/env node
/**
 * Finds a Chromium or Chrome to drive with playwright-core (which never downloads its own browser here).
 *
 *   import { findChromium } from './scripts/chromium.mjs';   // path or null
 *   node scripts/chromium.mjs              // prints the path, exit 1 when none is found
 *   node scripts/chromium.mjs --install    // same, but on Debian/Ubuntu installs Debian's chromium first
 *
 * Order: $CHROME_PATH, then the usual install locations on Linux and macOS.
 */
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser to use: $CHROME_PATH when set (and executable), else the first usual place that exists; null if none. */
export function findChromium() {
  return findExecutable(process.env.CHROME_PATH, CANDIDATES);
}

/** An executable: the one the environment names (or null when it names a file that is none), else the first candidate that exists. */
export function findExecutable(fromEnv, candidates) {
  if (fromEnv) return isExecutableFile(fromEnv) ? fromEnv : null;
  return candidates.find(isExecutableFile) ?? null;
}

export function isDebianLike() {
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
  } catch {
    return false;
  }
}

export function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

export function run(cmd, args) {
  console.log(`$ ${[cmd, ...args].join(' ')}`);
  const result = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(`"${[cmd, ...args].join(' ')}" failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

function howToInstall() {
  return [
    'Install Chromium or Google Chrome, then point CHROME_PATH at its executable, e.g.',
    '  macOS:   brew install --cask chromium   (or install Google Chrome)',
    "           export CHROME_PATH='/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'",
    '  Fedora:  sudo dnf install chromium && export CHROME_PATH=/usr/bin/chromium-browser',
    '  Arch:    sudo pacman -S chromium && export CHROME_PATH=/usr/bin/chromium',
  ].join('\n');
}

/**
 * The export tests open the CSV in LibreOffice Calc (soffice) and read the printed proof of job
 * search with pdftotext: installed like Chromium, on Debian/Ubuntu, when missing.
 */
const TEST_TOOLS = [
  { command: 'soffice', pkg: 'libreoffice-calc-nogui' },
  { command: 'pdftotext', pkg: 'poppler-utils' },
];

/** apt-get, through sudo when not root. */
export function aptGet(args) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return !isRoot && hasCommand('sudo') ? run('sudo', ['apt-get', ...args]) : run('apt-get', args);
}

function ensureTestTools() {
  const missing = TEST_TOOLS.filter((t) => !hasCommand(t.command));
  if (!missing.length) return;
  const pkgs = missing.map((t) => t.pkg);
  if (!(process.platform === 'linux' && isDebianLike())) {
    console.error(`The export tests need ${missing.map((t) => t.command).join(' and ')}; install ${pkgs.join(' ')}.`);
    process.exit(1);
  }
  console.log(`No ${missing.map((t) => t.command).join(' or ')} found; installing ${pkgs.join(' ')} with apt-get`);
  aptGet(['update']);
  aptGet(['install', '-y', '--no-install-recommends', ...pkgs]);
}

function main(argv) {
  const install = argv.includes('--install');
  let path = findChromium();

  if (!path && process.env.CHROME_PATH) {
    console.error(`CHROME_PATH is set to "${process.env.CHROME_PATH}", which is not an executable file.`);
    console.error('Fix or unset CHROME_PATH.');
    process.exit(1);
  }

  if (!path && install) {
    if (process.platform === 'linux' && isDebianLike()) {
      console.log("No Chromium or Chrome found; installing Debian's chromium with apt-get");
      aptGet(['update']);
      aptGet(['install', '-y', 'chromium']);
      path = findChromium();
      if (!path) {
        console.error(`apt-get installed chromium, but none is at ${CANDIDATES.join(', ')}.`);
        console.error('Set CHROME_PATH to the browser executable.');
        process.exit(1);
      }
    } else {
      console.error('No Chromium or Chrome found, and this is not a Debian/Ubuntu system I can install it on.');
      console.error(howToInstall());
      process.exit(1);
    }
  }

  if (!path) {
    console.error('No Chromium or Chrome found.');
    console.error(`Looked at $CHROME_PATH and: ${CANDIDATES.join(', ')}`);
    console.error(install ? howToInstall() : 'Run `node scripts/chromium.mjs --install`, or set CHROME_PATH.');
    process.exit(1);
  }

  console.log(`Using Chromium: ${path}`);
  if (argv.includes('--with-test-tools')) ensureTestTools();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
