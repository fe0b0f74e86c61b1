import { z } from './zod';
import { VacancyFactsSchema } from './facts';

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
export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;

const isoDateTime = z.iso.datetime({ offset: true });

/** Limits on what a page can make us store: a vacancy's text is a few dozen kB at most. */
export const SNAPSHOT_MAX_CHARS = 300_000;

export const StatusChangeSchema = z.object({ status: StatusSchema, at: isoDateTime });
export type StatusChange = z.infer<typeof StatusChangeSchema>;

export const TrackedVacancySchema = z.object({
  id: z.string().min(1).max(64),
  url: z.string().max(4096),
  /** The facts as extracted when the vacancy was tracked. */
  facts: VacancyFactsSchema,
  /** The vacancy's text at the time of tracking: the page may disappear when the vacancy closes. */
  snapshot: z.object({ text: z.string().max(SNAPSHOT_MAX_CHARS), capturedAt: isoDateTime }),
  status: StatusSchema,
  history: z.array(StatusChangeSchema).min(1),
  notes: z.string().max(20_000),
  trackedAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type TrackedVacancy = z.infer<typeof TrackedVacancySchema>;

/** What the lists need of a tracked vacancy: small enough to send thousands of them. */
export const TrackedSummarySchema = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string().nullable(),
  organisation: z.string().nullable(),
  deadline: z.string().nullable(),
  language: z.string().nullable(),
  status: StatusSchema,
  trackedAt: isoDateTime,
});
export type TrackedSummary = z.infer<typeof TrackedSummarySchema>;

export function summarize(v: TrackedVacancy): TrackedSummary {
  return {
    id: v.id,
    url: v.url,
    title: v.facts.title,
    organisation: v.facts.organisation,
    deadline: v.facts.deadline,
    language: v.facts.language,
    status: v.status,
    trackedAt: v.trackedAt,
  };
}
