import { extractFacts } from '../../../src/extract';
import type { Context } from '../../../src/extract/context';
import { buildContext } from '../../../src/extract/context';

export const NOW = new Date('2026-01-20T12:00:00Z');

export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/**
 * A minimal page whose <main> holds `body` (padded so it counts as the main content); what
 * `body` puts after a `<!--chrome-->` marker goes outside <main>, as a page's own chrome.
 */
export function page(body: string, lang = 'nl'): Document {
  const [content, chrome = ''] = body.split('<!--chrome-->');
  return parse(
    `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><main>${content}<p>${'Tekst '.repeat(40)}</p></main>${chrome}</body></html>`,
  );
}

export function ctxOf(body: string, url: string | null = null, lang = 'nl'): Context {
  return buildContext(page(body, lang), url, NOW);
}

export function factsOf(body: string, url: string | null = null, lang = 'nl') {
  return extractFacts(page(body, lang), url, NOW, { evenIfNotVacancy: true });
}

/**
 * A workplace's shape: an address or a place's name, never a sentence: no sentence break inside it
 * ("… Kortrijk. Je werkt …"), no question or exclamation, at most 25 words.
 */
export function isPlace(v: string): boolean {
  // "S. Center Street", "St. Paul, MN": an abbreviation's dot before a name is no sentence break.
  return v.length <= 300 && !/[.!?]\s+[A-ZÀ-Ý][a-zà-ÿ]+\s+[a-zà-ÿ]{2,}/.test(v) && !/[!?]/.test(v) && v.split(/\s+/).length <= 25;
}
