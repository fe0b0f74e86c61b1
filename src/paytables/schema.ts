import { z } from '../model/zod';

/**
 * The format of a pay table file: one pay system in one edition, with where its numbers come from.
 * Every file is parsed with this schema when it is loaded (index.ts) and checked for order and
 * gaps by `npm run check:paytables` (check.ts), so a typo in a number's date or a missing source
 * fails loudly instead of showing a wrong amount.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const amount = z.number().finite().positive();

export const SourceSchema = z.object({
  publisher: z.string().min(1),
  title: z.string().min(1),
  url: z.url({ protocol: /^https$/ }),
  /** When the copy we took the numbers from was read. */
  read: isoDate,
  /** "official": the publisher sets or publishes the pay; "secondary": a copy checked as described in `check`. */
  kind: z.enum(['official', 'secondary']),
  /** How the numbers were checked against this or other sources. */
  check: z.string().min(1).optional(),
});
export type PaySource = z.infer<typeof SourceSchema>;

/** A Belgian index coefficient: amounts at 100% are multiplied by it from `from` to `to`. */
export const CoefficientSchema = z.object({
  from: isoDate,
  /** The last day it applied; null while no later coefficient is known. */
  to: isoDate.nullable(),
  value: z.number().finite().min(1).max(10),
  source: SourceSchema,
});
export type Coefficient = z.infer<typeof CoefficientSchema>;

export const BasisSchema = z.discriminatedUnion('kind', [
  /** The steps are the amounts paid. */
  z.object({ kind: z.literal('amounts') }),
  /** The steps are yearly amounts at 100%; the pay is step × coefficient, shown a month (÷ 12). */
  z.object({ kind: z.literal('index-100'), coefficients: z.array(CoefficientSchema).min(1) }),
]);
export type Basis = z.infer<typeof BasisSchema>;

export const PayTableSchema = z.object({
  /** The pay system, shared by all its editions (`de-tvoed-vka`). */
  system: z.string().regex(/^[a-z]{2}-[a-z0-9-]+$/),
  /** How the table is named to a person, in the system's own words. */
  name: z.string().min(1),
  jurisdiction: z.object({
    country: z.string().regex(/^[A-Z]{2}$/),
    /** A region within the country (BE-VLG for Flanders), when the system is regional. */
    region: z.string().regex(/^[A-Z]{2}-[A-Z]{2,3}$/).optional(),
    level: z.enum(['local', 'regional', 'federal', 'national', 'supranational']),
  }),
  currency: z.string().regex(/^[A-Z]{3}$/),
  /** The period of the step amounts as stored (before any index coefficient). */
  unit: z.enum(['hour', 'month', 'year']),
  gross: z.literal(true),
  basis: BasisSchema,
  effectiveFrom: isoDate,
  /** The last day the edition applied; null while it is the latest known. */
  effectiveTo: isoDate.nullable(),
  /** Each scale's steps from the first to the last, as the source lists them. */
  scales: z.record(z.string().regex(/^[A-Z][A-Za-z0-9Ü]*$/), z.array(amount).min(1)),
  source: SourceSchema,
  /** What a reader should know: councils may deviate, scales left out and why. */
  note: z.string().min(1),
});
export type PayTable = z.infer<typeof PayTableSchema>;
