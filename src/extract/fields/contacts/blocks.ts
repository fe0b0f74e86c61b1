/**
 * Contacts in blocks: the lines under a contact heading or label ("Name : … / Email : …", a <dl> of
 * Name / Job title / Email address, "Marcus Bell / Human Resources Specialist / Phone: …").
 */
import type { Contact } from '../../../model/facts';
import type { Context } from '../../context';
import { allOf, isFactLabel } from '../../locales';
import { findEmails, findPhones } from '../../phones';
import { COURTESY, isNameLine, RANK } from './names';
import { withoutEmployerLast, withoutSentenceAfter } from './roles';
import { BODY_WORD, CONTACT_HEADING, esc, GENERIC_MAILBOX, HONORIFIC_START, isRoleWord, NOT_NAMES, ORG_WORDS } from './words';

export interface Unit {
  text: string;
  /** A sentence of running text, not the lines under a label. */
  prose: boolean;
}

/** A line that is only a contact label ("Contactpersoon:"), in any of the languages. */
const CONTACT_LABEL_LINE = new RegExp(`^(?:${allOf((l) => l.labels.contact).map(esc).join('|')})\\s*:?$`, 'i');

/** Sentences of the content, then the few lines under each contact label read as one unit. */
export function units(ctx: Context): Unit[] {
  const out: Unit[] = ctx.sentences.map((s) => ({ text: s.text, prose: true }));
  for (let i = 0; i < ctx.lines.length; i++) {
    if (!CONTACT_LABEL_LINE.test(ctx.lines[i]!.text)) continue;
    const first = ctx.lines[i + 1];
    if (!first) continue;
    let last = first;
    for (let j = i + 2; j < Math.min(ctx.lines.length, i + 6); j++) {
      const l = ctx.lines[j]!;
      if (/^h[1-6]$/.test(l.block) || l.start !== last.end + 1) break;
      last = l;
    }
    out.push({ text: ctx.page.text.slice(first.start, last.end), prose: false });
  }
  return out;
}

const KEY = {
  name: /^(?:name|naam|nom|contact ?person|contactpersoon|(?:weiterer )?ansprechpartner(?:in)?)$/i,
  role: /^(?:job title|role|position|functie|fonction|titre|funktion)$/i,
  email: /^(?:e-?mail(?: address)?|courriel|mail)$/i,
  phone: /^(?:tel(?:ephone|efoon|efon|éphone)?\.?(?: ?number)?|phone|telefonnummer|gsm|mobile|mobiel)$/i,
  // Read only to be skipped: the value under it is no way to ask a question.
  fax: /^(?:fax|faxnummer|telefax|fax number)$/i,
};

/**
 * A block of contact details under a contact heading: "Name : Priya Natarajan / Email : ... /
 * Telephone : ...", a <dl> of Name / Job title / Email address, or "Marcus Bell / Human Resources
 * Specialist / Phone: ...". Each name starts a person; the lines after it complete them.
 */
export function contactsInBlock(lines: readonly string[], country: string | null, label = ''): Contact[] {
  const out: Contact[] = [];
  let current: Contact | null = null;
  let pendingKey: keyof typeof KEY | null = null;
  // The sub-label the people stand under ("Job contact :"): their role unless a line gives one.
  let labelRole = subLabel(label);
  const roleOfLabel = new Map<Contact, string>();
  // "Job title / Stroke SLT Team Lead / Name / Rosie Penhaligon": a card may give the role before the name.
  let roleBeforeName: string | null = null;
  const put = (key: keyof typeof KEY, value: string) => {
    const v = value.trim();
    if (!v) return;
    if (key === 'name') {
      // "Name: Priya Raman, Senior Occupational Therapist - Neurosciences": the role may follow the name after a comma.
      const [own, after] = NAME_THEN_ROLE.exec(v)?.slice(1) ?? [v, null];
      // "Name: Human Resources, Recruitment Team" names a desk, no person.
      if (after && !isNameLine(v) && isNameLine(own!) && !own!.split(/\s+/).some((w) => BODY_WORD.test(w))) {
        put('name', own!);
        if (current) (current as Contact).role ??= after;
        return;
      }
      // "Hoofdinspecteur Evi Moens, verantwoordelijke onthaal": a rank before a name of two words or more is no part of it.
      const courteous = v.replace(COURTESY, '');
      const name = courteous.split(/\s+/).length >= 3 ? courteous.replace(RANK, '') : courteous;
      if (!isNameLine(v) || !name) return;
      current = { name, role: roleBeforeName, phone: null, email: null };
      roleBeforeName = null;
      out.push(current);
      if (labelRole) roleOfLabel.set(current, labelRole);
      return;
    }
    if (key === 'role' && (!current || (current as Contact).phone || (current as Contact).email)) {
      roleBeforeName = v.slice(0, 120);
      return;
    }
    if (!current) return;
    if (key === 'role') current.role ??= v.slice(0, 120);
    if (key === 'email') current.email ??= findEmails(v)[0]?.email ?? null;
    if (key === 'phone') current.phone ??= findPhones(v, country)[0]?.e164 ?? null;
  };
  const keys = Object.keys(KEY) as (keyof typeof KEY)[];
  // The line right after a name may be the person's role ("Marcus Bell / Human Resources Specialist").
  let justNamed = false;
  for (const raw of lines) {
    const line = raw.trim();
    const roleSlot = justNamed;
    justNamed = false;
    if (pendingKey) {
      put(pendingKey, line);
      pendingKey = null;
      continue;
    }
    const kv = /^([^:]{2,30}?)\s*:\s*(.+)$/.exec(line);
    const key = keys.find((k) => KEY[k].test((kv?.[1] ?? line).trim().replace(/\s*:$/, '')));
    // A new sub-label ("Recruitment team :") closes the person before it: what follows is not theirs.
    if (!key && /^[^:@\d]{2,60}:$/.test(line)) {
      labelRole = subLabel(line);
      current = null;
      continue;
    }
    if (key && !kv) {
      pendingKey = key;
      continue;
    }
    if (key && kv) {
      put(key, kv[2]!);
      // "Email: fionnuala.keane@atu.ie   Tel: +353 (0)91 742 318": a second label and its number on the same line.
      const person = current as Contact | null;
      const phoneAfter = key === 'email' && person && !person.phone && !/fax/i.test(kv[2]!) ? findPhones(kv[2]!, country)[0]?.e164 : undefined;
      if (person && phoneAfter) person.phone = phoneAfter;
      continue;
    }
    const email = findEmails(line)[0]?.email;
    const phone = /fax/i.test(line) ? undefined : findPhones(line, country)[0]?.e164;
    const plain = line.length <= 80 && !/[\d@:]/.test(line) && !ORG_WORDS.test(line);
    // "Daniel Ho / Closing date": a fact's label on the next line starts another row, not the person's role.
    if (roleSlot && current && plain && !isFactLabel(line) && !(current as Contact).phone && !(current as Contact).email) {
      (current as Contact).role ??= line;
      continue;
    }
    // Unlabelled: "Kees Hoekstra, teamleider Verkeersmanagement — 05 57 ...", a name alone, then its role.
    // "Priya Natarajan (Assistant Director)": the role in brackets after the name.
    const bracketed = /^([^(),]{3,60}?)\s*\(([^()@\d]{2,80})\)$/.exec(line);
    // A dash before any comma sets the name apart as a comma does: "Saar Wuyts – coördinator vertalingen, team …".
    const dashed = bracketed ? null : NAME_DASH.exec(line);
    // "Electoral Services Manager – Nadia Okonjo – 01245 606318 – …": of a card written in dashes, the first two parts.
    const parts = bracketed ? [bracketed[1]!, bracketed[2]!] : dashed ? [dashed[1]!, dashed[2]!.split(/\s[–—]\s/)[0]!] : line.split(/,\s+/);
    // "Coördinator Thuiszorg Kempen – Griet Van Gorp", "Head of Research Services, Dr Aoife Brennan": the role first, the
    // name after the dash or the one comma.
    const lead = parts[0]!.split(/\s+/);
    const roleFirst = isRoleWord(lead[0]!) || (lead.some((w) => isRoleWord(w)) && !isNameLine(parts[0]!.trim()));
    if ((dashed || parts.length === 2) && roleFirst && isNameLine(parts[1]!.trim())) parts.reverse();
    const [first, ...rest] = parts;
    // "Bel Jeroen Bakker, recruiter": the verb in front is not part of the name.
    const words = first!.split(/\s+/).reduce((acc, w) => (acc === '' && NOT_NAMES.has(w) && !HONORIFIC_START.test(w) ? '' : `${acc} ${w}`), '').trim().split(/\s+/);
    // "Selectieverantwoordelijke Elif Aydin": a role's one word before the name on its line.
    const leadRole = words.length >= 3 && isRoleWord(words[0]!) && isNameLine(words.slice(1).join(' ')) ? words.shift()! : null;
    const head = words.join(' ');
    // "Stadt Bad Schwartau" under a person is their employer: dropping "Stadt" leaves no name.
    // "Carson City, Nevada, 89701", "Carson City, NV 89701-4203": a town whose line ends in its postal code is an address.
    const address = rest.some((part) => POSTCODE_PART.test(part.trim()));
    if (head && isNameLine(head) && !ORG_WORDS.test(first!) && !address) {
      put('name', head);
      if (leadRole && current) (current as Contact).role ??= leadRole;
      justNamed = rest.length === 0;
      // "Aoife Brennan, Physiotherapy Manager, Our Lady's Hospital Navan": the employer named last is no part of the role.
      const role = withoutSentenceAfter(withoutEmployerLast(rest).join(', ')).split(/\s+[—–-]\s+|\s*[(;]|,?\s+(?:tel|tél|phone|telefoon|telefon|op|via|at|unter|au|bereikbaar)\b/i)[0]!.replace(/,\s*$/, '').trim();
      // "Samira El Idrissi, recruiter: 072 - 582 84 47": a one-part role before its number's colon.
      const beforeNumber = /^([^,:]{2,60}):\s*[+\d(]/.exec(role)?.[1]?.trim();
      if (beforeNumber && current) (current as Contact).role = beforeNumber;
      else if (role && current && !role.includes('@') && findPhones(role, country).length === 0) (current as Contact).role = role;
    }
    if (current && (email || phone)) {
      const c: Contact = current;
      // A recruiting team's mailbox on a line of the card's own ("Yusuf Demir, recruiter" / "023 514 36 82" /
      // "recruitment@noord-holland.nl") is how to reach that person; a desk's ("service@interamt.de"), or a mailbox
      // in a sentence ("Pour toute difficulté technique, écrivez à support.recrutement@vd.ch"), is where to apply or
      // whom to ask for help, unless it is the only way the card gives to reach the person.
      const ownLine = line.trim() === email && !DESK_MAILBOX.test(email);
      const shared = GENERIC_MAILBOX.test(email ?? '') && !ownLine && !line.includes(c.name ?? '\u0000') && !/mail|courriel/i.test(line.split('@')[0]!.slice(-12));
      if (email && (!shared || (c.name && !c.phone && !c.email))) c.email ??= email;
      if (phone) c.phone ??= phone;
    }
  }
  for (const c of out) c.role ??= roleOfLabel.get(c) ?? null;
  return out.filter((c) => c.phone || c.email);
}

/** A help desk's or front office's mailbox, no recruiting team's: "service@", "support@", "info@", "onthaal@". */
const DESK_MAILBOX = /(?:^|[._-])(?:service|support|helpdesk|info|contact|kontakt|onthaal|secretariaat|accueil)@/i;

const CONTACT_LABELS = new Set(allOf((l) => l.labels.contact).map((w) => w.toLowerCase()));

/**
 * The role a sub-label gives the people under it: "Hiring manager :" does, a plain contact label ("Job contact :",
 * "Contactpersoon:", "Contact us:") does not, nor a heading without a colon ("Meer weten?").
 */
function subLabel(line: string): string | null {
  const m = /^([^:@\d]{2,60}?)\s*:$/u.exec(line.trim());
  const text = m?.[1]?.trim();
  // "Informal enquiries about the role can be directed to:": a sentence that sends the reader on is no role.
  if (!text || text.split(/\s+/).length > 5 || CONTACT_LABELS.has(text.toLowerCase()) || /^(?:contacts?|contact us|contactez-nous|kontakt(?:e|daten)?|contactgegevens)$/i.test(text)) return null;
  return text;
}

/** A row's label that belongs to a contact: a contact label or heading, or one of a person's keys ("E-Mail"). */
function isContactRow(label: string): boolean {
  const text = label.trim().replace(/\s*:$/, '');
  return CONTACT_LABEL_LINE.test(text) || CONTACT_HEADING.test(text) || Object.values(KEY).some((k) => k.test(text));
}

/** A postal code as a line's last part, with the state's code before it where the US writes one ("NV 89701"). */
const POSTCODE_PART = /^(?:[A-Z]{2}[ \u00a0]+)?\d{4,5}(?:-\d{4})?$/;

/** "Priya Raman, Senior Occupational Therapist - Neurosciences": a name, then one role after its comma. */
const NAME_THEN_ROLE = /^([^,]{3,60}?),\s+([^,@\d]{2,80})$/;
const NAME_DASH = /^([^,]+?)\s[–—]\s(.+)$/;

/**
 * The lines of each block under a contact heading or label, up to the next heading. A table's or a list's row label
 * ("Informal Enquiries" in a <th>) heads the cells after it, up to the next row label.
 */
export function blocks(ctx: Context): { lines: string[]; text: string; label: string }[] {
  const out: { lines: string[]; text: string; label: string }[] = [];
  for (let i = 0; i < ctx.lines.length; i++) {
    const h = ctx.lines[i]!;
    const rowLabel = (h.block === 'th' || h.block === 'dt') && h.text.length < 40 && CONTACT_HEADING.test(h.text);
    const heading = rowLabel || (/^h[1-6]$/.test(h.block) && h.text.length < 80 && CONTACT_HEADING.test(h.text));
    if (!heading && !CONTACT_LABEL_LINE.test(h.text.trim())) continue;
    const lines: string[] = [];
    let last = h;
    for (let j = i + 1; j < Math.min(ctx.lines.length, i + 12); j++) {
      const l = ctx.lines[j]!;
      // The person's own rows ("Telefonnummer", "E-Mail", "Weiterer Ansprechpartner") stay in the block.
      if (/^h[1-6]$/.test(l.block) || (rowLabel && l.block === h.block && !isContactRow(l.text))) break;
      lines.push(l.text);
      last = l;
    }
    if (lines.length) out.push({ lines, text: ctx.page.text.slice(ctx.lines[i + 1]!.start, last.end), label: h.text });
  }
  return out;
}
