/**
 * The status and application vocabularies without their schemas (those are in tracked.ts), so
 * the extension's pages can list them without loading zod.
 */

/** Where a person stands in a public-sector selection procedure. */
export const STATUSES = [
  'interested',
  'applied',
  'screening',
  'test',
  'interview',
  'offer',
  'hired',
  'rejected',
  'withdrawn',
  'expired',
] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses after which nothing more is due: no reminders, listed after the open ones. */
export const CLOSED_STATUSES: ReadonlySet<Status> = new Set(['hired', 'rejected', 'withdrawn', 'expired']);

export const APPLIED_VIA = ['portal', 'email', 'letter', 'other'] as const;
/** How a person applied. */
export type AppliedVia = (typeof APPLIED_VIA)[number];

/**
 * Statuses a person only reaches by having applied: when the history has no 'applied' step (people
 * skip it and go straight to 'test'), the first change to one of these dates the application.
 */
export const APPLIED_OR_LATER: ReadonlySet<Status> = new Set(['applied', 'screening', 'test', 'interview', 'offer', 'hired']);

/**
 * How long a status change can be taken back without a trace: changing back to the status before
 * it within this time withdraws the change (a slip of the hand, a wrong row) rather than recording
 * a second step.
 */
export const STATUS_GRACE_MS = 5 * 60_000;
