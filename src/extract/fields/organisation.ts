import type { Context, Found, Rule } from '../context';
import { declaredAndVisible, labelValues } from '../context';
import { DIGIT, LETTER, UPPER } from '../chars';
import { allOf } from '../locales';
import { declared, portalLabelValues, portalText, squash, textual } from './common';

const MAX = 150;
const TOKEN = String.raw`(?:[${UPPER}][${LETTER}${DIGIT}'’&.\-]*)`;
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
  String.raw`^(?:(?:${ARTICLES})\s*)?(${TOKEN}(?:\s+(?:${PARTICLE}\s+){0,2}${TOKEN}){0,7})\s+(?:${VERBS})(?![${LETTER}])`,
  'u',
);
/** "... aan voor X", "... pour le compte de X", "... für das Landratsamt X", "... on behalf of X". */
const FOR_EMPLOYER = new RegExp(
  String.raw`^\s*(?:aan\s+)?(?:voor|pour le compte de|pour|für|on behalf of)\s+(?:(?:de|het|la|le|l'|das|die|den|dem|the)\s+)?(${TOKEN}(?:\s+(?:${PARTICLE}\s+){0,2}${TOKEN}){0,7})`,
  'u',
);
/** A name starts with a capital or a digit ("3M", "1822direkt"). */
const NAME_START = new RegExp(`^[${UPPER}${DIGIT}]`, 'u');
/** Words that start a hiring sentence without being an employer: "Wij zoeken", "Nous recrutons". */
const PRONOUNS = new Set(['wij', 'we', 'wir', 'nous', 'je', 'jij', 'ons', 'onze', 'our', 'on', 'il', 'elle', 'sie', 'ihr', 'they', 'he', 'she', 'who', 'wie', 'wer', 'qui', 'men', 'man']);

const fromJsonLd: Rule<string> = (ctx) => {
  const o = ctx.jobPosting?.organisation;
  return o ? declared(ctx, ctx.declaredBy, squash(o).slice(0, MAX), o) : null;
};

const fromPortal: Rule<string> = (ctx) => {
  const p = portalText(ctx, 'organisation');
  if (p && p.text.length <= MAX) return { value: p.text, evidence: { source: p.source, text: p.text } };
  const lv = portalLabelValues(ctx, 'organisation').find((l) => l.value.length <= MAX && NAME_START.test(l.value));
  return lv ? { value: lv.value.trim(), evidence: { source: lv.source, text: lv.evidence } } : null;
};

const fromHiringSentence: Rule<string> = (ctx) => {
  for (const s of ctx.sentences) {
    const m = HIRING.exec(s.text);
    if (!m) continue;
    const name = m[1]!;
    const words = name.split(/\s+/);
    if (words.length === 1 && PRONOUNS.has(name.toLowerCase())) continue;
    if (PRONOUNS.has(words[0]!.toLowerCase())) continue;
    // "Provincie Antwerpen werft aan voor APB Campus Vesta": the recruiter posts for the employer.
    const forWhom = FOR_EMPLOYER.exec(s.text.slice(m.index + m[0].length));
    if (forWhom) return { value: forWhom[1]!, evidence: { source: 'text', text: s.text } };
    return { value: name, evidence: { source: 'text', text: s.text } };
  }
  return null;
};

/**
 * "Für das Landratsamt München suchen wir ...", "Voor de Stad Gent zoeken we ...": one authority
 * recruiting for another names the employer first; it beats the portal's posting authority.
 */
const FOR_SENTENCE = new RegExp(
  String.raw`^(?:Für|Voor|Pour le compte (?:de|du|des)|Pour|On behalf of)\s+(?:(?:das|den|die|dem|de|het|la|le|l'|the)\s+)?(${TOKEN}(?:\s+(?:${PARTICLE}\s+){0,2}${TOKEN}){0,7})\s+(?:suchen|sucht|zoeken|zoekt|recrutons|recrute|recherche|recherchons|we are|is)(?![${LETTER}])`,
  'u',
);

/** "Für den Standort Zeuthen suchen wir": a site or a unit of the employer, not the employer. */
const UNITS = new Set(['standort', 'bereich', 'abteilung', 'sachgebiet', 'fachbereich', 'referat', 'team', 'site', 'vestiging', 'locatie', 'afdeling', 'service', 'location', 'fachgruppe', 'gruppe', 'arbeitsgruppe', 'dezernat']);

const fromForSentence: Rule<string> = (ctx) => {
  for (const s of ctx.sentences) {
    const m = FOR_SENTENCE.exec(s.text);
    const words = m?.[1]!.toLowerCase().split(/\s+/) ?? [];
    if (m && !PRONOUNS.has(words[0]!) && !words.some((w) => UNITS.has(w))) return { value: m[1]!, evidence: { source: 'text', text: s.text } };
  }
  return null;
};

/** A single-employer board (a city's own jobs site) names its employer in its branding. */
const fromPortalEmployer: Rule<string> = (ctx) => {
  const e = ctx.portal?.employer;
  return e && ctx.page.text.includes(e) ? { value: e, evidence: { source: `portal:${ctx.portal!.id}`, text: e } } : null;
};

const fromLabel: Rule<string> = (ctx) => {
  for (const lv of labelValues(ctx, allOf((l) => l.labels.organisation))) {
    const v = lv.value.trim();
    if (v.length < 2 || v.length > MAX || !NAME_START.test(v)) continue;
    return { value: v, evidence: { source: 'text', text: lv.evidence } };
  }
  return null;
};

export function extractOrganisation(ctx: Context): Found<string> | null {
  // A labelled employer ("Werkgever") is stated outright; a hiring sentence is read from prose.
  return declaredAndVisible(ctx, [fromJsonLd], [fromForSentence, fromPortal, fromLabel, fromHiringSentence, fromPortalEmployer], textual);
}
