import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';
import type { Locale } from './types';

export type { Locale } from './types';

export const LOCALES: readonly Locale[] = [nl, fr, de, en];

/**
 * Vocabulary of every language at once: pages mix languages (an English portal name on a Dutch
 * page, German labels on a bilingual Swiss page), and the words barely collide across languages.
 */
export function allOf<T>(pick: (l: Locale) => T[]): T[] {
  return [...new Set(LOCALES.flatMap(pick))];
}

/** Phrases as a regular expression's alternation of literals, spaces as written. */
export function alternation(phrases: readonly string[]): string {
  return phrases.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

let factLabels: ReadonlySet<string> | undefined;
/** Is this line one of the fact labels of any language ("Closing date", "Solliciteren tot en met"), a colon allowed? */
export function isFactLabel(line: string): boolean {
  factLabels ??= new Set(allOf((l) => Object.values(l.labels).flat()).map((s) => s.toLowerCase()));
  return line !== '' && factLabels.has(line.trim().replace(/\s*:$/, '').toLowerCase());
}
