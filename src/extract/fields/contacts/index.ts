/**
 * People to contact: a name (two to four capitalised words, name particles allowed) followed by
 * a phone number and/or an e-mail address in the same sentence, or in the lines under a contact
 * label. A label with only a name or an organisation under it ("Contactpersoon / Mensenwerken")
 * gives no contact: without a phone or an address there is nothing to reach. Page chrome (the
 * portal's footer) is never read.
 */
import type { Contact } from '../../../model/facts';
import type { Context, Found, Rule } from '../../context';
import { firstOf } from '../../context';
import { blocks, contactsInBlock, units } from './blocks';
import { namesMailDomain } from './roles';
import { contactsIn } from './sentences';
import { TECHNICAL_HELP } from './words';

export { contactsIn } from './sentences';
export { contactsInBlock } from './blocks';

/**
 * "Fühner" and "Daniel Fühner" with the same or no numbers are one person. So are "Wenzel" in a
 * sentence and the only "Chris Wenzel" of a contact block when only their phones differ: the
 * sentence that gives the person's task gives the number for it (the block often has the desk's).
 */
function mergeSurnames(found: Contact[], prose: ReadonlySet<Contact>): Contact[] {
  const out: Contact[] = [];
  for (const c of found) {
    const sameSurname = (o: Contact) => {
      if (!o.name || !c.name || o.name === c.name) return false;
      const [short, long] = o.name.split(' ').length < c.name.split(' ').length ? [o.name, c.name] : [c.name, o.name];
      return !short.includes(' ') && long.endsWith(` ${short}`);
    };
    const emailsAgree = (o: Contact) => !o.email || !c.email || o.email === c.email;
    const phonesAgree = (o: Contact) => !o.phone || !c.phone || o.phone === c.phone;
    const candidates = out.filter((o) => sameSurname(o) && emailsAgree(o));
    const same =
      out.find((o) => o.name !== null && o.name === c.name) ??
      candidates.find(phonesAgree) ??
      (candidates.length === 1 && prose.has(c) !== prose.has(candidates[0]!) ? candidates[0] : undefined);
    if (!same) {
      out.push(c);
      continue;
    }
    if (c.phone && same.phone !== c.phone && prose.has(c)) same.phone = c.phone;
    if (c.name && same.name && c.name.length > same.name.length) same.name = c.name;
    same.role ??= c.role;
    same.phone ??= c.phone;
    same.email ??= c.email;
  }
  return out;
}

const fromText: Rule<Contact[]> = (ctx) => {
  const found: Contact[] = [];
  const prose = new Set<Contact>();
  let evidence: string | null = null;
  const all: { contacts: Contact[]; text: string; prose: boolean }[] = [
    ...blocks(ctx).map((b) => ({ contacts: contactsInBlock(b.lines, ctx.country, b.label), text: b.text, prose: false })),
    ...units(ctx).map((u) => ({ contacts: contactsIn(u.text, ctx.country), text: u.text, prose: u.prose })),
  ];
  for (const u of all) {
    // "Technische vragen over het platform? Kristof Van Damme, helpdesk@jobpunt.be": no contact for the post.
    if (u.prose && TECHNICAL_HELP.test(u.text)) continue;
    for (const c of u.contacts) {
      // The employer's name under a person ("Herr Patrick Lenarz / Kreis Viersen") is no role;
      // dropped before merging so that the role a sentence gives the same person can take its place.
      if (c.role && ctx.organisation && (c.role === ctx.organisation || ctx.organisation.includes(c.role))) c.role = null;
      // "Jonas Debaere (Poolstok), jonas.debaere@poolstok.be": the body his address is at is his employer, no role.
      if (c.role && c.email && namesMailDomain(c.role, c.email)) c.role = null;
      const same = found.find((f) => (c.email && f.email === c.email) || (c.phone && f.phone === c.phone));
      if (same) {
        same.name ??= c.name;
        same.role ??= c.role;
        same.phone ??= c.phone;
        same.email ??= c.email;
        if (u.prose) prose.add(same);
        continue;
      }
      if (found.length >= 20) break;
      found.push(c);
      if (u.prose) prose.add(c);
      evidence ??= u.text;
    }
  }
  const merged = mergeSurnames(found, prose);
  return merged.length && evidence ? { value: merged, evidence: { source: 'text', text: evidence } } : null;
};

export const contactRules: readonly Rule<Contact[]>[] = [fromText];

export function extractContacts(ctx: Context): Found<Contact[]> | null {
  return firstOf(ctx, contactRules);
}

