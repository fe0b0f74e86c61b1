/**
 * TVöD for the municipalities (VKA), Anlage A (general table), monthly gross pay per step.
 * Scales: Entgeltgruppen; steps: Stufen (E 15Ü starts at Stufe 2). E 1 and E 2 are left out: the
 * copies we read cut those rows short.
 */
export default {
  system: 'de-tvoed-vka',
  name: 'TVöD (VKA)',
  jurisdiction: { country: 'DE', level: 'local' },
  currency: 'EUR',
  unit: 'month',
  gross: true,
  basis: { kind: 'amounts' },
  effectiveFrom: '2024-03-01',
  effectiveTo: '2025-03-31',
  scales: {
    E15Ü: [6752.60, 7462.01, 8134.09, 8582.18, 8686.69],
    E15: [5504.00, 5863.92, 6265.40, 6813.49, 7377.29, 7748.20],
    E14: [5003.84, 5329.75, 5755.37, 6227.68, 6754.16, 7132.13],
    E13: [4628.76, 4985.95, 5392.57, 5834.04, 6353.53, 6635.44],
    E12: [4170.32, 4581.34, 5061.67, 5594.63, 6220.01, 6516.74],
    E11: [4032.38, 4410.41, 4765.62, 5151.01, 5678.44, 5975.19],
    E10: [3895.33, 4191.53, 4528.25, 4893.44, 5300.10, 5433.63],
    E9c: [3787.84, 4052.08, 4339.43, 4649.06, 4981.91, 5220.52],
    E9b: [3566.89, 3814.56, 3969.97, 4429.89, 4702.42, 5018.11],
    E9a: [3448.96, 3662.32, 3869.96, 4331.88, 4436.39, 4703.23],
    E8: [3281.44, 3486.59, 3628.68, 3770.54, 3922.69, 3995.85],
    E7: [3095.23, 3331.58, 3472.38, 3614.47, 3748.49, 3820.45],
    E6: [3042.04, 3236.55, 3372.94, 3507.92, 3640.49, 3708.02],
    E5: [2928.99, 3117.67, 3245.11, 3380.06, 3505.47, 3570.28],
    E4: [2802.62, 2993.55, 3153.75, 3253.48, 3353.20, 3411.60],
    E3: [2762.69, 2968.02, 3017.99, 3132.21, 3217.92, 3296.43],
    E2Ü: [2601.60, 2835.82, 2921.62, 3036.03, 3114.63, 3229.97],
  },
  source: {
    publisher: 'cesar.de',
    title: 'Tarif TVöD VKA: Entgelttabelle (gültig ab 1. März 2024)',
    url: 'https://cesar.de/tarif-vka',
    read: '2026-12-06',
    kind: 'secondary',
    check:
      'Every cell equals, to the cent, the table "gültig 01.03.2024" behind the 2025 forecast of oeffentlichen-dienst.de (forecast = cell + max(8 %, € 350)): https://oeffentlichen-dienst.de/entgelttabelle/vka/a/4297-vka-2025.html',
  },
  note: 'Tarifeinigung of 22 April 2023; replaced on 1 April 2025 by the Tarifeinigung of 6 April 2025.',
} as const;
