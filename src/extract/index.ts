/**
 * The extractor: (document, url, now) -> the vacancy's facts, each with the text it was read from.
 * Pure: no browser or extension API, no clock but `now`, no `location`; works on any DOM.
 */
import type { Evidence, FactField, VacancyFacts } from '../model/facts';
import { emptyFacts } from '../model/empty-facts';
import type { Context, Found } from './context';
import { buildContext } from './context';
import type { PageText } from './text';
import { looksLikeVacancy } from './detect';
import { extractContacts } from './fields/contacts';
import { extractContract, levelOfScale } from './fields/contract';
import { extractDeadline } from './fields/deadline';
import { extractEvents } from './fields/events';
import { extractLanguage } from './fields/language';
import { extractLocation } from './fields/location';
import { extractOrganisation } from './fields/organisation';
import { extractPublished } from './fields/published';
import { extractReference } from './fields/reference';
import { extractSalary } from './fields/salary';
import { extractTitle } from './fields/title';

export { looksLikeVacancy } from './detect';
export { pageText, rangeOf, locate } from './text';
export type { PageText, TextLine, DomPoint } from './text';

const MAX_EVIDENCE = 2000;

function attempt<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

/** Far above any vacancy page (a few thousand elements), far below what would take seconds to read. */
export const MAX_ELEMENTS = 50_000;

export interface ExtractOptions {
  /**
   * Read facts even where detection says the page is not a single vacancy (the user asked for
   * it). Otherwise such a page yields no facts: a list of vacancies would give a mix of theirs.
   */
  evenIfNotVacancy?: boolean;
  /**
   * Detection (looksLikeVacancy) already said yes on this document: the content script asked for
   * the sidebar because of it. Detection is not run a second time.
   */
  detected?: boolean;
}

export function extractFacts(doc: Document, url: string | null, now: Date, options: ExtractOptions = {}): VacancyFacts {
  return extractFactsAndText(doc, url, now, options).facts;
}

/**
 * The facts, and the page text they were read from (null when the page was not read): the sidebar
 * finds the evidence in that same text to highlight it, rather than walking the page again.
 */
export function extractFactsAndText(
  doc: Document,
  url: string | null,
  now: Date,
  { evenIfNotVacancy = false, detected = false }: ExtractOptions = {},
): { facts: VacancyFacts; page: PageText | null } {
  const facts = emptyFacts(url);
  // A vacancy page has a few thousand elements. One with more than MAX_ELEMENTS (or one a DOM
  // cannot even count, nested beyond its stack) is not read at all: the extractor gives up
  // cleanly, with no facts, instead of scanning it for seconds.
  const elements = attempt(() => doc.getElementsByTagName('*').length);
  if (elements === null || elements > MAX_ELEMENTS) return { facts, page: null };
  facts.isVacancy = detected || (attempt(() => looksLikeVacancy(doc, url ?? '')) ?? false);
  if (!facts.isVacancy && !evenIfNotVacancy) return { facts, page: null };
  const ctx = attempt(() => buildContext(doc, url, now));
  if (!ctx) return { facts, page: null };
  facts.language = attempt(() => extractLanguage(ctx));
  ctx.language = facts.language;

  const evidence: Partial<Record<FactField, Evidence>> = {};
  const take = <T>(field: FactField, extract: (c: Context) => Found<T> | null): T | null => {
    const found = attempt(() => extract(ctx));
    if (!found) return null;
    const { source, text, conflict } = found.evidence;
    evidence[field] = { source, text: text.slice(0, MAX_EVIDENCE), ...(conflict ? { conflict } : {}) };
    return found.value;
  };

  facts.title = take('title', extractTitle);
  facts.organisation = take('organisation', extractOrganisation);
  ctx.organisation = facts.organisation;
  facts.reference = take('reference', extractReference);
  // Published first: year-less dates of the deadline and the selection steps count from it.
  facts.published = take('published', extractPublished);
  ctx.published = facts.published;
  facts.deadline = take('deadline', extractDeadline);
  ctx.deadline = facts.deadline;
  facts.salary = take('salary', extractSalary);
  facts.contract = take('contract', extractContract);
  const implied = facts.salary?.scale ? levelOfScale(facts.salary.scale, ctx.country) : null;
  if (implied && !facts.contract?.level) {
    facts.contract = { employment: null, schedule: null, duration: null, hoursPerWeek: null, ...facts.contract, level: implied };
    evidence.contract ??= evidence.salary;
  }
  facts.location = take('location', extractLocation);
  facts.contacts = take('contacts', extractContacts) ?? [];
  facts.events = take('events', extractEvents) ?? [];
  facts.evidence = evidence;
  return { facts, page: ctx.page };
}
