import { z } from './zod';

/** The user's settings, kept in the database beside the log. */
export const SettingsSchema = z.object({
  /** Browser notifications before deadlines and selection events. */
  reminders: z.boolean(),
  /** How many days before a deadline the reminder comes. */
  deadlineReminderDays: z.number().int().min(1).max(30),
  /** The person's name on the printable proof of job search, kept so it is typed once. */
  reportName: z.string().max(200),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { reminders: true, deadlineReminderDays: 3, reportName: '' };

/** Stored settings over the defaults: a setting added in a later version gets its default. */
export function readSettings(stored: unknown): Settings {
  const parsed = SettingsSchema.partial().safeParse(stored);
  return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}
