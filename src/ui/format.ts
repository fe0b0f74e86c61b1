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

// Making a formatter costs far more than using one, and a list formats a few dates per row.
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
  const date = dateFormat(locale).format(new Date(Date.UTC(y, m - 1, d)));
  const time = /T(\d{2}):(\d{2})/.exec(iso);
  return time ? `${date}, ${time[1]}:${time[2]}` : date;
}

export function formatMoney(amount: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amount);
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
