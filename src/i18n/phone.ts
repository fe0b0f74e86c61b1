/**
 * Phone numbers as people read them, for every screen and export that shows one (the sidebar,
 * the log, the CSV). Pure: no browser API, so the log's exports can use it in Node too.
 */

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
