/**
 * Facts are shown the way the page's own language writes them ("1 februari 2026", "€ 3.059,65"),
 * whatever the browser's language; the page's country decides the regional variant.
 */
const COUNTRY_BY_TLD: Record<string, string> = {
  be: 'BE', nl: 'NL', de: 'DE', fr: 'FR', uk: 'GB', at: 'AT', ch: 'CH', lu: 'LU', gov: 'US', eu: 'BE',
};
const DEFAULT_COUNTRY: Record<string, string> = { nl: 'BE', fr: 'FR', de: 'DE', en: 'GB' };

export function pageLocale(language: string | null, url: string | null): string {
  const lang = language ?? 'en';
  let country: string | undefined;
  if (url) {
    try {
      const tld = new URL(url).hostname.split('.').pop() ?? '';
      country = COUNTRY_BY_TLD[tld];
    } catch {
      // An unparsable address says nothing about the country.
    }
  }
  country ??= DEFAULT_COUNTRY[lang];
  return country ? `${lang}-${country}` : lang;
}

function dateParts(iso: string): { y: number; m: number; d: number } {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

/*
 * Dates and amounts are written from tables for the languages and regions Vacalens shows most,
 * each entry tested equal to Intl's output (tests/unit/ui/format.test.ts), and by Intl elsewhere.
 * The first Intl formatter a freshly loaded page makes costs milliseconds (ICU's number and date
 * set-up, measured at 15–40 ms under load in Chromium, whichever formatter comes first), and the
 * sidebar is drawn into a freshly loaded vacancy page: the tables keep that off its way.
 */

const MONTHS: Record<string, readonly string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** How a date with day, long month and year is written: "1 mei 2026", "1. Mai 2026", "May 1, 2026". */
const DATE_SHAPES: Record<string, (d: number, month: string, y: number) => string> = {
  dmy: (d, month, y) => `${d} ${month} ${y}`,
  'd.my': (d, month, y) => `${d}. ${month} ${y}`,
  'md,y': (d, month, y) => `${month} ${d}, ${y}`,
};

/** Locales whose dates the tables write (Austria has its own January, so de-AT is left to Intl). */
const DATE_LOCALES: Record<string, keyof typeof DATE_SHAPES> = {
  nl: 'dmy', 'nl-BE': 'dmy', 'nl-NL': 'dmy',
  fr: 'dmy', 'fr-BE': 'dmy', 'fr-FR': 'dmy', 'fr-LU': 'dmy', 'fr-CH': 'dmy',
  de: 'd.my', 'de-DE': 'd.my', 'de-BE': 'd.my', 'de-LU': 'd.my', 'de-CH': 'd.my',
  en: 'md,y', 'en-US': 'md,y', 'en-GB': 'dmy', 'en-BE': 'dmy', 'en-NL': 'dmy', 'en-IE': 'dmy', 'en-DE': 'dmy', 'en-FR': 'dmy',
};

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** How an amount is written: separators, and where each currency's symbol goes. */
interface MoneyShape {
  group: string;
  decimal: string;
  /** The symbol and the space around it, before or after the number. */
  symbols: Readonly<Record<string, { before?: string; after?: string }>>;
}

const DUTCH: MoneyShape = {
  group: '.',
  decimal: ',',
  symbols: { EUR: { before: `€${NBSP}` }, GBP: { before: `£${NBSP}` }, USD: { before: `US$${NBSP}` } },
};
const FRENCH: MoneyShape = {
  group: NNBSP,
  decimal: ',',
  symbols: { EUR: { after: `${NBSP}€` }, GBP: { after: `${NBSP}£GB` }, USD: { after: `${NBSP}$US` } },
};
const GERMAN: MoneyShape = {
  group: '.',
  decimal: ',',
  symbols: { EUR: { after: `${NBSP}€` }, GBP: { after: `${NBSP}£` }, USD: { after: `${NBSP}$` } },
};
const ENGLISH_GB: MoneyShape = { group: ',', decimal: '.', symbols: { EUR: { before: '€' }, GBP: { before: '£' }, USD: { before: 'US$' } } };
const ENGLISH_US: MoneyShape = { ...ENGLISH_GB, symbols: { ...ENGLISH_GB.symbols, USD: { before: '$' } } };

/** Locales whose amounts the tables write; any other locale or currency is left to Intl. */
const MONEY_LOCALES: Record<string, MoneyShape> = {
  nl: DUTCH, 'nl-BE': DUTCH, 'nl-NL': DUTCH,
  fr: FRENCH, 'fr-BE': FRENCH, 'fr-FR': FRENCH,
  de: GERMAN, 'de-DE': GERMAN, 'de-BE': GERMAN, 'de-LU': GERMAN,
  en: ENGLISH_US, 'en-US': ENGLISH_US, 'en-GB': ENGLISH_GB, 'en-BE': ENGLISH_GB, 'en-NL': ENGLISH_GB, 'en-IE': ENGLISH_GB,
};

// Making an Intl formatter costs far more than using one, and a list formats a few dates per row.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format;
}

/** A calendar date (or date-time with offset) as the locale writes it. */
export function formatDate(iso: string, locale: string): string {
  const { y, m, d } = dateParts(iso);
  const shape = DATE_LOCALES[locale];
  const date = shape
    ? DATE_SHAPES[shape]!(d, MONTHS[locale.slice(0, 2)]![m - 1]!, y)
    : dateFormat(locale).format(new Date(Date.UTC(y, m - 1, d)));
  const time = /T(\d{2}):(\d{2})/.exec(iso);
  return time ? `${date}, ${time[1]}:${time[2]}` : date;
}

/**
 * `amount` (not negative) with two decimals, rounded half up from its shortest decimal form
 * ("2.005" → 2.01) as Intl rounds it; null where that form has an exponent.
 */
function withCents(amount: number): { whole: string; cents: string } | null {
  const written = String(amount);
  if (written.includes('e')) return null;
  const [whole, fraction = ''] = written.split('.') as [string, string?];
  if (fraction.length <= 2) return { whole, cents: fraction.padEnd(2, '0') };
  const cents = Number(fraction.slice(0, 2)) + (fraction[2]! >= '5' ? 1 : 0);
  return cents === 100 ? { whole: String(Number(whole) + 1), cents: '00' } : { whole, cents: String(cents).padStart(2, '0') };
}

/** A salary amount: whole amounts without decimals, others with two. */
export function formatMoney(amount: number, currency: string, locale: string): string {
  const shape = MONEY_LOCALES[locale];
  const symbol = shape?.symbols[currency];
  // The tables write amounts as salaries are: not negative, and below 10^15 (exact as integers).
  const parts = shape && symbol && amount >= 0 && amount < 1e15 ? (Number.isInteger(amount) ? { whole: String(amount), cents: null } : withCents(amount)) : null;
  if (!shape || !symbol || !parts) {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
      maximumFractionDigits: 2,
    }).format(amount);
  }
  const grouped = parts.whole.replace(/\B(?=(\d{3})+$)/g, shape.group);
  return `${symbol.before ?? ''}${grouped}${parts.cents === null ? '' : shape.decimal + parts.cents}${symbol.after ?? ''}`;
}

/**
 * Whole days from today (in the user's own time zone) to the deadline day, which is inclusive:
 * 0 on the last day, negative once it has passed.
 */
export function daysUntil(deadline: string, now: Date): number {
  const { y, m, d } = dateParts(deadline);
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((Date.UTC(y, m - 1, d) - today) / 86_400_000);
}

// Phones are written the same way by the sidebar, the log and the CSV: the formatter is shared.
export { formatPhone } from '../i18n/phone';
