import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { emptyFacts } from '../../src/model/empty-facts';
import type { VacancyFacts } from '../../src/model/facts';
import type { Translate } from '../../src/i18n/messages';

export const FIXED_NOW = new Date('2026-01-20T09:30:00Z');

/** The facts of the seed vacancy as its fixture's expected.json states them. */
export function seedFacts(): VacancyFacts {
  const expected = JSON.parse(
    readFileSync(
      resolve('tests/fixtures/pages/wbdo-provincie-antwerpen-communicatiemedewerker/expected.json'),
      'utf8',
    ),
  );
  const { source: _source, ...facts } = expected;
  return {
    ...emptyFacts(facts.url),
    ...facts,
    evidence: {
      title: { source: 'text', text: 'Communicatiemedewerker lokale besturen' },
      deadline: { source: 'text', text: 'Solliciteer ten laatste 1 februari 2026.' },
    },
  };
}

/** browser.i18n.getMessage over the committed messages.json of one language. */
export function translatorFor(lang: 'nl' | 'en' | 'fr' | 'de'): Translate {
  const messages = JSON.parse(readFileSync(resolve(`public/_locales/${lang}/messages.json`), 'utf8')) as Record<
    string,
    { message: string; placeholders?: Record<string, { content: string }> }
  >;
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return subs[Number(content.slice(1)) - 1] ?? '';
    });
  };
}
