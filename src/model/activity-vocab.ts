import { APPLIED_VIA } from './status';

/**
 * The job-search activity vocabularies and limits without their schemas (those are in
 * activity.ts), so the extension's pages can list them without loading zod.
 */

/**
 * What a person did to find work, in the terms the employment services count (see
 * docs/job-search-presets.md): an application for a tracked vacancy, an open (unsolicited)
 * application, a job fair, a network contact, an interview attended, a test or exam sat (civil
 * service exams among them), a registration with an agency, a training, or something else.
 */
export const ACTIVITY_TYPES = [
  'application',
  'open-application',
  'job-fair',
  'network-contact',
  'interview',
  'test',
  'agency-registration',
  'training',
  'other',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/**
 * How the person made the contact. The log's how-applied keys (APPLIED_VIA: portal, email,
 * letter, other) come first and mean the same here, so an application's `via` is an activity's
 * `how` unchanged; in person and by phone are what the services add (interviews, fairs, calls).
 */
export const ACTIVITY_HOW = [...APPLIED_VIA.filter((via) => via !== 'other'), 'phone', 'in-person', 'video', 'other'] as const;
export type ActivityHow = (typeof ACTIVITY_HOW)[number];

/** Limits on what a hand-made activity may hold: a form's text, not a document. */
export const ACTIVITY_TEXT_MAX_CHARS = 500;
export const ACTIVITY_NOTES_MAX_CHARS = 5_000;
/** Minutes of one activity: a whole day of a job fair is the most one entry needs. */
export const ACTIVITY_MINUTES_MAX = 24 * 60;

/**
 * The employment services whose proof of search Vacalens prints (their rules are data in
 * log/presets.ts), and "general" for anyone else.
 */
export const PRESET_IDS = ['uwv', 'vdab', 'forem-actiris', 'ba-jobcenter', 'universal-credit', 'us-ny', 'general'] as const;
export type PresetId = (typeof PRESET_IDS)[number];
