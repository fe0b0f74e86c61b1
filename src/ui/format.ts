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

/** Dutch area codes of two digits (after the 0); the others have three. */
const NL_TWO_DIGIT_AREAS = new Set(
  '10 13 15 20 23 24 26 30 33 35 36 38 40 43 45 46 50 53 55 58 70 71 72 73 74 75 76 77 78 79 85 88 91'.split(' '),
);

/** Splits `digits` into groups of the given lengths, the last group taking the rest. */
function groups(digits: string, lengths: readonly number[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const length of lengths) {
    parts.push(digits.slice(at, at + length));
    at += length;
  }
  if (at < digits.length) parts.push(digits.slice(at));
  return parts.join(' ');
}

/**
 * A number stored as E.164 (+3232405839) grouped the way its country writes it, for reading
 * only: links keep the plain number. Only countries with a fixed plan are grouped (Belgium,
 * France, the Netherlands, North America); elsewhere (Germany, the UK, …) area codes vary in
 * length, and a guessed grouping would misstate them, so only the country code is set apart.
 */
export function formatPhone(e164: string): string {
  const m = /^\+(\d{8,15})$/.exec(e164);
  if (!m) return e164;
  const digits = m[1]!;
  const national = (code: string) => digits.slice(code.length);
  if (digits.startsWith('32')) {
    const n = national('32');
    // Mobile 4xx, free and premium 800/90x, single-digit zones (Brussels 2, Antwerp 3, Liège 4, Ghent 9), two-digit zones.
    if (n.length === 9 && n.startsWith('4')) return `+32 ${groups(n, [3, 2, 2])}`;
    if (n.length === 8 && /^(?:800|90)/.test(n)) return `+32 ${groups(n, [3, 2])}`;
    if (n.length === 8) return `+32 ${groups(n, '2349'.includes(n[0]!) ? [1, 3, 2] : [2, 2, 2])}`;
    return `+32 ${n}`;
  }
  if (digits.startsWith('33') && digits.length === 11) return `+33 ${groups(national('33'), [1, 2, 2, 2])}`;
  if (digits.startsWith('31') && digits.length === 11) {
    const n = national('31');
    const area = n.startsWith('6') ? 1 : NL_TWO_DIGIT_AREAS.has(n.slice(0, 2)) ? 2 : 3;
    return `+31 ${groups(n, [area])}`;
  }
  if (digits.startsWith('1') && digits.length === 11) {
    const n = national('1');
    return `+1 ${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`;
  }
  for (const code of ['44', '49', '43', '41', '352']) if (digits.startsWith(code)) return `+${code} ${national(code)}`;
  return e164;
}
