/**
 * Dated steps of the selection other than the deadline: "Eventuele redeneertest: 3 of 5 februari
 * 2026 (...)", "Interview: 11 februari 2026". The label is what the sentence says before the date
 * (up to its colon). Dates without a year take the first such day on or after publication.
 */
import type { SelectionEvent } from '../../model/facts';
import type { Context, Found, Rule } from '../context';
import { firstOf, hasStem, labelValues } from '../context';
import { findDates, resolve } from '../dates';
import { allOf } from '../locales';
import { deadlineInSentence } from './deadline';

const SELECTION = allOf((l) => l.selectionWords);
const PUBLISHED_LABELS = allOf((l) => [...l.labels.published, ...l.labels.deadline]);
/** Words that end a label before its date ("vindt plaats op", "am", "le", "on"). */
const TRAILING = /(?:\s+(?:op|on|le|am|the|den|dem|vom|du|van|from|vanaf|ab|à|at|in|is|zijn|vindt plaats|vinden plaats|findet statt|aura lieu|will take place|take place|takes place|gepland|prévu|prévue|geplant))+\s*$/iu;

function labelOf(text: string, dateStart: number): string | null {
  const before = text.slice(0, dateStart);
  const colon = before.lastIndexOf(':');
  let label = colon >= 0 ? before.slice(0, colon) : before;
  label = label.replace(TRAILING, '').replace(/[\s,;:–-]+$/, '').trim();
  if (label.length < 3 || label.length > 120) return null;
  return label;
}

const fromText: Rule<SelectionEvent[]> = (ctx) => {
  const events: SelectionEvent[] = [];
  let evidence: string | null = null;
  const reference = ctx.published ? new Date(`${ctx.published}T00:00:00Z`) : ctx.now;
  const skip = new Set(labelValues(ctx, PUBLISHED_LABELS).map((lv) => lv.line));
  for (const s of ctx.sentences) {
    if (skip.has(s.line) || deadlineInSentence(ctx, s.text) || !hasStem(s.text, SELECTION)) continue;
    const mentions = findDates(s.text, { monthFirst: ctx.monthFirst });
    const first = mentions[0];
    if (!first) continue;
    const label = labelOf(s.text, first.start);
    if (!label || !hasStem(label, SELECTION)) continue;
    for (const m of mentions) {
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
  return events.length && evidence ? { value: events.slice(0, 50), evidence: { source: 'text', text: evidence } } : null;
};

export const eventRules: readonly Rule<SelectionEvent[]>[] = [fromText];

export function extractEvents(ctx: Context): Found<SelectionEvent[]> | null {
  return firstOf(ctx, eventRules);
}
