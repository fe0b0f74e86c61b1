/**
 * NHS Agenda for Change, England, 2025/26: the yearly full-time basic salary of each pay point,
 * before high cost area supplements (London), unsocial hours and overtime. Scotland, Wales and
 * Northern Ireland set their own tables (Scotland's differ every year), so only pages that are
 * clearly English get this one. Band 1 is closed (paid at Band 2).
 */
export default {
  system: 'uk-nhs-afc-england',
  name: 'NHS Agenda for Change (England)',
  jurisdiction: { country: 'GB', region: 'GB-ENG', level: 'national' },
  currency: 'GBP',
  unit: 'year',
  gross: true,
  basis: { kind: 'amounts' },
  effectiveFrom: '2025-04-01',
  // The 2026/27 award (from 1 April 2026) is not shipped: only one copy of its table was found.
  effectiveTo: '2026-03-31',
  scales: {
    Band2: [24465],
    Band3: [24937, 26598],
    Band4: [27485, 30162],
    Band5: [31049, 33487, 37796],
    Band6: [38682, 40823, 46580],
    Band7: [47810, 50273, 54710],
    Band8a: [55690, 58487, 62682],
    Band8b: [64455, 68631, 74896],
    Band8c: [76965, 81652, 88682],
    Band8d: [91342, 96941, 105337],
    Band9: [109179, 115763, 125637],
  },
  source: {
    publisher: 'nhstakehomepaycalculator.co.uk (quoting NHS Employers)',
    title: 'NHS Pay Bands 2025/26: Complete Salary Table (England), effective from 1 April 2025',
    url: 'https://nhstakehomepaycalculator.co.uk/guides/nhs-pay-bands-2025-26',
    read: '2026-12-06',
    kind: 'secondary',
    check:
      'Every cell equals the England 2025-26 rows of casomoltd/nhs-pay (tests/fixtures/pay-scales.csv, transcribed from https://www.nhsemployers.org/articles/pay-scales-202526): https://github.com/casomoltd/nhs-pay/blob/c577fdc9500e1a48cdb52c3477d53b9f08853f34/tests/fixtures/pay-scales.csv. Band 5 (31 049 – 37 796) is also the range an English trust states on apps.trac.jobs (fixture nhs-trac-sheffield-band5-audiology).',
  },
  note:
    'England only (Wales, Scotland and Northern Ireland have their own tables). Basic pay before the high cost area supplement for London and its fringe. Raised from 1 April 2026 (3.3 %): that table is not shipped yet.',
} as const;
