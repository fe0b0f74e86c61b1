import type { PayTable } from './schema';

/**
 * The problems in a set of pay table files, as sentences (empty when all is well): dates in order,
 * editions of a system without gaps or overlaps, steps rising, sources present.
 */
export function checkPayTables(tables: readonly PayTable[]): string[] {
  const problems: string[] = [];
  const dayAfter = (iso: string) => {
    const d = new Date(`${iso}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  };
  for (const t of tables) {
    const id = `${t.system} ${t.effectiveFrom}`;
    if (t.effectiveTo !== null && t.effectiveTo < t.effectiveFrom) problems.push(`${id}: ends before it starts`);
    if (!t.source.url || !t.source.publisher || !t.source.title) problems.push(`${id}: source incomplete`);
    if (Object.keys(t.scales).length === 0) problems.push(`${id}: no scales`);
    for (const [scale, steps] of Object.entries(t.scales)) {
      for (let i = 1; i < steps.length; i++) {
        if (!(steps[i]! > steps[i - 1]!)) problems.push(`${id}: ${scale} step ${i + 1} does not rise`);
      }
    }
    if (t.basis.kind === 'index-100') {
      const cs = t.basis.coefficients;
      if (cs[0]!.from !== t.effectiveFrom) problems.push(`${id}: first coefficient does not start with the edition`);
      cs.forEach((c, i) => {
        if (c.to !== null && c.to < c.from) problems.push(`${id}: coefficient ${c.value} ends before it starts`);
        const next = cs[i + 1];
        if (next && (c.to === null || dayAfter(c.to) !== next.from)) {
          problems.push(`${id}: gap or overlap between coefficients ${c.value} and ${next.value}`);
        }
        if (next && !(next.value > c.value)) problems.push(`${id}: coefficient ${next.value} does not rise`);
      });
      if (cs[cs.length - 1]!.to !== t.effectiveTo) problems.push(`${id}: last coefficient does not end with the edition`);
    }
  }
  const systems = new Set(tables.map((t) => t.system));
  for (const system of systems) {
    const editions = tables.filter((t) => t.system === system).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    for (let i = 1; i < editions.length; i++) {
      const before = editions[i - 1]!;
      const after = editions[i]!;
      if (before.effectiveTo === null || dayAfter(before.effectiveTo) !== after.effectiveFrom) {
        problems.push(`${system}: gap or overlap between the editions of ${before.effectiveFrom} and ${after.effectiveFrom}`);
      }
    }
  }
  return problems;
}
