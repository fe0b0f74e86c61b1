/**
 * Federal civil servants (Bundesbeamte), Bundesbesoldungsordnung A: the monthly basic salary
 * (Grundgehalt) per grade and experience step, Anlage IV of the Bundesbesoldungsgesetz. Before the
 * family allowance, allowances and the A 5/A 6/A 9/A 10 additions the same Anlage lists. Only the
 * federal table: the Länder pay their own (Landesbesoldung), so "A 13" without a federal employer
 * stays ambiguous.
 */
export default {
  system: 'de-besoldung-bund',
  name: 'Bundesbesoldungsordnung A',
  jurisdiction: { country: 'DE', level: 'federal' },
  currency: 'EUR',
  unit: 'month',
  gross: true,
  basis: { kind: 'amounts' },
  effectiveFrom: '2024-03-01',
  // From 1 April 2025 federal pay rose by 3 % (at least € 110), paid as an advance while the law
  // was pending; that table is not shipped, so later dates show this one as possibly out of date.
  effectiveTo: '2025-03-31',
  scales: {
    A16: [6916.29, 7241.90, 7488.19, 7734.52, 7979.41, 8227.16, 8473.46, 8716.97],
    A15: [6289.17, 6569.48, 6783.22, 6997.00, 7210.74, 7423.08, 7635.43, 7846.32],
    A14: [5183.60, 5493.61, 5805.05, 6115.06, 6328.80, 6544.01, 6757.73, 6972.92],
    A13: [5046.30, 5286.94, 5526.17, 5766.83, 5932.45, 6099.51, 6265.11, 6427.89],
    A12: [4334.26, 4590.49, 4848.12, 5104.32, 5282.70, 5458.23, 5635.18, 5814.97],
    A11: [4056.80, 4273.37, 4488.54, 4705.13, 4853.76, 5002.40, 5151.04, 5299.72],
    A10: [3575.51, 3717.07, 3921.86, 4127.55, 4337.08, 4482.89, 4628.67, 4774.53],
    A9: [3354.26, 3457.34, 3619.52, 3784.42, 3946.56, 4056.80, 4171.47, 4283.30],
    A8: [3123.39, 3227.85, 3374.87, 3523.33, 3671.73, 3774.80, 3879.24, 3982.32],
    A7: [2963.97, 3050.57, 3164.65, 3281.42, 3395.49, 3510.94, 3597.53, 3684.10],
    A6: [2833.40, 2931.00, 3029.92, 3105.51, 3183.86, 3259.46, 3343.26, 3416.11],
    A5: [2778.44, 2862.26, 2929.59, 2995.58, 3061.57, 3128.91, 3194.84, 3259.46],
    A4: [2759.23, 2826.55, 2893.88, 2947.47, 3001.08, 3054.68, 3108.26, 3157.76],
    A3: [2706.99, 2763.31, 2819.66, 2865.01, 2910.36, 2955.72, 3001.08, 3046.42],
  },
  source: {
    publisher: 'Bundesministerium der Justiz (gesetze-im-internet.de), text as mirrored in github.com/kmein/gesetze',
    title:
      'Bundesbesoldungsgesetz, Anlage IV (Grundgehalt), 1. Bundesbesoldungsordnung A, gültig ab 1. März 2024 (BGBl. 2023 I Nr. 414, S. 14–15)',
    url: 'https://github.com/kmein/gesetze/blob/07acd5bbcb18e34efc124225ccca01af34c2dbbe/laws/BBesG-BJNR011740975.md',
    read: '2026-12-06',
    kind: 'official',
    check:
      'Every cell equals, to the cent, the Anlage IV cell valid from 1 April 2022 (same mirror, commit 3e64ff9f) raised by € 200 and then by 5.3 %, as § 14 (2) BBesG in the version of the BBVAnpÄndG 2023/2024 says (https://buzer.de/gesetz/16241/index.htm); and every cell equals the table "Besoldungstabellen für Bundesbeamte ab 01.03.2024" on https://pinhope.pages.dev/deutschland/verguetung-a12.html.',
  },
  note:
    'Federal civil servants only (Bund); the Länder and their municipalities pay by their own tables. Basic salary before the family allowance and allowances. Raised from 1 April 2025 (3 %, at least € 110) and from 1 May 2026 (2.8 %): those tables are not shipped yet.',
} as const;
