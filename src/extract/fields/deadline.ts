/**
 * The last day to apply. Inclusive words ("ten laatste", "tot en met", "uiterlijk", "bis zum",
 * "date limite", "closing date") give the date as written. Exclusive words ("voor", "vóór", "avant",
 * "before", "vor dem") name the first day that is too late, so the deadline is the day before:
 * the sidebar then never promises a day the employer did not give.
 */
import type { Context, Found, Rule } from '../context';
import { firstOf, hasStem, labelValues, wordsPattern } from '../context';
import type { DateMention } from '../dates';
import { addDays, findDates, resolve } from '../dates';
import { allOf } from '../locales';
import { declared, portalText } from './common';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A JSON-LD date as the contract wants it: the date, or date and time when the time is real. */
export function isoDateOrTimeOf(v: string): string | null {
  const m = DATE_TIME.exec(v.trim());
  if (!m) return null;
  const [, date, hm, sec, zone] = m;
  if (!hm || !zone || (hm === '00:00' && (!sec || sec === ':00'))) return date!;
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
  return iso && v ? declared(ctx, 'jsonld', iso, v, null) : null;
};

const fromPortal: Rule<string> = (ctx) => {
  const p = portalText(ctx, 'deadline');
  const m = p ? findDates(p.text, { monthFirst: ctx.monthFirst }).pop() : undefined;
  const iso = m ? resolveFirst(ctx, m, true) : null;
  return p && iso ? { value: iso, evidence: { source: p.source, text: p.text } } : null;
};

/** "Closing date\n29th September 2026", "Bewerbungsfrist: 28.09.2023"; of a range, the end. */
const fromLabel: Rule<string> = (ctx) => {
  for (const lv of labelValues(ctx, allOf((l) => l.labels.deadline))) {
    const m = findDates(lv.value, { monthFirst: ctx.monthFirst }).pop();
    const iso = m ? resolveFirst(ctx, m, true) : null;
    if (iso) return { value: iso, evidence: { source: 'text', text: lv.evidence } };
  }
  return null;
};

const INCLUSIVE = new RegExp(wordsPattern(allOf((l) => l.deadlineInclusive)), 'giu');
const EXCLUSIVE = new RegExp(wordsPattern(allOf((l) => l.deadlineExclusive)), 'giu');
const APPLY = allOf((l) => l.applyWords);
/** What may stand between the word and its date: "op", "le", "am", a weekday, a time. */
const GAP = /^[\s:,]*(?:(?:op|le|am|on|the|den|dem|zum|du)\s+)?(?:\p{L}{2,12},?\s+)?(?:\d{1,2}[:.h]\d{2}\s*(?:uur|u|h|Uhr|am|pm)?\s*(?:on|op|le|am)?\s*)?(?:\p{L}{2,12},?\s+)?$/iu;

/** The deadline one sentence states, if it states one: a deadline word, then its date. */
export function deadlineInSentence(ctx: Context, text: string): string | null {
  if (!hasStem(text, APPLY)) return null;
  const dates = findDates(text, { monthFirst: ctx.monthFirst });
  if (dates.length === 0) return null;
  for (const [re, shift] of [
    [INCLUSIVE, 0],
    [EXCLUSIVE, -1],
  ] as const) {
    for (const w of text.matchAll(re)) {
      const end = w.index + w[0].length;
      const d = dates.find((x) => x.start >= end && GAP.test(text.slice(end, x.start)));
      if (!d) continue;
      const iso = resolveFirst(ctx, d);
      if (iso) return shift ? addDays(iso, shift) : iso;
    }
  }
  return null;
}

/** "Solliciteer ten laatste 1 februari 2026", "Bewerben Sie sich bis zum 3. September 2023". */
const fromSentence: Rule<string> = (ctx) => {
  for (const s of ctx.sentences) {
    const iso = deadlineInSentence(ctx, s.text);
    if (iso) return { value: iso, evidence: { source: 'text', text: s.text } };
  }
  return null;
};

export const deadlineRules: readonly Rule<string>[] = [fromJsonLd, fromPortal, fromLabel, fromSentence];

export function extractDeadline(ctx: Context): Found<string> | null {
  return firstOf(ctx, deadlineRules);
}

