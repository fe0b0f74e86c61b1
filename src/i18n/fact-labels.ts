import type { Contract, FactField, Salary } from '../model/facts';
import type { MessageKey, Translate } from './messages';

/** Each fact's name ("Deadline", "Loon"), for every view that lists or corrects facts. */
export const FACT_LABELS: Record<FactField, MessageKey> = {
  title: 'factTitle',
  organisation: 'factOrganisation',
  reference: 'factReference',
  salary: 'factSalary',
  deadline: 'factDeadline',
  published: 'factPublished',
  contract: 'factContract',
  location: 'factLocation',
  contacts: 'factContacts',
  events: 'factEvents',
};

/** Where a fact was read; a portal's own rules are named by the fallback, sourcePortal. */
const SOURCE_LABELS: Record<string, MessageKey> = {
  jsonld: 'sourceJsonld',
  microdata: 'sourceMicrodata',
  meta: 'sourceMeta',
  text: 'sourceText',
};

/** The name of where a fact was read ("portal:vlaanderen" reads as the portal's rules). */
export function sourceLabel(source: string, t: Translate): string {
  return t(SOURCE_LABELS[source] ?? 'sourcePortal');
}

/** A salary's period ("per maand"), for every view and export that names one. */
export const PERIOD_LABELS = {
  hour: 'periodHour',
  day: 'periodDay',
  week: 'periodWeek',
  month: 'periodMonth',
  year: 'periodYear',
} as const satisfies Record<NonNullable<Salary['period']>, MessageKey>;

/** Whether an amount is before or after tax ("bruto", "netto"). */
export function grossLabel(gross: boolean, t: Translate): string {
  return t(gross ? 'gross' : 'net');
}

/** A contract's terms in the user's words, in the order the sidebar gives them: "statutair", "voltijds", "38 uur per week", … */
export function contractTerms(c: Contract, t: Translate): string[] {
  const terms: (string | null | false)[] = [
    c.employment && t(c.employment === 'statutory' ? 'employmentStatutory' : 'employmentContractual'),
    c.schedule && t(c.schedule === 'full-time' ? 'scheduleFullTime' : 'schedulePartTime'),
    c.hoursPerWeek !== null && t('hoursPerWeek', String(c.hoursPerWeek)),
    c.duration && t(c.duration === 'permanent' ? 'durationPermanent' : 'durationTemporary'),
    c.level && t('level', c.level),
  ];
  return terms.filter((term): term is string => Boolean(term));
}
