/**
 * Pay, read only from sentences or labels about pay ("salarisschaal", "bruto maandsalaris", "Gehalt",
 * "salaire", "salary"): an amount elsewhere ("Maaltijdcheques van € 8 per gewerkte dag") is not pay.
 */
import type { Salary } from '../../model/facts';
import type { Context, Found, Rule } from '../context';
import type { TextLine } from '../text';
import { DIGIT, LETTER, LOWER } from '../chars';
import { declaredAndVisible, hasStem, hasWord, labelValues, labelValuesWhere, stemsPattern } from '../context';
import { allOf, alternation } from '../locales';
import { findMoney } from '../money';
import { declared, DRIVING_LICENCE, portalLabelValues } from './common';
import { HOURS_PER_WEEK } from './contract';

const SALARY_STEMS = allOf((l) => l.salaryStems);
const SALARY_WORDS = allOf((l) => l.salaryWords);
const SCALE_WORDS = allOf((l) => l.scaleWords);
const GROSS = allOf((l) => l.grossWords);
const NET = allOf((l) => l.netWords);
const PERIODS = (['hour', 'day', 'week', 'month', 'year'] as const).map((p) => ({
  period: p,
  re: new RegExp(stemsPattern(allOf((l) => l.period[p])), 'gi'),
}));

/** Scale notations: "B1", "B1-B3", "B111", "11", "E 9a", "A9g - A11", "GS-12", "AD 5". */
/** A sub-step after a dot stays part of it: "C1.1" (Belgian police scales). */
/** "B1", "A 11", "C1.1", "GS-12"; never an amount's currency ("Lohnband CHF 82'300") nor a standard ("la classification CIM-10", "ISO 9001"). */
const LETTERED_TOKEN = String.raw`(?!(?:CHF|EUR|USD|GBP|CAD|AUD|NZD|CIM|ICD|ISO|DIN|IEC|NF)[ -]?\d)[A-Z]{1,3}[ -]?\d{1,3}[a-z]?(?:\.\d{1,2}(?!\d))?`;
const SCALE_TOKEN = String.raw`(?:${LETTERED_TOKEN}|\d{1,2}[a-z]?)`;
const SCALE_AFTER_WORD = new RegExp(
  // The word ends where the notation starts: "classes 14" is no "classe" and a scale "s 14".
  String.raw`(?<![${LETTER}])(${[...SCALE_WORDS].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![${LETTER}])\s*:?\s*(${SCALE_TOKEN}(?:\s?[-–]\s?${SCALE_TOKEN}|\s(?:à|bis|tot|to)\s\d{1,2}[a-z]?|\/\d{1,2}(?!\/|\d|\.\d))?)(?![${LETTER}${DIGIT}])`,
  'i',
);
const LETTER_GRADE = /\bGrade [A-H](?=[\s,:;)]|$)/;
/** A class or level of posts ("classe A1", "niveau B"), which a pay scale named after it details. */
const CLASS_WORD = /^(?:classe|klasse|niveau|level|rang)$/i;
/** A scale of pay: "échelle de traitement A11", "weddeschaal B1-B3", "pay scale". */
const PAY_SCALE_WORD = /échelle|barème|schaal|scale/i;
/** Collective-agreement grades that name themselves: "TVöD-VKA E 11", "TV-L E 10", "GS-12". */
/** EU contract agents' function groups too: "FG IV". */
const SELF_NAMED_SCALE = /\b((?:TV(?:öD|-?L|-?H|-?AVH|-?V)?(?:-[A-Z]+)?\s?E\s?\d{1,2}[a-z]?)(?:\s?[-–]\s?TV\S*\s?E\s?\d{1,2}[a-z]?)?|GS-\d{1,2}|(?:Pay\s)?Band\s\d[a-z]?|APS\s?[1-6]|EL\s?[12]|FG\s?(?:IV|III|II|I))\b/u;

interface Reading {
  salary: Salary;
  evidence: string;
  hasAmount: boolean;
}

/** "14 x jährlich", "14-mal jährlich", "14 mal im Jahr", "13 fois par an": the number of payments a year. */
const TIMES_A_YEAR = /\b1[2-5]\s*(?:x|×|-?mal|fois)\s*(?:jährlich|im jahr|pro jahr|par an|per jaar|a year)/gi;

/** The period word nearest the amount; one right after it ("2 600 € brut mensuel") beats one before. */
const OTHER_AMOUNTS_BRACKET = /\([^()]*[€£$][^()]*\)/g;


function periodNear(raw: string, at: number, end: number): Salary['period'] {
  // "€ 3.412,60 brutto monatlich (14 x jährlich)": how many times a year a monthly pay is paid names no period.
  // "an annual salary of £28,920 - £29,962 (£14.99 - £15.53 per hour)": the bracket's period is its own amounts'.
  const text = raw
    .replace(TIMES_A_YEAR, (m) => ' '.repeat(m.length))
    // "… tussen € 4.236 en € 6.339 bij 36 uur per week": the week is the hours', not the pay's.
    .replace(HOURS_PER_WEEK, (m) => ' '.repeat(m.length))
    .replace(OTHER_AMOUNTS_BRACKET, (m, offset: number) => (offset <= at && at < offset + m.length ? m : ' '.repeat(m.length)));
  let best: { period: Salary['period']; distance: number } | null = null;
  for (const { period, re } of PERIODS) {
    for (const m of text.matchAll(re)) {
      const distance = m.index >= end && m.index - end <= 40 ? m.index - end : Math.abs(m.index - at) + 40;
      if (!best || distance < best.distance) best = { period, distance };
    }
  }
  return best?.period ?? null;
}

/** A scale in brackets after an amount: "£32,061 - £35,412 per annum (HC07)". */
const BRACKETED_SCALE = new RegExp(String.raw`\((${LETTERED_TOKEN}(?:\s?[-–]\s?${LETTERED_TOKEN})?)\)`);

/** The collective agreement right after a grade: " TVöD-VKA", " (TV-L)", " des TVöD". */
const AGREEMENT_AFTER = new RegExp(String.raw`^\s*(?:\(|der\s+|des\s+|nach\s+(?:dem\s+)?)?(TVöD(?:\s?-\s?(?:VKA|Bund|V|SuE)|\s\((?:VKA|Bund)\)|\s(?:VKA|Bund)(?![${LETTER}]))?|TV-?L|TV-?H|TV-?AVH)(?![${LETTER}])`, 'u');

/** "FG IV", "FGIII", "function group III": an EU contract agent's function group. */
const FUNCTION_GROUP = /\b(?:FG|[Ff]unction [Gg]roup)\s?(IV|III|II|I)\b/;

/** The collective agreement right before a grade: "nach TVöD-VKA, Entgeltgruppe 10". */
const AGREEMENT_BEFORE = new RegExp(String.raw`(?<![${LETTER}])(TVöD(?:-(?:VKA|Bund))?|TV-L|TV-H)\s*,?\s*$`, 'u');

/**
 * "Besoldungsgruppe A 10 NBesG bzw. Entgeltgruppe 9c TVöD-VKA", "Besoldung nach A 10 SHBesG bzw. Entgelt nach
 * Entgeltgruppe 10 TVöD-VKA": a German post open to civil servants and employees names both scales.
 */
const SECOND_SCALE = /\s(?:bzw\.|beziehungsweise|oder|\/)\s+(?:(?:Entgelt|Vergütung|Besoldung)\s+)?(?:(?:in|nach|bis)\s+)?(?=(?:Besoldungsgruppe|Entgeltgruppe|BesGr\.?|EG)\s|[AE]\s?\d{1,2}\b)/;

function scaleIn(text: string): string | null {
  const second = SECOND_SCALE.exec(text);
  if (second) {
    const a = oneScaleIn(text.slice(0, second.index));
    const b = oneScaleIn(text.slice(second.index + second[0].length));
    if (a && b && a !== b) return `${a} / ${b}`;
  }
  return oneScaleIn(text);
}

const SCHOOL_GRADE = /^grade\s(?:1[0-2]|9)\b(?=[^.;]{0,80}\b(?:diploma|education|graduat|equivalen|GED|high school|secondary|certificat|supplemented|completion|mathematics|English)\b)|^grade\s(?:1[0-2]|9)\s(?:or|and)\s/i;

/**
 * "Besoldungsgruppe A 11 LBesO oder … Entgeltgruppe 11 TVöD-VKA", "Entgeltgruppe 11 TV-L bzw. … Besoldungsgruppe A 11":
 * one sentence that names a civil servant's grade and an employee's group gives both, in its order.
 */
const CIVIL_GRADE_IN = /Besoldungsgruppe\s+([AB])\s?(\d{1,2})(?!\d)/u;
const EMPLOYEE_GROUP_IN = /Entgeltgruppe\s+\d{1,2}[a-c]?\s+(?:TVöD|TV-?L|TV-?H)(?:[\s-]*\(?(?:VKA|Bund)\)?)?/u;
function bothScalesIn(text: string): string | null {
  const civil = CIVIL_GRADE_IN.exec(text);
  const group = civil ? EMPLOYEE_GROUP_IN.exec(text) : null;
  if (!civil || !group) return null;
  const employee = agreementFirst(group[0].replace(/[\s-]*\((VKA|Bund)\)/, '-$1'));
  if (!employee.startsWith('TV')) return null;
  const grade = `${civil[1]}${civil[2]}`;
  return civil.index < group.index ? `${grade} / ${employee}` : `${employee} / ${grade}`;
}

function oneScaleIn(text: string): string | null {
  const both = text.includes('Besoldungsgruppe') ? bothScalesIn(text) : null;
  if (both) return both;
  // "FG IV, grade 13": an EU contract agent's function group is the scale, its grade a step in it.
  const group = FUNCTION_GROUP.exec(text);
  if (group) return `FG ${group[1]}`;
  const lead = LEADING_SCALE.exec(text);
  // "C1.1 – traitement annuel brut indexé de …": a value that opens with its scale.
  if (lead) return lead[1]!;
  let m = SCALE_AFTER_WORD.exec(text);
  // "dans la classe A1 avec l'échelle de traitement A11": the class is the level, the scale comes after it.
  if (m && CLASS_WORD.test(m[1]!)) {
    const later = SCALE_AFTER_WORD.exec(text.slice(m.index + m[0].length));
    if (later && PAY_SCALE_WORD.test(later[1]!)) m = later;
  }
  // "Grade 12, supplemented by a certificate", "Grade 12 diploma": a school year completed (Canada, the US), no pay grade.
  if (m && SCHOOL_GRADE.test(text.slice(m.index))) m = null;
  // "Permis de conduire de classe 5", "rijbewijs categorie C": a driving licence's class, no pay class.
  if (m && DRIVING_LICENCE.test(text.slice(Math.max(0, m.index - 30), m.index))) m = null;
  if (m) {
    const word = m[1]!.replace(/\s+/g, ' ');
    const scale = m[2]!.replace(/\s+/g, ' ').trim();
    // A bare number is the scale after "schaal"; after "Grade", "Band", "Scale" or "Entgeltgruppe" the word
    // is part of the name ("Grade 7").
    // "Entgeltgruppe 9a TVöD-VKA", "EG 11 TV-L": the grade in the agreement's own notation, "TVöD-VKA E 9a".
    // "nach TVöD-VKA, Entgeltgruppe 10": the agreement may come first.
    const agreement = /^(?:E\s?)?\d/.test(scale) ? (AGREEMENT_AFTER.exec(text.slice(m.index + m[0].length)) ?? AGREEMENT_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index))) : null;
    if (agreement && /entgelt/i.test(word)) return agreementFirst(`${/^\d/.test(scale) ? 'E ' : ''}${scale} ${agreement[1]}`);
    // "Besoldungsgruppe A 11": the grade as the corpus writes it, "A11".
    if (/^[ABRW]\s\d{1,2}$/.test(scale)) return scale.replace(' ', '');
    // "classes 14 à 15": a range of numbered classes is written "14-15".
    const range = /^(\d{1,2}[a-z]?)\s?(?:[-–]|à|bis|tot|to)\s?(\d{1,2}[a-z]?)$/.exec(scale);
    if (range && /klasse|classe/i.test(word)) return `${range[1]}-${range[2]}`;
    // English keeps its word ("Scale 5", "Pay Scale 29"); Dutch and French name the number alone ("schaal 11" is "11").
    return /^\d/.test(scale) && !/schaal|échelle|barème/i.test(word) ? `${word} ${scale}` : scale;
  }
  const self = SELF_NAMED_SCALE.exec(text);
  if (self) return agreementFirst(self[1]!.replace(/\s+/g, ' ').trim());
  // "Grade G, SCP 18 – 22: £33,366 – £36,124": a UK council's grade by its letter, beside its pay ("Grade D in five
  // subjects" is an exam's).
  const lettered = HAS_CURRENCY.test(text) ? LETTER_GRADE.exec(text) : null;
  if (lettered) return lettered[0];
  const bracketed = BRACKETED_SCALE.exec(text);
  // "€71,950 (LSI 1) – €74,362 (LSI 2)", "€80,593 (LSI 1) and €82,706 (LSI 2)": a bracket between the points of a pay
  // list marks a step, not the scale.
  if (!bracketed || /^\s*(?:[–-]|,|and|&|et|en|und)\s*[€$£]/.test(text.slice(bracketed.index + bracketed[0].length))) return null;
  // "… – €74,362 (LSI 2) per annum": the last point of such a list is marked the same way.
  if (/[–-]\s*[€$£]\s?[\d.,]+\s*$/.test(text.slice(Math.max(0, bracketed.index - 30), bracketed.index))) return null;
  return bracketed[1]!;
}

function dollarOf(ctx: Context): string {
  return ctx.country === 'ca' ? 'CAD' : ctx.country === 'au' ? 'AUD' : ctx.country === 'nz' ? 'NZD' : 'USD';
}

/** Read one pay sentence; null when it states neither an amount nor a scale. */
/** An amount right after an allowance word is paid on top of the salary: "une prime de 310 €", "car allowance of £2,000". */
// "IFSE groupe B2 : 310 €": the allowance's group and a colon may stand between the word and its amount.
// "IFSE groupe B2 de 380 €": a group's code (a letter and a digit) may stand there too.
const ALLOWANCE_BEFORE = new RegExp(`${stemsPattern(allOf((l) => l.allowanceWords))}(?:(?:[^.;:€£$\\d]|(?<=[A-Z])\\d){0,30}|\\s+[^.;€£$]{0,12}:\\s*)$`, 'i');

/** "The total remuneration package is valued at up to $113,644 per annum": the package's value, salary and super together. */
const PACKAGE_BEFORE = /(?:total|overall)\s+(?:remuneration\s+|reward\s+|compensation\s+)?package[^.;€£$\d]{0,45}$/i;

/** "(IFSE groupe 3, montant annuel de référence de 7 800 € …)": an amount inside a bracket that an allowance opens is the allowance's. */
const IN_ALLOWANCE_BRACKET = new RegExp(`\\(\\s*${stemsPattern(allOf((l) => l.allowanceWords))}[^()]*$`, 'i');

/**
 * "$2,728.04 to $3,581.78 bi-weekly ($71,201 - $93,484/year)": pay per fortnight or per pay period is
 * in no period the facts know, and the same pay is mostly also given in one they do: read only when it is not.
 */
/** Periods the facts do not know: "Bi-Weekly", "per fortnight", "every two weeks", "per pay period". */
const OTHER_PERIODS = String.raw`bi-?weekly|fortnightly|(?:per|a|each) fortnight|every (?:two|2) weeks|per (?:2|two) weeks|per (?:pay )?period|semi-?monthly|twice (?:a|per) month|(?:par|per) quinzaine|vierzehntäglich`;
const OTHER_PERIOD_AFTER = new RegExp(`^\\s*(?:\\)\\s*)?(?:${OTHER_PERIODS})`, 'i');

/** Only a dash, or a step's mark in brackets and a dash, between two points of a pay list. */
const LIST_GAP = /^\s*(?:\([^()]{1,20}\)\s*)?[–-]\s*$/;

/**
 * The last point of a pay list that starts with the first amount: "€55,883 – €57,318 – €58,752 –
 * … – €74,362 (LSI 2) per annum" runs from its first point to its last, not to its second.
 */
function lastOfList<M extends { start: number; end: number; max: number; currency: string }>(text: string, money: readonly M[]): M {
  let last = money[0]!;
  for (const next of money.slice(1)) {
    if (next.currency !== last.currency || !LIST_GAP.test(text.slice(last.end, next.start)) || next.max < last.max) break;
    last = next;
  }
  return last;
}

const OTHERS_BEFORE = /(?:\bwith|alongside|supporting|supervising|managing|leading|supported by|assisted by|met|avec|mit)\s+(?:the\s+|a\s+|our\s+|de\s+|les\s+|den\s+)?(?:team of\s+)?$/i;

export function readSalarySentence(text: string, dollar = 'USD'): Salary | null {
  const pay = findMoney(text, dollar).filter(
    (m) => m.max > 0 && !ALLOWANCE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) && !IN_ALLOWANCE_BRACKET.test(text.slice(Math.max(0, m.start - 90), m.start)) && !PACKAGE_BEFORE.test(text.slice(Math.max(0, m.start - 70), m.start)),
  );
  const inKnownPeriod = pay.filter((m) => !OTHER_PERIOD_AFTER.test(text.slice(m.end, m.end + 24)));
  // "Salary Range: $2,875.58 - $3,594.47 Bi-Weekly" and nothing else: the pay as given, in no period the facts know.
  const otherPeriodOnly = inKnownPeriod.length === 0 && pay.length > 0;
  const money = otherPeriodOnly ? pay : inKnownPeriod;
  const named = scaleIn(text);
  // "working closely with the Band 3 booking clerks": the grade of the people the post works with.
  const scale = named && OTHERS_BEFORE.test(text.slice(Math.max(0, text.indexOf(named) - 40), text.indexOf(named))) ? null : named;
  const first = money[0];
  if (!first && !scale) return null;
  if (!first) return { scale, min: null, max: null, currency: null, period: null, gross: null };
  const gross = hasStem(text, GROSS);
  const net = hasWord(text, NET);
  // "maximaal € 4.837 ..., bij aanvang minimaal € 3.208": the two ends stated apart.
  const other = first.bound ? money.find((m) => m.bound && m.bound !== first.bound && m.currency === first.currency) : undefined;
  // "€ 36.402,18 bij de start … en loopt op tot € 56.894,37 (maximum van de schaal)": a later amount named the top.
  const top = first.bound ? undefined : money.find((m) => m !== first && m.bound === 'max' && m.currency === first.currency && m.max > first.max);
  const lower = first.bound === 'max' ? (other?.min ?? null) : first.min;
  const upper = first.bound === 'min' ? (other?.max ?? null) : (top?.max ?? lastOfList(text, money).max);
  return {
    scale,
    min: lower,
    max: upper,
    currency: first.currency,
    period: otherPeriodOnly ? null : periodNear(text, first.start, first.end),
    gross: gross && !net ? true : net && !gross ? false : null,
  };
}

const LONG_SCALE_WORDS = SCALE_WORDS.filter((w) => w.length > 6);
/** Short scale words ("schaal", "grade") count as whole words only, never inside another word. */
const SHORT_SCALE_WORDS = SCALE_WORDS.filter((w) => w.length <= 6);

/** "($92,608.59 – $97,297.12 per annum) plus 12% superannuation": what is paid on top is named only beside the pay. */
const PAID_ON_TOP = { test: (text: string) => text.search(ON_TOP) >= 0 };

function isAboutPay(text: string): boolean {
  return hasStem(text, SALARY_STEMS) || hasWord(text, SALARY_WORDS) || hasStem(text, LONG_SCALE_WORDS) || hasWord(text, SHORT_SCALE_WORDS) || PAID_ON_TOP.test(text);
}

const fromJsonLd: Rule<Salary> = (ctx) => {
  const s = ctx.jobPosting?.salary;
  // Placeholders such as a salary of 0 per hour are no salary.
  if (!s || !s.max || !s.currency || !/^[A-Z]{3}$/.test(s.currency)) return null;
  const unit = (s.unit ?? '').toUpperCase();
  const period = ({ HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' } as const)[unit as 'HOUR'] ?? null;
  const value: Salary = { scale: null, min: s.min ?? s.max, max: s.max, currency: s.currency, period, gross: null };
  const written = `${s.currency} ${s.min ?? ''}${s.min !== s.max ? ` - ${s.max}` : ''}${unit ? ` ${unit}` : ''}`;
  return declared(ctx, ctx.declaredBy, value, written, null);
};

const showSalary = (s: Salary) => `${s.currency ?? ''} ${s.min ?? ''}${s.max !== s.min ? ` - ${s.max}` : ''}${s.period ? ` / ${s.period}` : ''}`.trim();

/**
 * Declared amounts and the text's agree when the text states none (a scale only) or the same ones;
 * the text's scale and gross then complete the declared amounts.
 */
const salaryBoth = {
  same: (d: Salary, v: Salary) => (v.min === null && v.max === null) || (v.min === d.min && v.max === d.max && v.currency === d.currency),
  show: showSalary,
  merge: (d: Salary, v: Salary): Salary => ({
    scale: v.scale ?? d.scale,
    min: v.min ?? d.min,
    max: v.max ?? d.max,
    currency: v.currency ?? d.currency,
    period: v.period ?? d.period,
    gross: v.gross ?? d.gross,
  }),
};

let longPayLabel: RegExp | undefined;
/**
 * A pay label and the words that qualify it, after or before it: "Traitement annuel brut", "Bruto maandsalaris
 * indicatief", "Annual salary (gross)", "Basic monthly gross salary". Compiled on first use.
 */
const LONG_PAY_LABEL = {
  test: (s: string) => {
    if (!longPayLabel) {
      const labels = alternation(allOf((l) => l.labels.salary).filter((w) => w.length > 4));
      longPayLabel = new RegExp(`^(?:(?:${labels})\\s[^.:!?]{3,40}|(?:[A-Za-z]+\\s){1,3}(?:${labels}))$`, 'i');
    }
    return longPayLabel.test(s);
  },
};

const GRADE_BEFORE_AMOUNTS = /^([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,4}):\s*(?:[€£$]|EUR|GBP|USD|CAD|AUD)/;

/** Pay labels and pay sentences of the content, in page order. */
function readings(ctx: Context): Reading[] {
  const out: Reading[] = [];
  const dollar = dollarOf(ctx);
  for (const lv of [...portalLabelValues(ctx, 'salary'), ...labelValues(ctx, allOf((l) => l.labels.salary))]) {
    // A value without amounts is the scale as written: "A7 - A8 / TV-L E 5 - TV-L E 8", "Higher Executive Officer".
    const read = readSalarySentence(lv.value, dollar);
    // A grade in words ("Higher Executive Officer") is a scale in English; elsewhere it names a rank ("grade d'infirmier").
    // A US "Classification" is the post's class by its name ("Rental Housing Inspector"); only a code there is a scale ("EC-04").
    const words = GRADE_LABEL.test(lv.label) && !/^classification$/i.test(lv.label.trim()) && (ctx.language === 'en' || ctx.language === null);
    // "Besoldungsgruppe A 10 NBesG bzw. Entgeltgruppe 9c TVöD": both scales, each in its own notation.
    const both = read?.scale && SECOND_SCALE.test(lv.value) && read.scale.includes(' / ');
    const withAmounts = read && (read.min !== null || read.max !== null) ? withLabelTerms(read, lv.label, lv.value) : null;
    // "Salary Scale | Administrative Officer: €44,516 – €62,810 per annum": a grade in words named before its amounts.
    const named = withAmounts && !withAmounts.scale && /scale|grade|band/i.test(lv.label) && (ctx.language === 'en' || ctx.language === null) ? GRADE_BEFORE_AMOUNTS.exec(lv.value)?.[1] : undefined;
    const found = withAmounts ? (named ? { ...withAmounts, scale: named } : withAmounts) : both ? read : (labelScale(lv.value, words) ?? read);
    // "Grade" / "5/6": under an English grade's label a bare number is the grade, named as the corpus writes it ("Grade 5/6").
    const salary = found && found.scale && BARE_GRADE.test(found.scale) && GRADE_NAMING_LABEL.test(lv.label.trim()) ? { ...found, scale: `${lv.label.trim()} ${found.scale}` } : found;
    if (salary) out.push({ salary, evidence: lv.evidence, hasAmount: salary.min !== null || salary.max !== null });
  }
  // "Traitement annuel brut indexé" / "de 44.349,56 € à 68.722,90 €": a pay label that says its period and
  // gross in more words, on its own line, over amounts.
  ctx.lines.forEach((l, i) => {
    const next = ctx.lines[i + 1];
    if (!next || l.text.length > 50 || !HAS_CURRENCY.test(next.text) || /\d/.test(l.text) || !LONG_PAY_LABEL.test(l.text.trim())) return;
    const read = readSalarySentence(next.text, dollar);
    if (read && read.min !== null) out.push({ salary: withLabelTerms(read, l.text, next.text), evidence: `${l.text}\n${next.text}`, hasAmount: true });
  });
  for (const lv of labelValuesWhere(ctx, isCompoundLabel)) {
    const scale = compoundScale(lv.label, lv.value);
    if (scale) out.push({ salary: { scale, min: null, max: null, currency: null, period: null, gross: null }, evidence: lv.evidence, hasAmount: false });
  }
  // "Niveau | C1-C3": a level's row that gives the range of grades names the scale as well.
  for (const lv of labelValues(ctx, LEVEL_LABELS)) {
    const value = lv.value.trim();
    if (SCALE_RANGE.test(value)) out.push({ salary: { scale: value, min: null, max: null, currency: null, period: null, gross: null }, evidence: lv.evidence, hasAmount: false });
  }
  let payLine: TextLine | null = null;
  for (const s of ctx.sentences) {
    // "Rémunération statutaire + régime indemnitaire. À titre indicatif, à partir de 2 150 € brut mensuel": the
    // paragraph that speaks of pay goes on about it in its next sentence.
    const continued = payLine === s.line && HAS_CURRENCY.test(s.text);
    if (!isAboutPay(s.text) && !continued) {
      payLine = null;
      continue;
    }
    payLine = s.line;
    const table = /:\s*$/.test(s.text) ? tableAfter(ctx, s.line, s.text, dollar) : null;
    if (table) {
      out.push(table);
      continue;
    }
    const salary = readSalarySentence(s.text, dollar);
    if (salary) out.push({ salary, evidence: s.text, hasAmount: salary.min !== null || salary.max !== null });
  }
  // Last: amounts no pay word introduces.
  ctx.lines.forEach((l, i) => {
    const salary = l.text.length <= 60 && HAS_CURRENCY.test(l.text) ? bareAmounts(l.text, dollar) : null;
    if (!salary) return;
    // "EG-05", then "Indeterminate", then the amounts: a classification alone on a short line just above
    // is the one the amounts pay (GC Jobs prints its header so).
    const at = [i - 1, i - 2].find((k) => k >= 0 && LETTERED_SCALE.test(ctx.lines[k]!.text.trim()));
    const between = at === undefined ? [] : ctx.lines.slice(at, i);
    if (salary.scale === null && at !== undefined && between.every((b) => b.text.length <= 40)) {
      out.push({ salary: { ...salary, scale: ctx.lines[at]!.text.trim() }, evidence: between.map((b) => b.text).concat(l.text).join('\n'), hasAmount: true });
    } else out.push({ salary, evidence: l.text, hasAmount: true });
  });
  return out;
}

/** Every amount has its currency: most short lines (dates, phone numbers) have none and skip the money patterns. */
const HAS_CURRENCY = /[€£$]|\b(?:EUR|CHF|CAD|AUD|USD|GBP|NZD|Fr\.|euros?)\b/i;
/** "… per annum plus 12% superannuation": what is paid on top, named after the pay. */
const ON_TOP = /\b(?:plus|excl\.?|excluding|incl\.?|including)\s+(?:\d{1,2}(?:\.\d{1,2})?\s?%\s+)?(?:super(?:annuation)?|pension|benefits)\b/gi;
const JOINERS = /\b(?:to|tot|bis|à|au|and|en|und|et)\b|[-–—()\s,.:/]/gi;

/**
 * "$78,130 to $90,104 (annually)": a line of nothing but amounts and their period, as a posting's header
 * prints its pay without a word for it. A range or a period is needed: one bare amount says too little.
 */
function bareAmounts(text: string, dollar: string): Salary | null {
  const money = findMoney(text, dollar).filter((m) => m.max > 0);
  if (money.length === 0) return null;
  let rest = text;
  for (const m of [...money].reverse()) rest = rest.slice(0, m.start) + rest.slice(m.end);
  const periods = PERIODS.filter(({ re }) => rest.search(re) >= 0);
  for (const { re } of periods) rest = rest.replace(re, '');
  if (rest.replace(ON_TOP, '').replace(JOINERS, '') !== '') return null;
  const read = readSalarySentence(text, dollar);
  return read && read.min !== null && (read.max !== read.min || read.period !== null) ? read : null;
}

/**
 * A pay table by seniority under a sentence that announces it ("... hangt af van je anciënniteit:"):
 * the lowest and the highest amount of the lines that follow, up to the next heading.
 */
function tableAfter(ctx: Context, line: TextLine, intro: string, dollar: string): Reading | null {
  const at = ctx.lines.indexOf(line);
  const amounts: { min: number; max: number; currency: string }[] = [];
  const rows: { min: number; max: number }[][] = [];
  let firstLine: TextLine | undefined;
  let last = line;
  let gap = 0;
  for (let i = at + 1; i < Math.min(ctx.lines.length, at + 40) && gap < (amounts.length ? 3 : 6); i++) {
    const l = ctx.lines[i]!;
    if (/^h[1-6]$/.test(l.block)) break;
    // "A sea-going allowance of €58.50 per day": an allowance's one amount under the table is no pay of it (a range is).
    const money = findMoney(l.text, dollar).filter((m) => m.max > 0 && (m.min < m.max || !ALLOWANCE_BEFORE.test(l.text.slice(Math.max(0, m.start - 40), m.start))));
    // Seniority cells ("3 jaar") sit between the amounts; three lines without one end the table.
    if (money.length === 0) {
      gap++;
      continue;
    }
    gap = 0;
    amounts.push(...money);
    rows.push(money);
    firstLine ??= l;
    last = l;
  }
  const currency = amounts[0]?.currency;
  if (amounts.length < 2 || !currency || amounts.some((a) => a.currency !== currency)) return null;
  const head = readSalarySentence(intro, dollar);
  const gross = hasStem(intro, GROSS) && !hasWord(intro, NET);
  // "PPC €58,208 – €72,713 per annum / Non-PPC €55,298 – €69,078 per annum": rows that are each a whole range are
  // pays for different people, not steps of one; the first row's is the post's, as a first statement is.
  const first = amounts[0]!;
  const ranges = first.min < first.max && amounts.every((a) => a.min < a.max);
  // "Executive Officer (PPC) €37,919 · €39,112 · … / Executive Officer (non-PPC) €36,023 · …": rows that are each a
  // list of points are the same, the first row's points are the post's.
  const pointRows = rows.length >= 2 && rows.every((r) => r.length >= 2) ? rows[0]! : null;
  const own = ranges ? [first] : (pointRows ?? amounts);
  const salary: Salary = {
    scale: head?.scale ?? scaleIn(intro),
    min: Math.min(...own.map((a) => a.min)),
    max: Math.max(...own.map((a) => a.max)),
    currency,
    period: periodNear(intro, intro.length, intro.length) ?? (ranges ? periodNear(firstLine!.text, 0, firstLine!.text.length) : null),
    gross: gross ? true : null,
  };
  return { salary, evidence: ctx.page.text.slice(line.start, last.end), hasAmount: true };
}

/**
 * The label can say what its amounts are ("Bruto maandsalaris\n€ 3.059,65 tot € 5.274,54"): gross or
 * net and the period, where the value itself does not.
 */
function withLabelTerms(salary: Salary, label: string, value = ''): Salary {
  const gross = hasStem(label, GROSS);
  // "Lohnband: 11 (CHF 83'551 – CHF 121'148 pro Jahr)": under a scale's label, the number that opens the value is the scale.
  const leading = salary.scale === null ? /^\s*(\d{1,2}[a-z]?)\s*(?:\(|[-–,:]\s)/.exec(value)?.[1] : undefined;
  const scaleWord = leading ? SCALE_WORDS.find((w) => w.toLowerCase() === label.trim().toLowerCase()) : undefined;
  const scale = scaleWord && leading ? (/schaal|scale|échelle|barème/i.test(label) ? leading : `${label.trim()} ${leading}`) : salary.scale;
  const net = hasWord(label, NET);
  const periods = PERIODS.filter(({ re }) => label.search(re) >= 0);
  return {
    ...salary,
    scale,
    gross: salary.gross ?? (gross && !net ? true : net && !gross ? false : null),
    period: salary.period ?? (periods.length === 1 ? periods[0]!.period : null),
  };
}

/** Labels that join several facts with "/" ("Niveau / Rang / Graad"), their value joining them alike ("B / Bv / B1-B3"). */
const COMPOUND_LABELS = new Set(allOf((l) => [...l.labels.level, ...l.labels.salary]).filter((l) => l.includes('/')).map((l) => l.toLowerCase()));
/**
 * A label of two or three parts set apart by "/", one of them the grade's word: the known ones ("Graad / Niveau"),
 * and any other that names the grade in a part of its own ("Niveau / salarisschaal").
 */
function isCompoundLabel(key: string): boolean {
  if (COMPOUND_LABELS.has(key)) return true;
  const parts = key.split('/').map((p) => p.trim());
  return parts.length >= 2 && parts.length <= 3 && parts.every((p) => p.length > 0 && p.split(' ').length <= 3) && parts.some((p) => GRADE_PARTS.has(p));
}
const LEVEL_LABELS = allOf((l) => l.labels.level);
/** A range of lettered grades of one letter: "C1-C3", "B4-B5", never a level's letter alone ("B"). */
const SCALE_RANGE = /^([A-E])\d[-–]\1\d$/;
/** The part of a compound label that names the pay grade. */
const GRADE_PARTS = new Set(['graad', 'grade', ...SCALE_WORDS].map((w) => w.toLowerCase()));
/** A whole scale notation with its letter ("B1-B3", "A1a-A3a", "C111"): never a bare number. */
const LETTERED_SCALE = new RegExp(String.raw`^${LETTERED_TOKEN}(?:\s?[-–]\s?${LETTERED_TOKEN})?$`);

/**
 * The scale in a compound label's value: the value has as many "/"-separated parts as the label,
 * and the part under the grade is a lettered scale notation. Anything else (a grade in words, parts
 * that do not line up) says nothing about the scale.
 */
export function compoundScale(label: string, value: string): string | null {
  const names = label.split('/').map((n) => n.trim().toLowerCase());
  const parts = value.split('/').map((v) => v.trim());
  if (names.length < 2 || names.length !== parts.length) return null;
  const at = names.findIndex((n) => GRADE_PARTS.has(n));
  const part = at >= 0 ? parts[at]! : '';
  return LETTERED_SCALE.test(part) ? part : null;
}

/** Labels that name a grade, whose value may be words ("Higher Executive Officer"). */
const GRADE_LABEL = /grade|band|grad|niveau|level|classification|klasse|classe|einstufung|groupe|carrière/i;
/** A scale notation that leads a value and words that explain it: "B1 – sous-groupe administratif". */
const LEADING_SCALE = new RegExp(String.raw`^(${LETTERED_TOKEN}(?:\s?[-–]\s?${LETTERED_TOKEN})?)(?:\s[-–]\s|\s*[,;]\s*|\s\()[${LOWER}]`, 'u');

const BARE_GRADE = /^\d{1,2}(?:\/\d{1,2})?$/;
/** "Grade: 5/6", "Pay Band: 6" (New Brunswick), "Range: 19" (Alaska), "Lohnklasse: 13": labels that name the grade with its number. */
const GRADE_NAMING_LABEL = /^(?:Grade|Band|Pay Band|Range|Lohnklasse|Gehaltsklasse)$/;

/** "PO1, SCP 29 – 32", "DT2 – Dietitian Grade 2": a grade's notation, then its pay points or its name spelled out. */
const EXPLAINED_SCALE = new RegExp(String.raw`^(${LETTERED_TOKEN})(?:\s[-–]\s|\s*,\s*)(?:SCP\s\d|spinal column points?\s|[A-Z][a-z]+(?:\s[A-Za-z]+){0,3}\s(?:Grade|Level|Band|Class)\s\d)`);

/**
 * A German grade written the corpus's way, its agreement first: "Entgeltgruppe 11 TVöD (Bund)", "E 9a TV-L",
 * "Entgeltgruppe E 9a TVöD-VKA" and "S 14 TVöD-SuE" are "TVöD-Bund E 11", "TV-L E 9a", "TVöD-VKA E 9a" and "TVöD-SuE S 14". Any other scale is left as written.
 */
export function agreementFirst(scale: string): string {
  // Most scales name no agreement: the pattern is not even compiled for them.
  if (!scale.includes('TV')) return scale;
  const m = /^(?:(?:Entgeltgruppe|EG)\s?)?(?:E|(S))?\s?(\d{1,2}[a-c]?Ü?)\s*(?:\(|der\s+|des\s+|nach\s+)?(TVöD|TV-?L|TV-?H|TV-?AVH)(?:[\s-]*\(?(VKA|Bund|V|SuE)\)?)?\)?$/u.exec(scale.trim());
  if (!m) return scale;
  return `${m[3]!.replace(/^TV(?=[LH])/, 'TV-')}${m[4] ? `-${m[4]}` : ''} ${m[1] ? 'S' : 'E'} ${m[2]}`;
}

/** A civil servant's grade and its state's pay law, "A 9 BayBesG", "A 9 LBesO LSA", "Besoldungsgruppe A 10": "A9", "A10". */
const CIVIL_SERVANT_GRADE = /^(?:Besoldungsgruppe\s+)?([AB])\s?(\d{1,2})(?:\s+[A-Za-zÄÖÜäöü]*Bes[GO][A-Za-z]*(?:\s+[A-Z]{2,3})?)?$/u;

/**
 * "A 9 / EG 9b TVöD", "A 10 NBesG bzw. Entgeltgruppe 9c TVöD-VKA": a German post open to civil servants and
 * employees, each scale in the corpus's notation ("A9 / TVöD E 9b"), in the page's order; null for anything else.
 */
function bothGermanScales(value: string): string | null {
  const parts = value.split(/\s*(?:\/|\bbzw\.|\bbeziehungsweise\b|\boder\b)\s*/u).map((p) => p.trim());
  if (parts.length !== 2) return null;
  const each = parts.map((p) => {
    const agreed = agreementFirst(p);
    if (agreed !== p) return agreed;
    const grade = CIVIL_SERVANT_GRADE.exec(p);
    return grade ? `${grade[1]}${grade[2]}` : null;
  });
  return each[0] && each[1] && each.some((e) => e!.includes('TV')) ? `${each[0]} / ${each[1]}` : null;
}

/** "Entgeltgruppe 9a", "EG 9a": a German employee's group that names no agreement. */
const BARE_GROUP = /^(?:Entgeltgruppe|EG|E)\s?(\d{1,2}[a-c]?)$/u;

/**
 * The page's pay sentence says "in der Entgeltgruppe 9a", its key facts "Entgeltgruppe 9a TVöD (VKA)": the same
 * group, the second in full ("TVöD-VKA E 9a").
 */
function inFull(scale: string | null, all: readonly Reading[]): string | null {
  const bare = scale ? BARE_GROUP.exec(scale) : null;
  if (!bare) return scale;
  const full = all.map((r) => r.salary.scale).find((s) => s !== null && s.endsWith(` E ${bare[1]}`) && /^TV/.test(s));
  return full ?? scale;
}

/** Under a pay label, a short value with a digit (or any, under a grade label) and no amount is the scale. */
// "Classes 7 à 9 de l'échelle des traitements": numbered classes, written "7-9" as oneScaleIn writes them.
const SCALE_WORD_FIRST = /(?:^|[\s–-])(?:salarisschaal|weddeschaal|loonschaal|schaal|barema|échelle|barème|salary scale|pay scale|classes(?=\s\d{1,2}\s(?:à|-|–)\s\d))\s+[A-Z0-9]/i;

function labelScale(value: string, words = false): Salary | null {
  // "Verloning | Salarisschaal B1-B3", "Employé d'administration – échelle D4": the word for a scale before its notation
  // is no part of it, nor the rank before it ("Grade 7" keeps its word).
  const afterWord = SCALE_WORD_FIRST.test(value.trim()) ? scaleIn(value) : null;
  if (afterWord) return { scale: afterWord, min: null, max: null, currency: null, period: null, gross: null };
  const lead = LEADING_SCALE.exec(value.trim()) ?? EXPLAINED_SCALE.exec(value.trim());
  // "Entgeltgruppe 11 TVöD (Bund)": the brackets name the agreement's part, kept in "TVöD-Bund E 11".
  const agreed = agreementFirst(value.trim());
  // "SGEU.10.": the stop that ends a row's value is no part of the code.
  const v = (lead ? lead[1]! : agreed !== value.trim() ? agreed : (bothGermanScales(value.trim()) ?? value.replace(/\([^)]*\)/g, '').trim())).replace(/(?<=\d)\.$/, '');
  if (!v || v.length > 60 || (!words && !/\d/.test(v)) || /[€£$]/.test(v) || v.split(/\s+/).length > 12) return null;
  return { scale: v, min: null, max: null, currency: null, period: null, gross: null };
}

/** The one value the readings give for a part; null when none gives it or they disagree. */
function agreed<K extends 'scale' | 'period' | 'gross'>(readings: Reading[], key: K): Salary[K] | null {
  const values = new Set(readings.map((r) => r.salary[key]).filter((v) => v !== null));
  return values.size === 1 ? [...values][0]! : null;
}

/** The least a post pays in each period (any currency of these markets); below it, an amount is no pay. */
const LEAST_PAY: Record<string, number> = { hour: 5, day: 30, week: 100, month: 300, year: 3000 };

function payable(s: Salary): boolean {
  const top = s.max ?? s.min;
  return top === null || top >= (s.period ? (LEAST_PAY[s.period] ?? 0) : 100);
}

/** The first statement with amounts, completed by statements of the same amounts or of the scale alone. */
/** Amounts per fortnight or every two weeks, and no period the facts know. */
const inOtherPeriodOnly = (r: Reading) => r.salary.period === null && OTHER_PERIOD_WORD.test(r.evidence);
const OTHER_PERIOD_WORD = new RegExp(OTHER_PERIODS, 'i');

/**
 * "Niveau / barème | B1-B3" and "à partir de 3 284,17 € (barème B1, sans ancienneté)": the amounts name the range's
 * first grade, where a starter begins; the post's scale is the range a statement of the scale alone gives.
 */
function rangeFrom(scale: string | null, all: readonly Reading[]): string | null {
  if (!scale) return null;
  return all.find((r) => !r.hasAmount && r.salary.scale?.startsWith(scale) && /^[-–]\s?[A-Z]/.test(r.salary.scale.slice(scale.length).trim()))?.salary.scale ?? null;
}

const fromText: Rule<Salary> = (ctx) => {
  // "participation employeur à la mutuelle (25 € brut mensuels)", "vermögenswirksame Leistungen (6,65 €
  // monatlich)": an amount no post pays in its period is an allowance; its statement keeps only its scale.
  const all = readings(ctx).map((r) => (r.hasAmount && !payable(r.salary) ? { ...r, hasAmount: false, salary: { ...r.salary, min: null, max: null, currency: null, period: null, gross: null } } : r));
  // "Salary | $4,321.10 - $4,778.80 per fortnight", then "… per fortnight (yearly $112,733 - $124,674)": the statement
  // that gives the same pay in a period the facts know as well, over amounts in one they do not ("Total remuneration
  // value: up to $147,893 p.a." is another sum).
  const firstWithAmount = all.find((r) => r.hasAmount);
  const withAmount = firstWithAmount && inOtherPeriodOnly(firstWithAmount) ? (all.find((r) => r.hasAmount && r.salary.period !== null && OTHER_PERIOD_WORD.test(r.evidence)) ?? firstWithAmount) : firstWithAmount;
  if (withAmount) {
    let first = withAmount.salary;
    let evidence = withAmount.evidence;
    // "Salaris: max. € 6.110" and, in the text, "minimaal € 4.397 en maximaal € 6.110 bruto per maand (schaal 11)":
    // a statement of the same top with its bottom completes the one that gave the top alone.
    // A statement that gave one end of the pay is completed by another of the same pay: "Salaris: max. € 6.110" by
    // "minimaal € 4.397 en maximaal € 6.110 bruto per maand (schaal 11)", which has the same top; "Hiring Rate:
    // $26.451/hour" by "Pay Range: $26.451 – $33.069/hour", the range that starts at the lone amount.
    const lone = first;
    const fuller =
      lone.min === null && lone.max !== null
        ? all.find((r) => r.hasAmount && r.salary.max === lone.max && r.salary.min !== null && r.salary.currency === lone.currency)
        : lone.min !== null && lone.min === lone.max
          ? all.find((r) => r.hasAmount && r.salary.min === lone.min && r.salary.max !== null && r.salary.max > lone.min! && r.salary.currency === lone.currency && (r.salary.period ?? lone.period) === lone.period)
          : undefined;
    if (fuller) {
      first = { ...fuller.salary, scale: lone.scale ?? fuller.salary.scale, period: lone.period ?? fuller.salary.period, gross: lone.gross ?? fuller.salary.gross };
      evidence = fuller.evidence;
    }
    // A statement of the same amounts is about the same pay and may say more of it ("Salaris € 4.332 -
    // € 6.411" and "Je start in schaal 11 ... tussen € 4.332 en € 6.411"). One with other amounts is
    // another pay ("Pay for the GS-11 grade in this locality is $72,553 - $94,317"): from those, only a
    // statement of the scale alone lends its scale.
    const same = all.filter((r) => r !== withAmount && r.hasAmount && r.salary.min === first.min && r.salary.max === first.max && r.salary.currency === first.currency);
    const scale = inFull(rangeFrom(first.scale, all) ?? first.scale ?? agreed(same, 'scale') ?? all.find((r) => r.salary.scale && !r.hasAmount)?.salary.scale ?? null, all);
    const value: Salary = { ...first, scale, period: first.period ?? agreed(same, 'period'), gross: first.gross ?? agreed(same, 'gross') };
    return { value, evidence: { source: 'text', text: evidence } };
  }
  const scaleOnly = all.find((r) => r.salary.scale);
  return scaleOnly ? { value: scaleOnly.salary, evidence: { source: 'text', text: scaleOnly.evidence } } : null;
};

export function extractSalary(ctx: Context): Found<Salary> | null {
  const found = declaredAndVisible(ctx, [fromJsonLd], [fromText], salaryBoth);
  // "Contract Agent, Function Group IV" in the title, "the basic monthly salary for grade 13, step 1" in the
  // text: the grade is a step of the function group the post is in, which is its scale. A group named
  // elsewhere on the page (another post's) says nothing of this one.
  const title = `${ctx.doc.title ?? ''}\n${ctx.doc.querySelector('h1')?.textContent ?? ''}`;
  const group = found && /^grade \d{1,2}$/i.test(found.value.scale ?? '') ? FUNCTION_GROUP.exec(title) : null;
  if (group) return { ...found!, value: { ...found!.value, scale: `FG ${group[1]}` } };
  // "A2 – A4": a range of lettered grades set with an en dash, written the corpus's way, "A2-A4" (a hyphen
  // between spaces stays as written: "A9g - A13").
  const range = found?.value.scale ? GRADE_RANGE.exec(found.value.scale) : null;
  if (range) return { ...found!, value: { ...found!.value, scale: `${range[1]}-${range[2]}` } };
  // "EG 9a TVöD" in the facts, "Entgeltgruppe 9a TVöD-VKA" in the text: the page names the agreement's municipal
  // part, and the scale is written with it, as the corpus writes it where the page says so.
  if (found?.value.scale && /(?:^|\/ )TVöD E /.test(found.value.scale) && MUNICIPAL_AGREEMENT.test(ctx.page.text)) {
    return { ...found, value: { ...found.value, scale: found.value.scale.replace(/(^|\/ )TVöD E /, '$1TVöD-VKA E ') } };
  }
  return found;
}

const MUNICIPAL_AGREEMENT = /TVöD[\s-]*\(?VKA\b/;

const GRADE_RANGE = /^([A-Z]{1,3}\d{1,3}[a-z]?)\s+–\s+([A-Z]{1,3}\d{1,3}[a-z]?)$/;
