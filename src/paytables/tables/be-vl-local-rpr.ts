/**
 * Flemish local governments (municipalities, OCMW, provinces): the default salary scales of the
 * legal-status rules (rechtspositieregeling, RPR), as yearly amounts at 100%, times the public-sector
 * index coefficient. Councils may set their own scales; the 2023 RPR no longer imposes any, so a
 * council's own table wins over this one.
 */
export default {
  system: 'be-vl-local',
  name: 'Rechtspositieregeling lokale besturen (Vlaanderen)',
  jurisdiction: { country: 'BE', region: 'BE-VLG', level: 'local' },
  currency: 'EUR',
  unit: 'year',
  gross: true,
  basis: {
    kind: 'index-100',
    coefficients: [
      {
        from: '2024-06-01',
        to: '2025-02-28',
        value: 2.0807,
        source: {
          publisher: 'ACV (quoting FOD BOSA)',
          title: 'Spilindex overschreden: vanaf 1 juni 2024 verhogingscoëfficiënt 2,0807',
          url: 'https://www.acv-gevangenissen.be/1790943_spilindex-overschreden',
          read: '2026-12-06',
          kind: 'secondary',
          check: '2,0807 × 1,02 = 2,1223 to four places, the coefficient BOSA announces from 1 March 2025.',
        },
      },
      {
        from: '2025-03-01',
        to: null,
        value: 2.1223,
        source: {
          publisher: 'FOD Beleid en Ondersteuning (BOSA)',
          title: 'Index januari 2025: vanaf 1 maart 2025 stijgingscoëfficiënt 2,1223',
          url: 'https://bosa.belgium.be/nl/news/index-januari-2025',
          read: '2026-12-06',
          kind: 'official',
        },
      },
    ],
  },
  effectiveFrom: '2024-06-01',
  effectiveTo: null,
  scales: {
    B1: [17300, 23350],
  },
  source: {
    publisher: 'Vlaamse Regering',
    title:
      'Besluit van de Vlaamse Regering van 7 december 2007 (rechtspositieregeling gemeente- en provinciepersoneel), salarisschalen',
    url: 'https://www.etaamb.be/nl/besluit-van-de-vlaamse-regering-van-07-december-2007_n2007037220.html',
    read: '2026-12-06',
    kind: 'official',
    check:
      'B1 17 300 – 23 350 at 100%: × 2,1223 ÷ 12 gives € 3.059,65 – € 4.129,64, to the cent the B1 range the Provincie Antwerpen states on werkenbijdeoverheid.be (the seed page).',
  },
  note:
    'Only B1 is shipped: the other default scales were not checked against a source we could read, so they show no amount. Councils may deviate from the default scales (the 2023 RPR imposes none).',
} as const;
