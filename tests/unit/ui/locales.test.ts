import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = 'public/_locales';
const load = (lang: string) =>
  JSON.parse(readFileSync(`${dir}/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;

describe('_locales', () => {
  const english = load('en');
  it.each(readdirSync(dir))('%s has every message English has, with the same placeholders', (lang) => {
    const messages = load(lang);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, { message }] of Object.entries(english)) {
      const placeholders = (m: string) => [...m.matchAll(/\$[A-Z]+\$/g)].map((x) => x[0]).sort();
      expect(placeholders(messages[key]!.message), key).toEqual(placeholders(message));
      expect(messages[key]!.message.trim(), key).not.toBe('');
    }
  });
});
