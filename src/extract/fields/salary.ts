/**
 * Pay, read only from sentences or labels about pay ("salarisschaal", "bruto maandsalaris", "Gehalt",
 * "salaire", "salary"): an amount elsewhere ("Maaltijdcheques van € 8 per gewerkte dag") is not pay.
 */
import type { Salary } from '../../model/facts';
import type { Context, Found, Rule } from '../context';
import { firstOf, hasStem, hasWord, labelValues, stemsPattern } from '../context';
import { allOf } from '../locales';
import { findMoney } from '../money';
import { declared } from './common';

const SALARY_STEMS = allOf((l) => l.salaryStems);
const SALARY_WORDS = ['pay', 'wage', 'wages', 'Besoldung', 'Entgelt'];
const SCALE_WORDS = allOf((l) => l.scaleWords);
const GROSS = allOf((l) => l.grossWords);
const NET = allOf((l) => l.netWords);
const PERIODS = (['hour', 'day', 'week', 'month', 'year'] as const).map((p) => ({
  period: p,
  re: new RegExp(stemsPattern(allOf((l) => l.period[p])), 'giu'),
}));

/** Scale notations: "B1", "B1-B3", "B111", "11", "E 9a", "A9g - A11", "GS-12", "AD 5". */
const SCALE_TOKEN = String.raw`(?:[A-Z]{1,3}[ -]?\d{1,3}[a-z]?|\d{1,2}[a-z]?)`;
const SCALE_AFTER_WORD = new RegExp(
  String.raw`(?<![\p{L}])(${[...SCALE_WORDS].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|')})\s*:?\s*(${SCALE_TOKEN}(?:\s?[-–]\s?${SCALE_TOKEN})?)(?![\p{L}\p{N}])`,
  'iu',
);
/** Collective-agreement grades that name themselves: "TVöD-VKA E 11", "TV-L E 10", "GS-12". */
const SELF_NAMED_SCALE = /\b((?:TV(?:öD|-?L|-?H|-?AVH|-?V)?(?:-[A-Z]+)?\s?E\s?\d{1,2}[a-z]?)(?:\s?[-–]\s?TV\S*\s?E\s?\d{1,2}[a-z]?)?|GS-\d{1,2}|(?:Pay\s)?Band\s\d[a-z]?)\b/u;

interface Reading {
  salary: Salary;
  evidence: string;
  hasAmount: boolean;
}

function periodNear(text: string, at: number): Salary['period'] {
  let best: { period: Salary['period']; distance: number } | null = null;
  for (const { period, re } of PERIODS) {
    for (const m of text.matchAll(re)) {
      const distance = Math.abs(m.index - at);
      if (!best || distance < best.distance) best = { period, distance };
    }
  }
  return best?.period ?? null;
}

function scaleIn(text: string): string | null {
  const m = SCALE_AFTER_WORD.exec(text);
  if (m) {
    const word = m[1]!.replace(/\s+/g, ' ');
    const scale = m[2]!.replace(/\s+/g, ' ').trim();
    // A bare number is the scale after "schaal"; after "Grade", "Band" or "Entgeltgruppe" the word
    // is part of the name ("Grade 7").
    return /^\d/.test(scale) && !/schaal|scale|échelle|barème/i.test(word) ? `${word} ${scale}` : scale;
  }
  const self = SELF_NAMED_SCALE.exec(text);
  return self ? self[1]!.replace(/\s+/g, ' ').trim() : null;
}

function dollarOf(ctx: Context): string {
  return ctx.country === 'ca' ? 'CAD' : ctx.country === 'au' ? 'AUD' : ctx.country === 'nz' ? 'NZD' : 'USD';
}

/** Read one pay sentence; null when it states neither an amount nor a scale. */
export function readSalarySentence(text: string, dollar = 'USD'): Salary | null {
  const money = findMoney(text, dollar).filter((m) => m.max > 0);
  const scale = scaleIn(text);
  const first = money[0];
  if (!first && !scale) return null;
  if (!first) return { scale, min: null, max: null, currency: null, period: null, gross: null };
  const gross = hasStem(text, GROSS);
  const net = hasWord(text, NET);
  return {
    scale,
    min: first.min,
    max: first.max,
    currency: first.currency,
    period: periodNear(text, first.start),
    gross: gross && !net ? true : net && !gross ? false : null,
  };
}

function isAboutPay(text: string): boolean {
  return hasStem(text, SALARY_STEMS) || hasWord(text, SALARY_WORDS) || hasStem(text, SCALE_WORDS.filter((w) => w.length > 6));
}

const fromJsonLd: Rule<Salary> = (ctx) => {
  const s = ctx.jobPosting?.salary;
  // Placeholders such as a salary of 0 per hour are no salary.
  if (!s || !s.max || !s.currency || !/^[A-Z]{3}$/.test(s.currency)) return null;
  const unit = (s.unit ?? '').toUpperCase();
  const period = ({ HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' } as const)[unit as 'HOUR'] ?? null;
  const text = readings(ctx).find((r) => r.hasAmount);
  const value: Salary = {
    scale: text?.salary.scale ?? null,
    min: s.min ?? s.max,
    max: s.max,
    currency: s.currency,
    period,
    gross: text?.salary.gross ?? null,
  };
  const written = `${s.currency} ${s.min ?? ''}${s.min !== s.max ? ` - ${s.max}` : ''}${unit ? ` ${unit}` : ''}`;
  return declared(ctx, 'jsonld', value, written, text?.evidence ?? null);
};

/** Pay labels and pay sentences of the content, in page order. */
function readings(ctx: Context): Reading[] {
  const out: Reading[] = [];
  const dollar = dollarOf(ctx);
  for (const lv of labelValues(ctx, allOf((l) => l.labels.salary))) {
    const salary = readSalarySentence(lv.value, dollar) ?? labelScale(lv.value);
    if (salary) out.push({ salary, evidence: lv.evidence, hasAmount: salary.max !== null });
  }
  for (const s of ctx.sentences) {
    if (!isAboutPay(s.text)) continue;
    const salary = readSalarySentence(s.text, dollar);
    if (salary) out.push({ salary, evidence: s.text, hasAmount: salary.max !== null });
  }
  return out;
}

/** Under a pay label, a short value with a digit and no amount is the scale: "TV-AVH E 9a". */
function labelScale(value: string): Salary | null {
  const v = value.replace(/\([^)]*\)/g, '').trim();
  if (!v || v.length > 60 || !/\d/.test(v) || /[€£$]/.test(v)) return null;
  return { scale: v, min: null, max: null, currency: null, period: null, gross: null };
}

/** The first statement with amounts, with the scale stated anywhere before it when it has none. */
const fromText: Rule<Salary> = (ctx) => {
  const all = readings(ctx);
  const withAmount = all.find((r) => r.hasAmount);
  if (withAmount) {
    const scale = withAmount.salary.scale ?? all.find((r) => r.salary.scale)?.salary.scale ?? null;
    return { value: { ...withAmount.salary, scale }, evidence: { source: 'text', text: withAmount.evidence } };
  }
  const scaleOnly = all.find((r) => r.salary.scale);
  return scaleOnly ? { value: scaleOnly.salary, evidence: { source: 'text', text: scaleOnly.evidence } } : null;
};

export const salaryRules: readonly Rule<Salary>[] = [fromJsonLd, fromText];

export function extractSalary(ctx: Context): Found<Salary> | null {
  return firstOf(ctx, salaryRules);
}
