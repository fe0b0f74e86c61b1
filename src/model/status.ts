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
