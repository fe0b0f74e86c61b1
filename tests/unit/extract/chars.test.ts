import { describe, expect, it } from 'vitest';
import { DIGIT, LETTER, LOWER, UPPER } from '../../../src/extract/chars';

/** Every BMP character the class contents `set` match, as one string. */
function members(set: string): string {
  const re = new RegExp(`^[${set}]$`, 'u');
  let out = '';
  for (let c = 0; c <= 0xffff; c++) if (re.test(String.fromCharCode(c))) out += String.fromCharCode(c);
  return out;
}

/**
 * The alphabets UPPER and LOWER cover: Latin-1 and Latin Extended-A, Romanian's comma letters, basic
 * Greek and Cyrillic (the rest of LETTER alternates case letter by letter; see chars.ts).
 */
const CASED_ALPHABETS = 'A-Za-z\u00b5\u00c0-\u017f\u0218-\u021b\u0386-\u03ce\u0400-\u045f';

/** The characters of those alphabets that have the Unicode property `property`. */
function lettersWith(property: string): string {
  const re = new RegExp(`^\\p{${property}}$`, 'u');
  return [...members(CASED_ALPHABETS)].filter((ch) => re.test(ch)).join('');
}

describe('letter classes', () => {
  it.each([
    ['UPPER', UPPER, 'Lu'],
    ['LOWER', LOWER, 'Ll'],
  ])('%s is exactly the letters of the cased alphabets with \\p{%s}', (_name, set, property) => {
    expect(members(set)).toBe(lettersWith(property));
  });

  it('both lie inside LETTER', () => {
    const letters = members(LETTER);
    expect([...members(UPPER + LOWER)].filter((ch) => !letters.includes(ch))).toEqual([]);
  });

  const CLASSES = { UPPER, LOWER, DIGIT };
  it.each([
    ['É', 'UPPER', true],
    ['Ł', 'UPPER', true],
    ['Д', 'UPPER', true],
    ['Ș', 'UPPER', true],
    ['ș', 'LOWER', true],
    ['é', 'UPPER', false],
    ['ß', 'UPPER', false],
    ['1', 'UPPER', false],
    ['ß', 'LOWER', true],
    ['ł', 'LOWER', true],
    ['É', 'LOWER', false],
    ['²', 'DIGIT', true],
    ['a', 'DIGIT', false],
  ] as const)('%s in %s: %s', (ch, name, inside) => {
    expect(new RegExp(`^[${CLASSES[name]}]$`, 'u').test(ch)).toBe(inside);
  });
});

describe('the extractor writes letters by these classes', () => {
  // A Unicode property class costs V8 a fresh walk over all of Unicode each time it compiles a pattern (a quarter
  // of a millisecond for \p{L}, more with the `i` flag): forty of them had crept back and cost the cold page some
  // 5% of its extraction. The one file allowed to name them explains why the others may not.
  it('no pattern under src/extract names \\p{L}, \\p{Lu}, \\p{Ll} or \\p{N}', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(__dirname, '../../../src/extract');
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts') && entry.name !== 'chars.ts') {
          readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
            if (/\\\\?p\{(?:L|Lu|Ll|N)\}/.test(line)) offenders.push(`${path.slice(root.length + 1)}:${i + 1}`);
          });
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
