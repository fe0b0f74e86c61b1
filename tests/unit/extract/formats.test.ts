/** Dates, amounts and phone numbers as pages write them; a fixed clock throughout. */
import { describe, expect, it } from 'vitest';
import { findDates, resolve } from '../../../src/extract/dates';
import { findMoney, parseAmount } from '../../../src/extract/money';
import { findPhones, toE164 } from '../../../src/extract/phones';
import { NOW } from './helpers';

const isoDates = (text: string, monthFirst = false) =>
  findDates(text, { monthFirst }).flatMap((m) => m.dates.map((d) => resolve(d, NOW)));

describe('dates', () => {
  it.each([
    ['Solliciteer ten laatste 1 februari 2026.', ['2026-02-01']],
    ['Publicatiedatum 15.01.2026', ['2026-01-15']],
    ['op 12/03/2026', ['2026-03-12']],
    ['bis zum 3. September 2026', ['2026-09-03']],
    ['11:55 pm on Tuesday 29th September 2026', ['2026-09-29']],
    ['September 29, 2026', ['2026-09-29']],
    ['validThrough 2026-02-01', ['2026-02-01']],
    ['Eventuele redeneertest: 3 of 5 februari 2026 (digitaal)', ['2026-02-03', '2026-02-05']],
    ['le 1er mars 2026', ['2026-03-01']],
    ['am 3. und 4. März 2026', ['2026-03-03', '2026-03-04']],
    ['gesprekken op 29 september', ['2026-09-29']],
    ['interviews on 5 January', ['2027-01-05']],
    ['28.09.23', ['2023-09-28']],
    ['the 29th of September 2026', ['2026-09-29']],
  ])('%s', (text, expected) => {
    expect(isoDates(text)).toEqual(expected);
  });

  it('reads month first on US pages', () => {
    expect(isoDates('Closing 08/22/25', true)).toEqual(['2025-08-22']);
  });

  it.each([
    ['€ 3.059,65', []],
    ['31 februari 2026', []],
    ['15.13.2026', []],
    ['3-5 februari 2026', []],
    ['team van 7 collega’s', []],
    ['36 vakantiedagen per jaar', []],
    ['Kunstlaan 1, 1000 Brussel', []],
    ['versie 1.2.3', []],
    ['mei 2026', []],
  ])('no date in %s', (text, expected) => {
    expect(isoDates(text)).toEqual(expected);
  });
});

describe('amounts', () => {
  it.each([
    ['3.059,65', 3059.65],
    ['4132', 4132],
    ['5 672,78', 5672.78],
    ['62,111', 62111],
    ['21.44', 21.44],
    ['8,50', 8.5],
    ['1.234.567', 1234567],
    ['1,234.50', 1234.5],
  ])('%s', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it.each(['12,3456', 'abc', '1.2.3', ''])('not an amount: %s', (text) => {
    expect(parseAmount(text)).toBeNull();
  });

  it.each([
    ['€\u00a03.059,65 - €\u00a04.129,64', { currency: 'EUR', min: 3059.65, max: 4129.64 }],
    ['€4132 – €6275', { currency: 'EUR', min: 4132, max: 6275 }],
    ['5 672,78 EUR', { currency: 'EUR', min: 5672.78, max: 5672.78 }],
    ['£62,111 to £77,439', { currency: 'GBP', min: 62111, max: 77439 }],
    ['$21.44 - $26.05 / Hour', { currency: 'USD', min: 21.44, max: 26.05 }],
    ['tussen € 3.000 en 4.500 bruto', { currency: 'EUR', min: 3000, max: 4500 }],
    ['€ 3.000 en 4 jaar ervaring', { currency: 'EUR', min: 3000, max: 3000 }],
  ])('money in %s', (text, expected) => {
    expect(findMoney(text)[0]).toMatchObject(expected);
  });

  it.each(['36 vakantiedagen', 'B1-B3', '2018 Antwerpen'])('no money in %s', (text) => {
    expect(findMoney(text)).toEqual([]);
  });
});

describe('phones', () => {
  it.each([
    ['03 240 58 39', 'be', '+3232405839'],
    ['+32 3 240 58 39', null, '+3232405839'],
    ['0032 3 240 58 39', null, '+3232405839'],
    ['+49 (0)89 2176-2117', null, '+498921762117'],
    ['02162 39\u20111010', 'de', '+492162391010'],
    ['02526/303136', 'de', '+492526303136'],
    ['020 7946 0000', 'uk', '+442079460000'],
    ['(202) 555-0100', 'gov', '+12025550100'],
    ['070 123 4567', 'nl', '+31701234567'],
  ])('%s in %s', (text, country, e164) => {
    expect(findPhones(`Bel ${text} voor info.`, country).map((p) => p.e164)).toEqual([e164]);
  });

  it.each([
    ['15.01.2026', 'be'],
    ['01.02.2026', 'be'],
    ['03 240 58 39', null],
    ['€ 3.059,65', 'be'],
    ['2018 Antwerpen', 'be'],
    ['VMA060/2023', 'de'],
    ['12345', 'be'],
  ])('no phone in %s (%s)', (text, country) => {
    expect(findPhones(text, country)).toEqual([]);
  });

  it('does not make a number international without a country', () => {
    expect(toE164('03 240 58 39', null)).toBeNull();
  });
});
