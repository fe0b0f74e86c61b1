import { z } from './zod';
import {
  ACTIVITY_HOW,
  ACTIVITY_MINUTES_MAX,
  ACTIVITY_NOTES_MAX_CHARS,
  ACTIVITY_TEXT_MAX_CHARS,
  ACTIVITY_TYPES,
  type ActivityType,
} from './activity-vocab';

export * from './activity-vocab';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const isoDateTime = z.iso.datetime({ offset: true });
/** A line a person types into the activity form; empty lines are stored as null (not stated). */
const line = z.string().trim().max(ACTIVITY_TEXT_MAX_CHARS).nullable();

export const ActivityTypeSchema = z.enum(ACTIVITY_TYPES);
export const ActivityHowSchema = z.enum(ACTIVITY_HOW);

/**
 * What a person fills in for one job-search activity. Every field an employment service may ask
 * for is here; which ones a proof needs is the preset's business (log/presets.ts), so a field left
 * empty is null and shows as a gap, never as a blank cell printed silently.
 */
export const ActivityInputSchema = z.object({
  /** The day it happened, YYYY-MM-DD (the person's calendar day). */
  date: isoDay,
  type: ActivityTypeSchema,
  /** The employer, or the organiser of a fair, training or network event. */
  employer: line,
  /** The position applied or asked for. */
  position: line,
  /** The employer's postal, e-mail or web address (New York asks for one of the three); a web address may be long. */
  address: z.string().trim().max(4096).nullable(),
  /** The employer's municipality (the Bundesagentur asks for the place). */
  municipality: line,
  /** The person spoken to, or their job title. */
  contact: line,
  /** The employer's or contact's telephone number, as the person wrote it. */
  phone: z.string().trim().max(50).nullable(),
  how: ActivityHowSchema.nullable(),
  /** The outcome in the person's words: "invited to an interview", "rejected", "no reply yet". */
  result: line,
  /** Time spent, in minutes (Universal Credit counts hours of work search). */
  minutes: z.number().int().min(0).max(ACTIVITY_MINUTES_MAX).nullable(),
  notes: z.string().max(ACTIVITY_NOTES_MAX_CHARS),
  /** The tracked vacancy it belongs to, when there is one. */
  vacancyId: z.string().min(1).max(64).nullable(),
});
export type ActivityInput = z.infer<typeof ActivityInputSchema>;

export const ActivitySchema = ActivityInputSchema.extend({
  id: z.string().min(1).max(64),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Activity = z.infer<typeof ActivitySchema>;

/** An input with every optional field empty: what a new activity form starts from. */
export function emptyActivityInput(date: string, type: ActivityType = 'application'): ActivityInput {
  return {
    date,
    type,
    employer: null,
    position: null,
    address: null,
    municipality: null,
    contact: null,
    phone: null,
    how: null,
    result: null,
    minutes: null,
    notes: '',
    vacancyId: null,
  };
}

/** A line typed as blank is not stated: null, so a preset that needs it shows a gap. */
function blankAsNull(input: ActivityInput): ActivityInput {
  const out = { ...input };
  for (const key of ['employer', 'position', 'address', 'municipality', 'contact', 'phone', 'result'] as const) {
    if (out[key] !== null && out[key]!.trim() === '') out[key] = null;
  }
  return out;
}

/** A new activity from what the person typed; throws (a zod error) when the input is not valid. */
export function newActivity(input: unknown, id: string, now: Date): Activity {
  const parsed = blankAsNull(ActivityInputSchema.parse(input));
  const at = now.toISOString();
  return { ...parsed, id, createdAt: at, updatedAt: at };
}

/** The activity with the person's changes; the id and creation time stay. */
export function withActivityChanges(activity: Activity, changes: unknown, now: Date): Activity {
  const merged = ActivityInputSchema.parse({ ...toInput(activity), ...(changes as object) });
  return { ...blankAsNull(merged), id: activity.id, createdAt: activity.createdAt, updatedAt: now.toISOString() };
}

function toInput(activity: Activity): ActivityInput {
  const { id: _id, createdAt: _c, updatedAt: _u, ...input } = activity;
  return input;
}
