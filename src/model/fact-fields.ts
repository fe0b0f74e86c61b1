/** The facts that carry evidence, in the order the contract lists them (schemas in facts.ts). */
export const FACT_FIELDS = [
  'title',
  'organisation',
  'reference',
  'salary',
  'deadline',
  'published',
  'contract',
  'location',
  'contacts',
  'events',
] as const;
export type FactField = (typeof FACT_FIELDS)[number];
