import { describe, expect, it } from 'vitest';
import { matchKeys, matchReasons, normaliseReference, normaliseText, normaliseUrl } from '../../../src/db/duplicates';
import { seedFacts } from '../helpers';

describe('normaliseUrl', () => {
  it.each([
    ['https://www.werkenvoor.be/nl/vacatures/123/', 'werkenvoor.be/nl/vacatures/123'],
    ['http://WerkenVoor.be/nl/vacatures/123#solliciteer', 'werkenvoor.be/nl/vacatures/123'],
    ['https://werkenvoor.be/nl/vacatures/123?utm_source=mail&fbclid=x', 'werkenvoor.be/nl/vacatures/123'],
    ['https://portal.example/job?b=2&a=1', 'portal.example/job?a=1&b=2'],
    ['https://portal.example/', 'portal.example/'],
  ])('%s → %s', (url, expected) => {
    expect(normaliseUrl(url)).toBe(expected);
  });

  it.each([['javascript:alert(1)'], ['not a url'], ['file:///etc/passwd']])('%s is no page address', (url) => {
    expect(normaliseUrl(url)).toBeNull();
  });

  it('keeps the parameter that names the vacancy', () => {
    expect(normaliseUrl('https://p.example/job?id=1')).not.toBe(normaliseUrl('https://p.example/job?id=2'));
  });
});

describe('normalising text and references', () => {
  it.each([
    ['Communicatiemedewerker (m/v/x)', 'communicatiemedewerker m v x'],
    ['Référendaire  –  Cour', 'referendaire cour'],
    ['Straßenbau-Ingenieur*in', 'straßenbau ingenieur in'],
  ])('text %s → %s', (text, expected) => {
    expect(normaliseText(text)).toBe(expected);
  });

  it.each([
    ['2026 / 017-A', '2026017a'],
    ['AFG26017', 'afg26017'],
  ])('reference %s → %s', (reference, expected) => {
    expect(normaliseReference(reference)).toBe(expected);
  });
});

describe('matchKeys', () => {
  const base = { sourceUrls: ['https://www.werkenbijdeoverheid.be/vacature/a'], facts: { ...seedFacts(), reference: 'ANT/2026/17' } };

  it('indexes the addresses, the reference and title plus organisation', () => {
    expect(matchKeys(base).sort()).toEqual([
      'ref:ant202617',
      'to:communicatiemedewerker lokale besturen|provincie antwerpen',
      'url:werkenbijdeoverheid.be/vacature/68bf45f0b686c62a/Communicatiemedewerker-lokale-besturen.html',
      'url:werkenbijdeoverheid.be/vacature/a',
    ]);
  });

  it.each([
    ['a one- or two-character reference', { reference: '17' }, 'ref:'],
    ['a title without organisation', { organisation: null }, 'to:'],
  ])('leaves out %s', (_name, changes, prefix) => {
    expect(matchKeys({ ...base, facts: { ...base.facts, ...changes } }).some((k) => k.startsWith(prefix))).toBe(false);
  });

  it("uses the user's corrections", () => {
    const keys = matchKeys({ ...base, corrections: { reference: 'NEW-001' } });
    expect(keys).toContain('ref:new001');
    expect(keys).not.toContain('ref:ant202617');
  });

  it('names every shared kind of key, the reference first', () => {
    expect(matchReasons(['to:a|b', 'ref:x1y', 'url:u'], ['url:u', 'ref:x1y', 'to:a|b'])).toEqual(['reference', 'url', 'title-organisation']);
    expect(matchReasons(['to:a|b'], ['to:a|c'])).toEqual([]);
  });
});
