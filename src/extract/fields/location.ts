/**
 * Where the job is. A street address in a workplace sentence or under a workplace label beats a
 * bare place name: "Je zal werken in het provinciehuis: Koningin Elisabethlei 22, 2018 Antwerpen"
 * over "Locatie: Antwerpen". Addresses elsewhere (where to send a letter) are not the workplace.
 */
import type { Context, Found, Rule } from '../context';
import { firstOf, hasWord, labelValues } from '../context';
import { allOf } from '../locales';
import { declared, portalText, squash } from './common';

const CAP = String.raw`\p{Lu}[\p{L}'’.\-]*`;
const PARTICLE = String.raw`(?:de|la|le|du|des|van|der|den|het|ter|ten|von|am|an|im|in|zum|zur|sur|aan|op|d'|l')`;
const STREET_WORDS = String.raw`(?:${CAP}|${PARTICLE})`;
const NUMBER = String.raw`\d{1,4}(?:\s?[a-zA-Z](?![\p{L}]))?(?:\s?[-–/]\s?\d{1,4}[a-zA-Z]?)?(?:\s?(?:bus|box|b)\s?\d{1,4})?`;
/** Postcode and place: "2018 Antwerpen", "22607 Hamburg", "3511 ED Utrecht", "B-1000 Brussel". */
const POSTCODE_CITY = String.raw`(?:[A-Z]{1,2}-)?\d{4,5}(?:\s?[A-Z]{2}(?![\p{L}]))?\s+${CAP}(?:(?:\s|-)(?:${CAP}|am|an der|sur|aan de|aan den|bei|im)){0,3}`;
/** Street first: "Koningin Elisabethlei 22, 2018 Antwerpen", "Notkestraße 85, 22607 Hamburg". */
const STREET_FIRST = new RegExp(String.raw`(?<![\p{L}\p{N}])${CAP}(?:\s${STREET_WORDS}){0,5}\s${NUMBER},?\s+${POSTCODE_CITY}`, 'u');
/** Number first: "12 rue de la Paix, 75002 Paris". */
const NUMBER_FIRST = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\d{1,4}(?:\s?(?:bis|ter))?,?\s(?:rue|avenue|boulevard|bd|place|chemin|allée|quai|impasse|route|cours|chaussée)\s[\p{L}'’ \-]{2,40}?,\s*${POSTCODE_CITY}`,
  'iu',
);

export function findAddress(text: string): string | null {
  const m = STREET_FIRST.exec(text) ?? NUMBER_FIRST.exec(text);
  return m ? m[0].replace(/\s+/g, ' ').replace(/[.,;]$/, '') : null;
}

const WORKPLACE = allOf((l) => l.workplaceWords);
const LABELS = allOf((l) => l.labels.location);

const fromJsonLd: Rule<string> = (ctx) => {
  const a = ctx.jobPosting?.address;
  if (!a) return null;
  const place = [a.postalCode, a.locality].filter(Boolean).join(' ');
  const value = squash([a.street, place].filter(Boolean).join(', '));
  return value ? declared(ctx, 'jsonld', value.slice(0, 300), value) : null;
};

const fromPortal: Rule<string> = (ctx) => {
  const p = portalText(ctx, 'location');
  return p && p.text.length <= 200 ? { value: findAddress(p.text) ?? p.text, evidence: { source: p.source, text: p.text } } : null;
};

const addressInWorkplaceSentence: Rule<string> = (ctx) => {
  for (const s of ctx.sentences) {
    if (!hasWord(s.text, WORKPLACE)) continue;
    const address = findAddress(s.text);
    if (address) return { value: address, evidence: { source: 'text', text: s.text } };
  }
  return null;
};

const addressUnderLabel: Rule<string> = (ctx) => {
  for (const lv of labelValues(ctx, LABELS)) {
    const address = findAddress(lv.value);
    if (address) return { value: address, evidence: { source: 'text', text: lv.evidence } };
  }
  return null;
};

/** "Locatie\nAntwerpen", "Dienstort: 41747 Viersen": a short place name under a place label. */
const placeUnderLabel: Rule<string> = (ctx) => {
  for (const lv of labelValues(ctx, LABELS)) {
    const v = lv.value.trim().replace(/[.;]$/, '');
    if (v.length < 2 || v.length > 80 || !/^[\p{Lu}\d]/u.test(v) || /[@:]|https?:/.test(v) || v.split(/\s+/).length > 6) continue;
    return { value: v, evidence: { source: 'text', text: lv.evidence } };
  }
  return null;
};

export const locationRules: readonly Rule<string>[] = [fromJsonLd, fromPortal, addressInWorkplaceSentence, addressUnderLabel, placeUnderLabel];

export function extractLocation(ctx: Context): Found<string> | null {
  return firstOf(ctx, locationRules);
}
