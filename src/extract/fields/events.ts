/**
 * Dated steps of the selection other than the deadline: "Eventuele redeneertest: 3 of 5 februari
 * 2026 (...)", "Interview: 11 februari 2026". The label is what the sentence says before the date
 * (up to its colon). Dates without a year take the first such day on or after publication.
 */
import type { SelectionEvent } from '../../model/facts';
import type { Context, Found, Rule } from '../context';
import { firstOf, hasStem, labelValues } from '../context';
import { LETTER, LOWER, UPPER } from '../chars';
import { findDates, resolve } from '../dates';
import { allOf, LOCALES } from '../locales';
import { deadlineInSentence, HEAR_BACK_AFTER } from './deadline';

const SELECTION = allOf((l) => l.selectionWords);
const HAS_DIGIT = /\d/;
const PUBLISHED_LABELS = allOf((l) => [...l.labels.published, ...l.labels.deadline]);
/** A forecast in front of the step's name. */
const FORECAST = /^(?:it is (?:anticipated|expected|envisaged|planned|intended|proposed) that|we (?:anticipate|expect) that|naar verwachting|verwacht wordt dat|il est prévu que|es ist (?:geplant|vorgesehen), dass)\s+/i;

const CONTRACT_TERM = /contract|vervanging|befrist|durée déterminée|fixed[- ]term/i;
/**
 * "… will be valid until 31 December 2027", "… may be used to fill similar posts … until 31/12/2027": a date a period
 * runs until is its end, no step's day.
 */
const VALID_UNTIL = new RegExp(
  String.raw`(?:(?:valid|geldig|valable|gültig)\s+(?:to|bis)|(?<![${LETTER}])(?:until|till|tot(?:\s+en\s+met)?|jusqu['’]au|jusqu['’]à|bis\s+zum))\s+(?:(?:the|le|de|dem)\s+)?$`,
  'i',
);
const BODY_AFTER = new RegExp(String.raw`^\s+(?:board|committee|panel|commission|jury|commissie|kommission|ausschuss)(?![${LETTER}])`, 'i');
/** The selection's words in a clause; one that names the body holding the steps ("the Selection Board") is no step. */
const stepWords = (clause: string) =>
  [...clause.matchAll(SELECTION_RE)].filter((w) => !BODY_AFTER.test(clause.slice(w.index + w[0].length)) && !TEST_INSIDE_ANOTHER_WORD.test(w[0]));
/**
 * "spätestens", "at the latest", "taalattest", "attestation", "contest": words with "test" inside that name no
 * test ("Eignungstest", "schrijftest", "Online-Test" do).
 */
const TEST_INSIDE_ANOTHER_WORD = /(?:[aäo]|at|on)test/i;
const SHOUTED = new RegExp(String.raw`^[${UPPER}\s-]{4,}$`, 'u');
const ROW_DATE_WORD = /\s+(?:date|dates|datum|termin)$|^(?:date (?:of|de la|de l'|du|des|de)|datum(?: van de| van)?)\s+/i;

// "during the weeks of March 23 and March 30": the month may come first.
const WEEKS_BEFORE = /(?:weeks|semaines|weken|Wochen)\s+(?:of|du|des|van|vom)\s+(?:the\s+)?(?:(?:[a-z]{3,9}\.?\s+)?\d{1,2}(?:st|nd|rd|th|e|er)?\.?\s*(?:and|et|en|und|,)\s+)?$/i;
const SPAN_BEFORE = /(?:tussen|between|zwischen|entre|van|from|vom|du)\s+$/i;
/** "entre le 9 et le 20 mars", "tussen 9 en 20 maart", "between 9 and 20 March": the span's first day and its join. */
const SPAN_BETWEEN_BEFORE = /(?:entre|tussen|between|zwischen)\s+(?:(?:le|de|the|dem)\s+)?\d{1,2}(?:\.|er|e|st|nd|rd|th)?(?:\s+[a-zà-ÿ]{3,10}\.?)?\s+(?:et|en|and|und)\s+(?:(?:le|de|the|dem)\s+)?$/i;
/** "from 23 to 27 March": the span's first day written before the date the pattern read. */
const SPAN_START_BEFORE = /\d{1,2}\.?\s*(?:to|tot|bis|au|until|through|[–-])\s*$/i;
const SPAN_TO = /^\s*(?:tot(?: en met)?|t\/m|to|until|through|bis(?: zum)?|au|jusqu'au|[–-])\s*$/i;
const SPAN_WORD = /\s(?:tot|to|bis|au|through|until|t\/m)\s|\d\s?[–-]\s?\d/i;

/** Words that end a label before its date ("vindt plaats op", "am", "le", "on"). */
const TRAILING = /(?:\s+(?:op|on|le|am|the|den|dem|vom|du|van|from|vanaf|ab|à|at|in|is|zijn|vindt plaats|vinden plaats|findet statt|aura lieu|will take place|take place|takes place|gepland|prévu|prévue|geplant))+\s*$/i;

/** A bracket, or a clause set off by commas that opens with "met", "with", "incl.", at the end of a step's name. */
// "Interviews, which will include a short practical exercise, are planned for …": a relative clause explains it too.
const ASIDE_AFTER_STEP = /\s*\([^()]*\)\s*$|,\s+(?:met|with|avec|mit|incl\.?|inclusief|including|y compris|inklusive|which|waarin|waarbij|qui|die|welche)\s[^,]*(?:,(?=[^,]*$)|$)/i;

/** A step, a preposition and an article before the word that names who holds it: "entretien devant un (jury)". */
const WITH_WHOM = /^\S+\s(?:devant|avec|met|mit|with|before|voor|vor)\s(?:un|une|le|la|les|een|de|het|einem|einer|dem|der|a|an|the)$/i;

/** Words that join two steps held together: "written test and interview", "gesprek met praktische opdracht". */
const OWN_SUBJECT = new RegExp(String.raw`(?<![${LETTER}])(?:je|jij|u|we|wij|you|vous|nous|sie|wir|ihr|they|ze|zij)(?![${LETTER}])`, 'i');
const POSSESSIVE = new RegExp(String.raw`(?<![${LETTER}])(?:van|met|over|bij|voor|in|op|of|with|about|de|avec|von|mit)\s+(?:je|jouw|uw|your|votre|vos|ihre?|ihren|ihrem)(?![${LETTER}])`, 'gi');
const VERB_WITH_OBJECT = new RegExp(String.raw`^\s+(?:your|je|jouw|uw|votre|vos|ihre|ihren|ihrem|ihr)(?![${LETTER}])`, 'i');
/** A date's word, or the closing it marks ('the week after the advert closes and interviews …'). */
const DATE_WORD = /^(?:date|dates|datum|deadline|frist|limite|closes|closed)$/i;
const JOINS = new Set(['and', 'en', 'et', 'und', 'met', 'with', 'avec', 'mit', 'plus']);
const ARTICLES = new Set(['a', 'an', 'the', 'een', 'de', 'het', 'un', 'une', 'le', 'la', 'ein', 'eine', 'einem', 'einer']);
/** "De eerste gespreksronde is op 17 maart, de tweede op 26 maart": the second round, by its ordinal alone. */
const ORDINALS: readonly (readonly string[])[] = [
  ['eerste', 'tweede', 'derde', 'vierde'],
  ['first', 'second', 'third', 'fourth'],
  ['premier', 'deuxième', 'troisième', 'quatrième'],
  ['première', 'deuxième', 'troisième', 'quatrième'],
  ['erste', 'zweite', 'dritte', 'vierte'],
];
const ORDINAL_BETWEEN = new RegExp(String.raw`(?:^|[\s,;])(?:de|het|the|la|le|die|der|das)\s+([${LETTER}]+?)(?:[nrs])?(?:\s+([${LOWER}]+))?\s+(?:op|on|le|am|is|zijn|au|vom)?\s*(?:[${LETTER}]+\s+)?$`, 'u');

/** The label a bare ordinal gives a date, from the step before it: "Eerste gespreksronde" and "de tweede" give "Tweede gespreksronde". */
function ordinalLabel(between: string, previous: string): string | null {
  const m = ORDINAL_BETWEEN.exec(between);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const row = ORDINALS.find((r) => r.includes(word) || r.includes(word.replace(/[nrs]$/, '')));
  if (!row) return null;
  const ordinal = row.includes(word) ? word : word.replace(/[nrs]$/, '');
  // "de tweede ronde": the ordinal and its own noun.
  if (m[2] && !/^(?:op|on|le|am|is|zijn)$/.test(m[2])) return capital(`${ordinal} ${m[2]}`);
  const [first, ...rest] = previous.split(' ');
  return row.includes(first!.toLowerCase()) ? capital([ordinal, ...rest].join(' ')) : null;
}
/** "and", "then", "followed by", "with", "suivi d'": what joins a step to the one before is no part of its name. */
const LEADING_JOIN = /^(?:and|then|followed by|with|en|daarna|gevolgd door|met|et|puis|suivie? (?:de|d['’]|par)|avec|und|dann|gefolgt von|mit)\s+/i;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "Module 3 – ", "Stap 2: ", "Étape 1 - ": the step's place in the procedure, no part of its name. */
const STEP_NUMBER = /^(?:module|stap|step|stage|fase|phase|étape|etappe|ronde|round|runde|stufe|teil|deel|onderdeel|partie)\s*\d{1,2}\s*[–:—-]\s*/i;

/** Words that open the noun phrase of a step ("voor een praktische proef", "sit an online test"), per language. */
const OPENERS = new Map(LOCALES.map((l) => [l.lang as string, new Set(l.phraseOpeners)]));
const ALL_OPENERS = new Set(allOf((l) => l.phraseOpeners));
/** Words after the step's noun that belong to its name ("épreuve écrite"). */
const QUALIFIERS = new Set(allOf((l) => l.stepQualifiers));
const SELECTION_RE = new RegExp(`[${LETTER}-]*(?:${SELECTION.join('|')})[${LETTER}-]*`, 'gi');
/** The same, to test one word: compiled once, not at every step a sentence names. */
const STEP_WORD = new RegExp(SELECTION_RE.source, 'i');
const HEDGE = new RegExp(`^(?:${allOf((l) => l.stepHedges).map((w) => w.replace('.', '\\.')).join('|')})\\s+(?=[${LETTER}])`, 'i');
const POINTING_BACK = /^(?:cet|cette|ces|ce|deze|dit|dat|diese|dieser|dieses|this|that|these|those)\s/i;
/** "bespreking van de (schriftelijke proef)", "discussion of the (written test)": a genitive before a step word. */
const COMPLEMENT_BEFORE = new RegExp(String.raw`(?:^|\s)(?:(?:van|of|von)\s+(?:(?:de|het|the|der|des|dem)\s+)?|(?:du|des|de la|de l['’])\s*)(?:[${LOWER}]+\s+)?$`, 'u');
/** Only an article and an ordinal or adjective before the step: it opens its sentence ("De eerste gesprekken"). */
const STEP_OPENS = new RegExp(String.raw`^\s*(?:(?:de|het|een|the|les?|la|die|der|das)\s+)?(?:[${LOWER}]+\s+)?$`, 'i');
/** Each qualifier right after the step's noun, compiled once rather than per sentence. */
const QUALIFIER_AFTER = [...QUALIFIERS].map((q) => ({ q, re: new RegExp(`^\\s+${q}(?![${LETTER}])`, 'i') }));

/**
 * The step's name: the noun phrase that ends in the last selection word before the date, back to
 * the article or preposition that opens it: "Na de screening nodigen we je uit voor een
 * selectiegesprek op 12 februari" is "Selectiegesprek"; "Eventuele redeneertest: 3 februari" stays.
 */
function labelOf(text: string, dateStart: number, lang: string | null = null): string | null {
  const openers = (lang && OPENERS.get(lang)) || ALL_OPENERS;
  let before = text.slice(0, dateStart);
  // "The reserve list … will be valid until 31 December 2027": the end of a list's validity is no step of the selection.
  if (VALID_UNTIL.test(before)) return null;
  let colon = before.lastIndexOf(':');
  // "Module 3: selectiegesprek (met casus) op 9 april": the step is named after the colon when nothing before it names one.
  if (colon >= 0 && !hasStem(before.slice(0, colon), SELECTION) && hasStem(before.slice(colon + 1), SELECTION)) {
    before = before.slice(colon + 1);
    colon = -1;
  }
  let clause = (colon >= 0 ? before.slice(0, colon) : before).replace(TRAILING, '');
  // "Schriftelijke proef (met een praktische GIS-opdracht) op 17 maart": a bracket that explains the step names none of its own.
  const unbracketed = clause.replace(/\s*\([^()]*\)/g, '');
  if (unbracketed !== clause && hasStem(unbracketed, SELECTION)) clause = unbracketed;
  // "Mondelinge proef (gesprek met de jury, incl. een voorbereide opdracht)", "een mondelinge proef, met de presentatie
  // van een thuisopdracht,": what explains the step after it names no step of its own.
  const step = clause.replace(ASIDE_AFTER_STEP, '');
  if (step !== clause && hasStem(step, SELECTION)) clause = step;
  const words = stepWords(clause);
  // "Mondelinge proef met bespreking van de schriftelijke proef": a step named as what another one discusses is its complement.
  const complement = words.length > 1 && COMPLEMENT_BEFORE.test(clause.slice(0, words[words.length - 1]!.index));
  const last = words[words.length - (complement ? 2 : 1)];
  if (!last) return null;
  const rest = clause.slice(last.index + last[0].length);
  // "You may exercise your right to …", "test je kennis": a step's word with a possessive after it is a verb.
  if (VERB_WITH_OBJECT.test(rest)) return null;
  // "Na het gesprek start je op 1 april": a clause of its own, with its own subject, stands between the step and the date
  // (a relative clause set off by commas, "een mondelinge proef, waarin je ..., op 16 april", belongs to the step).
  // "met bespreking van je casus": a possessive after a preposition is no subject. "De eerste gesprekken voeren we
  // op 10 maart": a step that opens the sentence is what its verb and subject speak of.
  if (OWN_SUBJECT.test(rest.split(',')[0]!.replace(POSSESSIVE, '')) && !STEP_OPENS.test(clause.slice(0, last.index))) return null;
  // "un test technique écrit": each qualifier after the noun, in turn.
  let qualifiers = 0;
  for (let q = QUALIFIER_AFTER.find(({ re }) => re.test(rest)); q; q = QUALIFIER_AFTER.find(({ re }) => re.test(rest.slice(qualifiers)))) {
    qualifiers = rest.indexOf(q.q, qualifiers) + q.q.length;
  }
  const end = last.index + last[0].length + qualifiers;
  const head = clause.slice(0, end);
  const tokens = head.split(/\s+/).filter(Boolean);
  // Back from the step's noun itself, not from its qualifier ("Jury de recrutement").
  let from = clause.slice(0, last.index + last[0].length).split(/\s+/).filter(Boolean).length - 1;
  // "shortly after the closing date and interviews will be held on …": a join after a date or a deadline ends the
  // step's name ("a written test and an interview" joins two steps, read further below).
  const joinAfterDate = (at: number) => JOINS.has(tokens[at]!.toLowerCase()) && DATE_WORD.test(tokens[at - 1] ?? '');
  while (from > 0 && !openers.has(tokens[from - 1]!.toLowerCase()) && !/[,;.]$/.test(tokens[from - 1]!) && !joinAfterDate(from - 1)) from--;
  // "Entretien devant un jury", "Gesprek met een jury": a step before the preposition that names who holds it.
  const held = from >= 3 ? WITH_WHOM.exec(tokens.slice(from - 3, from).join(' ')) : null;
  // "une épreuve orale devant un jury": a step its qualifier names ("Épreuve orale") needs no word for who holds it.
  const qualified = held && from >= 4 && QUALIFIERS.has(tokens[from - 3]!.toLowerCase()) && STEP_WORD.test(tokens[from - 4]!);
  if (qualified) {
    tokens.splice(from - 2);
    from -= 4;
  } else if (held && STEP_WORD.test(tokens[from - 3]!)) {
    from -= 3;
    while (from > 0 && !openers.has(tokens[from - 1]!.toLowerCase()) && !/[,;.]$/.test(tokens[from - 1]!)) from--;
  }
  // "Written test and interview", "Selectiegesprek met praktische opdracht": two steps joined name one day's step.
  // The article after the join is dropped: "a written test and an interview" is "Written test and interview".
  if (from >= 3 && ARTICLES.has(tokens[from - 1]!.toLowerCase()) && JOINS.has(tokens[from - 2]!.toLowerCase()) && STEP_WORD.test(tokens[from - 3]!)) {
    tokens.splice(from - 1, 1);
    from--;
  }
  if (from >= 2 && JOINS.has(tokens[from - 1]!.toLowerCase()) && STEP_WORD.test(tokens[from - 2]!.replace(/[,;.]$/, ''))) {
    from -= 2;
    while (from > 0 && !openers.has(tokens[from - 1]!.toLowerCase()) && !/[,;.]$/.test(tokens[from - 1]!) && !JOINS.has(tokens[from - 1]!.toLowerCase())) from--;
  }
  // "1. Gesprächsrunde", "2. Auswahlgespräch": German writes an ordinal as its number and a stop, part of the step's name.
  if (from === 1 && lang === 'de' && /^\d{1,2}\.$/.test(tokens[0]!)) from = 0;
  // A label line that opens with the step names it whole: "Praktische proef op het terrein: 3 maart".
  const whole = from === 0 && colon >= 0 && !complement && isLabelLine(clause, before.slice(colon + 1));
  // An elided article stays on its noun: "L'épreuve écrite" is "Épreuve écrite".
  let label = (whole ? clause.trim().split(/\s+/) : tokens.slice(from)).join(' ').replace(/^[(\s–-]+|[\s,;:–-]+$/g, '').replace(LEADING_JOIN, '').replace(ELIDED_ARTICLE, '');
  // "It is anticipated that first-round interviews (will commence on …)": the step, not the forecast.
  label = label.replace(FORECAST, '');
  // "Een eventueel tweede gesprek vindt plaats op …": the step's name, not the doubt about it. A label
  // line keeps its words as the page lists the step ("Eventuele redeneertest: 3 februari"), unless the doubt
  // is about the row's date ("Tentative interview date: 03/17/2026" is "Interview").
  if (!whole || ROW_DATE_WORD.test(label)) label = label.replace(HEDGE, '');
  // "Mondelinge proef (gesprek op 26 maart)": cut at the date, the bracket it opened is no part of the name.
  if ((label.match(/\(/g)?.length ?? 0) > (label.match(/\)/g)?.length ?? 0)) label = label.slice(0, label.lastIndexOf('(')).trim();
  // "Interview date: 16 March 2026": the word for the step's date is no part of its name.
  label = label.replace(STEP_NUMBER, '').replace(ROW_DATE_WORD, '');
  // "INTERVIEW": a step shouted in capitals is listed as a name ("Interview").
  if (SHOUTED.test(label)) label = label.toLowerCase();
  label = nominativeGerman(label.charAt(0).toUpperCase() + label.slice(1));
  // "Cet examen aura lieu le 21 mars": a step named only by pointing back at one the sentence before
  // named (here the ministry's admission exam) is not known to be this selection's.
  // "Een contractuele vervangingsopdracht … tot en met 31 augustus 2026": a contract's term, no step of the selection.
  if (label.length < 3 || label.length > 120 || POINTING_BACK.test(label) || CONTRACT_TERM.test(label)) return null;
  return label;
}

/**
 * A German step named in the dative or after an article ("zu einem schriftlichen Aufnahmetest", "die
 * ersten Gespräche") is listed in the nominative without one: "Schriftlicher Aufnahmetest", "Erste
 * Gespräche". The adjective's ending follows the noun: plural and feminine nouns take -e, neuter ones
 * -es, masculine ones -er.
 */
function nominativeGerman(label: string): string {
  // "zu einem schriftlichen Aufnahmetest" (dative), "Der schriftliche Aufnahmetest findet … statt" (after the article).
  const m = /^([A-ZÄÖÜ][a-zäöüß]{2,})en? ([A-ZÄÖÜ][a-zäöüß]+)$/.exec(label);
  if (!m || !/(?:lich|ig|isch|erst|zweit|dritt|letzt|mündlich|schriftlich|praktisch|persönlich|fachlich)$/.test(m[1]!.toLowerCase())) return label;
  const noun = m[2]!.toLowerCase();
  const ending = /(?:e|en|ung|heit|keit|ion|ät|ur|ik|nahme)$/.test(noun) ? 'e' : /(?:gespräch|interview|assessment|verfahren|auswahlverfahren|kolloquium)$/.test(noun) ? 'es' : 'er';
  return `${m[1]}${ending} ${m[2]}`;
}

/**
 * "Step: date": a short clause before the colon, no more than a few words after the step's noun
 * and no clause punctuation, with only the date (and maybe a weekday or "le") after the colon.
 */
const ELIDED_ARTICLE = new RegExp(`^[ldLD]['’](?=[${LETTER}])`, 'u');
const WEEKDAY_ONLY = new RegExp(String.raw`^\s*(?:[${LETTER}]{1,12}\.?,?\s+){0,2}$`, 'u');

function isLabelLine(clause: string, afterColon: string): boolean {
  const words = clause.trim().split(/\s+/);
  return words.length <= 8 && clause.length <= 80 && !/[,;.()]/.test(clause) && WEEKDAY_ONLY.test(afterColon);
}

/** The step named after its date, up to the clause's end: "op 24 februari een jurygesprek, waarin ...". */
function labelAfter(text: string, dateEnd: number, lang: string | null): string | null {
  const clause = text.slice(dateEnd).split(/[,;.:]/)[0]!;
  if (!hasStem(clause, SELECTION)) return null;
  if (clause.split(/\s+/).filter(Boolean).length > 10) return stepOpeningClause(clause, lang);
  // The noun phrase ends at the step's word: "een mondeling gesprek af" is "Mondeling gesprek".
  // "een online test af (een casus over …)": a step named in the bracket that explains it is not the one named.
  const outside = stepWords(clause).filter((w) => !/\([^)]*$/.test(clause.slice(0, w.index)));
  const words = outside.length ? outside : stepWords(clause);
  const last = words[words.length - 1];
  if (!last) return null;
  const label = labelOf(clause.slice(0, last.index + last[0].length), last.index + last[0].length, lang);
  return label?.replace(/^\([^)]*\)\s*/, '') ?? null;
}

/**
 * A long clause after the date names its step only in its first words, and no other date after it: "legt op 6 mei
 * een mondelinge proef af (met de voorstelling van een korte casus)", "een selectie-interview af voor een commissie
 * onder voorzitterschap van de korpschef". Not "… on 02/24 and panel interviews are scheduled for 03/03" (the
 * later date's step), nor "zum 01.05.2026 eine Stelle als Sachbearbeiter*in im Prüfungsamt".
 */
function stepOpeningClause(clause: string, lang: string | null): string | null {
  const plain = clause.replace(/\s*\([^()]*\)?/g, '');
  const step = STEP_WORD.exec(plain);
  if (!step || plain.slice(0, step.index).split(/\s+/).filter(Boolean).length > 3) return null;
  let end = step.index + step[0].length;
  if (/\d/.test(plain.slice(end))) return null;
  // "à un examen écrit": its qualifiers go with it.
  for (let q = QUALIFIER_AFTER.find(({ re }) => re.test(plain.slice(end))); q; q = QUALIFIER_AFTER.find(({ re }) => re.test(plain.slice(end)))) {
    end = plain.indexOf(q.q, end) + q.q.length;
  }
  return labelOf(plain.slice(0, end), end, lang);
}

/** "week commencing", "the week of", "in de week van", "semaine du", "in der Woche vom": a week, dated on the day that opens it. */
const WEEK_OPENING = /^\s*(?:(?:the\s+|in\s+the\s+)?week\s+(?:commencing|beginning|of|starting)|(?:in\s+)?de\s+week\s+van|(?:la\s+|dans\s+la\s+)?semaine\s+du|(?:in\s+der\s+)?Woche\s+vom)\s+$/i;

/**
 * "Open Proefveldendag", "Infosessie", "Information evening", "Journée portes ouvertes": a day open to all, whatever
 * step word its name holds ("proef" in a test field's), is no step of the selection.
 */
const INFORMATION_EVENT = new RegExp(
  String.raw`(?<![${LETTER}])(?:open\s+[${LETTER}]*dag|opendeurdag|info(?:rmatie)?(?:sessie|moment|avond|dag)|kijkdag|open\s+days?|open\s+house|info(?:rmation)?\s+(?:session|evening|event)|webinar|career\s+fair|job\s+fair|jobbeurs|portes?\s+ouvertes?|séance\s+d['’]information|tag\s+der\s+offenen|infoabend|infotag|informationsveranstaltung)`,
  'i',
);

/** Words for when the post starts: "take up the post", "start", "in dienst", "entrée en fonction", "Dienstbeginn". */
const START_BETWEEN = /\btake up (?:the |this |your )?(?:post|position|role|appointment)|\b(?:start|commence|begin)(?:s|ing)? (?:work|in post|on|in the role)|in dienst|indiensttreding|aanvang|entrée en fonction|prise de fonctions?|Dienstbeginn|Arbeitsbeginn|Dienstantritt/i;

const fromText: Rule<SelectionEvent[]> = (ctx) => {
  const events: SelectionEvent[] = [];
  let evidence: string | null = null;
  const reference = ctx.published ? new Date(`${ctx.published}T00:00:00Z`) : ctx.now;
  const skip = new Set(labelValues(ctx, PUBLISHED_LABELS).map((lv) => lv.line));
  for (const s of ctx.sentences) {
    // Every date has a digit: most sentences have none and skip the patterns below.
    if (skip.has(s.line) || !HAS_DIGIT.test(s.text) || deadlineInSentence(ctx, s.text) || !hasStem(s.text, SELECTION)) continue;
    const mentions = findDates(s.text, { monthFirst: ctx.monthFirst });
    const first = mentions[0];
    if (!first) continue;
    // "Wie slaagt, legt op 17 maart een mondeling gesprek af": the step may follow its date, in the same clause.
    let label = labelOf(s.text, first.start, ctx.language) ?? labelAfter(s.text, first.end, ctx.language);
    if (!label || !hasStem(label, SELECTION) || INFORMATION_EVENT.test(label)) continue;
    let previousEnd = first.end;
    for (const m of mentions) {
      // "Eerste gesprekken op 17 februari, tweede gesprekken op 24 februari": each date its own step.
      if (m !== first) {
        const between = s.text.slice(previousEnd, m.start);
        // "...; op 17 maart 2026 volgt een meeloopdienst": the step may follow its date.
        const next = mentions[mentions.indexOf(m) + 1];
        const following = s.text.slice(m.end, next ? next.start : s.text.length);
        const own: string | null = hasStem(between, SELECTION)
          ? labelOf(between, between.length, ctx.language)
          : hasStem(following, SELECTION)
            ? labelOf(following, following.length, ctx.language)
            : ordinalLabel(between, label);
        // "Interviews … week commencing 23rd March, and it is hoped that the successful candidate will take up the post
        // on 1st April": a later date of the sentence that names no step of its own and is when the post starts.
        if (!own && START_BETWEEN.test(between)) continue;
        if (own) label = own;
      }
      previousEnd = m.end;
      // "… krijgen uiterlijk op 18 maart een uitnodiging voor de mondelinge proef": when candidates hear back is no step.
      if (HEAR_BACK_AFTER.test(s.text.slice(m.end, m.end + 60))) continue;
      // "tussen 23 en 27 maart", "from 23 to 27 March", "du 23 au 27 mars": a span of days is no day of a step.
      if (m.dates.length > 1 && (SPAN_BEFORE.test(s.text.slice(Math.max(0, m.start - 12), m.start)) || SPAN_WORD.test(s.text.slice(m.start, m.end)))) continue;
      if (SPAN_START_BEFORE.test(s.text.slice(Math.max(0, m.start - 16), m.start)) || SPAN_BETWEEN_BEFORE.test(s.text.slice(Math.max(0, m.start - 30), m.start))) continue;
      // "in the weeks of 15 and 22 June": two weeks, no day of the step.
      if (WEEKS_BEFORE.test(s.text.slice(Math.max(0, m.start - 40), m.start))) continue;
      // "in de periode van 23/03/2026 tot 03/04/2026": the first day of a span is no day of a step either.
      const after = mentions[mentions.indexOf(m) + 1];
      if (after && SPAN_TO.test(s.text.slice(m.end, after.start))) continue;
      // "tussen 30 maart en 10 april 2026": the first day of a span written with "between … and".
      if (after && SPAN_BEFORE.test(s.text.slice(Math.max(0, m.start - 12), m.start)) && /^\s*(?:en|and|und|et)\s*$/i.test(s.text.slice(m.end, after.start))) continue;
      // A year-less date of a list takes its year from the last date of the list.
      const year = m.dates[m.dates.length - 1]?.year ?? null;
      for (const dm of m.dates) {
        const iso = resolve({ ...dm, year: dm.year ?? year }, reference);
        if (iso && !events.some((e) => e.date === iso && e.label === label)) events.push({ date: iso, label });
      }
    }
    evidence ??= s.text;
    if (events.length >= 50) break;
  }
  // A table of steps and their days: "Schriftelijke proef | donderdag 12 maart 2026 (voormiddag)".
  for (let i = 0; i + 1 < ctx.lines.length && events.length < 50; i++) {
    const step = ctx.lines[i]!;
    const day = ctx.lines[i + 1]!;
    if (step.text.length > 80 || HAS_DIGIT.test(step.text) || !hasStem(step.text, SELECTION) || skip.has(step) || !HAS_DIGIT.test(day.text)) continue;
    const first = findDates(day.text, { monthFirst: ctx.monthFirst })[0];
    // The row's value is the day: the date opens it, after a weekday at most, or the week it opens ("week commencing 9 March").
    if (!first || (first.start > 14 && !WEEK_OPENING.test(day.text.slice(0, first.start))) || deadlineInSentence(ctx, `${step.text} ${day.text}`)) continue;
    // "Interview date", "Datum schriftelijke proef": the row names the step, not its date.
    // "Vaktechnische proef: een online case": what follows the step's colon explains it.
    const label = capital(step.text.replace(/\s*\([^)]*\)\s*$/, '').replace(/\s*:(?:\s.*)?$/, '').replace(ROW_DATE_WORD, '').trim());
    if (label.length < 3 || !hasStem(label, SELECTION)) continue;
    for (const dm of first.dates) {
      const iso = resolve(dm, reference);
      if (iso && !events.some((e) => e.date === iso)) events.push({ date: iso, label });
    }
    evidence ??= `${step.text}\n${day.text}`;
  }
  // Steps of this selection come after its deadline: a day before it ("Loop mee tijdens de meeloopmiddag op
  // 25 februari", an information session worded as a test) or the deadline's own day ("… de interne kandidaten
  // die op 1 maart 2026 minstens 4 jaar anciënniteit hebben") is about something else.
  const closes = ctx.deadline?.slice(0, 10);
  const kept = closes ? events.filter((e) => e.date > closes) : events;
  return kept.length && evidence ? { value: kept.slice(0, 50), evidence: { source: 'text', text: evidence } } : null;
};

export const eventRules: readonly Rule<SelectionEvent[]>[] = [fromText];

export function extractEvents(ctx: Context): Found<SelectionEvent[]> | null {
  return firstOf(ctx, eventRules);
}
