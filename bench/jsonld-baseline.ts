/**
 * The accuracy baseline: what a general job tracker reads, only the page's JSON-LD JobPosting,
 * mapped field for field with no look at the visible text.
 */
import { emptyFacts } from '../src/model/empty-facts';
import type { VacancyFacts } from '../src/model/facts';

type Json = Record<string, unknown>;

function postings(doc: Document): Json[] {
  const found: Json[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const o = node as Json;
    const type = o['@type'];
    if (type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'))) found.push(o);
    if (o['@graph']) visit(o['@graph']);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A tracker skips what it cannot parse.
    }
  }
  return found;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() && !Number.isNaN(Number(v)) ? Number(v) : null);
const date = (v: unknown): string | null => str(v)?.slice(0, 10) ?? null;
const PERIODS: Record<string, 'hour' | 'day' | 'week' | 'month' | 'year'> = {
  HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year',
};

export function jsonLdOnlyFacts(doc: Document, url: string | null): VacancyFacts {
  const facts = emptyFacts(url);
  const p = postings(doc)[0];
  if (!p) return facts;
  facts.isVacancy = true;
  facts.title = str(p['title']);
  const org = p['hiringOrganization'];
  facts.organisation = typeof org === 'string' ? str(org) : str((org as Json | undefined)?.['name']);
  const id = p['identifier'];
  facts.reference = typeof id === 'object' && id !== null ? str((id as Json)['value']) : str(id);
  facts.deadline = date(p['validThrough']);
  facts.published = date(p['datePosted']);
  const salary = p['baseSalary'] as Json | undefined;
  const value = salary?.['value'] as Json | undefined;
  if (salary) {
    facts.salary = {
      scale: null,
      min: num(value?.['minValue'] ?? value?.['value']),
      max: num(value?.['maxValue'] ?? value?.['value']),
      currency: str(salary['currency']),
      period: PERIODS[String(value?.['unitText'] ?? '').toUpperCase()] ?? null,
      gross: null,
    };
  }
  const types = ([] as unknown[]).concat(p['employmentType'] ?? []).map(String);
  if (types.length) {
    facts.contract = {
      employment: null,
      schedule: types.includes('FULL_TIME') ? 'full-time' : types.includes('PART_TIME') ? 'part-time' : null,
      duration: types.includes('TEMPORARY') || types.includes('CONTRACTOR') ? 'temporary' : null,
      hoursPerWeek: null,
      level: null,
    };
  }
  const place = ([] as unknown[]).concat(p['jobLocation'] ?? [])[0] as Json | undefined;
  const address = place?.['address'] as Json | string | undefined;
  facts.location =
    typeof address === 'string'
      ? str(address)
      : [str(address?.['streetAddress']), [str(address?.['postalCode']), str(address?.['addressLocality'])].filter(Boolean).join(' ')]
          .filter(Boolean)
          .join(', ') || null;
  return facts;
}
