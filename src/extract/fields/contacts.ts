/**
 * People to contact: a name (two to four capitalised words, name particles allowed) followed by
 * a phone number and/or an e-mail address in the same sentence, or in the lines under a contact
 * label. A label with only a name or an organisation under it ("Contactpersoon / Mensenwerken")
 * gives no contact: without a phone or an address there is nothing to reach. Page chrome (the
 * portal's footer) is never read.
 */
import type { Contact } from '../../model/facts';
import type { Context, Found, Rule } from '../context';
import { LETTER, LOWER, UPPER } from '../chars';
import { firstOf, hasStem } from '../context';
import { allOf } from '../locales';
import { findEmails, findPhones } from '../phones';

const NOT_NAMES = new Set(allOf((l) => l.notNames));
const ROLE_NOUNS = new Set(allOf((l) => l.roleNouns).map((w) => w.toLowerCase()));
/** A word that names a body or a service, never a person. */
const ORG_NAME_WORD =
  /^(?:[a-zA-Z\u00c0-\u024f-]*(?:amt|dienst|verwaltung|bibliotheek|bibliothek|bibliothèque|stelle|referat|abteilung|afdeling)|library|museum|school|schule|zentrum|centrum|centre|center|team|service|office|department|council|gemeente|stad|stadt|gemeinde|kreis|provincie|commune|ville|mairie|ministerie|ministerium|agency|authority|board|trust|hospital|ziekenhuis|klinikum|universität|university|universiteit|hogeschool|hochschule|ocmw|cpas|personal|personeel|services|[a-zA-Z\u00c0-\u024f-]*(?:nummer|hotline|notruf|zentrale)|departments|resources|street|road|avenue|lane|drive|straat|laan|weg|plein|straße|strasse|gasse|platz|allee|rue|boulevard|chaussée|buildings?|house|hall|gebouw|huis|haus|rathaus|stadhuis|gemeentehuis|kreishaus|hôtel|mairie|campus|headquarters)$/i;
const HONORIFICS = allOf((l) => l.honorifics).sort((a, b) => b.length - a.length);
const CONTACT_WORDS = allOf((l) => l.contactWords);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00a0]+');
/** "Peeters", "Van-Damme", "MacLeod", "McKenna", "O'Brien", "D’Hondt". */
const WORD = `(?:[${UPPER}][${LOWER}]+(?:[${UPPER}][${LOWER}]+)?|[${UPPER}]['’][${UPPER}][${LOWER}]+)(?:-[${UPPER}][${LOWER}]+)?`;
const PARTICLE = String.raw`(?:van der|van den|van de|von der|de la|van|von|de|der|den|du|le|la|di|da|ter|ten|zu|d')`;
const SP = String.raw`[ \u00a0]+`;
/** Academic titles that stay part of a name after "Frau" or "Herr": "Frau Dr. Lea Brunner", "Frau Mag. Katharina Hofer". */
const ACADEMIC = String.raw`(?:Dr\.(?:in)?|Prof\.|Mag\.(?:a)?|MMag\.|DI|Dipl\.-Ing\.|Ing\.)`;
const NAME = new RegExp(
  String.raw`(?<![${LETTER}])(?:(?:${HONORIFICS.map(esc).join('|')})${SP})?(?:${ACADEMIC}${SP}){0,2}${WORD}(?:${SP}(?!${ACADEMIC})(?:${PARTICLE}${SP})?${WORD}){0,3}`,
  'gu',
);
/** Courtesy titles lead a name but are not part of it ("Herr Falk Mende" is Falk Mende); "Dr." stays. */
const COURTESY = new RegExp(`^(?:(?:${HONORIFICS.filter((h) => !/^(?:dr|prof)\.?$/i.test(h)).map(esc).join('|')})[ \u00a0]+)+`, 'u');
const HONORIFIC_START = new RegExp(`^(?:${HONORIFICS.map(esc).join('|')})(?![${LETTER}])`, 'u');
const CAPITALISED = new RegExp(`^[${UPPER}]`, 'u');

interface Point {
  start: number;
  end: number;
  kind: 'name' | 'phone' | 'email' | 'department';
  value: string;
  /** A title led the name as written ("Herr", "Mevrouw", "Dr."). */
  titled?: boolean;
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
    const capitalised = words.filter((w) => CAPITALISED.test(w)).length;
    if (capitalised < 2 || (!honorific && capitalised > 4)) continue;
    if (words.slice(1).some((w) => NOT_NAMES.has(w) && !/^(De|Van|Le|La|Du|Von|Der|Den|Ter|Ten)$/.test(w) && !honorific)) continue;
    // Trailing words such as "Tel" or "Telefon" are not part of the name.
    while (words.length > 2 && NOT_NAMES.has(words[words.length - 1]!)) words = words.slice(0, -1);
    if (NOT_NAMES.has(words[words.length - 1]!)) continue;
    // "Human Resources Analyst Dana Whitfield": the words up to the last job noun are the role, not the name.
    const lastRole = words.reduce((at, w, i) => (ROLE_NOUNS.has(w.toLowerCase()) ? i : at), -1);
    if (lastRole >= 0) {
      // "Coordinator Urban Forest": a job's name that starts with its noun is all job.
      if (ROLE_NOUNS.has(words[0]!.toLowerCase()) || words.length - lastRole - 1 < 2) continue;
      start += words.slice(0, lastRole + 1).join(' ').length + 1;
      words = words.slice(lastRole + 1);
    }
    // A body or a service is no person: "Marktgemeindeamt Gunskirchen", "Fachdienst Personal", "Bibliotheek Tielt".
    if (!honorific && words.some((w) => ORG_NAME_WORD.test(w))) continue;
    const written = words.join(' ');
    const value = written.replace(COURTESY, '');
    // "Monsieur le Maire": an office, not a name.
    if (!value || !CAPITALISED.test(value)) continue;
    out.push({ start, end: start + written.length, kind: 'name', value, titled: honorific });
  }
  return out;
}

/**
 * The role written before the name in German prose: "Fachliche Fragen beantwortet Ihnen gern Herr
 * Falk Mende", "Für fachliche Fragen steht Ihnen Herr Mertens ... zur Verfügung".
 */
const ROLE_BEFORE = new RegExp(
  String.raw`(?:^|[;:]\s*)(?:(?:Für|Bei)\s+)?([${LETTER}][${LETTER} \-]{2,80}?)\s+(?:steht|stehen|beantwortet|beantworten|erteilt|erteilen|erhalten Sie von|gibt|geben|richten Sie(?:\s+bitte)?\s+an|wenden Sie sich(?:\s+bitte)?\s+an)\s+(?:Ihnen\s+)?(?:gerne?\s+)?$`,
  'u',
);

/**
 * A second person sharing the first one's verb: "Für fachliche Fragen steht Ihnen Herr Mertens (...)
 * und bei personellen Fragen Herr Kalhöfer (...) zur Verfügung". Read only before a titled name.
 */
const ROLE_COORDINATED = new RegExp(String.raw`(?:^|[,;]|(?<![${LETTER}])(?:und|sowie|oder))\s*(?<![${LETTER}])(?:für|bei)\s+([${LETTER}][${LETTER} \-]{2,60}?)\s+$`, 'i');
/**
 * The role in apposition before a titled name: "wenden Sie sich an die Abteilungsleitung 6 Herrn
 * Seidel", "steht Ihnen die Leitung des Ordnungsamtes, Frau Manegold".
 */
const ROLE_APPOSITION = new RegExp(
  String.raw`(?<![${LETTER}])(?:an|bei|von|Ihnen)\s+(?:die|den|der|das|dem|unsere|unseren|unserer)\s+([${UPPER}][${LETTER}\-]{2,40}(?:\s+[${LETTER}\d\-]{1,30}){0,3}?)\s*,?\s+$`,
  'u',
);
/**
 * The role in apposition right before the name, between an article or "to" and a comma: "die Leiterin
 * der Wohngeldstelle Kalk, Frau Miriam Ostermann", "auprès de la responsable du service Urbanisme,
 * Mme Hélène Guérin", "directed to Senior Staff Officer, Human Resources, Niamh Keady".
 */
const ROLE_BEFORE_COMMA = new RegExp(
  String.raw`(?<![${LETTER}])(?:die|der|den|dem|des|the|la|le|l'|l’|de la|de|het|to)\s+([${LETTER}][^;:.()!?\d@\s]*(?:\s+[^;:.()!?\d@\s]+){0,6}),\s*$`,
  'u',
);

/** "bei" right before the role: the role is written in the dative. */
const BEI_BEFORE = new RegExp(`(?<![${LETTER}])bei\\s+$`, 'i');
const DATIVE_ADJECTIVE = new RegExp(`^[${LOWER}]{3,}en$`, 'u');
const GENERIC_QUESTIONS = /^(?:Sie|Ihnen|wir|er|sie|bitte|Rückfragen|Fragen|weitere Fragen|Auskünfte|Informationen)$/i;

/** Role nouns a compound may end in ("zwembad|coördinator", "selectie|consultant", "Amts|leiter"): five letters or more. */
const ROLE_ENDINGS = [...ROLE_NOUNS].filter((w) => w.length >= 5).sort((a, b) => b.length - a.length);
/** One word right before the name, or a label before its colon: "recruiter Eline Brouwer", "Selectieverantwoordelijke: Yannick Claes". */
const WORD_BEFORE = new RegExp(String.raw`(?:^|[\s(,;])([${LETTER}][${LETTER}\-]{3,40})\s*:?\s+$`, 'u');

const CONTACT_PERSON = /^(?:ansprechpartner(?:in|innen)?|kontaktperson(?:en)?|contactpersoon|contactpersonen|interlocut(?:eur|rice)|contact|kontakt)$/;
/** The role noun written right before the name, alone or as the end of a compound. */
function roleNounBefore(before: string): string | null {
  const m = WORD_BEFORE.exec(before);
  const word = m?.[1];
  if (!word) return null;
  const lower = word.toLowerCase();
  // "Ansprechpartner: Chris Wenzel": the word for a contact person is no role.
  if (CONTACT_PERSON.test(lower)) return null;
  return ROLE_ENDINGS.some((r) => lower.endsWith(r)) ? word : null;
}

function roleBefore(text: string, name: Point): string | null {
  const before = text.slice(Math.max(0, name.start - 120), name.start);
  const noun = roleNounBefore(before);
  if (noun) return noun;
  const m =
    ROLE_BEFORE.exec(before) ?? (name.titled ? (ROLE_APPOSITION.exec(before) ?? ROLE_COORDINATED.exec(before)) : null) ?? ROLE_BEFORE_COMMA.exec(before);
  // "de la responsable du service …": the article is no part of the role.
  const role = m?.[1]?.trim().replace(/^(?:la|le|l'|l’|les|du|des|die|der|den|dem|the|het|de)\s+/i, '');
  // "Für Rückfragen steht Ihnen ...": questions in general name no role.
  if (!role || GENERIC_QUESTIONS.test(role)) return null;
  return BEI_BEFORE.test(m![0].slice(0, m![0].indexOf(m![1]!))) ? nominative(role) : role;
}

/**
 * "bei personellen Fragen" names the role "personelle Fragen": after "bei" (dative) an adjective
 * before the plural noun ends in -en; its nominative, as the role is shown, ends in -e.
 */
function nominative(role: string): string {
  const words = role.split(' ');
  const noun = words.findIndex((w) => CAPITALISED.test(w));
  if (noun <= 0) return role;
  return [...words.slice(0, noun).map((w) => (DATIVE_ADJECTIVE.test(w) ? w.slice(0, -1) : w)), ...words.slice(noun)].join(' ');
}

const HAS_LETTER = new RegExp(`[${LETTER}]`, 'u');
/** A line or phrase that names a way to reach someone ("Tel.", "Telefonnummer", "E-Mail"), not their role. */
const CHANNEL_WORD = /^(?:tel|telefon|telefonnummer|phone|tél|gsm|fax|faxnummer|e-?mail|mail)\b/i;

/** Shared mailboxes: "jobs@", "personeel@", "werving@", "recrutement@", "bewerbung@". */
const GENERIC_MAILBOX = /^(?:jobs?|vacatures?|vacature|personeel|personeelsdienst|hr|rh|grh|werving|selectie|sollicitaties?|solliciteren|recruitment|recruiting|careers?|recrutement|emploi|candidatures?|bewerbung(?:en)?|personal|karriere|info|contact|onthaal|secretariaat)@/i;

/** Words that open how to reach someone, never a role. */
const REACH_WORDS = /^(?:unter|au|at|on|op|tel|telefon|telephone|phone|via|by|per|par|bij|bereikbaar|gerne|gern|erreichbar|zur|or|ou|oder|of)(?![a-zA-Z\u00c0-\u024f])/i;

const ADDRESS_LIKE = /(?:stra(?:ß|ss)e|str\.|straat|laan|weg|gasse|platz|allee|ring|dreef|plein|street|road|avenue|rue|place)\s*\d/i;
/** The role written right after the name: "Philip De Koninck, waarnemend diensthoofd (03 ...)". */
function roleAfter(text: string, nameEnd: number, nextPoint: number): string | null {
  const between = text.slice(nameEnd, nextPoint);
  // Under a contact label the role is the line after the name: "Lara Resing\nAmt für Personal\nTel.: ...".
  const own = /^[ \u00a0]*\n([^\n@\d]{2,80})\n/u.exec(between);
  if (own && !CHANNEL_WORD.test(own[1]!)) return own[1]!.trim();
  // A role may carry a unit's number ("Referatsleiterin GI 3", "Abteilung I/1 – Personal"); a phone number is no role.
  const m =
    /^\s*(?:,|–|-)\s*([^(),;:@]{2,80}?)\s*(?:\(|,|;|:|\b(?:op|tel|via|at|unter|au|on)\b|$)/iu.exec(between) ??
    /^\s*\(([^()@]{2,80})\)/u.exec(between) ??
    // "Herr Jonas Brings vom Fachdienst Personal, Tel.": the service they belong to.
    /^\s*(?:vom|von der|van de|van het|du|de la|from the|of the)\s+([^(),;:@\d]{2,60}?)\s*(?:,|;|:|$)/u.exec(between);
  const role = m?.[1]?.trim().replace(/\s*[–—-]+$/, '');
  // A number in a role names a unit; a street and its number are an address ("Mercatorstraße 1").
  if (role && ((role.match(/\d/g)?.length ?? 0) > 3 || ADDRESS_LIKE.test(role))) return null;
  // "…, unter der Telefonnummer", "…, au 02 …", "…, at (091) …": the way to reach them, not a role.
  return role && HAS_LETTER.test(role) && !CHANNEL_WORD.test(role) && !REACH_WORDS.test(role) ? role : null;
}

/**
 * Capitalised words are a person when a title leads them ("Herr", "Mevrouw"), when a role, a
 * bracket or the phone/address follows right after, or when the address is made of the name
 * ("philip.dekoninck@"); "Geoinformation Schleswig-Holstein" before an address is not.
 */
function isPersonName(text: string, name: Point, next: Point, email: Point | undefined): boolean {
  if (name.titled) return true;
  const after = text.slice(name.end, next.start);
  // A name alone on its line under a contact label, or followed by its role or number.
  if (/^[ \u00a0]*\n/.test(after)) return /(?:^|\n)[ \u00a0]*$/.test(text.slice(0, name.start));
  if (/^[ \u00a0]*(?:[,(:–-]|\s*$)/.test(after) || after.length <= 3) return true;
  return email !== undefined && namedInAddress(name, email);
}

/** The address is made of the name: "philip.dekoninck@" for Philip De Koninck. */
function namedInAddress(name: Point, email: Point): boolean {
  const local = fold(email.value.split('@')[0]!);
  return name.value.split(/\s+/).some((w) => w.length > 2 && local.includes(fold(w)));
}

/** Words that make a phrase a department ("de personeelsdienst", "the HR team", "die Personalabteilung"). */
const DEPARTMENT_WORD = String.raw`[${LETTER}-]{0,25}(?:dienst|afdeling|personeel|secretariaat|abteilung|referat|personalamt|personalstelle|sachgebiet|recrutement)[${LETTER}-]{0,25}|HR|team|department|office|service|unit|bureau|département`;
/**
 * A department given as a contact of its own, opening a clause and right before its number or
 * address: "..., of de personeelsdienst: 03 650 02 21, personeel@brasschaat.be".
 */
const DEPARTMENT = new RegExp(
  String.raw`(?:^|[.;?!][ \u00a0]+|(?<![${LETTER}])(?:of|or|oder|ou|en|and|und|et|met|with|mit|bij|bei|an)[ \u00a0]+)(?:de|het|the|die|der|den|dem|le|la|les|l['’])[ \u00a0]*((?:[${LETTER}-]{1,30}[ \u00a0]+){0,2}?(?:${DEPARTMENT_WORD}))[ \u00a0]*(?:[:(,–-]|[ \u00a0](?:op|via|at|on|unter|au))?[ \u00a0]*$`,
  'i',
);

/** A department right before `at` (a phone or address), as a point of its own. */
function departmentBefore(text: string, at: number): Point | null {
  const from = Math.max(0, at - 80);
  const m = DEPARTMENT.exec(text.slice(from, at));
  // "de dienst", "the team" alone say not which one.
  if (!m || /^(?:dienst|afdeling|team|service|office|unit|bureau|department|département|abteilung|referat|sachgebiet)$/i.test(m[1]!.trim())) return null;
  const start = from + m.index + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length, kind: 'department', value: m[1]!.trim() };
}

function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '');
}

/** A comma or dash and a small letter after a name: a role follows ("Rachid El Amrani, teamleider ..."). */
const ROLE_FOLLOWS = new RegExp(`^[ \u00a0]*[,–-][ \u00a0]*[${LOWER}]`, 'u');

export function contactsIn(text: string, country: string | null): Contact[] {
  // A fax number is no way to ask a question.
  const phones: Point[] = findPhones(text, country)
    .filter((p) => !/fax\.?\s*:?\s*$/i.test(text.slice(Math.max(0, p.start - 10), p.start)))
    .map((p) => ({ start: p.start, end: p.end, kind: 'phone', value: p.e164 }));
  const emails: Point[] = findEmails(text).map((e) => ({ start: e.start, end: e.end, kind: 'email', value: e.email }));
  if (phones.length === 0 && emails.length === 0) return [];
  // Names inside an e-mail address are not names.
  const names = namesIn(text).filter((n) => !emails.some((e) => n.start < e.end && e.start < n.end));
  const departments = [...phones, ...emails]
    .map((p) => departmentBefore(text, p.start))
    .filter((d): d is Point => d !== null && !names.some((n) => n.start < d.end && d.start < n.end));
  const points = [...names, ...departments, ...phones, ...emails].sort((a, b) => a.start - b.start);
  const out: Contact[] = [];
  let current: Contact | null = null;
  let nameless: Contact | null = null;
  let lastNameEnd = 0;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (p.kind === 'name') {
      const next = points.slice(i + 1).find((q) => q.kind === 'phone' || q.kind === 'email');
      // A name only counts when a phone or address follows it before the next name.
      const nextName = points.slice(i + 1).find((q) => q.kind === 'name');
      // "Rachid El Amrani, teamleider Arbo Midden, 06 ...": capitalised words inside the role are no name.
      // "Aoife Brennan, Campaign Manager, on (01) …", "Frau Dr. Lea Brunner, Sektionschefin Wasserqualität, …":
      // a person (titled, or named in the address that follows) then capitalised words after a comma: their role.
      const email = points.slice(i + 1).find((q) => q.kind === 'email');
      const ownAddress = email !== undefined && namedInAddress(p, email);
      const roleFollows =
        ROLE_FOLLOWS.test(text.slice(p.end, p.end + 6)) ||
        (nextName !== undefined && (p.titled === true || ownAddress) && /^[ \u00a0]*,[ \u00a0]*$/.test(text.slice(p.end, nextName.start)));
      if (!next || (nextName && nextName.start < next.start && !roleFollows)) continue;
      // The person's own address may come after their phone: "Jan Peeters ...: 03 ..., jan.peeters@...".
      const ownEmail = points.slice(i + 1).find((q) => q.kind === 'email' && (!nextName || q.start < nextName.start || roleFollows));
      if (!isPersonName(text, p, next, ownEmail)) continue;
      current = { name: p.value, role: roleAfter(text, p.end, next.start) ?? roleBefore(text, p), phone: null, email: null };
      lastNameEnd = p.end;
      out.push(current);
      if (roleFollows) i = points.indexOf(next) - 1;
      continue;
    }
    if (p.kind === 'department') {
      // A person still waiting for a number keeps it: "Jan Peeters bij de personeelsdienst: 03 ...".
      const waiting = current !== null && current.name !== null && !current.phone && !current.email;
      if (!waiting) {
        current = { name: null, role: p.value, phone: null, email: null };
        out.push(current);
      }
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
    // "… Lotte Claes, tel. 03 660 68 42. Solliciteer via personeel@kapellen.be": a shared mailbox in a
    // later sentence is where to apply, not the person's own address.
    else if (!(target.name && GENERIC_MAILBOX.test(p.value) && /[.!?]\s/.test(text.slice(lastNameEnd, p.start)))) target.email ??= p.value;
  }
  // A mailbox without a person (jobs@, recruitment@) is how to apply, not whom to ask; a named
  // department is a contact when it gives both a phone and an address, as a desk one can call.
  return out.filter((c) => (c.name ? c.phone || c.email : c.role && c.phone && c.email));
}

interface Unit {
  text: string;
  /** A sentence of running text, not the lines under a label. */
  prose: boolean;
}

/** A line that is only a contact label ("Contactpersoon:"), in any of the languages. */
const CONTACT_LABEL_LINE = new RegExp(`^(?:${allOf((l) => l.labels.contact).map(esc).join('|')})\\s*:?$`, 'i');

/** Sentences of the content, then the few lines under each contact label read as one unit. */
function units(ctx: Context): Unit[] {
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

/** Headings over a block of contact details, in any of the languages. */
const CONTACT_HEADING = /contact|ansprechpart|kontakt|renseignement|meer weten|vragen over|vragen\?|questions\?|enquiries|auskunft|auskünfte|inlichtingen|informatie over|more information/i;
const KEY = {
  name: /^(?:name|naam|nom|contact ?person|contactpersoon|(?:weiterer )?ansprechpartner(?:in)?)$/i,
  role: /^(?:job title|role|position|functie|fonction|titre|funktion)$/i,
  email: /^(?:e-?mail(?: address)?|courriel|mail)$/i,
  phone: /^(?:tel(?:ephone|efoon|efon|éphone)?\.?(?: ?number)?|phone|telefonnummer|gsm|mobile|mobiel)$/i,
  // Read only to be skipped: the value under it is no way to ask a question.
  fax: /^(?:fax|faxnummer|telefax|fax number)$/i,
};
const ORG_WORDS = /\b(?:Stadt|Landeshauptstadt|Kreis|Amt|Landratsamt|Magistrat|Verwaltung|Gemeente|Stad|Provincie|Dienst|Department|Ministry|Ministerie|Team|Service|Office|Universität|University|Agency|Bureau|Administration|Council|Trust)\b/;
const NAME_LINE = new RegExp(
  String.raw`^(?:(?:${HONORIFICS.map(esc).join('|')})[ \u00a0]+)*${WORD}(?:[ \u00a0]+(?:${PARTICLE}[ \u00a0]+)?${WORD}){0,3}$`,
  'u',
);

function isNameLine(s: string): boolean {
  return s.length <= 60 && NAME_LINE.test(s) && !ORG_WORDS.test(s) && s.split(/\s+/).length >= (HONORIFIC_START.test(s) ? 1 : 2);
}

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
  const put = (key: keyof typeof KEY, value: string) => {
    const v = value.trim();
    if (!v) return;
    if (key === 'name') {
      const name = v.replace(COURTESY, '');
      if (!isNameLine(v) || !name) return;
      current = { name, role: null, phone: null, email: null };
      out.push(current);
      if (labelRole) roleOfLabel.set(current, labelRole);
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
      continue;
    }
    const email = findEmails(line)[0]?.email;
    const phone = /fax/i.test(line) ? undefined : findPhones(line, country)[0]?.e164;
    const plain = line.length <= 80 && !/[\d@:]/.test(line) && !ORG_WORDS.test(line);
    if (roleSlot && current && plain && !(current as Contact).phone && !(current as Contact).email) {
      (current as Contact).role ??= line;
      continue;
    }
    // Unlabelled: "Kees Hoekstra, teamleider Verkeersmanagement — 05 57 ...", a name alone, then its role.
    // "Priya Natarajan (Assistant Director)": the role in brackets after the name.
    const bracketed = /^([^(),]{3,60}?)\s*\(([^()@\d]{2,80})\)$/.exec(line);
    const [first, ...rest] = bracketed ? [bracketed[1]!, bracketed[2]!] : line.split(/,\s+/);
    // "Bel Jeroen Bakker, recruiter": the verb in front is not part of the name.
    const head = first!.split(/\s+/).reduce((acc, w) => (acc === '' && NOT_NAMES.has(w) && !HONORIFIC_START.test(w) ? '' : `${acc} ${w}`), '').trim();
    // "Stadt Bad Schwartau" under a person is their employer: dropping "Stadt" leaves no name.
    if (head && isNameLine(head) && !ORG_WORDS.test(first!)) {
      put('name', head);
      justNamed = rest.length === 0;
      const role = rest.join(', ').split(/\s+[—–-]\s+|\s*[(;]|,?\s+(?:tel|tél|phone|telefoon|telefon|op|via|at|unter|au|bereikbaar)\b/i)[0]!.replace(/,\s*$/, '').trim();
      if (role && current && !role.includes('@') && findPhones(role, country).length === 0) (current as Contact).role = role;
    }
    if (current && (email || phone)) {
      const c: Contact = current;
      // A shared mailbox on a line of its own is where to apply, not the person's address.
      if (email && !(GENERIC_MAILBOX.test(email) && !line.includes(c.name ?? '\u0000') && !/mail|courriel/i.test(line.split('@')[0]!.slice(-12)))) c.email ??= email;
      if (phone) c.phone ??= phone;
    }
  }
  for (const c of out) c.role ??= roleOfLabel.get(c) ?? null;
  return out.filter((c) => c.phone || c.email);
}

const CONTACT_LABELS = new Set(allOf((l) => l.labels.contact).map((w) => w.toLowerCase()));

/**
 * The role a sub-label gives the people under it: "Job contact :" does, a plain contact label
 * ("Contactpersoon:", "Contact us:") does not, nor a heading without a colon ("Meer weten?").
 */
function subLabel(line: string): string | null {
  const m = /^([^:@\d]{2,60}?)\s*:$/u.exec(line.trim());
  const text = m?.[1]?.trim();
  if (!text || CONTACT_LABELS.has(text.toLowerCase()) || /^(?:contacts?|contact us|contactez-nous|kontakt(?:e|daten)?|contactgegevens)$/i.test(text)) return null;
  return text;
}

/** The lines of each block under a contact heading or label, up to the next heading. */
function blocks(ctx: Context): { lines: string[]; text: string; label: string }[] {
  const out: { lines: string[]; text: string; label: string }[] = [];
  for (let i = 0; i < ctx.lines.length; i++) {
    const h = ctx.lines[i]!;
    const heading = /^h[1-6]$/.test(h.block) && h.text.length < 80 && CONTACT_HEADING.test(h.text);
    if (!heading && !CONTACT_LABEL_LINE.test(h.text.trim())) continue;
    const lines: string[] = [];
    let last = h;
    for (let j = i + 1; j < Math.min(ctx.lines.length, i + 12); j++) {
      const l = ctx.lines[j]!;
      if (/^h[1-6]$/.test(l.block)) break;
      lines.push(l.text);
      last = l;
    }
    if (lines.length) out.push({ lines, text: ctx.page.text.slice(ctx.lines[i + 1]!.start, last.end), label: h.text });
  }
  return out;
}

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
    for (const c of u.contacts) {
      // The employer's name under a person ("Herr Patrick Lenarz / Kreis Viersen") is no role;
      // dropped before merging so that the role a sentence gives the same person can take its place.
      if (c.role && ctx.organisation && (c.role === ctx.organisation || ctx.organisation.includes(c.role))) c.role = null;
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
