/**
 * A fact as text, for every screen that shows one: the sidebar, the log page's detail. Its parts
 * (a salary's scale and amount, a contract's terms) are what FactValue lays out, so the line of
 * text and the fact shown never say it differently.
 */
import { contractTerms, grossLabel, PERIOD_LABELS } from '../i18n/fact-labels';
import type { FactField, VacancyFacts } from '../model/facts';
import { formatDate, formatMoney, formatPhone } from './format';
import type { Translate } from './i18n';

export interface FactTextContext {
  facts: VacancyFacts;
  /** The locale facts are formatted in: the page's, not the browser's. */
  locale: string;
  t: Translate;
}

/** Whether the page gave a value for the fact (an empty list is none): only then can it be left out. */
export function hasValue(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined;
}

/** A fact as one line of text: the "read from the page" note and a correction's starting point. */
export function factText(context: FactTextContext, field: FactField): string {
  const { facts, locale, t } = context;
  switch (field) {
    case 'deadline':
    case 'published': {
      const date = facts[field];
      return date ? formatDate(date, locale) : t('notStated');
    }
    case 'salary':
      return facts.salary ? salaryParts(context).join(' ') : t('notStated');
    case 'contract':
      return facts.contract ? contractTerms(facts.contract, t).join(' · ') : t('notStated');
    case 'contacts':
      return facts.contacts.length
        ? facts.contacts.map((c) => [c.name, c.role, c.phone && formatPhone(c.phone), c.email].filter(Boolean).join(', ')).join('; ')
        : t('notStated');
    case 'events':
      return facts.events.length ? facts.events.map((e) => `${formatDate(e.date, locale)} ${e.label}`).join('; ') : t('notStated');
    case 'title':
    case 'organisation':
    case 'reference':
    case 'location':
      return facts[field] ?? t('notStated');
  }
}

/** A salary as its scale ("B1") and its amount ("€ 3.059,65 – € 4.129,64 bruto per maand"), each when known. */
export function salaryParts({ facts, locale, t }: FactTextContext): string[] {
  const s = facts.salary;
  if (!s) return [];
  const money = (n: number | null) => (n === null || !s.currency ? null : formatMoney(n, s.currency, locale));
  const min = money(s.min);
  const max = money(s.max);
  const range = min && max && min !== max ? `${min} – ${max}` : (min ?? max);
  const period = s.period ? t(PERIOD_LABELS[s.period]) : null;
  const gross = s.gross === null ? null : grossLabel(s.gross, t);
  const amount = range ? [range, gross, period].filter(Boolean).join(' ') : null;
  return [s.scale, amount].filter((x): x is string => Boolean(x));
}
