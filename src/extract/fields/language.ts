import type { Context } from '../context';
import { LETTER } from '../chars';
import { LOCALES } from '../locales';

const NOT_LETTERS = new RegExp(`[^${LETTER}]+`, 'u');

/** The page's language: <html lang> when it names one, else the language whose small words occur most. */
export function extractLanguage(ctx: Context): string | null {
  const lang = ctx.doc.documentElement?.getAttribute('lang')?.trim().toLowerCase().slice(0, 2) ?? '';
  if (/^[a-z]{2}$/.test(lang)) return lang;
  const words = ctx.lines
    .map((l) => l.text)
    .join(' ')
    .toLowerCase()
    .split(NOT_LETTERS);
  let best: { lang: string; score: number } | null = null;
  for (const l of LOCALES) {
    const stop = new Set(l.stopwords);
    const score = words.reduce((n, w) => n + (stop.has(w) ? 1 : 0), 0);
    if (!best || score > best.score) best = { lang: l.lang, score };
  }
  // Too few small words to tell: say nothing rather than guess.
  return best && best.score >= 5 ? best.lang : null;
}
