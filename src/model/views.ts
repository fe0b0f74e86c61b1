import { FACT_FIELDS, type FactField } from './fact-fields';
import type { VacancyFacts } from './facts';
import { APPLIED_OR_LATER, CLOSED_STATUSES, type Status } from './status';

/**
 * What the extension's pages compute to show tracked vacancies. No schemas here (those are in
 * tracked.ts and facts.ts), so the popup and the log page load without zod.
 */

/**
 * The parts of a summary (TrackedSummary) the lists order and search by. Spelt out rather than
 * taken from tracked.ts, which builds summaries with this module: no import circle.
 */
export interface ListedRow {
  id: string;
  status: Status;
  deadline: string | null;
  eventDates: readonly string[];
  trackedAt: string;
  title: string | null;
  organisation: string | null;
  location: string | null;
  reference: string | null;
  portal: string;
}

/** The calendar day of an instant in the user's own time zone, as YYYY-MM-DD. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A day (YYYY-MM-DD) as given, or the day of an instant (ISO date-time) in the user's time zone. */
export function dayOf(at: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(at) ? at : localDay(new Date(at));
}

/** The facts with the user's corrections applied: what every view shows. */
export function effectiveFacts(v: { facts: VacancyFacts; corrections: Partial<Pick<VacancyFacts, FactField>> }): VacancyFacts {
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
  s: Pick<ListedRow, 'status' | 'deadline' | 'eventDates'>,
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
export function sortByNextDue<T extends Pick<ListedRow, 'id' | 'status' | 'deadline' | 'eventDates' | 'trackedAt'>>(rows: readonly T[], today: string): T[] {
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

/**
 * The history's application step: its first 'applied' step, else (people skip it) its first step
 * to a status only an applicant reaches; with its index and day (YYYY-MM-DD). Null when the person
 * has not applied. The application date is this step's day, and nothing else.
 */
export function applicationStep(
  history: readonly { status: Status; at: string }[],
): { index: number; day: string } | null {
  let index = history.findIndex((h) => h.status === 'applied');
  if (index < 0) index = history.findIndex((h) => APPLIED_OR_LATER.has(h.status));
  return index < 0 ? null : { index, day: dayOf(history[index]!.at) };
}

/** Text as search compares it: without accents ("Financiën" is found by "financien") and in lower case. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase();
}

/** A status's name in the person's language, for search. */
export type StatusName = (status: Status) => string;

// The folded text of each summary, per status naming: a list is searched on every key typed.
const searchTexts = new WeakMap<StatusName, WeakMap<ListedRow, string>>();

function searchText(s: ListedRow, statusName: StatusName | undefined): string {
  const join = () =>
    foldForSearch([s.title, s.organisation, s.location, s.reference, s.portal, statusName?.(s.status)].filter(Boolean).join(' \n '));
  if (!statusName) return join();
  let cache = searchTexts.get(statusName);
  if (!cache) searchTexts.set(statusName, (cache = new WeakMap()));
  let text = cache.get(s);
  if (text === undefined) cache.set(s, (text = join()));
  return text;
}

/**
 * Whether a summary matches what the user typed: every word in its title, organisation, place,
 * reference, portal or status (named by `statusName`, in the person's language), whatever the
 * accents and the case.
 */
export function matchesSearch(s: ListedRow, query: string, statusName?: StatusName): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = searchText(s, statusName);
  return words.every((w) => haystack.includes(w));
}
