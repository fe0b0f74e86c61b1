import { z } from './zod';
import { FACT_FIELDS, type FactField } from './fact-fields';

export { FACT_FIELDS, type FactField };

/**
 * The contract of the extracted facts: what the extractor returns, what the CLI prints and what
 * crosses from the page to the background when a vacancy is tracked. Anything the page does not
 * state is null, never guessed.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
/** A date, or a full date-time with its offset when the page gave a time. */
const isoDateOrDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?$/, 'expected an ISO date');

// Bounds keep a hostile page from pushing megabytes through a message or into the database.
const shortText = z.string().max(500);

export const SalarySchema = z.object({
  scale: shortText.nullable(),
  min: z.number().finite().nonnegative().nullable(),
  max: z.number().finite().nonnegative().nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
  period: z.enum(['hour', 'day', 'week', 'month', 'year']).nullable(),
  gross: z.boolean().nullable(),
});
export type Salary = z.infer<typeof SalarySchema>;

export const ContractSchema = z.object({
  employment: z.enum(['statutory', 'contractual']).nullable(),
  schedule: z.enum(['full-time', 'part-time']).nullable(),
  duration: z.enum(['permanent', 'temporary']).nullable(),
  hoursPerWeek: z.number().finite().positive().max(80).nullable(),
  level: shortText.nullable(),
});
export type Contract = z.infer<typeof ContractSchema>;

export const ContactSchema = z.object({
  name: shortText.nullable(),
  role: shortText.nullable(),
  phone: z.string().regex(/^\+[1-9]\d{5,14}$/, 'expected an E.164 phone number').nullable(),
  email: z.string().max(254).regex(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/).nullable(),
});
export type Contact = z.infer<typeof ContactSchema>;

export const EventSchema = z.object({ date: isoDate, label: shortText });
export type SelectionEvent = z.infer<typeof EventSchema>;

export const FactFieldSchema = z.enum(FACT_FIELDS);

const SourceSchema = z.string().regex(/^(jsonld|microdata|meta|text|portal:[a-z0-9-]+)$/);

export const EvidenceSchema = z.object({
  /** Where the value was read: declared data, a portal rule, or the visible text. */
  source: SourceSchema,
  /** The exact page text it was read from (for the sidebar and the in-page highlight). */
  text: z.string().max(2000),
  /**
   * When the page's declared data and its visible text disagree, the fact holds the visible
   * text's value (what the employer wrote for people) and this holds the other reading, shown
   * beside it rather than silently dropped.
   */
  conflict: z
    .object({ source: SourceSchema, text: z.string().max(2000), value: z.string().max(500) })
    .optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const VacancyFactsSchema = z.object({
  url: z.string().max(4096).nullable(),
  isVacancy: z.boolean(),
  language: z.string().regex(/^[a-z]{2}$/).nullable(),
  title: shortText.nullable(),
  organisation: shortText.nullable(),
  reference: shortText.nullable(),
  salary: SalarySchema.nullable(),
  deadline: isoDateOrDateTime.nullable(),
  published: isoDate.nullable(),
  contract: ContractSchema.nullable(),
  location: shortText.nullable(),
  contacts: z.array(ContactSchema).max(20),
  events: z.array(EventSchema).max(50),
  evidence: z.partialRecord(FactFieldSchema, EvidenceSchema),
});
export type VacancyFacts = z.infer<typeof VacancyFactsSchema>;

