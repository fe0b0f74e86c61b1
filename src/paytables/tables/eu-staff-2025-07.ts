/**
 * EU officials and temporary agents (Staff Regulations, Article 66): basic monthly salary per grade
 * and step, the one grid that function groups AD (grades 5–16) and AST (grades 1–11) share. Before the
 * correction coefficient of the place of employment (100 for Brussels and Luxembourg), EU tax and
 * allowances. Grades 1–4 (AST 1–AST 4) are left out: the copy we read cut the table after grade 4
 * step 1.
 */
const GRID: Record<number, readonly number[]> = {
  16: [23932.55, 24938.24, 25986.17],
  15: [21152.38, 22041.25, 22967.41, 23606.42, 23932.55],
  14: [18695.13, 19480.76, 20299.36, 20864.11, 21152.38],
  13: [16523.41, 17217.74, 17941.22, 18440.42, 18695.13],
  12: [14603.92, 15217.59, 15857.08, 16298.23, 16523.41],
  11: [12907.41, 13449.79, 14014.97, 14404.91, 14603.92],
  10: [11408.03, 11887.38, 12386.92, 12731.53, 12907.41],
  9: [10082.77, 10506.46, 10947.98, 11252.54, 11408.03],
  8: [8911.48, 9285.95, 9676.16, 9945.37, 10082.77],
  7: [7876.27, 8207.25, 8552.11, 8790.06, 8911.48],
  6: [6961.29, 7253.84, 7558.62, 7768.94, 7876.27],
  5: [6152.64, 6411.17, 6680.58, 6866.46, 6961.29],
};

/** AD runs from grade 5 to 16, AST from 1 to 11: each code points at its grade's row. */
function scales(): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const [grade, steps] of Object.entries(GRID)) {
    out[`AD${grade}`] = [...steps];
    if (Number(grade) <= 11) out[`AST${grade}`] = [...steps];
  }
  return out;
}

export default {
  system: 'eu-staff-regulations',
  name: 'EU Staff Regulations (AD/AST)',
  jurisdiction: { country: 'EU', level: 'supranational' },
  currency: 'EUR',
  unit: 'month',
  gross: true,
  basis: { kind: 'amounts' },
  effectiveFrom: '2025-07-01',
  // Annex XI updates the grid every 1 July: the 2026 update was not published when this was read.
  effectiveTo: '2026-06-30',
  scales: scales(),
  source: {
    publisher: 'European Commission (Official Journal of the European Union)',
    title:
      '2025 annual update of the remuneration and pensions of the officials and other servants of the European Union (C/2025/6564), table 1.1, applicable from 1 July 2025',
    url: 'https://eur-lex.europa.eu/eli/C/2025/6564/oj',
    read: '2026-12-06',
    kind: 'official',
    check:
      'Every cell of grades 6–16 and grade 5 steps 1–2 equals, to the cent, the table applicable from 1 April 2025 (C/2025/2153, https://eur-lex.europa.eu/eli/C/2025/2153/oj) × 1.03.',
  },
  note: 'Basic salary before the correction coefficient of the place of employment (100 in Brussels and Luxembourg), EU tax and allowances. AST 1–AST 4 are not shipped; contract agents (FG I–IV) have their own grid.',
} as const;
