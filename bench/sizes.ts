/** Bundle sizes per entrypoint of the Chrome build, raw and gzipped. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_SCRIPT_FILE } from '../src/extract/portals/matches';
import type { Row } from './lib';

const DETECTION_BUDGET_GZIP = 8 * 1024;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export function bundleSizes(extensionDir: string): Row[] {
  const rows: Row[] = [];
  for (const path of files(extensionDir).filter((f) => /\.(js|css|html)$/.test(f)).sort()) {
    const bytes = readFileSync(path);
    const name = relative(extensionDir, path);
    const gzip = gzipSync(bytes, { level: 9 }).length;
    const isDetection = name === CONTENT_SCRIPT_FILE;
    rows.push({
      section: 'size',
      name: `${name} (gzip; raw ${(bytes.length / 1024).toFixed(1)} kB)`,
      value: gzip / 1024,
      unit: 'kB',
      ...(isDetection
        ? {
            budget: { text: '≤ 8 kB gzip (runs on every portal page)', pass: gzip <= DETECTION_BUDGET_GZIP },
          }
        : {}),
    });
  }
  return rows;
}
