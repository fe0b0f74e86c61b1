/**
 * A person's role, from the words around their name: before it (a role noun, German answer verbs,
 * an apposition before a comma) or after it (after a comma or dash, in brackets, on the next line).
 */
import { EMPLOYER_POSSESSIVE } from '../common';
import { LETTER, LOWER, UPPER } from '../../chars';
import { isFactLabel, LOCALES } from '../../locales';
import type { Point } from './names';
import { ANSWER_VERBS, CAPITALISED, CHANNEL_WORD, CONTACT_PERSON, GENERIC_QUESTIONS, esc, HONORIFICS, isRoleWord, RANKS, REACH_WORDS, ROLE_NOUNS, UNIT_WORD } from './words';

/**
 * The role written before the name in German prose: "Fachliche Fragen beantwortet Ihnen gern Herr
 * Falk Mende", "Für fachliche Fragen steht Ihnen Herr Mertens ... zur Verfügung".
 */
const ROLE_BEFORE = new RegExp(
  String.raw`(?:^|[;:]\s*)(?:(?:Für|Bei)\s+)?([${LETTER}][${LETTER} \-]{2,80}?)\s+(?:${ANSWER_VERBS})\s+(?:Ihnen\s+)?(?:gerne?\s+)?$`,
  'u',
);

/**
 * A second person sharing the first one's verb: "Für fachliche Fragen steht Ihnen Herr Mertens (...)
 * und bei personellen Fragen Herr Kalhöfer (...) zur Verfügung". Read only before a titled name.
 */
const ROLE_COORDINATED = new RegExp(String.raw`(?:^|[,;]|(?<![${LETTER}])(?:und|sowie|oder))\s*(?<![${LETTER}])(?:für|bei)\s+([${LETTER}][${LETTER} \-]{2,60}?)\s+$`, 'i');
/** "Für fachliche Rückfragen steht Ihnen Frau …": a verb inside the coordinated "role" makes it a sentence, not a role. */
const ANSWER_VERB_INSIDE = new RegExp(`(?<![${LETTER}])(?:${ANSWER_VERBS})(?![${LETTER}])`);
/**
 * The role in apposition before a titled name: "wenden Sie sich an die Abteilungsleitung 6 Herrn
 * Seidel", "steht Ihnen die Leitung des Ordnungsamtes, Frau Manegold".
 */
const ROLE_APPOSITION = new RegExp(
  String.raw`(?<![${LETTER}])(?:an|bei|von|Ihnen)\s+(?:die|den|der|das|dem|unsere|unseren|unserer)\s+([${UPPER}][${LETTER}\-]{2,40}(?:\s+[${LETTER}\d\-]{1,30}){0,3}?)\s*,?\s+$`,
  'u',
);
/**
 * The role in apposition right before the name, between an article or "to" and a comma or a dash ("contact the
 * Archives Manager – Ewan Drever"): "die Leiterin
 * der Wohngeldstelle Kalk, Frau Miriam Ostermann", "auprès de la responsable du service Urbanisme,
 * Mme Hélène Guérin", "directed to Senior Staff Officer, Human Resources, Niamh Keady".
 */
const ROLE_BEFORE_COMMA = new RegExp(
  // "the Team Leader – Flood Risk Management, Calum Murray": a dash between words may join a role's parts before its comma;
  // "the Team Manager (Active Travel & Transport), Euan McGill": brackets may close it.
  String.raw`(?<![${LETTER}])(?:die|der|den|dem|des|the|la|le|l'|l’|de la|du|au|de|het|to)\s+([${LETTER}][^;:.()!?\d@\s–—]*(?:\s+(?:[–—](?=\s[^,]*,\s*$)|[^;:.()!?\d@\s–—]+)){0,7}(?:\s+\([^()\d@]{1,50}\))?)(,|\s+[–—])\s*$`,
  // "De directeur Mensen & Middelen, Inge Dewulf": the article may open the sentence.
  'i',
);
/** A dash before the name only after a job's noun: "the Archives Manager – Ewan Drever", not "Service du Personnel – M. Lemaire". */
function roleBeforeCommaOrDash(before: string): RegExpExecArray | null {
  const m = ROLE_BEFORE_COMMA.exec(before);
  return m && ((m[2] === ',' && !m[1]!.endsWith(')')) || endsInJobNoun(m[1]!)) ? m : null;
}
/** "Rights of Way Manager", "Archives Manager", "Team Manager (Active Travel)": words that end in a job's noun, before any brackets. */
function endsInJobNoun(words: string): boolean {
  return ROLE_NOUNS.has(words.replace(/\s*\([^()]*\)$/, '').split(/\s+/).pop()!.toLowerCase());
}
/** The same after a possessive, when the words end in a job's noun: "please contact our Rights of Way Manager, Philip Garnett". */
const OWN_ROLE_BEFORE_COMMA = new RegExp(
  // "ring our Head Ranger (North), Tom Huxtable": brackets may close it.
  String.raw`(?<![${LETTER}])(?:our|your|onze|ons|notre|nos|votre|unsere[nr]?|unser)\s+([${LETTER}][^;:.()!?\d@\s]*(?:\s+[^;:.()!?\d@\s]+){0,6}(?:\s+\([^()\d@]{1,50}\))?),\s*$`,
  'i',
);
function ownRoleBeforeComma(before: string): RegExpExecArray | null {
  const m = OWN_ROLE_BEFORE_COMMA.exec(before);
  // "our Senior Warden for the South, Rhys Pugh": the job's noun may come before what it is for.
  return m && (endsInJobNoun(m[1]!) || endsInJobNoun(m[1]!.split(/\s+(?:for|of)\s+/)[0]!)) ? m : null;
}

/** Everything up to a verb that sends the reader on, and its article: "role, contact the ", "auprès de l'". */
const SENT_ON_TO = new RegExp(String.raw`^.*(?<![${LETTER}])(?:contact|contactez|call|bel|contacteer|auprès de|auprès du|terecht bij|contact op met|contact opnemen met|wenden an|adressez-vous à|s['’]adresser à|speak to|speak with|talk to|reach out to|made to|directed to|addressed to|sent to)\s+(?:(?:the|our|your|la|le|l['’]|de la|het|de|die|der|den|dem)\s*)?(?=[${LETTER}])`, 'is');

function coordinated(before: string): RegExpExecArray | null {
  const m = ROLE_COORDINATED.exec(before);
  return m && !ANSWER_VERB_INSIDE.test(m[1]!) ? m : null;
}

/** "bei" right before the role: the role is written in the dative. */
const BEI_BEFORE = new RegExp(`(?<![${LETTER}])bei\\s+$`, 'i');
const DATIVE_ADJECTIVE = new RegExp(`^[${LOWER}]{3,}en$`, 'u');

/** One word right before the name, or a label before its colon: "recruiter Eline Brouwer", "Selectieverantwoordelijke: Yannick Claes". */
const WORD_BEFORE = new RegExp(String.raw`(?:^|[\s(,;])([${LETTER}][${LETTER}\-]{3,40})\s*:?\s+$`, 'u');

/** The role noun written right before the name, alone or as the end of a compound. */
function roleNounBefore(before: string): string | null {
  const m = WORD_BEFORE.exec(before);
  const word = m?.[1];
  if (!word) return null;
  const lower = word.toLowerCase();
  // "Ansprechpartner: Chris Wenzel": the word for a contact person is no role.
  if (CONTACT_PERSON.has(lower)) return null;
  if (!isRoleWord(word)) return null;
  // "contact Senior Strategic Planner Lachlan Hoang", "to Stormwater Manager Marcus Delgado": a title-case job's
  // capitalised words in front of its noun are the job's, up to the lower-case word before them.
  const front = TITLE_CASE_FRONT.exec(before.slice(0, m.index + m[0].indexOf(word)));
  const job = front?.[1]!.replace(SENDS_ON, '').trim();
  if (job && TITLE_CASE_JOBS.has(lower)) return `${job} ${word}`;
  // "Bel algemeen directeur Wim Vandewalle", "Algemeen directeur Wim Vanhees": the kind of director is the role's.
  const kind = /([A-Za-z]+)[ \u00a0]+$/.exec(before.slice(0, m.index + m[0].indexOf(word)))?.[1];
  return kind && KINDS_OF_OFFICE.has(kind.toLowerCase()) ? `${kind} ${word}` : word;
}
/** Adjectives that name which office a Dutch job's noun is: "algemeen directeur", "financieel directeur". */
const KINDS_OF_OFFICE = new Set(['algemeen', 'financieel', 'adjunct', 'technisch', 'administratief', 'medisch', 'wetenschappelijk', 'operationeel', 'juridisch', 'pedagogisch']);
/** A sentence's opening verb is no part of the job: "Contact Recruiter Jordan Whitfield". */
const SENDS_ON = /^(?:Contact|Call|Email|E-mail|Ask|Please)\s+/;
/** English writes a job in title case ("Senior Strategic Planner"); German capitalises every noun ("Ihnen Amtsleiter" is none). */
const TITLE_CASE_JOBS = new Set(LOCALES.find((l) => l.lang === 'en')!.roleNouns.map((w) => w.toLowerCase()));
/**
 * One to four capitalised words right before the job's noun, after a lower-case word ("contact", "to", "our"), a
 * sentence's "Contact" or a sentence's start; "and" or "&" may join two of them ("Development Management and
 * Enforcement Manager"), and initials count as a word ("HR Specialist").
 */
const TITLE_CASE_FRONT = new RegExp(String.raw`(?<=^|(?:(?:^|\s)(?:[${LOWER}]+|Contact|Call|Email):?|[.?!])\s)((?:(?:[${UPPER}][${LOWER}]+|[A-Z]{2,3})\s(?:(?:and|&)\s(?=[${UPPER}]))?){1,4})$`, 'u');

/** Words that join or lead on, never part of a role's domain: "de directeur of bel Jan Peeters". */
const NOT_DOMAIN = /^(?:en|of|and|or|und|oder|et|ou|bel|call|ring|mail|contacteer|contact|kontaktieren|appelez|aan|bij|to|at|an|bei|à|auprès)$/i;
const UNIT_INITIALS = /^[A-Z][A-Z&-]{1,4}$/;
const CONJUNCTION = /^(?:en|and|und|et)$/;
const LOWER_WORD = new RegExp(`^[${LOWER}][${LOWER}\\-]{1,30}$`, 'u');

/** A word that opens with no letter or ends with neither a letter nor a hyphen. */
const NOT_A_WORD = new RegExp(`^[^${LETTER}]|[^${LETTER}-]$`, 'u');

/**
 * The role's noun and its domain right before the name, with no comma between: "bij diensthoofd vrije tijd
 * Lotte Vanhecke", "Contacteer diensthoofd omgeving Lotte Verhaegen", "aan directeur Beleidsondersteuning
 * Annelies Deprez". At most three words after the noun, in lower case or a unit's capitalised name.
 */
function roleWithDomainBefore(before: string): string | null {
  const words = before.replace(/[ \u00a0]+$/, '').split(/[ \u00a0]+/);
  for (let n = 1; n <= 4 && n < words.length; n++) {
    const domain = words.slice(words.length - n);
    // "directeur personeel en logistiek Bart Wouters": a conjunction may join two of the domain's words; at its start
    // the domain goes on before it.
    if (CONJUNCTION.test(domain[0]!) && n < 4) continue;
    const joined = (w: string, k: number) => CONJUNCTION.test(w) && k > 0 && k < domain.length - 1;
    // "teamverantwoordelijke P&O", "teamleider KCC": a unit's initials are a domain too.
    if (!domain.every((w, k) => joined(w, k) || ((LOWER_WORD.test(w) || UNIT_WORD.test(w) || UNIT_INITIALS.test(w)) && !NOT_DOMAIN.test(w)))) return null;
    // Four words only around a conjunction ("personeel en logistiek" and one more), never a clause ("for this campaign is").
    if (n === 4 && !domain.some(joined)) return null;
    const noun = words[words.length - n - 1]!;
    const lower = noun.toLowerCase();
    if (NOT_A_WORD.test(noun) || CONTACT_PERSON.has(lower)) return null;
    if (isRoleWord(noun)) return [noun, ...domain].join(' ');
  }
  return null;
}

const BRACKET_BEFORE_NAME = /[ \u00a0]*\(([^()\d@]{2,40})\)[ \u00a0]+$/u;
/** "au secrétaire communal, M. Tom Schmit", "le médecin responsable du DIM, le Dr Antoine Delattre": the courtesy title after the comma. */
const TITLE_AFTER_COMMA = new RegExp(`,[ \u00a0]*(?:(?:le|la)[ \u00a0]+)?(?:(?:${HONORIFICS.map(esc).join('|')})[ \u00a0]*)?$`, 'iu');

export function roleBefore(text: string, name: Point): string | null {
  // "bij de teamchef onthaal, hoofdinspecteur Kris Van Looveren": the rank before the name is no role; the job before it is.
  const before = text.slice(Math.max(0, name.start - 120), name.start).replace(RANK_BEFORE_NAME, '');
  const labelled = roleLabel(text.slice(text.lastIndexOf('\n', name.start - 1) + 1, name.start));
  if (labelled) return labelled;
  const noun = roleNounBefore(before) ?? roleWithDomainBefore(before);
  if (noun) return noun;
  // "contact Team Leader (Licensing) Fiona McAllister": the job's brackets stand between it and the name.
  const bracket = BRACKET_BEFORE_NAME.exec(before);
  const bracketed = bracket ? roleNounBefore(before.slice(0, bracket.index) + ' ') : null;
  if (bracketed) return `${bracketed} (${bracket![1]})`;
  const m =
    ROLE_BEFORE.exec(before) ??
    (name.titled ? (ROLE_APPOSITION.exec(before) ?? coordinated(before)) : null) ??
    ownRoleBeforeComma(before) ??
    roleBeforeCommaOrDash(before.replace(TITLE_AFTER_COMMA, ','));
  // "de la responsable du service …": the article is no part of the role. "about the role, contact the Digital
  // Forensic Unit Manager", "pour le contenu de la fonction, auprès de l'éco-conseiller": the role is what the verb
  // that sends the reader on names.
  const role = m?.[1]
    ?.trim()
    .replace(SENT_ON_TO, '')
    .replace(/^(?:la|le|l'|l’|les|du|des|die|der|den|dem|the|het|de)\s+/i, '')
    .replace(EMPLOYER_POSSESSIVE, '');
  // "Für Rückfragen steht Ihnen ...": questions in general name no role.
  if (!role || GENERIC_QUESTIONS.test(role)) return null;
  return BEI_BEFORE.test(m![0].slice(0, m![0].indexOf(m![1]!))) ? nominative(role) : role;
}

/** A line's label right before the name: "Supervisor, Water Quality: Nadine Ostrowski", "Hiring Manager: Jo Lee". */
const LINE_LABEL = /^[ \u00a0]*([^:;.()\d@\n]{3,60}?):[ \u00a0]*$/;
/** A role after a label's colon, up to a comma: "… about the role: Senior Inspector, West Region, Declan Murtagh". */
const AFTER_COLON = /:[ \u00a0]+([^:;.()\d@\n]{3,60}?),[ \u00a0]*$/;

/**
 * The role as a label of several words, a job's noun among them, on the name's own line. One word is read as before
 * ("Recruiter: …"); the word for a contact person ("Contact person: …") and a fact's label are no role.
 */
function roleLabel(line: string): string | null {
  const label = LINE_LABEL.exec(line)?.[1];
  const labelWords = label?.split(/[\s,]+/).length ?? 0;
  if (label && labelWords > 1 && labelWords <= 6 && CAPITALISED.test(label) && !isFactLabel(label)) {
    const words = label.toLowerCase().split(/[^a-z\u00c0-\u024f-]+/);
    if (words.some((w) => isRoleWord(w)) && !words.some((w) => CONTACT_PERSON.has(w))) return label.trim();
  }
  const after = AFTER_COLON.exec(line)?.[1];
  // The first of its parts ends in a job's noun: "Senior Inspector, West Region", never "Questions, Jane Doe".
  if (after && CAPITALISED.test(after) && endsInJobNoun(after.split(',')[0]!) && after.split(/[\s,]+/).length <= 8) return after.trim();
  return null;
}

const RANK_BEFORE_NAME = new RegExp(`(?<=,)[ \u00a0]+(?:${RANKS.map(esc).join('|')})[ \u00a0]+$`, 'i');

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

const ADDRESS_LIKE = /(?:stra(?:ß|ss)e|str\.|straat|laan|weg|gasse|platz|allee|ring|dreef|plein|street|road|avenue|rue|place)\s*\d/i;
/** The role written right after the name: "Philip De Koninck, waarnemend diensthoofd (03 ...)". */
export function roleAfter(text: string, nameEnd: number, nextPoint: number): string | null {
  // "Priya Sandhu (she/her), Human Resources Advisor": the pronouns a person goes by are no role.
  const between = text.slice(nameEnd, nextPoint).replace(PRONOUNS_AFTER_NAME, '');
  // Under a contact label the role is the line after the name: "Lara Resing\nAmt für Personal\nTel.: ...".
  const own = /^[ \u00a0]*\n([^\n@\d]{2,80})\n/u.exec(between);
  // "Dr Hannah Mercer\nContact details\n(07) …": the next row's label is no role.
  if (own && !CHANNEL_WORD.test(own[1]!) && !isFactLabel(own[1]!)) return own[1]!.trim();
  const whole = roleUpToChannel(between);
  if (whole) return whole;
  // A role may carry a unit's number ("Referatsleiterin GI 3", "Abteilung I/1 – Personal"); a phone number is no role.
  const m =
    // "Rebecca Tran | Head of Department, Social Work | rebecca.tran@…": a card's parts set apart by bars.
    PIPED_ROLE.exec(between) ??
    // "Hemi Walker, Team Leader: Parks Planning, on 027 …": a role and its unit after a colon (a number after a colon
    // ends the role: "recruiter: 072 …").
    ROLE_AND_UNIT_AFTER_COMMA.exec(between) ??
    // (Whole words by letters, not \b: "Montluçon" does not end in "on".)
    ROLE_AFTER_COMMA.exec(between) ??
    /^\s*\(([^()@]{2,80})\)/u.exec(between) ??
    // "Herr Dr. Jonas Wendel (Referatsleiter TI 24, Tel.: 069 …)": the role opens the bracket that gives the number.
    /^\s*\(([^()@,]{2,60}?),\s*(?:Tel|Telefon|Tél|Phone|E-Mail|Mail)\b/iu.exec(between) ??
    // "Herr Jonas Brings vom Fachdienst Personal, Tel.", "Frau Lea Sommerfeld aus dem Personalservice (Tel. …)",
    // "Herr Michael Gschwendtner aus der Personalverwaltung unter Tel. …": the service they belong to.
    SERVICE_AFTER.exec(between);
  // "directeur du Service provincial d'informatique – tél.": the channel word after a dash is no part of the role.
  const role = m?.[1]?.trim().replace(/\s*[–—-]+\s*(?:t[ée]l(?:efoon|efon|ephone)?|phone|gsm|e-?mail)?\.?$/i, '').replace(/\s*[–—-]+$/, '').replace(OUR, '');
  // A number in a role names a unit; a street and its number are an address ("Mercatorstraße 1").
  if (role && ((role.match(/\d/g)?.length ?? 0) > 3 || ADDRESS_LIKE.test(role))) return null;
  // "…, unter der Telefonnummer", "…, au 02 …", "…, at (091) …": the way to reach them, not a role.
  return role && HAS_LETTER.test(role) && !CHANNEL_WORD.test(role) && !REACH_WORDS.test(role) && !ADDRESSES_READER.test(role) && !PREDICATE.test(role) ? role : null;
}

const PIPED_ROLE = /^[ \u00a0]*\|[ \u00a0]*([^|@\d\n]{2,80}?)[ \u00a0]*\|/u;

/** "Aroha Tipene, is happy to chat – call …": a verb after the comma says what the person does, no role. */
const PREDICATE = /^(?:is|are|was|will|would|can|could|may|has|ist|wird|kann|est|sera|peut|zal|kan|heeft)\s/i;

const ROLE_AND_UNIT_AFTER_COMMA = new RegExp(String.raw`^\s*,\s*([^(),;:@\d]{2,60}:\s+[${UPPER}][^(),;:@\d]{1,50}?)\s*(?:,|;|\(|(?<![${LETTER}])(?:op|tel|via|at|unter|au|on)(?![${LETTER}])|$)`, 'u');
const ROLE_AFTER_COMMA = new RegExp(String.raw`^\s*(?:,|–|-)\s*([^(),;:@]{2,80}?)\s*(?:\(|,|;|:|(?<![${LETTER}])(?:op|tel|via|at|unter|au|on)(?![${LETTER}])|$)`, 'i');
const SERVICE_AFTER = new RegExp(String.raw`^\s*(?:vom|von der|aus dem|aus der|van de|van het|du|de la|from the|of the)\s+([^(),;:@\d]{2,60}?)\s*(?:,|;|:|\(|(?<![${LETTER}])(?:unter|tel|op|via|at|au|on)(?![${LETTER}])|$)`, 'u');

const PRONOUNS_AFTER_NAME = /^[ \u00a0]*\((?:she|he|they|ze|xe|elle|il|iel|sie|er)(?:\s*\/\s*[a-z]{2,6}){1,2}\)/i;

/** "vertelt je er graag meer over", "beantwoordt ze graag", "will be happy to tell you more": pronouns make a sentence, no role. */
const ADDRESSES_READER = new RegExp(String.raw`(?<![${LETTER}])(?:je|jij|jou|ze|hen|you|them|vous|ihnen|dich|dir)(?![${LETTER}])`, 'i');

/** The way to reach someone that ends the words after their name: ", tel.", ", on", ", au", ", Telefon". */
const CHANNEL_AT_END = new RegExp(`[,;]?\\s*(?:(?<![${LETTER}])(?:tel|tél|telefon|telefoon|telefonisch|telephone|phone|gsm|on|au|at|op|unter)\\.?\\s*:?\\s*)+$|\\s*(?:,|\\s[–—])\\s*$`, 'i');
/**
 * A role in several parts up to the way to reach the person: "Declan Ryan, Senior Engineer, Roads and
 * Transportation, on 0761 …", "M. Marc Weber, ingénieur-technicien, responsable du service technique, tél.",
 * "Sarah Holbrook, Senior Ranger (Trails), on 01629 …". Only when the words end in that channel and every
 * part reads as a role: no address, no number, no sentence.
 */
/** "…, vous répond au", "…, she can be reached on": a part that opens with a pronoun is a sentence. */
const PRONOUN_START = /^(?:vous|il|elle|je|u|hij|zij|ze|sie|er|you|he|she|they)\s/i;

/** "is happy to", "will be glad to", "se tient à", "steht Ihnen": a verb that goes on with the sentence. */
const VERBS = 'is|are|will|can|would|may|est|sera|peut|se tient|ist|steht|wird|kann|zal|kan|wil';
const VERB_START = new RegExp(`^(?:${VERBS})\\s`, 'i');
const VERB_PART = new RegExp(`,\\s+(?:${VERBS})\\s[\\s\\S]*$`, 'i');

/** "Coastguard Operations Controller, is happy to arrange a visit …": the role, without the sentence that goes on after it. */
export function withoutSentenceAfter(role: string): string {
  return role.replace(VERB_PART, '');
}

/** An employer's kind ending a name: "Public Appointments Service", "Kerry County Council", "Our Lady's Hospital Navan". */
const EMPLOYER_LAST = /\s(?:Service|Council|Agency|Authority|Commission|Executive|Ministry)$|\s(?:Hospital|University)(?:\s[A-Z][a-z]+)?$/;

/** "Campaign Manager, Public Appointments Service": the employer named last is no part of a role of several parts. */
export function withoutEmployerLast(parts: string[]): string[] {
  return parts.length > 1 && EMPLOYER_LAST.test(parts[parts.length - 1]!) ? parts.slice(0, -1) : parts;
}

const CALL_OBJECT = /^(?:a|an|een|un)\s+(?:call|ring|bell|belletje|coup de fil|message)$/i;
const OUR = /^(?:our|onze|ons|notre|nos|unsere?[mnrs]?)\s+/i;

function roleUpToChannel(between: string): string | null {
  const channel = CHANNEL_AT_END.exec(between);
  if (!channel || channel[0].trim() === '') return null;
  const words = between.slice(0, channel.index);
  // "Rebecca Lowe – Manager, Nutrition & Dietetics – 03 …": a dash may open the role as a comma does.
  const m = /^[ \u00a0]*(?:,|[–—])[ \u00a0]*([^;:@\d\n]{2,120})$/u.exec(words);
  if (!m) return null;
  let parts = m[1]!.split(/\s*,\s*/);
  // "give Tom Ruiterman, our Team Leader Waste Minimisation, a call on …": the call is the verb's, the "our" the writer's.
  if (parts.length > 1 && CALL_OBJECT.test(parts[parts.length - 1]!)) parts.pop();
  parts[0] = parts[0]!.replace(OUR, '');
  if (parts.some((p) => VERB_START.test(p))) return null;
  parts = withoutEmployerLast(parts);
  // One part is read as before; brackets that explain it ("(Trails)") are part of it.
  if (parts.length === 1 && !/\)$/.test(parts[0]!)) return null;
  if (parts.length > 3 || parts.some((p) => p.length < 2 || p.split(/\s+/).length > 8 || CHANNEL_WORD.test(p) || REACH_WORDS.test(p) || PRONOUN_START.test(p) || ADDRESS_LIKE.test(p))) return null;
  const role = parts.join(', ');
  if ((role.match(/\(/g)?.length ?? 0) !== (role.match(/\)/g)?.length ?? 0)) return null;
  return role.trim();
}

/** A comma or dash and a small letter after a name: a role follows ("Rachid El Amrani, teamleider ..."). */
export const ROLE_FOLLOWS = new RegExp(`^[ \u00a0]*[,–-][ \u00a0]*[${LOWER}]`, 'u');

/**
 * The role is the name of the address's domain: "Poolstok" for jonas.debaere@poolstok.be, or that name and its region
 * ("Jobpunt Vlaanderen" for jonas.peeters@jobpunt.be).
 */
export function namesMailDomain(role: string, email: string): boolean {
  const labels = email.slice(email.indexOf('@') + 1).toLowerCase().split('.');
  const name = labels[labels.length - 2];
  if (name === undefined || name.length < 3) return false;
  const words = role.toLowerCase().split(/\s+/);
  return words.join('').replace(/-/g, '') === name || (words.length === 2 && CAPITALISED.test(role.split(/\s+/)[1]!) && words[0] === name);
}
