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
  effectiveFrom: '2025-04-01',
  effectiveTo: '2026-04-30',
  scales: {
    E15Ü: [6955.18, 7685.87, 8378.11, 8839.65, 8947.29],
    E15: [5669.12, 6039.84, 6453.36, 7017.89, 7598.61, 7980.65],
    E14: [5153.96, 5489.64, 5928.03, 6414.51, 6956.78, 7346.09],
    E13: [4767.62, 5135.53, 5554.35, 6009.06, 6544.14, 6834.50],
    E12: [4295.43, 4718.78, 5213.52, 5762.47, 6406.61, 6712.24],
    E11: [4153.35, 4542.72, 4908.59, 5305.54, 5848.79, 6154.45],
    E10: [4012.19, 4317.28, 4664.10, 5040.24, 5459.10, 5596.64],
    E9c: [3901.48, 4173.64, 4469.61, 4788.53, 5131.37, 5377.14],
    E9b: [3676.89, 3929.00, 4089.07, 4562.79, 4843.49, 5168.65],
    E9a: [3558.96, 3772.32, 3986.06, 4461.84, 4569.48, 4844.33],
    E8: [3391.44, 3596.59, 3738.68, 3883.66, 4040.37, 4115.73],
    E7: [3205.23, 3441.58, 3582.38, 3724.47, 3860.94, 3935.06],
    E6: [3152.04, 3346.55, 3482.94, 3617.92, 3750.49, 3819.26],
    E5: [3038.99, 3227.67, 3355.11, 3490.06, 3615.47, 3680.28],
    E4: [2912.62, 3103.55, 3263.75, 3363.48, 3463.20, 3521.60],
    E3: [2872.69, 3078.02, 3127.99, 3242.21, 3327.92, 3406.43],
    E2Ü: [2711.60, 2945.82, 3031.62, 3146.03, 3224.63, 3339.97],
  },
  source: {
    publisher: 'dienstrechner.de',
    title: 'TVöD VKA Entgelttabelle 2025, gültig vom 1.4.2025 bis 30.4.2026',
    url: 'https://www.dienstrechner.de/entgelttabellen/tvoed-vka',
    read: '2026-12-06',
    kind: 'secondary',
    check:
      'Every cell equals, to the cent, the 1 March 2024 cell raised as the Tarifeinigung of 6 April 2025 says from 1 April 2025 (+3 %, at least € 110), as announced in the BMI circular of 15 July 2025 (https://www.tarif-oed.de/tarifrecht/tarifverhandlungen-und-ergebnisse/tarifergebnis_bund_vka_2025).',
  },
  note: 'From 1 May 2026 the Tarifeinigung raises the table by 2.8 %; that table is not shipped yet, so later dates show this one as possibly out of date.',
} as const;
