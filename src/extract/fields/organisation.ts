import type { Context, Found, Rule } from '../context';
import { firstOf, labelValues } from '../context';
import { allOf } from '../locales';
import { declared, portalText, squash } from './common';

const MAX = 150;
const TOKEN = String.raw`(?:\p{Lu}[\p{L}\p{N}'’&.\-]*)`;
const PARTICLE = String.raw`(?:van|voor|de|der|den|het|des|du|la|le|für|fur|of|the|and|en|et|und|zu|am|an|im|auf|&|-)`;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const VERBS = allOf((l) => l.hiringVerbs).sort((a, b) => b.length - a.length).map(esc).join('|');
const ARTICLES = allOf((l) => l.droppedArticles).map(esc).join('|');
/**
 * "Provincie Antwerpen zoekt een ...", "Die Stadt Köln sucht ...", "La Ville de Namur recrute ...":
 * capitalised words (with name particles between them) at the start of a sentence, right before a
 * hiring verb. Bounded to eight words, so a long clause never becomes an employer.
 */
const HIRING = new RegExp(
  String.raw`^(?:(?:${ARTICLES})\s*)?(${TOKEN}(?:\s+(?:${PARTICLE}\s+){0,2}${TOKEN}){0,7})\s+(?:${VERBS})(?!\p{L})`,
  'u',
);
/** Words that start a hiring sentence without being an employer: "Wij zoeken", "Nous recrutons". */
const PRONOUNS = new Set(['wij', 'we', 'wir', 'nous', 'je', 'jij', 'ons', 'onze', 'our', 'on', 'il', 'elle', 'sie', 'ihr', 'they', 'he', 'she', 'who', 'wie', 'wer', 'qui', 'men', 'man']);

const fromJsonLd: Rule<string> = (ctx) => {
  const o = ctx.jobPosting?.organisation;
  return o ? declared(ctx, 'jsonld', squash(o).slice(0, MAX), o) : null;
};

const fromPortal: Rule<string> = (ctx) => {
  const p = portalText(ctx, 'organisation');
  return p && p.text.length <= MAX ? { value: p.text, evidence: { source: p.source, text: p.text } } : null;
};

const fromHiringSentence: Rule<string> = (ctx) => {
  for (const s of ctx.sentences) {
    const m = HIRING.exec(s.text);
    if (!m) continue;
    const name = m[1]!;
    const words = name.split(/\s+/);
    if (words.length === 1 && PRONOUNS.has(name.toLowerCase())) continue;
    if (PRONOUNS.has(words[0]!.toLowerCase())) continue;
    return { value: name, evidence: { source: 'text', text: s.text } };
  }
  return null;
};

const fromLabel: Rule<string> = (ctx) => {
  for (const lv of labelValues(ctx, allOf((l) => l.labels.organisation))) {
    const v = lv.value.trim();
    if (v.length < 2 || v.length > MAX || !/^[\p{Lu}\p{N}]/u.test(v)) continue;
    return { value: v, evidence: { source: 'text', text: lv.evidence } };
  }
  return null;
};

export const organisationRules: readonly Rule<string>[] = [fromJsonLd, fromPortal, fromHiringSentence, fromLabel];

export function extractOrganisation(ctx: Context): Found<string> | null {
  return firstOf(ctx, organisationRules);
}
