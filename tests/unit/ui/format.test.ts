import { describe, expect, it } from 'vitest';
import { daysUntil, formatDate, formatMoney, formatPhone, pageLocale } from '../../../src/ui/format';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting in the page language', () => {
  it.each([
    ['2026-02-01', 'nl-BE', '1 februari 2026'],
    ['2026-02-01', 'fr-BE', '1 février 2026'],
    ['2026-02-01', 'de-DE', '1. Februar 2026'],
    ['2026-02-01', 'en-GB', '1 February 2026'],
    ['2026-02-01T23:59:00+01:00', 'nl-BE', '1 februari 2026, 23:59'],
  ])('formatDate(%s, %s)', (iso, locale, expected) => expect(formatDate(iso, locale)).toBe(expected));

  it.each([
    [3059.65, 'EUR', 'nl-BE', '€ 3.059,65'],
    [4129.64, 'EUR', 'de-DE', '4.129,64 €'],
    [62111, 'GBP', 'en-GB', '£62,111'],
  ])('formatMoney(%d, %s, %s)', (amount, currency, locale, expected) =>
    expect(plain(formatMoney(amount, currency, locale))).toBe(expected),
  );

  it.each([
    ['nl', 'https://www.werkenbijdeoverheid.be/x', 'nl-BE'],
    ['nl', 'https://www.werkenvoornederland.nl/x', 'nl-NL'],
    ['fr', 'https://travaillerpour.be/fr/jobs/x', 'fr-BE'],
    ['fr', null, 'fr-FR'],
    ['en', 'https://www.usajobs.gov/job/1', 'en-US'],
    [null, 'not a url', 'en-GB'],
  ])('pageLocale(%s, %s)', (lang, url, expected) => expect(pageLocale(lang, url)).toBe(expected));
});

/*
 * The tables that write dates and amounts without Intl (see format.ts) must write exactly what Intl
 * writes, for every locale they cover: held against Intl here, on every month and on amounts that
 * round, group and carry.
 */
describe('the date and money tables write what Intl writes', () => {
  const dateLocales = ['nl', 'nl-BE', 'nl-NL', 'fr', 'fr-BE', 'fr-FR', 'fr-LU', 'fr-CH', 'de', 'de-DE', 'de-BE', 'de-LU', 'de-CH'];
  const englishLocales = ['en', 'en-US', 'en-GB', 'en-BE', 'en-NL', 'en-IE', 'en-DE', 'en-FR'];
  // Austria's January, and locales outside the tables, come from Intl itself.
  const intlOnly = ['de-AT', 'en-AU', 'es-ES', 'pt-BR'];
  const days = Array.from({ length: 12 }, (_, m) => [1, 9, 10, 28].map((d) => `2026-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`)).flat();

  it.each([...dateLocales, ...englishLocales, ...intlOnly])('dates in %s', (locale) => {
    const intl = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (const iso of [...days, '1999-12-31']) expect(formatDate(iso, locale)).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
  });

  const amounts = [0, 5, 999, 1000, 3059.65, 4129.64, 62111, 1234567.5, 999.999, 999.995, 0.5, 0.05, 2.005, 1.005, 1.004, 12345.675, 99999999.99, 99999999.995, 1e-7, 123456789012345.6];
  const moneyLocales = ['nl', 'nl-BE', 'nl-NL', 'fr', 'fr-BE', 'fr-FR', 'de', 'de-DE', 'de-BE', 'de-LU', 'en', 'en-US', 'en-GB', 'en-BE', 'en-NL', 'en-IE'];
  it.each([...moneyLocales, 'de-AT', 'de-CH', 'fr-CH', 'fr-LU', 'en-AU'])('amounts in %s', (locale) => {
    for (const currency of ['EUR', 'GBP', 'USD', 'CHF']) {
      for (const amount of [...amounts, -40000]) {
        const intl = new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
          maximumFractionDigits: 2,
        });
        expect(formatMoney(amount, currency, locale), `${amount} ${currency}`).toBe(intl.format(amount));
      }
    }
  });
});

describe('daysUntil', () => {
  const now = new Date(2026, 0, 20, 23, 30); // late evening, local time
  it.each([
    ['2026-02-01', 12],
    ['2026-01-21', 1],
    ['2026-01-20', 0],
    ['2026-01-19', -1],
    ['2026-01-21T12:00:00+01:00', 1],
  ])('%s is %d days away', (deadline, days) => expect(daysUntil(deadline, now)).toBe(days));
});

describe('formatPhone', () => {
  it.each([
    // Belgium: single-digit zones, two-digit zones, mobile, free and premium numbers.
    ['+3232405839', '+32 3 240 58 39'],
    ['+3222115500', '+32 2 211 55 00'],
    ['+3292101010', '+32 9 210 10 10'],
    ['+3250123456', '+32 50 12 34 56'],
    ['+3280123456', '+32 80 12 34 56'],
    ['+32470123456', '+32 470 12 34 56'],
    ['+3280012345', '+32 800 12 345'],
    ['+3290012345', '+32 900 12 345'],
    // France, the Netherlands (mobile, two- and three-digit areas), North America.
    ['+33123456789', '+33 1 23 45 67 89'],
    ['+31612345678', '+31 6 12345678'],
    ['+31201234567', '+31 20 1234567'],
    ['+31345123456', '+31 345 123456'],
    ['+12025550123', '+1 202-555-0123'],
    // Area codes of varying length: only the country code is set apart.
    ['+4989123456789', '+49 89123456789'],
    ['+442079460958', '+44 2079460958'],
  ])('%s reads %s', (e164, shown) => expect(formatPhone(e164)).toBe(shown));

  it.each(['+32', '3232405839', '+32 3 240 58 39', 'tel:+3232405839', '', '+999123456789'])(
    'leaves %j as it is',
    (odd) => expect(formatPhone(odd)).toBe(odd),
  );
});
