/**
 * Phone numbers in running text, normalised to E.164 with the page's country when written
 * nationally ("03 240 58 39" on a .be page is +3232405839).
 */

/** Calling codes by country code top-level domain; ".gov" is the United States'. */
const CALLING_CODES: Record<string, string> = {
  be: '32', nl: '31', de: '49', fr: '33', uk: '44', gb: '44', ie: '353', lu: '352', at: '43', ch: '41',
  es: '34', it: '39', pt: '351', dk: '45', se: '46', no: '47', fi: '358', pl: '48', cz: '420',
  us: '1', gov: '1', mil: '1', ca: '1', au: '61', nz: '64',
};

/** The country (as its top-level domain) of a host name: "www.werkenbijdeoverheid.be" is "be". */
/** City and region domains, by the country whose numbers their sites give ("talent.brussels"). */
const PLACE_DOMAINS: Record<string, string> = {
  brussels: 'be', vlaanderen: 'be', gent: 'be', amsterdam: 'nl', frl: 'nl', berlin: 'de', hamburg: 'de', koeln: 'de',
  cologne: 'de', bayern: 'de', nrw: 'de', ruhr: 'de', saarland: 'de', paris: 'fr', bzh: 'fr', alsace: 'fr', corsica: 'fr',
  wien: 'at', tirol: 'at', swiss: 'ch', zuerich: 'ch', scot: 'uk', wales: 'uk', cymru: 'uk', london: 'uk', quebec: 'ca',
};

export function countryOfHost(host: string): string | null {
  const tld = host.toLowerCase().split('.').pop() ?? '';
  const country = PLACE_DOMAINS[tld] ?? tld;
  return country in CALLING_CODES ? country : null;
}

export function callingCode(country: string | null): string | null {
  return country ? (CALLING_CODES[country] ?? null) : null;
}

/** Hyphen look-alikes (U+2010, U+2011 no-break hyphen, U+2012) read as a plain separator; dashes (— –) separate a number from the text. */
const HYPHENS = /[\u2010\u2011\u2012]/g;

/**
 * Candidates: "+32 3 240 58 39", "03 240 58 39", "02162 39-1010", "0431 383 2861", "(202) 555-0100",
 * "+49 (0)89 2176-2117", "02526/303136".
 */
// Not cut short by backtracking: the number ends where no digit group follows (", " may).
const CANDIDATE = /(?<![\w.,/+-])(?:\+|00)?\(?\d[\d\s./()\-]{5,20}\d(?![\w-]|[.,]\d|[ \u00a0.\/-]\d)/g;
const DATE_LIKE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|^\d{4}-\d{2}-\d{2}$/;

export interface PhoneMention {
  start: number;
  end: number;
  text: string;
  e164: string;
}

/** E.164 for one written number, or null when it cannot be made international with certainty. */
export function toE164(written: string, country: string | null): string | null {
  let s = written.replace(HYPHENS, '-').trim();
  // "+32 (0)3 ..." carries the trunk prefix for national callers only.
  s = s.replace(/\(0\)/g, '');
  let digits = s.replace(/[^\d+]/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  if (digits.indexOf('+') > 0) return null;
  if (!digits.startsWith('+')) {
    const cc = callingCode(country);
    if (!cc) return null;
    if (cc === '1') {
      // North American numbers have no trunk 0; a leading 1 is the country code itself.
      const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
      // Area code and exchange each start with 2-9: "581-037-0015" (a rule's number, OAR 581-037-0015) is no phone.
      if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(national)) return null;
      digits = `+1${national}`;
    } else if (NO_TRUNK_PREFIX.has(country!)) {
      // Luxembourg's national numbers are dialled as they are, with no leading 0.
      if (digits.startsWith('0')) return null;
      digits = `+${cc}${digits}`;
    } else {
      if (!digits.startsWith('0') || digits.startsWith('00')) return null;
      digits = `+${cc}${digits.slice(1)}`;
    }
  }
  return /^\+[1-9]\d{7,14}$/.test(digits) ? digits : null;
}

/** Countries whose national numbers have no trunk prefix. */
const NO_TRUNK_PREFIX = new Set(['lu']);

const NON_DIGITS = /\D+/g;

export function findPhones(text: string, country: string | null): PhoneMention[] {
  const out: PhoneMention[] = [];
  // A number needs 8 digits (below): a text with fewer holds none, and skips the candidate pattern,
  // whose first runs on a fresh page are interpreted and cost more than this count.
  if (text.replace(NON_DIGITS, '').length < 8) return out;
  const normal = text.replace(HYPHENS, '-');
  for (const m of normal.matchAll(CANDIDATE)) {
    let raw = m[0];
    // A closing parenthesis that only ends the surrounding remark is not part of the number.
    while (raw.endsWith(')') && (raw.match(/\(/g)?.length ?? 0) < (raw.match(/\)/g)?.length ?? 0)) raw = raw.slice(0, -1);
    let start = m.index;
    if (raw.startsWith('(') && !/^\(\d+\)/.test(raw)) {
      raw = raw.slice(1);
      start++;
    }
    raw = raw.trim();
    if (DATE_LIKE.test(raw)) continue;
    const digitCount = raw.replace(/\D/g, '').length;
    if (digitCount < 8 || digitCount > 15) continue;
    // National numbers start with the trunk 0 (Europe) or an area code in parentheses (US).
    // Or, where the country dials no trunk prefix (Luxembourg), any number of its length.
    const national = /^(\+|00|0|\(\d{3}\)|\(0\d{1,4}\))/.test(raw) || /^\d{3}[-. ]\d{3}[-. ]\d{4}$/.test(raw) || (NO_TRUNK_PREFIX.has(country ?? '') && /^[1-9]/.test(raw));
    if (!national) continue;
    const e164 = toE164(raw, country);
    if (!e164) continue;
    out.push({ start, end: start + raw.length, text: text.slice(start, start + raw.length), e164 });
  }
  return out;
}

// Bounded as RFC 5321 bounds addresses, so a run of address characters costs linear time, not quadratic.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z])/g;

export function findEmails(text: string): { start: number; end: number; email: string }[] {
  return [...text.matchAll(EMAIL)].map((m) => ({ start: m.index, end: m.index + m[0].length, email: m[0] }));
}
