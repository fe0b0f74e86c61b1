import type { TextLine } from '../text';
/**
 * The last day to apply. Inclusive words ("ten laatste", "tot en met", "uiterlijk", "bis zum",
 * "date limite", "closing date") give the date as written. Exclusive words ("voor", "vóór", "avant",
 * "before", "vor dem") name the first day that is too late, so the deadline is the day before:
 * the sidebar then never promises a day the employer did not give.
 */
import { LETTER } from '../chars';
import type { Context, Found, Rule, Sentence } from '../context';
import { declaredAndVisible, hasStem, HEADING, isShortLabel, labelValuesWhere, wordsPattern } from '../context';
import type { DateMention } from '../dates';
import { addDays, findDates, resolve } from '../dates';
import { allOf, alternation } from '../locales';
import type { TimeOfDay } from '../times';
import { findTime, withTime } from '../times';
import { declared, portalLabelValues, portalText } from './common';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A JSON-LD date as the contract wants it: the date, or date and time when the time is real. */
export function isoDateOrTimeOf(v: string): string | null {
  const m = DATE_TIME.exec(v.trim());
  if (!m) return null;
  const [, date, hm, sec, zone] = m;
  // Midnight, and 23:59:59 (a system's end of the day, to the second): a date declared with no time of its own.
  if (!hm || !zone || (hm === '00:00' && (!sec || sec === ':00')) || (hm === '23:59' && sec === ':59')) return date!;
  const z = zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return `${date}T${hm}${sec ?? ''}${z}`;
}

export function isoDateOf(v: string): string | null {
  return DATE_TIME.exec(v.trim())?.[1] ?? null;
}

function resolveFirst(ctx: Context, m: DateMention, last = false): string | null {
  const dm = last ? m.dates[m.dates.length - 1] : m.dates[0];
  return dm ? resolve(dm, ctx.published ? new Date(`${ctx.published}T00:00:00Z`) : ctx.now) : null;
}

const fromJsonLd: Rule<string> = (ctx) => {
  const v = ctx.jobPosting?.validThrough;
  const iso = v ? isoDateOrTimeOf(v) : null;
  return iso && v ? declared(ctx, ctx.declaredBy, iso, v, null) : null;
};

const fromPortal: Rule<string> = (ctx) => {
  const p = portalText(ctx, 'deadline');
  const candidates = [...(p ? [{ value: p.text, source: p.source, evidence: p.text }] : []), ...portalLabelValues(ctx, 'deadline')];
  for (const c of candidates) {
    const iso = deadlineIn(ctx, c.value);
    if (iso) return { value: iso, evidence: { source: c.source, text: c.evidence } };
  }
  return null;
};

/** A date at the time the page gives, with the offset of the page's country, state or province. */
const atTime = (ctx: Context, iso: string, time: TimeOfDay | null) => withTime(iso, time, ctx.country, ctx.url?.hostname ?? null, ctx.region);

/** The deadline a label's value gives: of a range, the end; with its time when it names one. */
function deadlineIn(ctx: Context, written: string): string | null {
  // "Date limite de candidature : 30/04/2026. … Les entretiens se dérouleront le 12 mai 2026.": the value's first sentence is the label's.
  const value = written.split(SENTENCE_END)[0]!;
  const m = findDates(value, { monthFirst: ctx.monthFirst }).pop();
  const iso = m ? resolveFirst(ctx, m, true) : null;
  if (!iso) return null;
  const at = atTime(ctx, iso, findTime(value.slice(0, m!.start) + ' ' + value.slice(m!.end)));
  // "Sluitingsdatum: vóór 15 maart 2026": the value itself says the day no longer counts.
  const before = at === iso && ONLY_EXCLUSIVE.test(value.slice(0, m!.start)) && !INCLUDED.test(value.slice(m!.end, m!.end + 20));
  return before ? addDays(iso, -1) : at;
}

/** A sentence's end after a year or a word, before the next one's capital; never an ordinal's dot ("15. März"). */
const SENTENCE_END = /(?<=\d{4}|[a-zà-ÿ]{3})\.\s+(?=[A-ZÀ-Ý])/;

const DEADLINE_LABELS = new Set(allOf((l) => l.labels.deadline).map((w) => w.toLowerCase()));
/**
 * A deadline's label, alone or said of the applications in a few more words ("Closing date for applications",
 * "Date limite de dépôt des candidatures"); never of internal candidates' ("Closing date for internal candidates").
 */
function isDeadlineLabel(key: string): boolean {
  if (DEADLINE_LABELS.has(key)) return true;
  // A label's words only: "Date limite de candidature : 15/03/2026" is a label and its value, no label.
  if (!isShortLabel(key, 7)) return false;
  const words = key.split(' ');
  for (let n = 1; n < words.length && n <= 3; n++) {
    if (!DEADLINE_LABELS.has(words.slice(0, n).join(' '))) continue;
    const rest = words.slice(n).join(' ');
    if (words.length - n <= 4 && hasStem(rest, APPLY) && !hasStem(rest, INTERNAL)) return true;
  }
  return false;
}

/** "Closing date\n29th September 2026", "Bewerbungsfrist: 28.09.2023". */
const fromLabel: Rule<string> = (ctx) => {
  for (const lv of labelValuesWhere(ctx, isDeadlineLabel)) {
    const iso = deadlineIn(ctx, lv.value);
    if (iso) return { value: iso, evidence: { source: 'text', text: lv.evidence } };
  }
  return null;
};

const INCLUSIVE = new RegExp(wordsPattern(allOf((l) => l.deadlineInclusive)), 'gi');
const EXCLUSIVE = new RegExp(wordsPattern(allOf((l) => l.deadlineExclusive)), 'gi');
// "pour le 27 février 2026 à 12h00 au plus tard": a time may stand between the date and the words.
const INCLUSIVE_AFTER = new RegExp(`^[\\s,]*(?:(?:à|om|um|at|,)?\\s*\\d{1,2}[h:.u]\\d{2}\\s*(?:uur|uhr|h)?\\s*,?\\s*)?${wordsPattern(allOf((l) => l.deadlineInclusiveAfter))}`, 'i');
const ONLY_EXCLUSIVE = new RegExp(`^\\s*(?:${wordsPattern(allOf((l) => l.deadlineExclusive))})\\s*$`, 'i');
const INCLUDED = /^[\s,]*\(?(?:inclus|incluse|inclusief|einschließlich|inclusive|included)\b/i;
const APPLY = allOf((l) => l.applyWords);
/** "Closes" alone says not what closes: a sentence with no other word for applying names the post. */
const APPLY_BUT_CLOSE = APPLY.filter((w) => w !== 'close');
const POSTING_WORD = /\b(?:jobs?|postings?|posts?|positions?|vacanc(?:y|ies)|roles?|recruitment|competitions?|adverts?|advertisements?|campaigns?|openings?|applicants|candidates)\b/i;
const HAS_DIGIT = /\d/;
/** What may stand between the word and its date: "op", "le", "am", a weekday, a time ("23:59", "5pm,"). */
const GAP = new RegExp(
  // "The posting closes for all other applicants on 02/20/2026": whom the date is for may stand before it.
  String.raw`^[\s:,]*(?:for\s+(?:all\s+)?(?:other\s+)?(?:external\s+|outside\s+)?(?:applicants|candidates)\s+)?(?:(?:op|le|am|on|the|den|dem|zum|du)\s+)?(?:[${LETTER}]{2,12},?\s+)?(?:(?:\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:uur|u|h|Uhr|[ap]\.?m\.?)?|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.|noon|midday)|noon|midday)\s*,?\s*(?:\(?(?:Eastern|Central|Pacific|Mountain|Atlantic|Newfoundland|Alaska|Brussels|UK|Irish)(?:\s(?:Standard|Daylight|Prevailing))?(?: Time)?\)?\s*)?(?:\(?(?:ET|MT|PT|CT|CET|CEST|GMT|BST|AEST|AEDT|ACST|AWST|NZST|NZDT|EST|EDT|PST|PDT|CST|CDT|MST|MDT)\)?\s*)?(?:on|op|le|am)?\s*)?(?:[${LETTER}]{2,12},?\s+)?$`,
  'i',
);

/** A few words and a verb between the deadline word and its date: "… for receipt of … forms is 12 noon on", "… is 3:00 p.m. MT on". */
const LOOSE_GAP = new RegExp(
  String.raw`^[^.;\d]{0,60}?\s(?:is|are|will be|ist|est|is op)\s+(?:(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:noon|midday|[ap]\.?m\.?|uur|uhr|h)|\d{1,2}:\d{2})\s*(?:\(?(?:MT|ET|CT|PT|MST|MDT|EST|EDT|CST|CDT|PST|PDT|ADT|GMT|BST|CET|CEST|UTC|AEST|AEDT|ACST|AWST|NZST|NZDT)\)?\s*)?(?:on\s+)?)?(?:(?:on|the|le|am|op)\s+)?(?:[${LETTER}]{2,12},?\s+)?$`,
  'i',
);
const INTERNAL = allOf((l) => l.internalCandidates);
/** What candidates receive by a date: an invitation, news, an answer ("een uitnodiging", "une convocation", "eine Einladung"). */
export const HEAR_BACK_AFTER = /^[^.;]{0,20}?\b(?:een (?:uitnodiging|bericht|antwoord)|uitnodiging|une (?:convocation|invitation|réponse)|eine (?:Einladung|Nachricht|Rückmeldung)|an? (?:invitation|answer|reply))\b/i;
/** "befristet bis zum 31.03.2029", "CDD jusqu'au 31/12/2027", "tijdelijk tot 30 juni": a fixed term's end, no deadline. */
const TEMPORARY = alternation(allOf((l) => [...l.contract.temporary.strong, ...l.contract.temporary.weak]));
const TERM_AFTER = new RegExp(`^[\\s,]*(?:\\([^()]{0,30}\\)\\s*)?(?:${TEMPORARY})(?![${LETTER}])`, 'i');
const TERM_ENDS = new RegExp(`(?:${TEMPORARY})[\\s,]*$`, 'i');

/** The words right after a date, up to the clause's end: "at 11:59 p.m." keeps its "p.m.", a sentence's full stop ends it. */
function clauseAfter(text: string, from: number): string {
  return text.slice(from, from + 45).replace(AM_PM, '$1m').split(/[;.](?!\d)/)[0]!;
}
const AM_PM = new RegExp(String.raw`(?<![${LETTER}])([ap])\.m\.?`, 'gi');

/** The deadline one sentence states, if it states one: a deadline word, then its date. */
export function deadlineInSentence(ctx: Context, text: string): string | null {
  // Every date has a digit: most sentences have none and skip the stem pattern, which costs on a fresh page.
  if (!HAS_DIGIT.test(text) || !hasStem(text, APPLY)) return null;
  // "City Hall customer service counters will close at noon on Friday, March 13": what closes must be the post.
  if (!hasStem(text, APPLY_BUT_CLOSE) && !POSTING_WORD.test(text)) return null;
  const dates = findDates(text, { monthFirst: ctx.monthFirst });
  if (dates.length === 0) return null;
  for (const [re, shift] of [
    [INCLUSIVE, 0],
    [EXCLUSIVE, -1],
  ] as const) {
    for (const w of text.matchAll(re)) {
      if (TERM_ENDS.test(text.slice(Math.max(0, w.index - 48), w.index))) continue;
      const end = w.index + w[0].length;
      // "Closing date for receipt of completed application forms is 12 noon on Thursday, 26th February 2026".
      const d = dates.find((x) => x.start >= end && (GAP.test(text.slice(end, x.start)) || LOOSE_GAP.test(text.slice(end, x.start))));
      if (!d) continue;
      // "Die Stelle ist bis zum 30.04.2029 befristet": the term's end, said after its date.
      if (TERM_AFTER.test(text.slice(d.end, d.end + 40))) continue;
      // "… krijgen uiterlijk op 18 maart een uitnodiging voor de mondelinge proef": when candidates hear back, not when they apply.
      if (HEAR_BACK_AFTER.test(text.slice(d.end, d.end + 60))) continue;
      const iso = resolveFirst(ctx, d);
      if (!iso) continue;
      // A time between the word and the date or right after it: "ten laatste op 9 februari 2026 om 23.59 uur".
      const time = findTime(`${text.slice(end, d.start)} ${clauseAfter(text, d.end)}`);
      const at = atTime(ctx, iso, time);
      if (at !== iso) return at;
      // "avant le 15 mars 2026 inclus": the day itself still counts.
      const included = INCLUSIVE_AFTER.test(text.slice(d.end, d.end + 36)) || INCLUDED.test(text.slice(d.end, d.end + 20));
      return shift && !included ? addDays(iso, shift) : iso;
    }
  }
  // "Les candidatures doivent nous parvenir pour le 27 février 2026 au plus tard".
  const after = dates.find((d) => INCLUSIVE_AFTER.test(text.slice(d.end, d.end + 36)));
  const iso = after ? resolveFirst(ctx, after) : null;
  return iso ? atTime(ctx, iso, findTime(clauseAfter(text, after!.end))) : null;
}

/** The short line right before `line` (a row's label or a heading) speaks of internal candidates. */
function labelledInternal(ctx: Context, line: TextLine): boolean {
  const at = ctx.lines.indexOf(line);
  const before = at > 0 ? ctx.lines[at - 1]! : null;
  return before !== null && before.text.length <= 60 && hasStem(before.text, INTERNAL);
}

/** A sentence that opens by pointing back to the group the one before named: "Zij …", "Voor die kandidaturen …", "For these applicants …". */
const FIRST_CONSIDERATION = /\bfirst (?:consideration|review)\b|\bopen until (?:filled|the position is filled)\b/i;
const FOR_THEM = /^(?:zij|ze|they|ils|elles|sie|these|(?:voor|for|pour|für)\s+(?:hen|them|eux|sie|die|deze|those|these|ces|diese|dieser|diesen))\b/i;

/** "Solliciteer ten laatste 1 februari 2026", "Bewerben Sie sich bis zum 3. September 2023". */
const fromSentence: Rule<string> = (ctx) => {
  for (let i = 0; i < ctx.sentences.length; i++) {
    const s = ctx.sentences[i]!;
    // "Deze vacature staat eerst open voor rijksmedewerkers … Zij kunnen reageren tot en met 10 februari":
    // a deadline for a restricted group first is not everyone's.
    // "… via de mobiliteitscyclus 2026-02. Voor die kandidaturen is de uiterste datum 27 februari 2026." too.
    if (i > 0 && hasStem(ctx.sentences[i - 1]!.text, INTERNAL) && FOR_THEM.test(s.text)) continue;
    // "Applications received by March 9 will receive first consideration; the position will remain open until filled":
    // a date to be read first by, no closing.
    if (FIRST_CONSIDERATION.test(s.text)) continue;
    if (hasStem(s.text, INTERNAL)) {
      // "… via le cycle de mobilité (date limite : 06/03/2026) ; les candidats externes postulent … au plus tard le
      // 31 mars 2026": a clause of its own, set off by a semicolon, that names no internal group is everyone's.
      for (const clause of s.text.split(/\s*;\s+/).slice(1)) {
        const iso = hasStem(clause, INTERNAL) ? null : deadlineInSentence(ctx, clause);
        if (iso && !underInternalHeading(ctx, s.line)) return { value: iso, evidence: { source: 'text', text: s.text } };
      }
      continue;
    }
    // "Interne kandidaten | solliciteren tot en met 6 februari": the row's label says whose deadline it is.
    if (s.start === s.line.start && labelledInternal(ctx, s.line)) continue;
    // "Interne kandidaten en mobiliteit. Deze betrekking … Personeelsleden … uiterlijk op 13 februari": a run-in heading
    // opening the paragraph says whose its dates are.
    if (runInInternal(ctx, i)) continue;
    // "Solliciteren (extern) | tot en met zondag 1 maart 2026": a row's value read with its label, as one says it.
    const iso = deadlineInSentence(ctx, s.text) ?? deadlineInSentence(ctx, withLabel(ctx, s));
    // Under a heading "Interne kandidaten", "Internal applicants": the whole section is theirs.
    if (iso && !underInternalHeading(ctx, s.line)) return { value: iso, evidence: { source: 'text', text: s.text } };
  }
  return null;
};

/** The paragraph's first sentence is a short run-in heading about internal candidates ("Interne kandidaten en mobiliteit."). */
function runInInternal(ctx: Context, at: number): boolean {
  const line = ctx.sentences[at]!.line;
  let first = at;
  while (first > 0 && ctx.sentences[first - 1]!.line === line) first--;
  const lead = ctx.sentences[first]!;
  return first < at && lead.text.length <= 60 && hasStem(lead.text, INTERNAL);
}

/** The heading of the section `line` is in speaks of internal candidates. */
function underInternalHeading(ctx: Context, line: TextLine): boolean {
  for (let i = ctx.lines.indexOf(line) - 1; i >= 0; i--) {
    const l = ctx.lines[i]!;
    if (HEADING.test(l.block)) return l.text.length <= 60 && hasStem(l.text, INTERNAL);
  }
  return false;
}

/** "Solliciteren | ten laatste op zondag 1 maart 2026 om 23.59 uur": a row's value read with its label, as one says it. */
function withLabel(ctx: Context, s: Sentence): string {
  const at = s.start === s.line.start ? ctx.lines.indexOf(s.line) : -1;
  const label = at > 0 ? ctx.lines[at - 1]! : null;
  // "Closing Date: February 24, 2026" above "Last Modified: …, 9:14 am" is a statement of its own, no label of the next line.
  return label && label.text.length <= 40 && !/\d/.test(label.text) ? `${label.text} ${s.text}` : '';
}

const ON_THE_DEADLINE = new RegExp(alternation(allOf((l) => l.onTheDeadline)), 'i');

/**
 * A label that gives the day only, and a sentence that gives the same day with its time, or the time
 * alone "on the Application Deadline shown above".
 */
function timeFromSentences(ctx: Context, found: Found<string>): Found<string> {
  if (found.value.length > 10) return found;
  // "Date limite de candidature | 31/03/2026" in the facts, "Date limite de candidature : mardi 31 mars 2026 à 17h00"
  // in the text: another labelled statement of the same day may give its time.
  for (const lv of labelValuesWhere(ctx, isDeadlineLabel)) {
    const at = deadlineIn(ctx, lv.value);
    if (at && at.length > 10 && at.slice(0, 10) === found.value) return { value: at, evidence: found.evidence };
  }
  for (const s of ctx.sentences) {
    const at = deadlineInSentence(ctx, s.text) ?? deadlineInSentence(ctx, withLabel(ctx, s));
    if (at && at.length > 10 && at.slice(0, 10) === found.value) return { value: at, evidence: found.evidence };
  }
  for (const s of ctx.sentences) {
    if (!ON_THE_DEADLINE.test(s.text) || !hasStem(s.text, APPLY)) continue;
    // "… until 11:59 p.m. Central Time on the closing date, 03/09/2026": a date the sentence names is that day.
    const days = findDates(s.text, { monthFirst: ctx.monthFirst }).map((d) => resolveFirst(ctx, d));
    if (days.some((d) => d !== found.value)) continue;
    const at = atTime(ctx, found.value, findTime(s.text));
    if (at !== found.value) return { value: at, evidence: found.evidence };
  }
  return found;
}

export function extractDeadline(ctx: Context): Found<string> | null {
  // The same day declared with a time the text leaves out is no conflict: the text's reading stands.
  const found = declaredAndVisible(ctx, [fromJsonLd], [fromPortal, fromLabel, fromSentence], {
    same: (d: string, v: string) => d.slice(0, 10) === v.slice(0, 10),
    show: (d: string) => d,
  });
  return found ? timeFromSentences(ctx, found) : null;
}

