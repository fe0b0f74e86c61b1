/**
 * What every bench section shares: medians over repeated runs, and result rows that carry their
 * baseline (measured in the same run) and their budget.
 */
export interface Row {
  section: string;
  name: string;
  value: number;
  unit: string;
  /** What the value is compared with, measured in the same run. */
  baseline?: { name: string; value: number };
  /** The limit this figure must hold, and whether it does. */
  budget?: { text: string; pass: boolean };
  note?: string;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `prepare` untimed and `measure` timed, `runs` times; returns the median time in ms. */
export function medianTime<T>(runs: number, prepare: () => T, measure: (input: T) => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = prepare();
    const start = performance.now();
    measure(input);
    times.push(performance.now() - start);
  }
  return median(times);
}

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));

const HEADER = ['section', 'figure', 'value', 'baseline (same run)', 'ratio', 'budget', '', 'note'];

function cells(r: Row): string[] {
  const ratio = r.baseline && r.baseline.value !== 0 ? `${(r.value / r.baseline.value).toFixed(2)}×` : '';
  return [
    r.section,
    r.name,
    `${fmt(r.value)} ${r.unit}`,
    r.baseline ? `${r.baseline.name}: ${fmt(r.baseline.value)} ${r.unit}` : '',
    ratio,
    r.budget?.text ?? '',
    r.budget ? (r.budget.pass ? 'ok' : 'OVER') : '',
    r.note ?? '',
  ];
}

export function printTable(rows: readonly Row[]): string {
  const lines: string[][] = [HEADER, ...rows.map(cells)];
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  return lines.map((l) => l.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

/** The same table in Markdown, for bench/results.md (linked from the README). */
export function markdownTable(rows: readonly Row[]): string {
  const line = (l: readonly string[]) => `| ${l.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(HEADER), line(HEADER.map(() => '---')), ...rows.map((r) => line(cells(r)))].join('\n');
}
