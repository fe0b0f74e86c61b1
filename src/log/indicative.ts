import type { VacancyFacts } from '../model/facts';
import type { StoredIndicative } from '../model/indicative';
import { effectiveFacts, type TrackedVacancy } from '../model/tracked';
import { indicativePay, isRange } from '../paytables';

/**
 * The look-up a record keeps (see src/model/indicative.ts): the pay table's range for the scale
 * the page names when it states no amount, with the edition picked on the publication date (else
 * today). Candidates ("E 9a" without TVöD or TV-L) are not amounts: nothing is kept for them.
 */
export function indicativeToKeep(facts: Pick<VacancyFacts, 'salary' | 'url' | 'published'>, now: Date): StoredIndicative | undefined {
  const found = indicativePay(facts, now);
  if (!found || !isRange(found)) return undefined;
  const { publisher, title, url, read } = found.source;
  return {
    scale: facts.salary!.scale!,
    day: facts.published ?? now.toISOString().slice(0, 10),
    min: found.min,
    max: found.max,
    currency: found.currency,
    period: found.period,
    system: found.system,
    name: found.name,
    edition: found.edition,
    source: { publisher, title, url, read },
    mayBeOutdated: found.mayBeOutdated,
  };
}

/**
 * The record after a correction of its salary or publication date: the scale in effect is looked
 * up again (on the publication date in effect) when it or the date changed, so the log never shows
 * the amounts of a scale the person corrected away. An unchanged scale and date keep the edition
 * picked when the vacancy was saved.
 */
export function withIndicativeLookedUp(record: TrackedVacancy, now: Date): TrackedVacancy {
  const facts = effectiveFacts(record);
  const kept = record.indicative;
  const scale = facts.salary?.scale ?? null;
  if (kept && kept.scale === scale && (facts.published === null || kept.day === facts.published)) return record;
  const { indicative: _old, ...rest } = record;
  const found = indicativeToKeep(facts, now);
  return found ? { ...rest, indicative: found } : rest;
}
