import type { VacancyFacts } from './facts';

/**
 * Facts of a page that states nothing. Apart from the schemas (facts.ts) so the extractor, which
 * the sidebar script carries into every vacancy page, loads without zod.
 */
export function emptyFacts(url: string | null): VacancyFacts {
  return {
    url,
    isVacancy: false,
    language: null,
    title: null,
    organisation: null,
    reference: null,
    salary: null,
    deadline: null,
    published: null,
    contract: null,
    location: null,
    contacts: [],
    events: [],
    evidence: {},
  };
}
