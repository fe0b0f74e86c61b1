/**
 * Who is a person: runs of capitalised words (particles allowed, a courtesy or academic title
 * before them) that are neither a sentence opener, a job nor a body or a place.
 */
import { LETTER, LOWER, UPPER } from '../../chars';
import { BODY_WORD, CAPITALISED, esc, HONORIFIC_START, HONORIFICS, isRoleWord, NOT_NAMES, ORG_WORDS, RANKS, ROLE_NOUNS, UNIT_WORD } from './words';

/** "Peeters", "Van-Damme", "MacLeod", "McKenna", "O'Brien", "D’Hondt". */
export const WORD = `(?:[${UPPER}][${LOWER}]+(?:[${UPPER}][${LOWER}]+)?|[${UPPER}]['’][${UPPER}][${LOWER}]+)(?:-[${UPPER}][${LOWER}]+)?`;
export const PARTICLE = String.raw`(?:van der|van den|van de|von der|de la|van|von|de|der|den|du|le|la|di|da|ter|ten|zu|d'|el|al|Ó|Ní|Nic|Uí|Mac)`;
const SP = String.raw`[ \u00a0]+`;
/** Academic titles that stay part of a name after "Frau" or "Herr": "Frau Dr. Lea Brunner", "Frau Mag. Katharina Hofer". */
/** "Dr. iur.", "Dr.-Ing.", a Flemish "dr.", "Dipl.-Ing. (FH)". */
const ACADEMIC = String.raw`(?:[Dd]r\.(?:in|-Ing\.)?(?:[ \u00a0](?:iur|jur|med|phil|oec|rer\.[ \u00a0]?nat)\.)?|Prof\.|Mag\.(?:a)?|MMag\.|DI|Dipl\.-Ing\.(?:[ \u00a0]\(FH\))?|Ing\.)`;
const LEADING_ACADEMIC = new RegExp(`^(?:${ACADEMIC}[ \u00a0]+)+`, 'u');
/** A rank before a name ("Kapitein Bart Verhoeven", "Bauoberrat Tobias Kreuzer"): dropped, the name stays. */
export const RANK = new RegExp(`^(?:${RANKS.map(esc).join('|')})[ \u00a0]+(?=[${UPPER}])`, 'u');
const NAME = new RegExp(
  String.raw`(?<![${LETTER}])(?:(?:${HONORIFICS.map(esc).join('|')})${SP})?(?:${ACADEMIC}${SP}){0,2}${WORD}(?:${SP}(?!${ACADEMIC})(?:${PARTICLE}${SP})?${WORD}){0,6}`,
  'gu',
);
/** Courtesy titles lead a name but are not part of it ("Herr Falk Mende" is Falk Mende); "Dr." stays. */
export const COURTESY = new RegExp(`^(?:(?:${HONORIFICS.filter((h) => !/^(?:dr|prof)\.?$/i.test(h)).map(esc).join('|')})[ \u00a0]+)+`, 'u');

export interface Point {
  start: number;
  end: number;
  kind: 'name' | 'phone' | 'email' | 'department';
  value: string;
  /** A title led the name as written ("Herr", "Mevrouw", "Dr."). */
  titled?: boolean;
}

const STREET_BEFORE = /(?:rue|avenue|boulevard|bd|place|allée|quai|chemin|impasse|route|cours|square|street|road|straße|strasse|platz|laan|straat|lei|plein)\s+(?:du|de la|de l['’]|des|de|d['’]|van|von|der|of the|of)?\s*$/i;

/** The word right before a run is a role's noun ("directeur", "Leiterin"). */
const ROLE_NOUN_BEFORE = new RegExp(`(?<![${LETTER}])(?:${[...ROLE_NOUNS].map(esc).join('|')})[ \u00a0]+$`, 'i');

const GENITIVE_BEFORE = /(?:^|[\s'’])(?:du|des|de la|van de|van het|der)[ \u00a0]$/;
/**
 * "Superintendent of ", "Bureau of ", "Office of the ": a job's noun, a rank or a body's and "of" (the Dutch "of" is
 * "or": "… of Els Peeters").
 */
const OF_BEFORE = new RegExp(`(?<![${LETTER}])(?:${[...ROLE_NOUNS, ...RANKS, 'office', 'bureau', 'department', 'division', 'ministry', 'board', 'branch', 'unit', 'directorate', 'council'].map(esc).join('|')})[ \u00a0]+of(?: the)?[ \u00a0]$`, 'i');
const NUMBER_BEFORE = /\d[A-Za-z]?,[ \u00a0]*$/;
const STATE_ZIP_AFTER = /^,[ \u00a0]*[A-Z]{2}[ \u00a0]+\d{5}(?!\d)/;

/**
 * "contact Specialist …", "directed to Recruiter …": a verb or preposition, no article, right before a job's title; the
 * job's own words in front may stand between ("contact Personnel Analyst …", "contact HR Specialist …").
 */
const VERB_BEFORE_JOB = new RegExp(String.raw`(?<![${LETTER}])(?:[Cc]ontact|to|with|[Cc]all|[Ee]mail|[Ee]-mail|ring|reach)[ \u00a0]+(?:(?:HR|[A-Z][a-z]+)[ \u00a0]+){0,2}$`, 'u');

const SURNAME_PARTICLE = /^(?:van|der|den|de|ter|ten|von|vom|zu|du|le|la)$/;

export function namesIn(text: string): Point[] {
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
    const rank = RANK.exec(words.join(' '));
    if (rank && words.length >= 3) {
      const dropped = rank[0].trim().split(/[ \u00a0]+/).length;
      start += words.slice(0, dropped).join(' ').length + 1;
      words = words.slice(dropped);
    }
    // "Hanne Goossens van Jobpunt Vlaanderen": a full name, then "van" and two capitalised words, is a person of a
    // body; a name's own particle comes after one given name or before one surname ("Anna Maria van der Berg").
    const of = words.findIndex((w, i) => i >= 2 && /^(?:van|von|de|du|of)$/.test(w));
    // "Frau Melanie Kunz von der Personalabteilung": a body after the particle is where the person works, no surname
    // ("Ursula von der Leyen" keeps hers).
    if (of >= 2 && (words.slice(of + 1).filter((w) => CAPITALISED.test(w)).length >= 2 || words.slice(of + 1).some((w) => BODY_WORD.test(w)))) words = words.slice(0, of);
    const honorific = HONORIFIC_START.test(words.join(' '));
    if (words.filter((w) => CAPITALISED.test(w)).length < 2) continue;
    // After a particle a word is the surname ("Marloes van der Meer", though "Meer" opens "Meer info").
    const notName = (i: number) => NOT_NAMES.has(words[i]!) && !(i >= 1 && SURNAME_PARTICLE.test(words[i - 1]!));
    if (words.some((w, i) => i >= 1 && notName(i) && !/^(De|Van|Le|La|Du|Von|Der|Den|Ter|Ten)$/.test(w) && !honorific)) continue;
    // Trailing words such as "Tel" or "Telefon" are not part of the name.
    while (words.length > 2 && notName(words.length - 1)) words = words.slice(0, -1);
    if (notName(words.length - 1)) continue;
    // "Fachdienstleiter Ausländerrecht": a job's name that opens with a compound ending in a job's noun is all job.
    // "Referatsleiterin Katrin Böhme": such a compound before two more words is the role before a name, unless its
    // unit comes next ("Abteilungsleitung Bauordnung Nord").
    if (words[0]!.length > 6 && isRoleWord(words[0]!) && !ROLE_NOUNS.has(words[0]!.toLowerCase())) {
      if (words.length < 3 || UNIT_WORD.test(words[1]!)) continue;
      start += words[0]!.length + 1;
      words = words.slice(1);
    }
    // "Human Resources Analyst Dana Whitfield": the words up to the last job noun are the role, not the name.
    const lastRole = words.reduce((at, w, i) => (ROLE_NOUNS.has(w.toLowerCase()) ? i : at), -1);
    if (lastRole >= 0) {
      // "Coordinator Urban Forest": a job's name that starts with its only noun is all job; "Assistant Commissioner
      // Sinéad Moriarty" has its last noun further on, and a name after it.
      // "to Recruiter Maribel Ochoa at …": after a verb or preposition with no article, a name of two words follows the job.
      const jobThenName = lastRole === 0 && words.length === 3 && VERB_BEFORE_JOB.test(text.slice(Math.max(0, start - 30), start));
      if ((ROLE_NOUNS.has(words[0]!.toLowerCase()) && lastRole === 0 && !jobThenName) || words.length - lastRole - 1 < 2) continue;
      start += words.slice(0, lastRole + 1).join(' ').length + 1;
      words = words.slice(lastRole + 1);
    }
    // "Senior Strategic Planner Lachlan Hoang": counted once the role in front is off, a name has two to four capitalised words.
    const capitalised = words.filter((w) => CAPITALISED.test(w)).length;
    if (capitalised < 2 || (!honorific && capitalised > 4)) continue;
    // "aan directeur Beleidsondersteuning Annelies Deprez": the unit after a role's noun is the role's, not the name's.
    if (words.length >= 3 && UNIT_WORD.test(words[0]!) && ROLE_NOUN_BEFORE.test(text.slice(Math.max(0, start - 40), start))) {
      start += words[0]!.length + 1;
      words = words.slice(1);
    }
    // "… à Monsieur le Président de la Communauté d'agglomération du Grand Montauban": capitalised words after a
    // genitive's article complete a body's name, no person's.
    // Two words after "of" complete a job's title ("Superintendent of Insect Control, at …"); more may hold the name
    // after it ("Senior Clerk of Works Declan Moran").
    if (!honorific && (GENITIVE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || (words.length <= 2 && OF_BEFORE.test(text.slice(Math.max(0, start - 40), start))))) continue;
    // "15 place du Maréchal Leclerc", "avenue du Tour de France": a street's name is no person.
    if (STREET_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    // "Suite 3200, Fort Collins, CO 80521": a town between a house number and its state and ZIP code is no person.
    if (NUMBER_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || STATE_ZIP_AFTER.test(text.slice(start + words.join(' ').length, start + words.join(' ').length + 12))) continue;
    // A body or a service is no person: "Marktgemeindeamt Gunskirchen", "Fachdienst Personal", "Bibliotheek Tielt".
    if (!honorific && words.some((w) => BODY_WORD.test(w))) continue;
    const written = words.join(' ');
    // "Herr Bauoberrat Tobias Kreuzer": a rank after the courtesy title goes too.
    const courteous = written.replace(COURTESY, '');
    const value = courteous.split(/[ \u00a0]+/).length >= 3 ? courteous.replace(RANK, '') : courteous;
    // "Monsieur le Maire": an office, not a name.
    if (!value || !CAPITALISED.test(value.replace(LEADING_ACADEMIC, ''))) continue;
    out.push({ start, end: start + written.length, kind: 'name', value, titled: honorific });
  }
  return out;
}

/**
 * Capitalised words are a person when a title leads them ("Herr", "Mevrouw"), when a role, a
 * bracket or the phone/address follows right after, or when the address is made of the name
 * ("philip.dekoninck@"); "Geoinformation Schleswig-Holstein" before an address is not.
 */
export function isPersonName(text: string, name: Point, next: Point, email: Point | undefined): boolean {
  if (name.titled) return true;
  const after = text.slice(name.end, next.start);
  // A name alone on its line under a contact label, or followed by its role or number.
  if (/^[ \u00a0]*\n/.test(after)) return /(?:^|\n)[ \u00a0]*$/.test(text.slice(0, name.start));
  if (/^[ \u00a0]*(?:[,(:–-]|\s*$)/.test(after) || after.length <= 3) return true;
  // "contact Lachlan Hoang on (02) 6926 9213", "bel Jan Peeters op 03 …": only the word for how to reach them before
  // their phone, and a name of two words ("Elections Renee Kowalski" after "Deputy Clerk –" is a unit and a name).
  // Lower-case particles do not count ("Mark de Wit" is two words).
  if (next.kind === 'phone' && CHANNEL_ONLY.test(after) && capitalisedWords(name.value) === 2) return true;
  // "Katrien Moens is bereikbaar op 016 …", "Frau Beck ist erreichbar unter …": the person is the subject of how to reach them.
  if (REACHABLE_ON.test(after) && capitalisedWords(name.value) <= 3) return true;
  // "Lies Van Gorp van de personeelsdienst op 014 …", "Lien Desmet van het team rekrutering en selectie via 056 …": the
  // service a person belongs to, then how to reach them.
  if (SERVICE_THEN_CHANNEL.test(after) && capitalisedWords(name.value) >= 2 && capitalisedWords(name.value) <= 4) return true;
  return email !== undefined && namedInAddress(name, email);
}

function capitalisedWords(name: string): number {
  return name.split(/\s+/).filter((w) => CAPITALISED_WORD.test(w)).length;
}
const CAPITALISED_WORD = new RegExp(`^[${UPPER}]`, 'u');

/** A service in small letters after "van de", "vom", "du", "of the", then the word for how to reach the person, or a bracket. */
const SERVICE_THEN_CHANNEL = new RegExp(
  String.raw`^[ \u00a0]+(?:van de|van het|vom|von der|aus dem|aus der|du|de la|of the|from the)[ \u00a0]+[${LOWER}][^(),;:@\d.]{1,60}?[ \u00a0]*(?:\(|,|(?:op|via|unter|au|at|on|tel\.?)[ \u00a0:]*$)`,
  'iu',
);

/** A preposition or word for the phone or address that follows, and nothing else. */
const CHANNEL_ONLY = /^[ \u00a0]+(?:on|at|op|via|unter|au|by phone on|by telephone on|on telephone|tel\.?|tél\.?|telefon|telefoon|phone)[ \u00a0:]*$/i;

/** "is bereikbaar op", "ist telefonisch erreichbar unter", "est joignable au", "is available on": how to reach the name before it. */
const REACHABLE_ON =
  /^[ \u00a0]+(?:is|ist|est|are)\s+(?:telefonisch\s+|par téléphone\s+|by (?:tele)?phone\s+)?(?:bereikbaar|te bereiken|erreichbar|joignable|reachable|available)\s+(?:op|via|unter|au|on|at)(?:\s+(?:het\s+)?(?:nummer|telefoonnummer|der\s+(?:Telefon|Ruf)nummer|le numéro|number))?[ \u00a0:]*$/i;

/** The address is made of the name: "philip.dekoninck@" for Philip De Koninck. */
export function namedInAddress(name: Point, email: Point): boolean {
  const local = fold(email.value.split('@')[0]!);
  return name.value.split(/\s+/).some((w) => w.length > 2 && local.includes(fold(w)));
}

function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '');
}

const NAME_LINE = new RegExp(
  String.raw`^(?:(?:${HONORIFICS.map(esc).join('|')})[ \u00a0]+)*${WORD}(?:[ \u00a0]+(?:${PARTICLE}[ \u00a0]+)?${WORD}){0,3}$`,
  'u',
);

export function isNameLine(s: string): boolean {
  if (s.length > 60 || !NAME_LINE.test(s) || ORG_WORDS.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length < (HONORIFIC_START.test(s) ? 1 : 2)) return false;
  // "Hiring Unit Contact", "Equal Employment Opportunity Officer": a label or a job's name, no person.
  if (words.slice(1).some((w) => NOT_NAMES.has(w) && !/^(?:De|Van|Le|La|Du|Von|Der|Den|Ter|Ten)$/.test(w))) return false;
  return !ROLE_NOUNS.has(words[words.length - 1]!.toLowerCase());
}

/** "Stad", "Gemeinde": a capitalised word of small letters, no title ("Mag.", "Dr."). */
const PLAIN_CAPITALISED = new RegExp(`^[${UPPER}][${LOWER}]+$`, 'u');

/**
 * "afdelingshoofd Armoede en Sociale Integratie Hanne Goossens, …, hanne.goossens@…": a role's noun, then its domain
 * in capitals running into the name. Where the address names only the run's last words, the words before them are
 * the domain, and the role runs from its noun to the name.
 */
export function splitByAddress(text: string, name: Point, email: Point): { name: Point; role: string } | null {
  const words = name.value.split(/[ \u00a0]+/);
  if (words.length < 3 || name.titled || text.slice(name.start, name.end) !== name.value) return null;
  const local = fold(email.value.split('@')[0]!);
  const first = words.findIndex((w) => w.length > 2 && local.includes(fold(w)));
  // Only plain capitalised words make a domain: a title ("Mag.", "Dr.") stays with its name.
  if (first <= 0 || words.length - first < 2 || !words.slice(0, first).every((w) => PLAIN_CAPITALISED.test(w))) return null;
  const domain = words.slice(0, first).join(' ');
  const before = text.slice(Math.max(0, name.start - 80), name.start).split(/[ \u00a0]+/).filter(Boolean);
  // The role's noun, a few lower-case joining words at most away ("afdelingshoofd Armoede en").
  for (let i = before.length - 1; i >= Math.max(0, before.length - 4); i--) {
    const word = before[i]!;
    if (/[,.;:]$/.test(word)) return null;
    if (isRoleWord(word)) {
      return { name: { ...name, start: name.start + domain.length + 1, value: words.slice(first).join(' ') }, role: [...before.slice(i), domain].join(' ') };
    }
  }
  return null;
}
