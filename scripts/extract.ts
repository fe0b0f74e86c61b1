/**
 * Developer CLI: extract the facts of saved vacancy pages.
 *   npm run extract -- PAGE.html [PAGE2.html ...] [--url URL]
 * Prints one JSON object a line, `{ "file": ..., ...facts }`, in the order the files were given.
 * The URL is --url when given, else the page's canonical link, else its og:url, else null.
 */
import { readFileSync } from 'node:fs';
import { savedPageWindow } from './saved-page';
import { VacancyFactsSchema } from '../src/model/facts';
import { extractFacts } from '../src/extract';
import { declaredAddress } from '../src/extract/declared-address';
import { indicativePay } from '../src/paytables';

interface Args {
  files: string[];
  url: string | null;
}

function parseArgs(argv: string[]): Args {
  const files: string[] = [];
  let url: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--url') {
      url = argv[++i] ?? null;
      if (!url) throw new Error('--url needs a value');
    } else if (a.startsWith('--url=')) {
      url = a.slice('--url='.length);
    } else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: npm run extract -- PAGE.html [PAGE2.html ...] [--url URL]\n');
      process.exit(0);
    } else {
      files.push(a);
    }
  }
  return { files, url };
}

async function extractFile(file: string, givenUrl: string | null, now: Date): Promise<string> {
  const html = readFileSync(file, 'utf8');
  const window = savedPageWindow(givenUrl ?? 'about:blank');
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const url = givenUrl ?? declaredAddress(doc);
    const facts = VacancyFactsSchema.parse(extractFacts(doc, url, now));
    // A scale with no amount: what its pay table says, kept under salary.indicative, apart from what the page states.
    const indicative = indicativePay(facts, now);
    const salary = facts.salary && indicative ? { ...facts.salary, indicative } : facts.salary;
    return JSON.stringify({ file, ...facts, salary });
  } finally {
    await window.happyDOM.close();
  }
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`extract: ${(e as Error).message}\n`);
    return 2;
  }
  if (args.files.length === 0) {
    process.stderr.write('usage: npm run extract -- PAGE.html [PAGE2.html ...] [--url URL]\n');
    return 2;
  }
  const now = new Date();
  let failed = 0;
  for (const file of args.files) {
    try {
      process.stdout.write(`${await extractFile(file, args.url, now)}\n`);
    } catch (e) {
      failed++;
      const err = e as NodeJS.ErrnoException;
      const reason = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.message;
      process.stderr.write(`extract: ${file}: ${reason}\n`);
    }
  }
  return failed ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
});
