/**
 * What a correction form makes of what was typed, the same in the sidebar and the log page: an
 * amount, a contact, and the country a phone number typed nationally is read in.
 */
import { countryOfHost, toE164 } from '../extract/phones';
import type { Contact } from '../model/facts';
import { pageLocale } from './format';

/** An amount as typed: "3.059,65", "3059.65" or "3 059" → 3059.65; null when empty, NaN when not a number. */
export function typedAmount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f€£$]/g, '');
  if (!compact) return null;
  // The last separator followed by one or two digits is the decimal one; the others group thousands.
  const decimal = /[.,](\d{1,2})$/.exec(compact);
  const whole = decimal ? compact.slice(0, decimal.index) : compact;
  // Digits, or groups of three after the first ("3.059", "1'234"): "3,5" before a decimal part is no amount.
  if (!/^\d+$/.test(whole) && !/^\d{1,3}(?:[.,']\d{3})+$/.test(whole)) return Number.NaN;
  const digits = whole.replace(/[.,']/g, '');
  return Number(decimal ? `${digits}.${decimal[1]}` : digits);
}

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

export interface ContactRow {
  name: string;
  role: string;
  phone: string;
  email: string;
}

/** A contact row as typed, as a Contact; an error message key when it cannot be one. */
export function typedContact(row: ContactRow, country: string | null): Contact | 'contactsInvalid' | null {
  const [name, role, phone, email] = [row.name.trim(), row.role.trim(), row.phone.trim(), row.email.trim()];
  if (!name && !role && !phone && !email) return null;
  const e164 = phone ? toE164(phone, country) : null;
  if ((phone && !e164) || (email && !EMAIL.test(email)) || (!name && !phone && !email)) return 'contactsInvalid';
  return { name: name || null, role: role || null, phone: e164, email: email || null };
}

/**
 * The country (as its top-level domain, "be") a phone number typed nationally is made
 * international with, in the sidebar and in the log alike: the number is the vacancy's, so its
 * page decides. First the country of the page's address ("werkenbijdeoverheid.be", and city
 * domains such as "talent.brussels"); else the country the page's language is read in, as its
 * dates are (pageLocale: a .eu page is Belgian, a Dutch page on a .com site too).
 */
export function phoneCountry(pageUrl: string | null, pageLanguage: string | null): string | null {
  let host = '';
  try {
    host = pageUrl ? new URL(pageUrl).hostname : '';
  } catch {
    // An unparsable address names no country; the language still may.
  }
  return (host && countryOfHost(host)) || pageLocale(pageLanguage, pageUrl).split('-')[1]?.toLowerCase() || null;
}
