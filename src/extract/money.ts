/**
 * Amounts as pages write them: "3.059,65" (dot thousands, comma decimals), "62,111", "21.44",
 * "5 672,78", "4132".
 */
import { LETTER } from './chars';

/** Parse one written amount; null when it is not a plain number. */
export function parseAmount(written: string): number | null {
  const s = written.replace(/[\s\u00a0\u202f\u2009'’]/g, '');
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both used: the later one separates the decimals.
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    normal = s.split(thousands).join('').replace(decimal, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = s.split(sep);
    // "3.059" and "62,111" group thousands; "21.44" and "8,50" carry decimals.
    const grouped = parts.length > 2 || (parts[1]!.length === 3 && parts[0]!.length <= 3);
    if (grouped && parts.slice(1).every((p) => p.length === 3)) normal = parts.join('');
    else if (parts.length === 2 && parts[1]!.length <= 2) normal = `${parts[0]}.${parts[1]}`;
    else return null;
  } else {
    normal = s;
  }
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

const CURRENCY_SIGNS: Record<string, string> = {
  '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR', '£': 'GBP', gbp: 'GBP', $: 'USD', usd: 'USD', chf: 'CHF', 'fr.': 'CHF',
  cad: 'CAD', 'c$': 'CAD', 'ca$': 'CAD', aud: 'AUD', 'a$': 'AUD', 'au$': 'AUD', nzd: 'NZD',
};

/** Thousands grouped by a dot, comma, space, thin space or (Swiss) apostrophe; "91'512.–" ends in a dash for no cents. */
const AMOUNT = String.raw`\d{1,3}(?:[.,\u00a0\u202f\u2009 '’]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const NO_CENTS = String.raw`(?:[.,][-–—]{1,2})?`;
const CUR = String.raw`€|£|(?:C|CA|A|AU)?\$|\b(?:EUR|GBP|USD|CHF|CAD|AUD|NZD)\b|\bFr\.|\beuros?\b`;
const MAX_WORD = String.raw`(?:max(?:imum|imaal|imal)?\.?|höchstens|up to|jusqu'à|loopt op tot|oplopend tot|rising to|increasing to|reaching)`;
/** "- € 4.129,64", " tot 4.000", " – max. € 5.274,54", ", maximum 4.082,05 euro", " en maximaal € 3.877". */
const JOIN = String.raw`(?:\s*(?:-|–|—|tot|to|bis|à|a|and|en|et|und)\s*(?:${MAX_WORD}\s*)?|,?\s*${MAX_WORD}\s*)`;
/** A lone amount right after such a word is only one end of the pay ("minimum bruto maandsalaris 2 812,45 EUR"). */
const MIN_BEFORE = new RegExp(
  String.raw`(?<![${LETTER}])(?:min\.?|min(?:imum|imaal|imal)[${LETTER}]*|mindest[${LETTER}]*|at least|minstens|ten minste|bij aanvang|starting at|starting from|starts at|starts from|begins at|from|vanaf|à partir de|dès|ab|de départ|starting salary|start(?:ing)? pay|startsalaris|aanvangssalaris|beginsalaris|einstiegsgehalt|anfangsgehalt)(?![${LETTER}])[^.\d€£$]{0,80}$`,
  'i',
);
const MAX_BEFORE = new RegExp(String.raw`(?<![${LETTER}])${MAX_WORD}(?![${LETTER}])[^.\d€£$]{0,40}$`, 'i');
// "49.346,71 € (sans ancienneté), à majorer selon l'ancienneté": the pay at the start of the scale.
const MIN_AFTER = new RegExp(
  String.raw`^\s*(?:\(?\s*)?(?:minimum|minimaal|minimal|au minimum|mindestens|at least)(?![${LETTER}])|^[^.;€£$\d]{0,40}?(?:sans ancienneté|zonder anciënniteit|ohne Berufserfahrung|à majorer)(?![${LETTER}])`,
  'i',
);
// "$37.98 hourly at the top of the range": the top of the scale, named after it.
const MAX_AFTER = new RegExp(String.raw`^\s*(?:\(?\s*)?(?:maximum|maximaal|maximal|höchstens|au maximum)(?![${LETTER}])|^[^.;€£$\d]{0,20}?at the top of (?:the|its|this) (?:range|scale|band|grade)`, 'i');
/** "€ 3.059,65", "5 672,78 EUR", "£62,111". */
const MONEY = new RegExp(String.raw`(?:(${CUR})\s?(${AMOUNT})|(${AMOUNT})\s?(${CUR}))(?!\d)${NO_CENTS}`, 'gi');
/** The upper end of a range right after an amount: " - € 4.129,64", " to £77,439", " tot 4.000". */
const RANGE_END = new RegExp(
  // A remark may stand between the ends: "€ 3.059,65 (B1, 0 jaar ervaring) tot € 5.274,54".
  String.raw`(?:\s*\([^()]{1,40}\))?${JOIN}(?:(?:${CUR})\s?(${AMOUNT})|(${AMOUNT})(?:\s?(?:${CUR}))?)(?!\d)${NO_CENTS}`,
  'iy',
);

export interface MoneyMention {
  start: number;
  end: number;
  currency: string;
  min: number;
  max: number;
  /** A lone amount the text calls the minimum or the maximum. */
  bound?: 'min' | 'max';
}

/** Amounts in a sentence that carry a currency, a range when two are joined. */
/** A currency sign or code: a text without one holds no money, and skips the amount pattern. */
const HAS_CURRENCY = /[€£$]|eur|chf|gbp|usd|cad|aud|nzd|fr\./i;

/** Dollars and pounds are written with a decimal point: "$26.451/hour" is a rate to the tenth of a cent, no thousands. */
const POINT_DECIMAL = new Set(['USD', 'CAD', 'AUD', 'NZD', 'GBP']);
function amountIn(written: string, currency: string): number | null {
  return POINT_DECIMAL.has(currency) && /^\d{1,3}\.\d{3}$/.test(written) ? Number(written) : parseAmount(written);
}

export function findMoney(text: string, dollar = 'USD'): MoneyMention[] {
  if (!/\d/.test(text) || !HAS_CURRENCY.test(text)) return [];
  const out: MoneyMention[] = [];
  for (const m of text.matchAll(MONEY)) {
    const sign = (m[1] ?? m[4] ?? '').toLowerCase();
    let currency = CURRENCY_SIGNS[sign];
    if (!currency) continue;
    if (currency === 'USD' && sign === '$') currency = dollar;
    const min = amountIn(m[2] ?? m[3] ?? '', currency);
    if (min === null) continue;
    let max = min;
    let end = m.index + m[0].length;
    RANGE_END.lastIndex = end;
    const r = RANGE_END.exec(text);
    if (r) {
      const upper = amountIn(r[1] ?? r[2] ?? '', currency);
      // An upper end below the lower one, or far above it, is some other number ("en 4 jaar").
      if (upper !== null && upper >= min && (min === 0 || upper <= min * 10)) {
        max = upper;
        end = r.index + r[0].length;
      }
    }
    const before = text.slice(Math.max(0, m.index - 100), m.index);
    // "3.121,56 € minimum", "€ 4.800 maximaal": the word after the amount says the same.
    const after = text.slice(end, end + 60);
    const alone = end === m.index + m[0].length;
    const bound = !alone ? undefined : MIN_BEFORE.test(before) || MIN_AFTER.test(after) ? 'min' : MAX_BEFORE.test(before) || MAX_AFTER.test(after) ? 'max' : undefined;
    out.push({ start: m.index, end, currency, min, max, ...(bound ? { bound } : {}) });
  }
  // A range's upper end is not a mention of its own; a mention dropped so claims nothing after it
  // ("€55,883 – €57,318 – €58,752": the third point is a mention, though the second's range reached it).
  const kept: MoneyMention[] = [];
  for (const o of out) if (!kept.some((p) => o.start < p.end)) kept.push(o);
  return kept;
}
