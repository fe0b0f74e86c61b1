import { describe, expect, it } from 'vitest';
import { DIGIT, LETTER, LOWER, UPPER } from '../../../src/extract/chars';

/** Every BMP character the class contents `set` match, as one string. */
function members(set: string): string {
  const re = new RegExp(`^[${set}]$`, 'u');
  let out = '';
  for (let c = 0; c <= 0xffff; c++) if (re.test(String.fromCharCode(c))) out += String.fromCharCode(c);
  return out;
}

/** The characters of LETTER that have the Unicode property `property`. */
function lettersWith(property: string): string {
  const re = new RegExp(`^\\p{${property}}$`, 'u');
  return [...members(LETTER)].filter((ch) => re.test(ch)).join('');
}

describe('letter classes', () => {
  it.each([
    ['UPPER', UPPER, 'Lu'],
    ['LOWER', LOWER, 'Ll'],
  ])('%s is exactly the letters of LETTER with \\p{%s}', (_name, set, property) => {
    expect(members(set)).toBe(lettersWith(property));
  });

  const CLASSES = { UPPER, LOWER, DIGIT };
  it.each([
    ['É', 'UPPER', true],
    ['Ł', 'UPPER', true],
    ['Д', 'UPPER', true],
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
