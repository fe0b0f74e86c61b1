import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const SEED = 'tests/fixtures/pages/wbdo-provincie-antwerpen-communicatiemedewerker/page.html';
const run = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('scripts/extract.ts', () => {
  it('prints the facts of each page, one JSON line each, and fails on a missing file after the others', () => {
    const r = run([SEED, 'no/such/page.html', 'tests/fixtures/pages/wbdo-home/page.html']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no/such/page.html');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l['file'])).toEqual([SEED, 'tests/fixtures/pages/wbdo-home/page.html']);
    const expected = JSON.parse(readFileSync(join(ROOT, SEED.replace('page.html', 'expected.json')), 'utf8')) as Record<string, unknown>;
    for (const [k, v] of Object.entries(expected)) if (k !== 'source') expect(lines[0]![k], k).toEqual(v);
    expect(lines[1]!['isVacancy']).toBe(false);
  }, 30_000);

  it('takes --url over the canonical link', () => {
    const r = run([SEED, '--url', 'https://example.org/x']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { url: string }).url).toBe('https://example.org/x');
  }, 30_000);
});

