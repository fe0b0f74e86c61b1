import { describe, expect, it } from 'vitest';
import { declaredAddress } from '../../../src/extract/declared-address';

function page(head: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><head>${head}</head><body></body></html>`, 'text/html');
}

const BASE = 'https://www.werkenbijdeoverheid.be/vacature/68bf45f0b686c62a/x.html?utm_source=mail';

describe('declaredAddress', () => {
  it.each([
    ['<link rel="canonical" href="https://jobs.provincieantwerpen.be/vacature/123">', 'https://jobs.provincieantwerpen.be/vacature/123'],
    ['<link rel="Canonical" href="/vacature/68bf45f0b686c62a/x.html">', 'https://www.werkenbijdeoverheid.be/vacature/68bf45f0b686c62a/x.html'],
    ['<meta property="og:url" content="https://www.vlaanderen.be/vacatures/1">', 'https://www.vlaanderen.be/vacatures/1'],
    ['<link rel="canonical" href="https://a.be/1"><meta property="og:url" content="https://b.be/2">', 'https://a.be/1'],
  ])('%s → %s', (head, expected) => expect(declaredAddress(page(head), BASE)).toBe(expected));

  it.each([
    ['nothing declared', ''],
    ['a script address', '<link rel="canonical" href="javascript:alert(1)">'],
    ['a data address', '<meta property="og:url" content="data:text/html,x">'],
    ['an address too long to keep', `<link rel="canonical" href="https://a.be/${'x'.repeat(5000)}">`],
    ['an empty link', '<link rel="canonical" href="  ">'],
  ])('none for %s', (_, head) => expect(declaredAddress(page(head), BASE)).toBeNull());

  it('without a base, only an absolute address counts', () => {
    expect(declaredAddress(page('<link rel="canonical" href="/vacature/1">'))).toBeNull();
    expect(declaredAddress(page('<link rel="canonical" href="https://a.be/1">'))).toBe('https://a.be/1');
  });
});
