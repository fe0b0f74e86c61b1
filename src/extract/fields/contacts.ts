/**
 * People to contact: a name (two to four capitalised words, name particles allowed) followed by
 * a phone number and/or an e-mail address in the same sentence, or in the lines under a contact
 * label. A label with only a name or an organisation under it ("Contactpersoon / Mensenwerken")
 * gives no contact: without a phone or an address there is nothing to reach. Page chrome (the
 * portal's footer) is never read.
 */
import type { Contact } from '../../model/facts';
import type { Context, Found, Rule } from '../context';
import { firstOf, hasStem } from '../context';
import { allOf } from '../locales';
import { findEmails, findPhones } from '../phones';

const NOT_NAMES = new Set(allOf((l) => l.notNames));
const HONORIFICS = allOf((l) => l.honorifics).sort((a, b) => b.length - a.length);
const CONTACT_WORDS = allOf((l) => l.contactWords);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00a0]+');
const WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
const PARTICLE = String.raw`(?:van der|van den|van de|von der|de la|van|von|de|der|den|du|le|la|di|da|ter|ten|zu|d')`;
const SP = String.raw`[ \u00a0]+`;
const NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${HONORIFICS.map(esc).join('|')})${SP}(?:(?:Dr\.|Prof\.)${SP})?)?${WORD}(?:${SP}(?:${PARTICLE}${SP})?${WORD}){0,3}`,
  'gu',
);
const HONORIFIC_START = new RegExp(`^(?:${HONORIFICS.map(esc).join('|')})(?![\\p{L}])`, 'u');

interface Point {
  start: number;
  end: number;
  kind: 'name' | 'phone' | 'email';
  value: string;
}

function namesIn(text: string): Point[] {
  const out: Point[] = [];
  for (const m of text.matchAll(NAME)) {
    let words = m[0].split(/[ \u00a0]+/);
    let start = m.index;
    // A title inside the run starts the name: "Ihnen Herr Falk Mende" is "Herr Falk Mende".
    const title = HONORIFIC_START.test(m[0]) ? -1 : words.findIndex((w, i) => i > 0 && HONORIFIC_START.test(words.slice(i).join(' ')));
    if (title > 0) {
      start += words.slice(0, title).join(' ').length + 1;
      words = words.slice(title);
    }
    // Sentence openers and organisation words in front are not part of a name ("Voor", "Bel", "Dienst").
    while (words.length && NOT_NAMES.has(words[0]!) && !HONORIFIC_START.test(words.join(' '))) {
      start += words[0]!.length + 1;
      words = words.slice(1);
    }
    const honorific = HONORIFIC_START.test(words.join(' '));
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    if (capitalised < 2 || (!honorific && capitalised > 4)) continue;
    if (words.slice(1).some((w) => NOT_NAMES.has(w) && !/^(De|Van|Le|La|Du|Von|Der|Den|Ter|Ten)$/.test(w) && !honorific)) continue;
    // Trailing words such as "Tel" or "Telefon" are not part of the name.
    while (words.length > 2 && NOT_NAMES.has(words[words.length - 1]!)) words = words.slice(0, -1);
    if (NOT_NAMES.has(words[words.length - 1]!)) continue;
    const value = words.join(' ');
    out.push({ start, end: start + value.length, kind: 'name', value });
  }
  return out;
}

/** The role written right after the name: "Philip De Koninck, waarnemend diensthoofd (03 ...)". */
function roleAfter(text: string, nameEnd: number, nextPoint: number): string | null {
  const between = text.slice(nameEnd, nextPoint);
  // Under a contact label the role is the line after the name: "Lara Resing\nAmt für Personal\nTel.: ...".
  const own = /^[ \u00a0]*\n([^\n@\d]{2,80})\n/u.exec(between);
  if (own && !/^(?:tel|telefon|phone|tél|gsm|fax|e-?mail|mail)\b/i.test(own[1]!)) return own[1]!.trim();
  const m = /^\s*(?:,|–|-)\s*([^(),;:@\d]{2,80}?)\s*(?:\(|,|;|:|\b(?:op|tel|via|at|unter|au)\b|$)/iu.exec(between) ?? /^\s*\(([^()@\d]{2,80})\)/u.exec(between);
  const role = m?.[1]?.trim();
  return role && /\p{L}/u.test(role) && !/^(?:tel|telefon|phone|tél|gsm|fax|e-?mail|mail)\b/i.test(role) ? role : null;
}

/**
 * Capitalised words are a person when a title leads them ("Herr", "Mevrouw"), when a role, a
 * bracket or the phone/address follows right after, or when the address is made of the name
 * ("philip.dekoninck@"); "Geoinformation Schleswig-Holstein" before an address is not.
 */
function isPersonName(text: string, name: Point, next: Point): boolean {
  if (HONORIFIC_START.test(name.value)) return true;
  const after = text.slice(name.end, next.start);
  // A name alone on its line under a contact label, or followed by its role or number.
  if (/^[ \u00a0]*\n/.test(after)) return /(?:^|\n)[ \u00a0]*$/.test(text.slice(0, name.start));
  if (/^[ \u00a0]*(?:[,(:–-]|\s*$)/.test(after) || after.length <= 3) return true;
  if (next.kind === 'email') {
    const local = fold(next.value.split('@')[0]!);
    return name.value.split(/\s+/).some((w) => w.length > 2 && local.includes(fold(w)));
  }
  return false;
}

function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '');
}

export function contactsIn(text: string, country: string | null): Contact[] {
  const phones: Point[] = findPhones(text, country).map((p) => ({ start: p.start, end: p.end, kind: 'phone', value: p.e164 }));
  const emails: Point[] = findEmails(text).map((e) => ({ start: e.start, end: e.end, kind: 'email', value: e.email }));
  if (phones.length === 0 && emails.length === 0) return [];
  // Names inside an e-mail address are not names.
  const names = namesIn(text).filter((n) => !emails.some((e) => n.start < e.end && e.start < n.end));
  const points = [...names, ...phones, ...emails].sort((a, b) => a.start - b.start);
  const out: Contact[] = [];
  let current: Contact | null = null;
  let nameless: Contact | null = null;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (p.kind === 'name') {
      const next = points.slice(i + 1).find((q) => q.kind !== 'name');
      // A name only counts when a phone or address follows it before the next name.
      const nextName = points.slice(i + 1).find((q) => q.kind === 'name');
      if (!next || (nextName && nextName.start < next.start)) continue;
      if (!isPersonName(text, p, next)) continue;
      current = { name: p.value, role: roleAfter(text, p.end, next.start), phone: null, email: null };
      out.push(current);
      continue;
    }
    let target = current;
    if (!target) {
      if (!hasStem(text, CONTACT_WORDS)) continue;
      nameless ??= { name: null, role: null, phone: null, email: null };
      if (!out.includes(nameless)) out.push(nameless);
      target = nameless;
    }
    if (p.kind === 'phone') target.phone ??= p.value;
    else target.email ??= p.value;
  }
  return out.filter((c) => c.phone || c.email);
}

interface Unit {
  text: string;
}

/** Sentences of the content, then the few lines under each contact label read as one unit. */
function units(ctx: Context): Unit[] {
  const out: Unit[] = ctx.sentences.map((s) => ({ text: s.text }));
  const labels = new RegExp(`^(?:${allOf((l) => l.labels.contact).map(esc).join('|')})\\s*:?$`, 'iu');
  for (let i = 0; i < ctx.lines.length; i++) {
    if (!labels.test(ctx.lines[i]!.text)) continue;
    const first = ctx.lines[i + 1];
    if (!first) continue;
    let last = first;
    for (let j = i + 2; j < Math.min(ctx.lines.length, i + 6); j++) {
      const l = ctx.lines[j]!;
      if (/^h[1-6]$/.test(l.block) || l.start !== last.end + 1) break;
      last = l;
    }
    out.push({ text: ctx.page.text.slice(first.start, last.end) });
  }
  return out;
}

const fromText: Rule<Contact[]> = (ctx) => {
  const found: Contact[] = [];
  let evidence: string | null = null;
  for (const u of units(ctx)) {
    for (const c of contactsIn(u.text, ctx.country)) {
      const same = found.find((f) => (c.email && f.email === c.email) || (c.phone && f.phone === c.phone));
      if (same) {
        same.name ??= c.name;
        same.role ??= c.role;
        same.phone ??= c.phone;
        same.email ??= c.email;
        continue;
      }
      if (found.length >= 20) break;
      found.push(c);
      evidence ??= u.text;
    }
  }
  return found.length && evidence ? { value: found, evidence: { source: 'text', text: evidence } } : null;
};

export const contactRules: readonly Rule<Contact[]>[] = [fromText];

export function extractContacts(ctx: Context): Found<Contact[]> | null {
  return firstOf(ctx, contactRules);
}
