/**
 * Employment (statutory or contractual), schedule, duration, hours and level. Short regime lines
 * ("Contractueel - voltijds (38u) - niveau B") and label values are read first, then sentences,
 * where only unambiguous phrases count ("onbepaalde duur", not "vast"). A line naming both values
 * of a pair ("Vollzeit / Teilzeit", "Beamter, Arbeitnehmer") leaves that part null.
 */
import type { Contract } from '../../model/facts';
import type { Context, Found, Rule } from '../context';
import { DIGIT, LETTER } from '../chars';
import { firstOf, labelValues, wordsPattern } from '../context';
import { allOf, alternation } from '../locales';
import { DRIVING_LICENCE, portalText } from './common';

type Kind = 'statutory' | 'contractual' | 'fullTime' | 'partTime' | 'permanent' | 'temporary';
const KINDS: Kind[] = ['statutory', 'contractual', 'fullTime', 'partTime', 'permanent', 'temporary'];
const pattern = (words: string[]) => (words.length ? new RegExp(wordsPattern(words), 'i') : null);
// Global: read with exec from lastIndex 0, for where each phrase lies.
const globalPattern = (words: string[]) => (words.length ? new RegExp(wordsPattern(words), 'gi') : null);
/** Unambiguous phrases, read anywhere ("onbepaalde duur"). */
const STRONG = Object.fromEntries(KINDS.map((k) => [k, globalPattern(allOf((l) => l.contract[k].strong))])) as Record<Kind, RegExp | null>;
/**
 * Loose words ("vast"), read in short statements only, beside the strong phrases there. Only those
 * not strong already: a short statement tests both patterns, so no phrase is compiled twice.
 */
const LOOSE = Object.fromEntries(
  KINDS.map((k) => {
    const strong = new Set(allOf((l) => l.contract[k].strong));
    return [k, pattern([...new Set(allOf((l) => l.contract[k].weak))].filter((w) => !strong.has(w)))];
  }),
) as Record<Kind, RegExp | null>;

/** Every contract word of every kind, strong or loose: a line without one names no term. */
const ANY_TERM = pattern([...new Set(KINDS.flatMap((k) => allOf((l) => [...l.contract[k].strong, ...l.contract[k].weak])))]) ?? /(?!)/;

// Case matters: "niveau d'études" is no level D.
const LEVEL = new RegExp(
  String.raw`(?<![${LETTER}])(?:[Nn]iveau|[Ff]unctieniveau|[Nn]iveau de fonction|[Cc]atégorie|[Ff]unction level)\s*:?\s*([A-E](?:V|[1-5][a-z]?)?)(?![${LETTER}${DIGIT}])`,
  'u',
);
/** "niveau B2 Engels", "level C1 in French": a language level, not the job's. */
const LANGUAGE_LEVEL = /taal|language|langue|sprach|engels|frans|nederlands|duits|english|french|german|dutch|anglais|français|néerlandais|allemand|englisch|deutsch|französisch|niederländisch|kenntnisse|spanish|spanisch|espagnol|cefr|erk|cecr|gers|referenzrahmen/i;

/** "minimum 4 jaar niveauanciënniteit in niveau C", "par promotion au niveau C": the level a candidate already holds, not the post's. */
const HELD_LEVEL = /bevordering|intern|anci[eë]nniteit|ancienneté|promotion|beförderung|dienstalter|seniority/i;


/** "Vacatures per niveau: niveau A · niveau B · niveau C": a line naming two levels lists them, and names the post's none. */
const ANOTHER_LEVEL = new RegExp(LEVEL.source, 'gu');

function levelIn(text: string): string | null {
  const m = LEVEL.exec(text);
  if (!m) return null;
  if ([...text.matchAll(ANOTHER_LEVEL)].some((o) => o[1] !== m[1])) return null;
  const around = text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30);
  const before = text.slice(Math.max(0, m.index - 30), m.index);
  return LANGUAGE_LEVEL.test(around) || DRIVING_LICENCE.test(before) || HELD_LEVEL.test(text.slice(Math.max(0, m.index - 80), m.index + m[0].length)) ? null : m[1]!;
}

/**
 * The level a pay scale implies, where the scale's notation names it: Belgian scales carry the
 * level letter ("B1-B3", "C111", "BV1") and BOSA's A-class the rank ("A21" is level A2); UK, NHS,
 * US and EU grades are the level themselves ("Grade 7", "Band 6", "AD 5"), as are Luxembourg's careers.
 */
export function levelOfScale(scale: string, country: string | null): string | null {
  const s = scale.trim();
  // UK councils' grades ("SO1", "PO2", "SO1/2", "Scale 5") are the level too.
  if (/^(?:(?:SO|PO)\d{1,2}(?:\/\d)?|Scale \d{1,2})$/.test(s) && (country === 'gb' || country === 'uk')) return s;
  if (/^(?:Grade (?:\d{1,2}[A-C]?|[A-H])|Band \d[a-z]?|(?:Pay Band|Range) \d{1,2}|AD ?\d{1,2}|FG (?:I|II|III|IV)|AST(?:\/SC)? ?\d{1,2}|GS-\d{1,2}|(?:Administrative|Executive|Higher Executive|Senior Executive) Officer|Administrative Assistant)$/.test(s)) return s;
  // Canada's and Australia's classifications ("EG-05", "APS 5", "VPS Grade 5.1") are the level themselves;
  // a state's scale before its level ("PSGA Level 6") names the level after it; a named classification
  // ("Health Professional Level 3") is the level whole.
  // A union local's number ("CUPE 1883 Grade 011") makes a pay grade no classification.
  // A collective agreement's pay scale ("Pay Scale 29") is no classification either.
  if (country === 'ca' || country === 'au') return /\d{4}/.test(s) || /^(?:Pay |Salary )?Scale\s/i.test(s) ? null : (/^[A-Z]{2,6} (Level \d{1,2})$/.exec(s)?.[1] ?? s);
  // Luxembourg's careers ("carrière B1", "groupe de traitement A2") are the level themselves.
  if (country === 'lu') return /^[A-D][1-3]$/.test(s) ? s : null;
  if (country !== 'be') return null;
  const bosa = /^A([1-5])\d$/.exec(s);
  if (bosa) return `A${bosa[1]}`;
  const local = /^([A-E]V?)(?:\d{3}|\d[a-z]?(?:\s?[-–]\s?([A-E]V?)\d[a-z]?)?)$/.exec(s);
  return local && (!local[2] || local[2] === local[1]) ? local[1]! : null;
}
const UNITS = allOf((l) => l.hourUnits).sort((a, b) => b.length - a.length).map((u) => u.replace('.', '\\.')).join('|');
const PER_WEEK = allOf((l) => l.perWeek).sort((a, b) => b.length - a.length).map((u) => u.replace(/[/.]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
const NUM = String.raw`(\d{1,2}(?:[.,]\d{1,2})?)`;
// Global: every match in a statement is read (by exec from lastIndex 0, see allMatches), and a
// pattern only ever matched one way is compiled once on a fresh page, not once per flag set.
/** "38 uur per week", "37.5 hours per week", "39 Stunden pro Woche", "39,00 Wochenstunden". */
export const HOURS_PER_WEEK = new RegExp(String.raw`(?<![\d.,])${NUM}\s*(?:(?:${UNITS})\.?\s*(?:${PER_WEEK})|Wochenstunden|Stunden\s+wöchentlich)(?![${LETTER}])`, 'gi');
/** "Die wöchentliche Arbeitszeit beträgt 20,05 Stunden", "la durée hebdomadaire est de 35 heures": the week named first. */
const HOURS_AFTER_LEAD = new RegExp(
  String.raw`(?:${allOf((l) => l.weeklyHoursLeads).map((w) => w.replace(/ /g, '\\s+')).join('|')})\s+(?:[${LETTER}]+\s+){0,4}${NUM}\s*(?:${UNITS})\.?(?![${LETTER}])`,
  'gi',
);
/** "19/38": the part of a full-time week of 36 to 40 hours. */
const FRACTION = /(?<![\d./])(\d{1,2}(?:[.,]\d)?)\s*\/\s*(3[6-9]|40)(?![\d/])/g;
/** In a regime line or an hours label: "(38u)", "38 uur", "39 h". */
const HOURS_ANY = new RegExp(String.raw`(?<![\d.,])${NUM}\s*(?:${UNITS})\.?(?![${LETTER}])`, 'gi');

interface Reading {
  contract: Contract;
  /** Parts the statement names both ways ("Vollzeit / Teilzeit"): nobody may fill them in later. */
  blocked: (keyof Contract)[];
  text: string;
}

/** Every match of a global pattern, by exec from the start: matchAll would copy the pattern for each line. */
function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

/** Where a pattern matches, as [start, end) spans. */
function spans(re: RegExp | null, text: string): [number, number][] {
  if (!re) return [];
  // exec on the one global pattern: matchAll would copy it for every line of every page.
  const out: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * Words two phrases of the other kind share belong to the phrase that starts first: in "met
 * uitzicht op een vast contract" the "vast contract" is the prospect's, not a permanent post.
 */
const outside = (own: [number, number][], other: [number, number][]) =>
  own.some(([s, e]) => !other.some(([os, oe]) => os < e && s < oe && os < s));

function pick(text: string, a: Kind, b: Kind, short: boolean): Kind | null | 'both' {
  const spansA = spans(STRONG[a], text);
  const spansB = spans(STRONG[b], text);
  const strongA = outside(spansA, spansB);
  const strongB = outside(spansB, spansA);
  const hasA = strongA || (short && (LOOSE[a]?.test(text) ?? false));
  const hasB = strongB || (short && (LOOSE[b]?.test(text) ?? false));
  // "voor bepaalde tijd, met uitzicht op vast": the unambiguous phrase beats the loose word.
  if (hasA && hasB && strongA !== strongB) return strongA ? a : b;
  if (hasA && hasB) return 'both';
  return hasA ? a : hasB ? b : null;
}

/** A prospect's clause, to the next comma or stop: "en vue d'un CDI", "met uitzicht op een vaste aanstelling". */
const PROSPECT = new RegExp(String.raw`(?<![${LETTER}])(?:${alternation(allOf((l) => l.prospectWords))})[^,;.()]{0,60}`, 'gi');

/**
 * The text without its prospects, and whether one of them was permanence: a contract offered with the
 * prospect of a permanent one is a temporary one ("CDD de 6 mois, renouvelable, en vue d'un CDI").
 */
function withoutProspects(text: string): { text: string; ofPermanence: boolean } {
  let ofPermanence = false;
  const rest = text.replace(PROSPECT, (clause) => {
    if (spans(STRONG.permanent, clause).length > 0 || (LOOSE.permanent?.test(clause) ?? false)) ofPermanence = true;
    return ' ';
  });
  return { text: rest, ofPermanence };
}

const HAS_DIGIT = /\d/;
const QUESTION_END = /\?\s*$/;
/**
 * "Familienfreundliche Arbeitszeiten und Möglichkeit zu Teilzeit", "We … will consider compressed hours or part-time
 * working on a case-by-case basis": what the employer offers its staff, not this post's schedule ("Vollzeit, Teilzeit
 * ist möglich" still names both).
 */
const PART_TIME_OFFERED =
  /möglichkeit(?:en)?\s+(?:zur?|für)\s+teilzeit(?:arbeit)?|mogelijkheid\s+(?:tot|om)\s+deeltijds?(?:\s+te\s+werken)?|possibilité\s+de\s+temps\s+partiel|consider[^.;]{0,60}?part[- ]time(?:\s+(?:working|work|hours))?|part[- ]time(?:\s+(?:working|work|hours))?\s+(?:will|may|can|could)\s+be\s+considered/gi;
/** "Full/Part Time": two schedules sharing their noun, as a label names both. */
const SHARED_TIME = /\b(full|part)\s*\/\s*(full|part)[\s-]time\b/gi;
/** Hours counted over another period than the week. */
const OTHER_PERIOD = /fortnight|(?:per|a|an)\s+(?:day|month)|par\s+(?:jour|mois)|pro\s+(?:tag|monat)|per\s+(?:dag|maand)|(?:\/|per\s+)(?:2|twee|two)\s+(?:weeks|weken)/i;

/** "30u24 per week" (hours and minutes, as BOSA writes it). */
const HOURS_MINUTES = /(?<![\d.,])(\d{1,2})\s?(?:[uh]|heures|uur)\s?([0-5]\d)(?=\s*(?:per week|p\/w|\/\s?week|\/\s?semaine|hebdomadaires?|par semaine|pro woche|wöchentlich))/i;
/** "Temps complet – 37h30": in a regime line or under an hours label, hours and minutes need no "per week". */
const HOURS_MINUTES_ANY = /(?<![\d.,:]|(?:de|à|van|tot|from|to|von|bis|vanaf|dès)\s+|\d\s*[-–]\s*)([1-4]\d)\s?[uh]\s?([0-5]\d)(?![\d:]|\s*[-–])/i;
/** A number that ends a range ("24 - 32 uur", "32 tot 36 uur per week") is no single week. */
const RANGE_BEFORE = /\d\s*(?:-|–|tot|to|bis|à|and|en|und)\s*$/i;

const OTHER_PERIOD_AFTER = /^\s*(?:per|a|an|each|every|\/|par|pro)\s*(?:fortnight|day|month|year|jour|mois|tag|monat|dag|maand)/i;
/** "43 hours 15 minutes": the minutes after the hours. */
const MINUTES_AFTER = new RegExp(String.raw`^\s*(?:and\s+)?([0-5]?\d)\s*(?:minutes|mins?|Minuten|minuten)(?![${LETTER}])`, 'u');
/** Hours counted with the breaks: "gross (including lunch breaks)", "bruto (pauzes inbegrepen)". */
const WITH_BREAKS = new RegExp(String.raw`^(?:\s*(?:and\s+)?[0-5]?\d\s*(?:minutes|mins?|Minuten|minuten))?\s*(?:gross|bruto|brutto|brut)(?![${LETTER}])|^[^.;]{0,30}\(?including (?:lunch |meal )?breaks`, 'u');

/** The hours per week a statement gives; 'both' when it gives two ("41 h Beamte / 38,7 h Arbeitnehmer"). */
const TEACHING_HOURS = /(?:class contact|contact hours|teaching hours|lesuren|lestijden|heures de cours|heures d['’]enseignement|Unterrichtsstunden|Lehrverpflichtung|Pflichtstunden)/i;

function hoursIn(text: string, anyUnit: boolean): number | null | 'both' {
  // Every way of writing hours has a digit.
  if (!HAS_DIGIT.test(text)) return null;
  const hm = HOURS_MINUTES.exec(text) ?? (anyUnit ? HOURS_MINUTES_ANY.exec(text) : null);
  if (hm) return Math.round((Number(hm[1]) + Number(hm[2]) / 60) * 100) / 100;
  // The first way of writing hours the statement uses gives its hours.
  let matches: RegExpExecArray[] = [];
  let base = 0;
  for (const re of anyUnit ? [HOURS_PER_WEEK, HOURS_AFTER_LEAD, FRACTION, HOURS_ANY] : [HOURS_PER_WEEK, HOURS_AFTER_LEAD, FRACTION]) {
    matches = allMatches(re, text);
    // "… beträgt 39 Stunden für Tarifbeschäftigte bzw. 40 Stunden für Beamte": every hours the named week goes on to give.
    if (matches.length && re === HOURS_AFTER_LEAD) {
      base = matches[0]!.index;
      matches = allMatches(HOURS_ANY, text.slice(base));
    }
    if (matches.length) break;
  }
  const values = new Set<number>();
  for (const m of matches) {
    if (RANGE_BEFORE.test(text.slice(0, base + m.index))) return 'both';
    const after = text.slice(base + m.index + m[0].length, base + m.index + m[0].length + 60);
    // "43 hours 15 minutes gross (including lunch breaks)": time at work, breaks and all, is no working week.
    if (WITH_BREAKS.test(after)) return null;
    // "58.4 hours per fortnight": hours over another period are no week's.
    if (OTHER_PERIOD_AFTER.test(after)) continue;
    // "The class contact hours … are 18 hours per week": hours in front of a class are part of the week, not all of it.
    if (TEACHING_HOURS.test(text.slice(Math.max(0, base + m.index - 80), base + m.index))) continue;
    const minutes = MINUTES_AFTER.exec(after);
    const h = Number(m[1]!.replace(',', '.')) + (minutes ? Math.round((Number(minutes[1]) / 60) * 100) / 100 : 0);
    if (h > 0 && h <= 80) values.add(h);
  }
  if (values.size > 1) return 'both';
  return values.size ? [...values][0]! : null;
}

/** Read one line; `short` lines (regime lines, label values) may use the ambiguous words too. */
export function readContractLine(text: string, short: boolean): Contract {
  return readLine(text, short).contract;
}

/** The contract words of every language, to complete a compound whose shared tail is left out. */
const CONTRACT_WORDS = [...new Set(KINDS.flatMap((k) => allOf((l) => l.contract[k].strong)))];
/** "Voll-/Teilzeit", "Voll- oder Teilzeit": a head whose hyphen stands for the tail of the next word. */
const ELIDED_HEAD = new RegExp(String.raw`(?<![${LETTER}])([${LETTER}]+)-(?=\s*(?:\/|,|und\s|oder\s|bzw\.\s)\s*([${LETTER}]+))`, 'gu');

/**
 * German leaves out a tail two compounds share: "Voll-/Teilzeit" names Vollzeit and Teilzeit. The
 * head is completed only into a contract word whose rest ends the next word ("Voll" + "zeit").
 */
function completeElided(text: string): string {
  if (!text.includes('-')) return text;
  return text.replace(ELIDED_HEAD, (all, head: string, next: string) => {
    const h = head.toLowerCase();
    const word = CONTRACT_WORDS.find((w) => w.length > h.length && w.toLowerCase().startsWith(h) && next.toLowerCase().endsWith(w.slice(h.length).toLowerCase()));
    return word ?? all;
  });
}

/**
 * "bij een fulltime dienstverband", "op basis van een voltijdse werkweek", "sur la base d'un temps plein", "auf Basis
 * Vollzeit", "based on full-time hours": the basis of an amount, not the post's schedule. Not "voor een voltijdse
 * contractuele functie", which is the post.
 */
const ON_FULL_TIME_BASIS =
  new RegExp(String.raw`(?<![${LETTER}])(?:(?:bij|op basis van|gebaseerd op|auf Basis|bei|based on|on the basis of)\s+|(?:sur la base|sur base) d['’]\s*|sur la base de\s+)(?:(?:een|un|une|einer|eines|a)\s+)?(?:fulltime|voltijdse?|full-time|temps plein|vollzeit|vollbeschäftigung)(?:\s*(?:dienstverband|prestatie|werkweek|aanstelling|tewerkstelling|beschäftigung|hours|basis))?(?![${LETTER}])`, 'gi');

// "À défaut, le poste pourra être pourvu par un agent contractuel": a civil servant's post that contract staff may fill.
const OPEN_TO_CONTRACT_STAFF = /\bouvert(?:e)?\s+(?:également\s+|aussi\s+)?aux\s+(?:agents\s+)?contractuel(?:le)?s\b|(?:^|[\s,;])à défaut\b[^.;]{0,60}\bcontractuel/i;
/** "Rémunération statutaire", "Statutaire + régime indemnitaire": pay on the civil servants' grid, no status of the post. */
const STATUTORY_PAY = /(?:rémunération|traitement)\s+statutaire|statutaire\s*\+\s*régime/gi;

/** "Être titulaire d'un bachelier", "titulaire du permis B": the holder of a diploma or a licence, no tenured official. */
const HOLDER_OF = new RegExp(String.raw`(?<![${LETTER}])titulaires?\s+(?:d['’]|du\s|de\s|des\s)`, 'gi');
/** "la convention collective du Syndicat des fonctionnaires municipaux": a union's name, no status of the post. */
const UNION_OF_OFFICIALS = /syndicat\s+(?:des|de la|du)\s+fonctionnaires/gi;
/** "le relais du service auprès du Fonctionnaire délégué", "le fonctionnaire sanctionnateur": an office the post deals with, no status of the post. */
const NAMED_OFFICIAL = /(?<![a-zà-ÿ])(?:du|au|le|la|les|aux)\s+fonctionnaires?\s+(?:délégués?|sanctionnateurs?|dirigeants?|généra(?:l|ux)|instructeurs?|compétents?)(?![a-zà-ÿ])/gi;

/**
 * "Ein öffentlich-rechtliches, unbefristetes Arbeitsverhältnis": Swiss public-law employment, neither a civil
 * servant's appointment nor a private contract, so it names no employment (its "unbefristet" still names a duration).
 */
const PUBLIC_LAW_EMPLOYMENT = new RegExp(String.raw`öffentlich-rechtliche[snm]?(?:,?\s+[${LETTER}]+){0,2}\s+(?:Arbeitsverhältnis|Anstellungsverhältnis)`, 'gi');

/**
 * "Part-time employees working at least 20 hours per week are eligible for …": what a class of employees gets (a
 * benefits section's) says nothing of this post's terms, up to the clause's end. Only the class as the subject of
 * what it gets: "suitable for part-time workers" still names the post's schedule.
 */
const CLASS_OF_EMPLOYEES = /(?:part|full)[- ]time (?:employees|staff|workers) (?:working|who|are|receive|will|may|get|earn|accrue)\b[^.;:]*/gi;

function readLine(raw: string, short: boolean): Reading {
  const text = completeElided(raw).replace(SHARED_TIME, '$1-time / $2-time').replace(CLASS_OF_EMPLOYEES, ' ');
  // Most lines name no contract term: one scan for any of them spares the six patterns of the three pairs.
  const terms = ANY_TERM.test(text);
  // "Ouvert aux contractuels": a civil servant's post open to contract staff as well names both.
  const employment = terms ? (OPEN_TO_CONTRACT_STAFF.test(text) ? 'both' : pick(text.replace(HOLDER_OF, ' ').replace(UNION_OF_OFFICIALS, ' ').replace(NAMED_OFFICIAL, ' ').replace(STATUTORY_PAY, ' ').replace(PUBLIC_LAW_EMPLOYMENT, ' '), 'statutory', 'contractual', short)) : null;
  // "een eenmalige uitkering van € 1.250 bij een fulltime dienstverband": what a full-time post would get says
  // nothing of this one's schedule.
  const schedule = terms ? pick(text.replace(ON_FULL_TIME_BASIS, ' ').replace(PART_TIME_OFFERED, ' '), 'fullTime', 'partTime', short) : null;
  // "Poste permanent ouvert aux titulaires et, à défaut, aux contractuels (CDD de 3 ans)": the
  // duration depends on the applicant's status, so it counts as named both ways and stays open.
  const prospects = terms ? withoutProspects(text) : null;
  const offered = prospects ? pick(prospects.text, 'permanent', 'temporary', short) : null;
  const named = prospects?.ofPermanence && (offered === null || offered === 'both') ? 'temporary' : offered;
  const duration = employment === 'both' && named !== null ? 'both' : named;
  const contract: Contract = {
    employment: employment === 'statutory' ? 'statutory' : employment === 'contractual' ? 'contractual' : null,
    schedule: schedule === 'fullTime' ? 'full-time' : schedule === 'partTime' ? 'part-time' : null,
    duration: duration === 'permanent' ? 'permanent' : duration === 'temporary' ? 'temporary' : null,
    hoursPerWeek: null,
    level: levelIn(text),
  };
  const hours = hoursIn(text, short && (schedule !== null || employment !== null));
  const blocked: (keyof Contract)[] = [];
  if (hours === 'both') blocked.push('hoursPerWeek');
  else contract.hoursPerWeek = hours;
  if (employment === 'both') blocked.push('employment');
  if (schedule === 'both') blocked.push('schedule');
  if (duration === 'both') blocked.push('duration');
  return { contract, blocked, text: raw };
}

function count(c: Contract): number {
  return Object.values(c).filter((v) => v !== null).length;
}

/** A level's own label word, as a part of a label that joins several ("Niveau / weddeschaal"). */
const LEVEL_WORDS = new Set(allOf((l) => l.labels.level).filter((w) => !w.includes('/')).map((w) => w.toLowerCase()));

function readings(ctx: Context): Reading[] {
  const out: Reading[] = [];
  const portal = portalText(ctx, 'contract');
  if (portal) out.push(readLine(portal.text, true));
  const labels = allOf((l) => [...l.labels.contract, ...l.labels.hours, ...l.labels.level]);
  for (const lv of labelValues(ctx, labels)) {
    // The value alone: a label such as "Teilzeit / Vollzeit" names both schedules itself.
    const r = readLine(lv.value, true);
    const c = r.contract;
    if (allOf((l) => l.labels.hours).some((h) => h.toLowerCase() === lv.label.toLowerCase())) {
      // Under an hours label a bare number is the hours: "Uren per week\n36".
      const bare = /^(\d{1,2}(?:[.,]\d{1,2})?)$/.exec(lv.value.trim());
      // "72 hours per fortnight (9-day fortnight)", "8 uur per dag": hours of another period are no week's.
      const hours = OTHER_PERIOD.test(lv.value) ? null : bare ? Number(bare[1]!.replace(',', '.')) : hoursIn(lv.value, true);
      c.hoursPerWeek = null;
      // A value over two lines ("41 h für Beamte" / "38,7 h für Arbeitnehmer") gives two weeks: neither.
      const next = ctx.lines[ctx.lines.indexOf(lv.line) + 1];
      const more = next && next.start === lv.line.end + 1 && !/^h[1-6]$|^dt$|^th$/.test(next.block) ? hoursIn(next.text, true) : null;
      if (hours === 'both' || (typeof hours === 'number' && more !== null && more !== hours)) r.blocked.push('hoursPerWeek');
      else c.hoursPerWeek = hours;
    }
    if (c.level === null && /^[A-E](?:[1-5][a-z]?)?$/.test(lv.value.trim()) && allOf((l) => l.labels.level).includes(lv.label)) {
      c.level = lv.value.trim();
    }
    if (count(c) > 0 || r.blocked.length) out.push({ ...r, text: lv.evidence });
  }
  // "Niveau / weddeschaal | B / BV1-BV3": a row whose label joins the level with the scale gives the level as the
  // value's part under the label's level part.
  ctx.lines.forEach((line, i) => {
    const next = ctx.lines[i + 1];
    if (!next || !/^(?:td|th|dt)$/.test(line.block) || !line.text.includes('/') || line.text.length > 60) return;
    const labelParts = line.text.replace(/\s*:$/, '').split('/');
    const at = labelParts.findIndex((p) => LEVEL_WORDS.has(p.trim().toLowerCase()));
    const parts = next.text.split('/').map((p) => p.trim());
    const level = at >= 0 && parts.length === labelParts.length ? parts[at]! : '';
    if (/^[A-E](?:V|[1-5][a-z]?)?$/.test(level)) out.push({ contract: { employment: null, schedule: null, duration: null, hoursPerWeek: null, level }, blocked: [], text: `${line.text}\n${next.text}` });
  });
  for (const line of ctx.lines) {
    // A regime line: short, and at least two contract facts in it.
    if (line.text.length > 140 || QUESTION_END.test(line.text)) continue;
    const r = readLine(line.text, true);
    if (count(r.contract) + r.blocked.length >= 2) out.push(r);
  }
  for (const s of ctx.sentences) {
    // "Kan ik parttime werken?": a question (a FAQ's) states no term.
    if (QUESTION_END.test(s.text)) continue;
    const r = readLine(s.text, false);
    if (count(r.contract) > 0 || r.blocked.length) out.push(r);
  }
  return out;
}

/**
 * Each part from the first statement that names it; the evidence is the first statement used.
 * `settled` holds the parts the text decided, also those it named both ways and so left null.
 */
function fromText(ctx: Context): (Found<Contract> & { settled: Set<keyof Contract> }) | null {
  const merged: Contract = { employment: null, schedule: null, duration: null, hoursPerWeek: null, level: null };
  const settled = new Set<keyof Contract>();
  // The statement each part came from, in reading order: the evidence is the first that still counts.
  const from = new Map<keyof Contract, number>();
  const all = readings(ctx);
  all.forEach((r, i) => {
    for (const key of Object.keys(merged) as (keyof Contract)[]) {
      // A statement naming both statuses ("bis A 12 bzw. EG 11 TVöD") opens the post to both, even
      // after a label named one. Not so the other parts: a label "Teilzeit / Vollzeit" names both itself.
      if (key === 'employment' && r.blocked.includes(key)) {
        merged.employment = null;
        from.delete(key);
        settled.add(key);
        continue;
      }
      if (settled.has(key)) continue;
      if (r.blocked.includes(key)) {
        settled.add(key);
        continue;
      }
      const v = r.contract[key];
      if (v !== null) {
        (merged as Record<string, unknown>)[key] = v;
        from.set(key, i);
        settled.add(key);
      }
    }
  });
  // A text that only names parts both ways still settles them: its evidence is the first such statement.
  const evidence = from.size ? all[Math.min(...from.values())] : all.find((r) => r.blocked.length);
  if (!evidence) return null;
  const source = ctx.portal && evidence.text === portalText(ctx, 'contract')?.text ? `portal:${ctx.portal.id}` : 'text';
  return { value: merged, evidence: { source, text: evidence.text }, settled };
}

/** JSON-LD employmentType says little (FULL_TIME, TEMPORARY...): it only fills what the text leaves open. */
const fromJsonLd: Rule<Contract> = (ctx) => {
  const jp = (ctx.jobPosting?.employmentType ?? []).map((t) => t.toUpperCase().replace(/[\s-]/g, '_'));
  const has = (t: string) => jp.includes(t);
  const contract: Contract = {
    employment: null,
    schedule: has('FULL_TIME') !== has('PART_TIME') ? (has('FULL_TIME') ? 'full-time' : 'part-time') : null,
    duration: has('TEMPORARY') ? 'temporary' : null,
    hoursPerWeek: null,
    level: null,
  };
  return count(contract) ? { value: contract, evidence: { source: ctx.declaredBy, text: jp.join(', ') } } : null;
};

/** Under this many hours a week no country's full-time week lies: a declared FULL_TIME beside it is a default. */
const FEWEST_FULL_TIME_HOURS = 32;
/** No country served calls a week this long part time (Belgium's full week is 38 hours, the UK's 37). */
const FULL_WEEK_HOURS = 37;
/** "Pensum 80–100 %", "80 bis 100 Prozent", "Taux d'activité / 80 %", a title ending "– 80 %": a workload below a full one. */
const PART_WORKLOAD =
  /(?<!\d)[1-9]\d\s*(?:%|prozent)?\s*(?:-|–|bis|à|to)\s*100\s*(?:%|prozent)|(?:pensum|taux d['’]activité|beschäftigungsausmaß|arbeitspensum|beschäftigungsgrad)[^.]{0,30}?(?<!\d)[1-9]\d\s*(?:%|prozent)|[–-]\s*[1-9]\d\s*%\s*$/imu;

/**
 * The text's contract, with the schedule and duration the declared employmentType gives where the
 * text leaves them open ("24 - 32 uur per week" beside PART_TIME). A part the text names, or names
 * both ways ("Voltijds of deeltijds"), stays as the text has it; FULL_TIME beside a short week is no
 * schedule. The evidence is the text's statement, or the declared data when the text gave no value.
 */
export function extractContract(ctx: Context): Found<Contract> | null {
  const text = firstOf(ctx, [fromText]);
  const declared = firstOf(ctx, [fromJsonLd]);
  if (!text) return declared;
  const value = { ...text.value };
  if (declared) {
    const hours = value.hoursPerWeek;
    if (!text.settled.has('schedule') && !(declared.value.schedule === 'full-time' && hours !== null && hours < FEWEST_FULL_TIME_HOURS)) {
      value.schedule = declared.value.schedule;
    }
    if (!text.settled.has('duration')) value.duration = declared.value.duration;
  }
  // "28h30 par semaine", "19/38": a week this short is part time, whatever a pay sentence says of full time
  // ("het loon voor een voltijdse prestatie").
  // A week this short is part time also where the text names no schedule ("Die regelmäßige wöchentliche Arbeitszeit beträgt 20,05 Stunden").
  const short = value.hoursPerWeek !== null && value.hoursPerWeek < FEWEST_FULL_TIME_HOURS;
  if (short && (value.schedule === 'full-time' || (value.schedule === null && !text.settled.has('schedule')))) value.schedule = 'part-time';
  // "Das Beschäftigungsausmaß beträgt 40 Wochenstunden": a week of 37 hours or more is full time in every country
  // served, where the text names no schedule.
  // Not where a workload below 100 % is offered ("Pensum 80–100 %"): the hours are then the full week's, not the post's.
  const fullWeek = value.hoursPerWeek !== null && value.hoursPerWeek >= FULL_WEEK_HOURS;
  const partWorkload = fullWeek && PART_WORKLOAD.test(ctx.lines.map((l) => l.text).join('\n'));
  if (value.schedule === null && !text.settled.has('schedule') && fullWeek && !partWorkload) value.schedule = 'full-time';
  // "Pensum 80–100 %" beside "Normalarbeitszeit 42 Stunden": the full week's hours are not the post's.
  if (partWorkload && value.schedule !== 'full-time') value.hoursPerWeek = null;
  // In Belgium a statutory appointment is a permanent one ("vaste benoeming"): the text need not say so twice.
  if (value.employment === 'statutory' && value.duration === null && !text.settled.has('duration') && ctx.country === 'be') value.duration = 'permanent';
  if (count(value) === 0) return null;
  return { value, evidence: count(text.value) > 0 || !declared ? text.evidence : declared.evidence };
}
