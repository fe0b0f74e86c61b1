import type { ComponentChildren } from 'preact';
import { contractTerms } from '../i18n/fact-labels';
import type { Contact, FactField } from '../model/facts';
import { DaysLeft } from './DaysLeft';
import { salaryParts, type FactTextContext } from './fact-text';
import { daysUntil, formatDate, formatPhone } from './format';

/**
 * A fact as shown, the one way every screen shows it (the sidebar, the log page's detail): dates
 * as the page's language writes them, a phone or an address as a link, "not stated" when missing.
 */
export function FactValue(props: FactTextContext & { field: FactField; /** Shows the days left beside a deadline. */ now?: Date }): ComponentChildren {
  const { field, facts, locale, t, now } = props;
  const missing = <span class="missing">{t('notStated')}</span>;
  switch (field) {
    case 'deadline':
      return facts.deadline ? (
        <>
          <span class="value">{formatDate(facts.deadline, locale)}</span>
          {now && (
            <>
              {' '}
              (<DaysLeft days={daysUntil(facts.deadline, now)} t={t} />)
            </>
          )}
        </>
      ) : (
        missing
      );
    case 'published':
      return facts.published ? <span class="value">{formatDate(facts.published, locale)}</span> : missing;
    case 'salary': {
      const [first, second] = salaryParts(props);
      if (!first) return missing;
      const scale = facts.salary?.scale ? first : null;
      const amount = scale ? second : first;
      return (
        <span class="value">
          {scale && <span class="scale">{scale}</span>}
          {scale && amount && ' '}
          {amount && <span class="amount">{amount}</span>}
        </span>
      );
    }
    case 'contract':
      return facts.contract ? <span class="value">{contractTerms(facts.contract, t).join(' · ')}</span> : missing;
    case 'contacts':
      return facts.contacts.length ? (
        <ul class="contacts">
          {facts.contacts.map((c, i) => (
            <ContactItem contact={c} key={i} />
          ))}
        </ul>
      ) : (
        missing
      );
    case 'events':
      return facts.events.length ? (
        <ul class="events">
          {facts.events.map((e, i) => (
            <li key={i}>
              <span class="date">{formatDate(e.date, locale)}</span> {e.label}
            </li>
          ))}
        </ul>
      ) : (
        missing
      );
    case 'title':
    case 'organisation':
    case 'reference':
    case 'location': {
      const value = facts[field];
      return value ? <span class="value">{value}</span> : missing;
    }
  }
}

function ContactItem({ contact }: { contact: Contact }) {
  return (
    <li>
      {contact.name && <span class="name">{contact.name}</span>}
      {contact.role && <span class="role">{contact.role}</span>}
      {contact.phone && (
        <a href={`tel:${contact.phone}`} class="phone">
          {formatPhone(contact.phone)}
        </a>
      )}
      {contact.email && (
        <a href={`mailto:${contact.email}`} class="email">
          {contact.email}
        </a>
      )}
    </li>
  );
}
