import type { Context, Found, Rule } from '../context';
import { declaredAndVisible, firstOf, hasWord, isShortLabel, labelValues, labelValuesWhere, labelWordPattern } from '../context';
import { findDates, isoToDate, resolve } from '../dates';
import { allOf } from '../locales';
import { declared, portalLabelValues, portalText } from './common';
import { isoDateOf } from './deadline';

const fromJsonLd: Rule<string> = (ctx) => {
  const d = ctx.jobPosting?.datePosted;
  const iso = d ? isoDateOf(d) : null;
  return iso && d ? declared(ctx, ctx.declaredBy, iso, d, null) : null;
};

function firstDate(ctx: Context, text: string): string | null {
  const m = findDates(text, { monthFirst: ctx.monthFirst })[0];
  const dm = m?.dates[0];
  // A publication date without a year is the last such day up to today, never a future one.
  if (!dm) return null;
  if (dm.year === null) {
    const back = new Date(ctx.now.getTime() - 366 * 86_400_000);
    const iso = resolve(dm, back);
    return iso && isoToDate(iso) <= ctx.now ? iso : null;
  }
  return resolve(dm, ctx.now);
}

const fromPortal: Rule<string> = (ctx) => {
  const p = portalText(ctx, 'published');
  const candidates = [...(p ? [{ value: p.text, source: p.source, evidence: p.text }] : []), ...portalLabelValues(ctx, 'published')];
  for (const c of candidates) {
    const iso = firstDate(ctx, c.value);
    if (iso) return { value: iso, evidence: { source: c.source, text: c.evidence } };
  }
  return null;
};

/** "Publicatiedatum\n15.01.2026", "Veröffentlicht am: 03.09.2023". "Laatst bijgewerkt" is not one. */
const fromLabel: Rule<string> = (ctx) => {
  for (const lv of labelValues(ctx, allOf((l) => l.labels.published))) {
    const iso = firstDate(ctx, lv.value);
    if (iso) return { value: iso, evidence: { source: 'text', text: lv.evidence } };
  }
  return null;
};

/** A publication's word opening a word of the label: "Publiziert", "Advert posted", "Opening Date", "Publiée le". */
const PUBLISHED_LABEL_WORD = labelWordPattern(allOf((l) => l.publishedLabelStems));
const NOT_PUBLISHED = allOf((l) => l.publishedNotWords);
const LABELS = new Set(allOf((l) => l.labels.published).map((w) => w.toLowerCase()));

/** A publication's label by its words, short, and no other date's ("Publication end", "Last updated"): the labels as written are read first. */
const isPublishedLabel = (key: string) =>
  !LABELS.has(key) && isShortLabel(key, 4) && PUBLISHED_LABEL_WORD.test(key) && !hasWord(key, NOT_PUBLISHED);

/** "Publiziert | 20.02.2026", "Advert posted | 20 February 2026", "Geplaatst: 16-02-2026": the date opens the value. */
const fromLabelWords: Rule<string> = (ctx) => {
  for (const lv of labelValuesWhere(ctx, isPublishedLabel)) {
    const m = findDates(lv.value, { monthFirst: ctx.monthFirst })[0];
    if (!m || !opensWith(lv.value, m.start)) continue;
    const iso = firstDate(ctx, m.text);
    if (iso) return { value: iso, evidence: { source: 'text', text: lv.evidence } };
  }
  return null;
};

/** Only a weekday, if anything, before the date: "maandag 26 januari 2026", "Thursday, February 12, 2026". */
const WEEKDAY_BEFORE = new RegExp(`^\\s*(?:(?:${allOf((l) => l.weekdays).join('|')})\\.?,?\\s*)?$`, 'i');
const opensWith = (text: string, at: number) => at <= 3 || WEEKDAY_BEFORE.test(text.slice(0, at));

const SEGMENT_BEFORE = /[·|•]\s*$/;
const SPAN_END = /^\s*(?:to|until|till|through|[-–]|tot|bis|au|à|jusqu'au)\s+[^.;]{3,30}/i;

/** "Gepubliceerd op 15 januari 2026" in running text. */
const fromSentence: Rule<string> = (ctx) => {
  const words = allOf((l) => l.publishedWords);
  let pattern: RegExp | null = null;
  for (const s of ctx.sentences) {
    if (!hasWord(s.text, words)) continue;
    // Longest words first, so "publiée le" is read before "publiée".
    pattern ??= new RegExp(`(?:${[...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s*:?\\s*`, 'gi');
    for (const at of s.text.matchAll(pattern)) {
      // A bare word ("Posted", "Gepubliceerd") opens the line it dates: "This posting replaces Job ID 712880, posted 11/18/2025" dates another.
      // A line of facts set apart by dots or bars opens a segment as a line does: "Planning and Environment · Posted 29 January 2026".
      if (!/\s/.test(at[0].trim()) && at.index > 0 && !SEGMENT_BEFORE.test(s.text.slice(0, at.index))) continue;
      const rest = s.text.slice(at.index + at[0].length);
      const m = findDates(rest, { monthFirst: ctx.monthFirst })[0];
      if (!m || !opensWith(rest, m.start)) continue;
      // "Posting period: October 5 to October 23, 2026": the year a span ends in is its first day's too.
      const spanEnd = m.dates[0]?.year === null ? SPAN_END.exec(rest.slice(m.end))?.[0] : undefined;
      const endYear = spanEnd ? findDates(spanEnd, { monthFirst: ctx.monthFirst })[0]?.dates.at(-1)?.year : null;
      const iso = endYear ? resolve({ ...m.dates[0]!, year: endYear }, ctx.now) : firstDate(ctx, m.text);
      if (iso) return { value: iso, evidence: { source: 'text', text: s.text } };
    }
  }
  return null;
};

/** The page's own meta tag (Open Graph article dates); never its "modified" twin. */
const fromMeta: Rule<string> = (ctx) => {
  const v = ctx.doc.querySelector('meta[property="article:published_time"], meta[itemprop="datePublished"]')?.getAttribute('content');
  const iso = v ? isoDateOf(v) : null;
  return iso && v ? declared(ctx, 'meta', iso, v, null) : null;
};

export function extractPublished(ctx: Context): Found<string> | null {
  return (
    declaredAndVisible(ctx, [fromJsonLd], [fromPortal, fromLabel, fromSentence, fromLabelWords], { same: (d: string, v: string) => d.slice(0, 10) === v.slice(0, 10), show: (d: string) => d }) ??
    firstOf(ctx, [fromMeta])
  );
}
