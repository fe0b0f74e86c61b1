/**
 * Contacts in running text: a name followed by a phone number and/or an e-mail address in the same
 * sentence (or the few lines under a contact label), a department given as a desk of its own, and
 * a number after contact words when no name is given.
 */
import type { Contact } from '../../../model/facts';
import { LETTER } from '../../chars';
import { hasStem } from '../../context';
import { findEmails, findPhones } from '../../phones';
import type { Point } from './names';
import { isPersonName, namedInAddress, namesIn, splitByAddress } from './names';
import { namesMailDomain, roleAfter, roleBefore, ROLE_FOLLOWS } from './roles';
import { BODY_WORD, CONTACT_WORDS, esc, GENERIC_MAILBOX, isRoleWord, RANKS, ROLE_NOUNS } from './words';

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

const NOT_LETTERS = new RegExp(`[^${LETTER}]+`, 'u');

/** ", Section Manager ", ", Team Leader – ": a job's noun among the words. */
function namesAJob(words: string): boolean {
  return words.split(NOT_LETTERS).some((w) => ROLE_NOUNS.has(w.toLowerCase()));
}

const SENTENCE_END = /[.!?]\s/;
/** "Tel. 08161 600-1134, E-Mail: personal@…": an abbreviation's dot ends no sentence. */
const ABBREVIATION = new RegExp(String.raw`(?<![${LETTER}])(?:tel|tél|nr|no|bzw|ca|dr|prof|z\. ?b|e\.g|i\.e)\.(?=\s)`, 'gi');
/** "…, ou le service des ressources humaines (rh@…)", "ou auprès du Service des Ressources humaines": another desk, named after an "or". */
const OR_ANOTHER = new RegExp(String.raw`(?<![${LETTER}])(?:ou|or|of|oder)\s+(?:(?:auprès|bij|bei|with|to|at|an|via|par)\s+)?(?:du|des|le|la|les|l['’]|the|de|het|die|der|den|dem|das)\s`, 'i');

/**
 * Between a person and a shared mailbox (jobs@, personeel@): a new sentence ("… Lotte Claes, tel. 03 660 68 42.
 * Solliciteer via personeel@kapellen.be") or another desk makes it not theirs; their own phone's "Tel." does not.
 */
function otherDesk(between: string): boolean {
  return SENTENCE_END.test(between.replace(ABBREVIATION, '')) || OR_ANOTHER.test(between);
}

/**
 * "… to Ciarán Moynihan (Human Resources Manager) in the Charities Regulator at (01) 633 1550 or ciaran.moynihan@…",
 * "Rebecca Tran | Head of Department, Social Work | rebecca.tran@…": where an address spells a name written before
 * it in the same sentence, the capitalised words between that name and its address are the person's role or
 * body, not another person.
 */
function withoutNamesBeforeOwnAddress(text: string, names: Point[], emails: Point[]): Point[] {
  const between = new Set<Point>();
  for (const email of emails) {
    const before = names.filter((n) => n.end <= email.start);
    const owner = before.reverse().find((n) => namedInAddress(n, email));
    if (!owner) continue;
    const span = text.slice(owner.end, email.start);
    if (span.length > 200 || SENTENCE_END.test(span.replace(ABBREVIATION, '')) || emails.some((e) => e.start >= owner.end && e.end <= email.start)) continue;
    for (const n of names) if (n.start >= owner.end && n.end <= email.start && !namedInAddress(n, email)) between.add(n);
  }
  return names.filter((n) => !between.has(n));
}

/** "unter Angabe der Kennziffer 05/2026-11", "Ref. 02/2026-14": a reference's code, however much it looks like a number to call. */
const REFERENCE_BEFORE = /(?:kennziffer|kennzahl|aktenzeichen|referenz(?:nummer)?|reference(?: number)?|referentie|référence|vacaturenummer|ref\.|réf\.)\s*:?\s*$/i;

export function contactsIn(text: string, country: string | null): Contact[] {
  // A fax number is no way to ask a question.
  const phones: Point[] = findPhones(text, country)
    .filter((p) => !/fax\.?\s*:?\s*$/i.test(text.slice(Math.max(0, p.start - 10), p.start)) && !REFERENCE_BEFORE.test(text.slice(Math.max(0, p.start - 24), p.start)))
    .map((p) => ({ start: p.start, end: p.end, kind: 'phone', value: p.e164 }));
  const emails: Point[] = findEmails(text).map((e) => ({ start: e.start, end: e.end, kind: 'email', value: e.email }));
  if (phones.length === 0 && emails.length === 0) return [];
  // Names inside an e-mail address are not names.
  const names = withoutNamesBeforeOwnAddress(
    text,
    namesIn(text).filter((n) => !emails.some((e) => n.start < e.end && e.start < n.end)),
    emails,
  );
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
      // "Ben Hollis, Section Manager Asset Planning, on …", "Herr Ulrich Meyerhoff (Fachdienstleitung Bauaufsicht, …)":
      // the capitalised words after a job's noun, or in a titled person's bracket, are the role's.
      const between = nextName === undefined ? '' : text.slice(p.end, nextName.start);
      const roleFollows =
        ROLE_FOLLOWS.test(text.slice(p.end, p.end + 6)) ||
        (nextName !== undefined && (p.titled === true || ownAddress) && /^[ \u00a0]*[,(][ \u00a0]*$/.test(between)) ||
        (nextName !== undefined && /^[ \u00a0]*,[ \u00a0]/.test(between) && namesAJob(between)) ||
        // "Pieter-Jan Lefever (teamleider Recreatieve Netwerken), 050 …": a bracket opening with a job's noun holds the role.
        (nextName !== undefined && /^[ \u00a0]*\([ \u00a0]*\S+[ \u00a0]*$/.test(between) && isRoleWord(between.replace(/[\s(]/g, '')));
      if (!next || (nextName && nextName.start < next.start && !roleFollows)) continue;
      // The person's own address may come after their phone: "Jan Peeters ...: 03 ..., jan.peeters@...".
      const ownEmail = points.slice(i + 1).find((q) => q.kind === 'email' && (!nextName || q.start < nextName.start || roleFollows));
      if (!isPersonName(text, p, next, ownEmail)) continue;
      // "par courrier à l'attention de Madame …, Présidente du CPAS", "par courrier adressé à Monsieur …": whom a letter
      // is addressed to, not whom to ask.
      if (ADDRESSEE_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start)) || APPLICATIONS_TO.test(text.slice(Math.max(0, p.start - 260), p.start))) continue;
      const split = ownEmail ? splitByAddress(text, p, ownEmail) : null;
      current = split
        ? { name: split.name.value, role: split.role, phone: null, email: null }
        : { name: p.value, role: ownRole(text, p, next, ownEmail), phone: null, email: null };
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
    // "Bel dan naar Ilse Goossens op 02 721 07 45. Zij is coördinator van de klantendienst": the next sentence gives the role.
    if (target.name && !target.role) {
      const role = ROLE_NEXT_SENTENCE.exec(text.slice(p.end))?.[1];
      if (role && isRoleWord(role.split(/\s+/)[0]!)) target.role = role;
    }
    if (p.kind === 'phone') target.phone ??= p.value;
    // "… Lotte Claes, tel. 03 660 68 42. Solliciteer via personeel@kapellen.be": a shared mailbox in a
    // later sentence is where to apply, not the person's own address; so is any address there that is not
    // made of the person's name ("Vragen over de procedure kun je mailen naar personeelszaken@…").
    else if (!(target.name && (GENERIC_MAILBOX.test(p.value) || !namedInAddress({ ...p, value: target.name }, p)) && otherDesk(text.slice(lastNameEnd, p.start)))) target.email ??= p.value;
  }
  // A mailbox without a person (jobs@, recruitment@) is how to apply, not whom to ask; a named
  // department is a contact when it gives both a phone and an address, as a desk one can call.
  return out.filter((c) => (c.name ? c.phone || c.email : c.role && c.phone && c.email));
}

/** ". Zij is coördinator van de klantendienst en …", ". She is the Team Leader, …": the person's role, in the sentence right after. */
const ROLE_NEXT_SENTENCE =
  /^[^.!?\n]{0,40}\.\s+(?:Zij|Hij|She|He|Sie|Er|Elle|Il)\s+(?:is|ist|est)\s+(?:(?:de|het|the|die|der|la|le)\s+|l['’])?([^,.;:()\n]{3,60}?)(?=\s+(?:en|and|und|et)\s|\s*[,.;:(]|$)/;

const RANK_BEFORE = new RegExp(`(?<![${LETTER}])(${RANKS.map(esc).join('|')})[ \u00a0]+$`);

/** "Les candidatures … doivent être adressées à Monsieur Jean-Marc Dethier, Président du CPAS": whom applications go to, not whom to ask. */
const APPLICATIONS_TO = /(?:candidatures?|applications?|sollicitaties?|Bewerbungen)[^.!?]{0,200}(?:adressée?s?|addressed|gericht|gerichtet)\s+(?:à|to|aan|an)\s+(?:(?:Madame|Monsieur|Mme|M\.|Mevrouw|Meneer|de heer|Frau|Herrn?|Mr|Mrs|Ms|Dr)\.?\s+)?$/i;

const ADDRESSEE_BEFORE = /(?:à l['’]attention de|a l['’]attention de|(?:courrier|lettre|pli)(?:\s+recommandée?)?\s+adressée?\s+à|ter attentie van|t\.a\.v\.|z\.\s?Hd\.|zu Händen(?: von)?|for the attention of|f\.a\.o\.)\s+(?:(?:Madame|Monsieur|Mme|M\.|Mevrouw|Meneer|de heer|Frau|Herrn?|Mr|Mrs|Ms|Dr)\.?\s+)?$/i;

/**
 * The role written after the name, else before it; a bracket that names the body of the person's mail domain is
 * their employer, and the job before the name their role ("HR-consultant Nele Geerts (Poolstok): …, nele.geerts@poolstok.be").
 */
function ownRole(text: string, name: Point, next: Point, email: Point | undefined): string | null {
  const after = roleAfter(text, name.end, next.start);
  // "contact Detective Sergeant Rhys Morgan, DCCU, on …": a unit's initials after the name; the rank before it is the role.
  const rank = after && /^[A-Z]{2,6}$/.test(after) ? RANK_BEFORE.exec(text.slice(Math.max(0, name.start - 40), name.start))?.[1] : undefined;
  if (rank) return rank;
  if (after && email && namesMailDomain(after, email.value)) return roleBefore(text, name);
  // "Candidate Liaison Officer: Niamh Gallagher, Public Appointments Service": the body named after the person is
  // where they work; the job before the name is their role.
  if (after && !namesAJob(after) && BODY_WORD.test(after.split(/\s+/).pop()!)) {
    const before = roleBefore(text, name);
    if (before && namesAJob(before)) return before;
  }
  return after ?? roleBefore(text, name);
}
