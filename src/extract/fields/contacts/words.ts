/**
 * The contact fields' vocabulary, compiled once from every language's data
 * (locales/<lang>/index.ts, `contacts` and the name lists): pages mix languages, and a German
 * contact sentence on a bilingual Swiss page is read the same as on a German one.
 */
import { LETTER, UPPER } from '../../chars';
import { allOf, alternation } from '../../locales';

export const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00a0]+');

export const NOT_NAMES = new Set(allOf((l) => l.notNames));
export const ROLE_NOUNS = new Set(allOf((l) => l.roleNouns).map((w) => w.toLowerCase()));
export const HONORIFICS = allOf((l) => l.honorifics).sort((a, b) => b.length - a.length);
export const RANKS = allOf((l) => l.ranks).sort((a, b) => b.length - a.length);
export const CONTACT_WORDS = allOf((l) => l.contactWords);
export const HONORIFIC_START = new RegExp(`^(?:${HONORIFICS.map(esc).join('|')})(?![${LETTER}])`, 'u');
export const CAPITALISED = new RegExp(`^[${UPPER}]`, 'u');

/** A word that names a body, a service or a place, never a person. */
export const BODY_WORD = new RegExp(
  // "Fachdienstes", "Amtes": a German genitive keeps the body's ending.
  `^(?:[a-zA-Z\\u00c0-\\u024f-]*(?:${alternation(allOf((l) => l.contacts.bodyEndings))})(?:e?s)?|${alternation(allOf((l) => l.contacts.bodyWords))})$`,
  'i',
);
/** A unit's name a role heads, written capitalised after the role's noun ("Beleidsondersteuning", "Stadtplanung"): eight letters or more. */
export const UNIT_WORD = new RegExp(`^[${UPPER}][a-zA-Z\\u00c0-\\u024f-]{3,}(?:${alternation(allOf((l) => l.contacts.unitEndings))})$`, 'u');
/** A line with one of these words is an organisation's name ("Stadt Bad Schwartau"), case as written. */
export const ORG_WORDS = new RegExp(`\\b(?:${alternation(allOf((l) => l.contacts.organisationWords))})\\b`);
/** Verbs that hand a question to the person named next: the words before them are the role. */
export const ANSWER_VERBS = allOf((l) => l.contacts.answerVerbs).map((v) => v.split(' ').map((w) => alternation([w])).join('\\s+')).join('|');
export const GENERIC_QUESTIONS = new RegExp(`^(?:${alternation(allOf((l) => l.contacts.genericQuestions))})$`, 'i');
/** The word for a contact person is no role ("Ansprechpartner: Chris Wenzel"); tested on the lower-cased word. */
export const CONTACT_PERSON = new Set(allOf((l) => l.contacts.personWords));
/** A line or phrase that names a way to reach someone ("Tel.", "Telefonnummer", "E-Mail"), not their role. */
export const CHANNEL_WORD = new RegExp(`^(?:${alternation(allOf((l) => l.contacts.channelWords))})\\b`, 'i');
/** Words that open how to reach someone, never a role. */
export const REACH_WORDS = new RegExp(`^(?:${alternation(allOf((l) => l.contacts.reachWords))})(?![a-zA-Z\\u00c0-\\u024f])`, 'i');
/** Shared mailboxes: "jobs@", "personeel@", "werving@", "recrutement@", "bewerbung@". */
/** The mailbox's word may end a longer local part: "zp.boraine.personnel@", "hr-recruitment@". */
export const GENERIC_MAILBOX = new RegExp(`(?:^|[._-])(?:${alternation(allOf((l) => l.contacts.mailboxNames))})@`, 'i');
/** Headings over a block of contact details, in any of the languages. */
export const CONTACT_HEADING = new RegExp(alternation(allOf((l) => l.contacts.headings)), 'i');
/** A sentence about technical help with the application site: its people and numbers are no contacts for the post. */
export const TECHNICAL_HELP = new RegExp(alternation(allOf((l) => l.contacts.technicalHelp)), 'i');

/** Role nouns a compound may end in ("zwembad|coördinator", "selectie|consultant", "Amts|leiter"): five letters or more. */
const ROLE_ENDINGS = [...ROLE_NOUNS].filter((w) => w.length >= 5).sort((a, b) => b.length - a.length);
/** A role's noun, alone or as a compound's end ("Fachdienstleiter", "zwembadcoördinator"). */
export function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return ROLE_NOUNS.has(lower) || ROLE_ENDINGS.some((r) => lower.endsWith(r));
}
