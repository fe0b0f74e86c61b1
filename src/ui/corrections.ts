/** What the sidebar and the log page's detail share about correcting a fact. */
import type { Contact, Contract, FactField, Salary, SelectionEvent } from '../model/facts';

/** What a correction holds: a line of text or a date, or a whole salary, contract or list. */
export type CorrectionValue = string | Salary | Contract | Contact[] | SelectionEvent[];

/** The facts corrected with a date field rather than a line of text. */
export const DATE_FIELDS: ReadonlySet<FactField> = new Set(['deadline', 'published']);

/**
 * Amounts and lists: corrected with a form of their own rather than one line of text, and a wrong
 * one can be left out ("not stated") and taken back.
 */
export const STRUCTURED_FIELDS = ['salary', 'contract', 'contacts', 'events'] as const;
export type StructuredField = (typeof STRUCTURED_FIELDS)[number];
export const isStructured = (field: FactField): field is StructuredField => (STRUCTURED_FIELDS as readonly FactField[]).includes(field);
