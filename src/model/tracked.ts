import { z } from './zod';
import { VacancyFactsSchema, type FactField, type VacancyFacts } from './facts';
import { emptyFacts } from './empty-facts';
import { APPLIED_VIA, STATUS_GRACE_MS, STATUSES, type Status } from './status';
import { applicationStep, dayOf, effectiveFacts, localDay } from './views';
import { NOTES_MAX_CHARS, SNAPSHOT_MAX_CHARS, SOURCE_URLS_MAX } from './limits';
import { indicativeInEffect, type IndicativeAmounts, type StoredIndicative } from './indicative';

// The pure helpers live in zod-free modules so the extension's pages load without zod; they
// are re-exported here, beside the schemas, for the background and the tests.
export { APPLIED_OR_LATER, APPLIED_VIA, CLOSED_STATUSES, STATUS_GRACE_MS, STATUSES, type Status } from './status';
export { applicationStep, effectiveFacts, foldForSearch, localDay, matchesSearch, nextDue, sortByNextDue } from './views';

export const StatusSchema = z.enum(STATUSES);

const isoDateTime = z.iso.datetime({ offset: true });
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
/** A date the user gives (a day) or the clock records (an instant). */
export const DayOrInstantSchema = z.union([IsoDateSchema, isoDateTime]);

export { NOTES_MAX_CHARS, SNAPSHOT_MAX_CHARS, SOURCE_URLS_MAX };

// ---------------------------------------------------------------------------------------------
// Version 1 (database version 1): kept so records written by it, and exports made from it, stay
// readable. Read them through `readTrackedVacancy`, which upgrades them.

export const StatusChangeV1Schema = z.object({ status: StatusSchema, at: isoDateTime });

export const TrackedVacancyV1Schema = z.object({
  id: z.string().min(1).max(64),
  url: z.string().max(4096),
  facts: VacancyFactsSchema,
  snapshot: z.object({ text: z.string().max(SNAPSHOT_MAX_CHARS), capturedAt: isoDateTime }),
  status: StatusSchema,
  history: z.array(StatusChangeV1Schema).min(1),
  notes: z.string().max(NOTES_MAX_CHARS),
  trackedAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type TrackedVacancyV1 = z.infer<typeof TrackedVacancyV1Schema>;

// ---------------------------------------------------------------------------------------------
// Version 2.

export const StatusChangeSchema = z.object({
  status: StatusSchema,
  /** When it happened: the recording time, or the day the user says it happened. */
  at: DayOrInstantSchema,
  /** When Vacalens recorded it; stays put when the user corrects `at`. */
  recordedAt: isoDateTime,
  /** 'auto' when Vacalens made the change itself (a deadline passed without an application). */
  by: z.enum(['user', 'auto']),
});
export type StatusChange = z.infer<typeof StatusChangeSchema>;

/**
 * The application: `date` is the day of the history's application step (applicationStep), kept
 * equal to it by every change below; `via` is how, null until the person says.
 */
export const AppliedSchema = z.object({ date: IsoDateSchema, via: z.enum(APPLIED_VIA).nullable() });
export type Applied = z.infer<typeof AppliedSchema>;

/**
 * The user's corrections of extracted facts, field by field, each validated by the fact's own
 * schema. The captured facts stay as they were, so the correction can be undone and the
 * sidebar can show both.
 */
export const CorrectionsSchema = VacancyFactsSchema.pick({
  title: true,
  organisation: true,
  reference: true,
  salary: true,
  deadline: true,
  published: true,
  contract: true,
  location: true,
  contacts: true,
  events: true,
}).partial();
export type Corrections = z.infer<typeof CorrectionsSchema>;

/** The schema a correction of one field must satisfy. */
export function correctionSchema(field: FactField) {
  return VacancyFactsSchema.shape[field];
}

/**
 * A pay table's look-up kept with the record (see indicative.ts). A restored file is not trusted:
 * the source address becomes a link, so only https passes, and every text is bounded.
 */
export const StoredIndicativeSchema = z.object({
  scale: z.string().max(500),
  day: IsoDateSchema,
  min: z.number().finite().nonnegative(),
  max: z.number().finite().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  period: z.enum(['hour', 'month', 'year']),
  system: z.string().regex(/^[a-z]{2}-[a-z0-9-]{1,60}$/),
  name: z.string().min(1).max(200),
  edition: IsoDateSchema,
  source: z.object({
    publisher: z.string().min(1).max(200),
    title: z.string().min(1).max(500),
    url: z.url({ protocol: /^https$/ }).max(2048),
    read: IsoDateSchema,
  }),
  mayBeOutdated: z.boolean(),
});
// The zod-free type the pages use is this schema's: a change to one that the other lacks fails here.
const _storedIndicativeIsTheSchemas: z.infer<typeof StoredIndicativeSchema> extends StoredIndicative
  ? StoredIndicative extends z.infer<typeof StoredIndicativeSchema>
    ? true
    : never
  : never = true;
void _storedIndicativeIsTheSchemas;

export const TrackedVacancySchema = z.object({
  id: z.string().min(1).max(64),
  /** The address it was tracked from. */
  url: z.string().max(4096),
  /** Every address the user has seen this vacancy at (portals mirror each other), `url` first. */
  sourceUrls: z.array(z.string().max(4096)).min(1).max(SOURCE_URLS_MAX),
  /** The facts as extracted when the vacancy was tracked. */
  facts: VacancyFactsSchema,
  corrections: CorrectionsSchema,
  /** The vacancy's text and address at the time of tracking: the page may disappear when the vacancy closes. */
  snapshot: z.object({ text: z.string().max(SNAPSHOT_MAX_CHARS), url: z.string().max(4096), capturedAt: isoDateTime }),
  status: StatusSchema,
  history: z.array(StatusChangeSchema).min(1),
  applied: AppliedSchema.nullable(),
  notes: z.string().max(NOTES_MAX_CHARS),
  trackedAt: isoDateTime,
  updatedAt: isoDateTime,
  /**
   * What the page's scale paid by the pay table in force, looked up when it was saved (absent
   * when the page named no scale of a shipped table, stated its own amounts, or was saved before
   * Vacalens looked scales up). Never the page's salary: that stays in `facts`.
   */
  indicative: StoredIndicativeSchema.optional(),
});
export type TrackedVacancy = z.infer<typeof TrackedVacancySchema>;

/**
 * A version-1 record as version 2 holds it: nothing corrected, one source address, the date of
 * application taken from the first move to 'applied' (how is unknown).
 */
export function upgradeV1(v1: TrackedVacancyV1): TrackedVacancy {
  const firstApplied = v1.history.find((h) => h.status === 'applied');
  return {
    id: v1.id,
    url: v1.url,
    sourceUrls: [v1.url],
    facts: v1.facts,
    corrections: {},
    snapshot: { text: v1.snapshot.text, url: v1.url, capturedAt: v1.snapshot.capturedAt },
    status: v1.status,
    history: v1.history.map((h) => ({ status: h.status, at: h.at, recordedAt: h.at, by: 'user' })),
    applied: firstApplied ? { date: localDay(new Date(firstApplied.at)), via: null } : null,
    notes: v1.notes,
    trackedAt: v1.trackedAt,
    updatedAt: v1.updatedAt,
  };
}

/** A stored or imported record of either version, as version 2. Throws when it is neither. */
export function readTrackedVacancy(value: unknown): TrackedVacancy {
  const v2 = TrackedVacancySchema.safeParse(value);
  if (v2.success) return v2.data;
  return upgradeV1(TrackedVacancyV1Schema.parse(value));
}

// ---------------------------------------------------------------------------------------------
// Summaries: what the lists need, kept in a table of their own so the popup never reads snapshots.

export const TrackedSummarySchema = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string().nullable(),
  organisation: z.string().nullable(),
  reference: z.string().nullable(),
  /** The workplace, as the vacancy states it (search finds a vacancy by its city). */
  location: z.string().nullable(),
  deadline: z.string().nullable(),
  /** The selection events' days, sorted; labels stay in the full record. */
  eventDates: z.array(IsoDateSchema),
  language: z.string().nullable(),
  /** The host name of the address it was tracked from (the log page filters by it). */
  portal: z.string(),
  status: StatusSchema,
  applied: AppliedSchema.nullable(),
  trackedAt: isoDateTime,
  updatedAt: isoDateTime,
  /** The indicative amounts in effect (indicativeInEffect); absent when there are none. */
  indicative: StoredIndicativeSchema.pick({ min: true, max: true, currency: true, period: true }).optional(),
});
export type TrackedSummary = z.infer<typeof TrackedSummarySchema>;

/** The host a record was tracked from, without `www.`: the log names and filters its portal by it. */
export function portalHostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function summarize(v: TrackedVacancy): TrackedSummary {
  const facts = effectiveFacts(v);
  return {
    id: v.id,
    url: v.url,
    title: facts.title,
    organisation: facts.organisation,
    reference: facts.reference,
    location: facts.location,
    deadline: facts.deadline,
    eventDates: facts.events.map((e) => e.date).sort(),
    language: facts.language,
    portal: portalHostOf(v.url),
    status: v.status,
    applied: v.applied,
    trackedAt: v.trackedAt,
    updatedAt: v.updatedAt,
    ...indicativeAmounts(v, facts),
  };
}

/** `{ indicative }` for a summary when a look-up is in effect, else nothing (old summaries have no key either). */
function indicativeAmounts(v: TrackedVacancy, facts: VacancyFacts): { indicative?: IndicativeAmounts } {
  const found = indicativeInEffect(v, facts);
  return found ? { indicative: { min: found.min, max: found.max, currency: found.currency, period: found.period } } : {};
}

// ---------------------------------------------------------------------------------------------
// Changes. Pure: (record, change, now) -> record. Any status may follow any other, because real
// procedures skip steps (an offer straight after the test) and people correct mistakes. The history
// says what happened: a change taken back at once leaves no step, a wrong step can be removed, and
// the application date is the day of the application step, one value edited in one place.

/**
 * `applied` as the history says: the date of its application step, how as the person said (kept
 * while a step is there); null without one.
 */
function withAppliedFromHistory(v: TrackedVacancy): TrackedVacancy {
  const step = applicationStep(v.history);
  const applied = step ? { date: step.day, via: v.applied?.via ?? null } : null;
  return { ...v, applied };
}

/**
 * A record written before the application date was one value: its `applied.date` (typed in the
 * application form) and its application step's day could differ. The person's later word wins: the
 * step's day when they corrected it in the history, else the form's date, which moves to the step.
 */
export function withApplicationDateReconciled(v: TrackedVacancy): TrackedVacancy {
  const step = applicationStep(v.history);
  if (!step || !v.applied || v.applied.date === step.day) return withAppliedFromHistory(v);
  const entry = v.history[step.index]!;
  if (entry.at !== entry.recordedAt) return withAppliedFromHistory(v);
  const history = v.history.map((h, i) => (i === step.index ? { ...h, at: v.applied!.date } : h));
  return withAppliedFromHistory({ ...v, history });
}

/**
 * Sets the status and records the change. `at` is the day (or moment) it happened when the user
 * says so; otherwise now. Setting the status it already has changes nothing (a date is corrected
 * with `withHistoryDate`). A person changing back, within STATUS_GRACE_MS, to the status before
 * their last change withdraws that change instead of recording a second one.
 */
export function withStatus(
  v: TrackedVacancy,
  status: Status,
  now: Date,
  at?: string,
  by: StatusChange['by'] = 'user',
): TrackedVacancy {
  if (v.status === status) return v;
  const last = v.history.at(-1)!;
  const before = v.history.at(-2);
  const recent = now.getTime() - Date.parse(last.recordedAt) < STATUS_GRACE_MS;
  if (by === 'user' && last.by === 'user' && before?.status === status && recent) return withLastChangeWithdrawn(v, now);
  const recordedAt = now.toISOString();
  return withAppliedFromHistory({
    ...v,
    status,
    history: [...v.history, { status, at: at ?? recordedAt, recordedAt, by }],
    updatedAt: recordedAt,
  });
}

/**
 * Takes back the last status change (the person's "undo"): the step is withdrawn and the status
 * before it is the status again. The first step (tracking) stays.
 */
export function withLastChangeWithdrawn(v: TrackedVacancy, now: Date): TrackedVacancy {
  if (v.history.length < 2) throw new Error('Nothing to undo: the history has one step');
  return withHistoryEntryRemoved(v, v.history.length - 1, now);
}

/**
 * Removes a wrong step from the history; the status is the last remaining step's, and the
 * application date follows (the proof no longer lists an application that did not happen).
 * `recordedAt`, when given, must be the step's: a page that showed an older history removes nothing.
 */
export function withHistoryEntryRemoved(v: TrackedVacancy, index: number, now: Date, recordedAt?: string): TrackedVacancy {
  const entry = v.history[index];
  if (!entry) throw new Error(`No history entry ${index}`);
  if (recordedAt !== undefined && entry.recordedAt !== recordedAt) throw new Error(`History entry ${index} is not the one shown`);
  if (v.history.length < 2) throw new Error('The history keeps at least one step');
  const history = v.history.filter((_, i) => i !== index);
  return withAppliedFromHistory({ ...v, status: history.at(-1)!.status, history, updatedAt: now.toISOString() });
}

/** Corrects when one history entry happened; the time it was recorded stays. The application date follows its step. */
export function withHistoryDate(v: TrackedVacancy, index: number, at: string, now: Date): TrackedVacancy {
  const entry = v.history[index];
  if (!entry) throw new Error(`No history entry ${index}`);
  const history = v.history.map((h, i) => (i === index ? { ...h, at } : h));
  return withAppliedFromHistory({ ...v, history, updatedAt: now.toISOString() });
}

/**
 * Records that, when and how the user applied. The date is the application step's: with one in
 * the history, it moves there; without, a vacancy still marked interested (or expired, when the
 * user applied after all) moves to 'applied' on that day, and any other gets an 'applied' step
 * before the steps that followed the application.
 */
export function withApplied(v: TrackedVacancy, applied: Applied, now: Date): TrackedVacancy {
  const step = applicationStep(v.history);
  let updated: TrackedVacancy;
  if (step) {
    updated = step.day === applied.date ? v : withHistoryDate(v, step.index, applied.date, now);
  } else if (v.status === 'interested' || v.status === 'expired') {
    updated = withStatus(v, 'applied', now, applied.date);
  } else {
    const recordedAt = now.toISOString();
    const history = [...v.history];
    history.splice(Math.max(1, history.length - 1), 0, { status: 'applied', at: applied.date, recordedAt, by: 'user' });
    updated = { ...v, history };
  }
  return { ...updated, applied: { date: applied.date, via: applied.via }, updatedAt: now.toISOString() };
}

export function withNotes(v: TrackedVacancy, notes: string, now: Date): TrackedVacancy {
  return { ...v, notes, updatedAt: now.toISOString() };
}

/** Sets the user's correction of one fact; `null` removes the correction (the captured value shows again). */
/**
 * A correction saying the page does not state the fact: what was read is wrong, and nothing is to
 * take its place (a salary or contract left out, no contact persons, no selection steps).
 */
export const NOT_STATED = Symbol('not stated');

/** `value` null removes the field's correction; NOT_STATED corrects the fact to its empty value. */
export function withCorrection(v: TrackedVacancy, field: FactField, value: unknown, now: Date): TrackedVacancy {
  const corrections: Corrections = { ...v.corrections };
  if (value === null) delete corrections[field];
  else Object.assign(corrections, { [field]: correctionSchema(field).parse(value === NOT_STATED ? emptyFacts(null)[field] : value) });
  return { ...v, corrections, updatedAt: now.toISOString() };
}

/**
 * Whether a vacancy should now become expired: still 'interested' once its (inclusive) deadline
 * day is over. A vacancy tracked after its deadline had passed is left alone: the user tracked
 * it knowing that, and it did not pass "without an application" while we watched.
 */
export function shouldExpire(v: Pick<TrackedSummary, 'status' | 'deadline' | 'trackedAt'>, now: Date): boolean {
  if (v.status !== 'interested' || v.deadline === null) return false;
  const deadlineDay = v.deadline.slice(0, 10);
  return deadlineDay < localDay(now) && deadlineDay >= localDay(new Date(v.trackedAt));
}
