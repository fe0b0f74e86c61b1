import { FACT_FIELDS } from './fact-fields';
import type { VacancyFacts } from './facts';
import { CLOSED_STATUSES } from './status';
import type { TrackedSummary, TrackedVacancy } from './tracked';

/**
 * What the extension's pages compute to show tracked vacancies. No schemas here (those are in
 * tracked.ts and facts.ts), so the popup and the log page load without zod.
 */

/** The calendar day of an instant in the user's own time zone, as YYYY-MM-DD. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The facts with the user's corrections applied: what every view shows. */
export function effectiveFacts(v: Pick<TrackedVacancy, 'facts' | 'corrections'>): VacancyFacts {
  const facts = { ...v.facts };
  for (const field of FACT_FIELDS) {
    if (v.corrections[field] !== undefined) Object.assign(facts, { [field]: v.corrections[field] });
  }
  return facts;
}

/**
 * The next thing due for a vacancy, from `today` (YYYY-MM-DD) on: its deadline while the user
 * has not applied yet, else its next selection event. Null when nothing is ahead.
 */
export function nextDue(
  s: Pick<TrackedSummary, 'status' | 'deadline' | 'eventDates'>,
  today: string,
): { kind: 'deadline' | 'event'; day: string } | null {
  if (CLOSED_STATUSES.has(s.status)) return null;
  const deadline = s.deadline?.slice(0, 10);
  if (s.status === 'interested' && deadline && deadline >= today) return { kind: 'deadline', day: deadline };
  const event = s.eventDates.find((d) => d >= today);
  return event ? { kind: 'event', day: event } : null;
}

/**
 * The lists' order: what is due soonest first; then open vacancies with nothing ahead (a passed
 * deadline among them), then closed ones; the most recently tracked first within those.
 */
export function sortByNextDue(rows: readonly TrackedSummary[], today: string): TrackedSummary[] {
  const keyed = rows.map((row) => {
    const due = nextDue(row, today);
    const rank = due ? 0 : CLOSED_STATUSES.has(row.status) ? 2 : 1;
    return { row, rank, day: due?.day ?? '' };
  });
  keyed.sort(
    (a, b) =>
      a.rank - b.rank ||
      a.day.localeCompare(b.day) ||
      b.row.trackedAt.localeCompare(a.row.trackedAt) ||
      a.row.id.localeCompare(b.row.id),
  );
  return keyed.map((k) => k.row);
}

/** Whether a summary matches what the user typed: every word in its title, organisation, reference or portal. */
export function matchesSearch(s: TrackedSummary, query: string): boolean {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [s.title, s.organisation, s.reference, s.portal].filter(Boolean).join(' ').toLocaleLowerCase();
  return words.every((w) => haystack.includes(w));
}
