import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The house in ../shared/docs/architecture.md, held by the real imports: every .ts/.tsx file under
 * src/ and entrypoints/ is read with the TypeScript compiler's own import scanner (import, import
 * type, export … from, import() and require), each import mapped to the part its target lives in,
 * and checked against the table. No import circle anywhere, type-only ones included.
 */

const ROOT = resolve(__dirname, '../../..');

/** Each part and the parts it may import (besides itself): the table's "may import (ours)". */
const MAY_IMPORT: Record<string, readonly string[]> = {
  entrypoints: ['platform', 'messaging', 'db', 'log', 'reminders', 'extract', 'paytables', 'ui', 'i18n', 'model'],
  platform: ['model', 'i18n', 'db', 'messaging', 'extract', 'paytables', 'reminders', 'log'],
  messaging: ['model', 'i18n', 'db', 'log', 'reminders'],
  db: ['model'],
  log: ['model', 'i18n', 'paytables'],
  reminders: ['model'],
  extract: ['model'],
  paytables: ['model'],
  ui: ['model', 'i18n', 'extract', 'log', 'reminders', 'paytables'],
  i18n: ['model'],
  model: [],
};

/**
 * Packages a part may use. The pure parts, i18n and the model use none that reach the browser, the
 * storage or the screen: only the model takes zod (src/model/zod.ts), and the others its schemas.
 * Any package not named here for a part fails.
 */
const MAY_USE: Record<string, readonly string[]> = {
  entrypoints: ['preact', 'preact/hooks', 'wxt/browser'],
  platform: ['wxt/browser', '@webext-core/messaging'],
  messaging: ['wxt/browser', '@webext-core/messaging'],
  db: ['dexie'],
  // zod through src/model/zod.ts (set up jitless there), never directly.
  log: [],
  reminders: [],
  extract: [],
  paytables: [],
  ui: ['preact', 'preact/hooks'],
  i18n: [],
  model: ['zod'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file an import names, relative to the root ("src/db/vacancies.ts"), or the package's name. */
function target(from: string, specifier: string): { file: string } | { pkg: string } {
  if (!specifier.startsWith('.')) return { pkg: specifier };
  const base = relative(ROOT, resolve(ROOT, dirname(from), specifier));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  const file = candidates.find((c) => existsSync(join(ROOT, c)) && statSync(join(ROOT, c)).isFile());
  return { file: file ?? base };
}

/** src/<part>/… → part; entrypoints/… → entrypoints; anything else (public/ data) → null. */
function partOf(file: string): string | null {
  const [top, part] = file.split('/');
  if (top === 'entrypoints') return 'entrypoints';
  if (top === 'src') return part ?? null;
  return null;
}

interface Import {
  from: string;
  to: { file: string } | { pkg: string };
  line: number;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
  return ts.preProcessFile(text, true, true).importedFiles.map((ref) => ({
    from: file,
    to: target(file, ref.fileName),
    line: source.getLineAndCharacterOfPosition(ref.pos).line + 1,
  }));
}

/** The arrows the table forbids, as "from -> to" (with the line, for the message). */
export function forbiddenArrows(imports: readonly Import[]): { arrow: string; at: string }[] {
  const found: { arrow: string; at: string }[] = [];
  for (const { from, to, line } of imports) {
    const part = partOf(from)!;
    if ('pkg' in to) {
      if (!MAY_USE[part]!.includes(to.pkg)) found.push({ arrow: `${from} -> package ${to.pkg}`, at: `${from}:${line}` });
      continue;
    }
    const targetPart = partOf(to.file);
    if (targetPart === null) {
      // Data outside the parts: the message files' keys (public/_locales), nothing else.
      if (!to.file.startsWith('public/')) found.push({ arrow: `${from} -> ${to.file}`, at: `${from}:${line}` });
      continue;
    }
    if (!(targetPart in MAY_IMPORT)) {
      found.push({ arrow: `${from} -> ${to.file} (no part "${targetPart}" in the table)`, at: `${from}:${line}` });
      continue;
    }
    if (targetPart !== part && !MAY_IMPORT[part]!.includes(targetPart)) found.push({ arrow: `${from} -> ${to.file}`, at: `${from}:${line}` });
  }
  return found;
}

/**
 * Every import circle: each strongly connected component of more than one file (or a file that
 * imports itself), named by its files and by one cycle through them.
 */
export function circles(imports: readonly Import[]): string[] {
  const edges = new Map<string, Set<string>>();
  for (const { from, to } of imports) {
    if (!('file' in to)) continue;
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from)!.add(to.file);
  }
  // Tarjan's strongly connected components.
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string) => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) === order.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || edges.get(v)?.has(v)) components.push(component);
    }
  };
  for (const v of [...edges.keys()].sort()) if (!order.has(v)) visit(v);
  // Each component named by one cycle from its first file (sorted), found by a breadth-first search.
  return components.map((component) => {
    const members = new Set(component);
    const start = [...component].sort()[0]!;
    const back = new Map<string, string>();
    const queue = [start];
    let end: string | null = null;
    while (queue.length && end === null) {
      const v = queue.shift()!;
      for (const w of [...(edges.get(v) ?? [])].sort()) {
        if (!members.has(w)) continue;
        if (w === start) {
          end = v;
          break;
        }
        if (!back.has(w)) {
          back.set(w, v);
          queue.push(w);
        }
      }
    }
    const path = [start];
    for (let v = end!; v !== start; v = back.get(v)!) path.splice(1, 0, v);
    const files = [...component].sort();
    return `circle of ${files.join(', ')}: ${[...path, start].join(' -> ')}`;
  });
}

const FILES = [...sourceFiles('src'), ...sourceFiles('entrypoints')];
const IMPORTS = FILES.flatMap(importsOf);

describe('the house: imports follow the table in ../shared/docs/architecture.md', () => {
  it('reads the real imports of every source file', () => {
    expect(FILES.length).toBeGreaterThan(100);
    // The scanner sees each kind of import: type-only, re-exports and dynamic ones.
    const arrows = new Set(IMPORTS.map((i) => `${i.from} -> ${'file' in i.to ? i.to.file : i.to.pkg}`));
    expect(arrows).toContain('src/ui/LogExports.tsx -> src/model/restore.ts'); // import type
    expect(arrows).toContain('src/log/import.ts -> src/log/import-limit.ts'); // import + export { … }
    expect(arrows).toContain('src/platform/log-exports-api.ts -> src/platform/export-in-page.ts'); // import()
    expect(FILES.every((f) => partOf(f) !== null && partOf(f)! in MAY_IMPORT)).toBe(true);
  });

  it('has no arrow the table forbids', () => {
    const found = forbiddenArrows(IMPORTS);
    expect(found.map((f) => `${f.at}: ${f.arrow}`)).toEqual([]);
  });

  it("keeps the content scripts to detection's words: no other vocabulary, no field rules", () => {
    // The content scripts run on every matching page; what they import is compiled there each time.
    // A portal's file is reached for its addresses only (its rules object is left out of the bundle).
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const i of IMPORTS) if (i.from === file && 'file' in i.to) visit(i.to.file);
    };
    visit('entrypoints/vacancy.ts');
    visit('entrypoints/list-watch.ts');
    const extractor = [...reached].filter((f) => f.startsWith('src/extract/')).sort();
    expect(extractor.length).toBeGreaterThan(0);
    for (const f of extractor) expect(f).toMatch(/^src\/extract\/(?:detect-read\.ts|locales\/(?:vacancy-labels|[a-z]{2}\/vacancy-labels)\.ts|portals\/(?!index\.ts)[a-z]+\.ts)$/);
  });

  it('has no import circle, type-only imports included', () => {
    expect(circles(IMPORTS)).toEqual([]);
  });
});

describe('the checks themselves', () => {
  const imp = (from: string, to: string): Import => ({ from, to: to.startsWith('src/') || to.startsWith('entrypoints/') ? { file: to } : { pkg: to }, line: 1 });

  it.each([
    ['src/log/csv.ts', 'src/db/database.ts'],
    ['src/db/errors.ts', 'src/i18n/messages.ts'],
    ['src/platform/prefs.ts', 'src/ui/SidebarApp.tsx'],
    ['src/ui/Sidebar.tsx', 'src/db/vacancies.ts'],
    ['src/extract/detect.ts', 'src/log/rows.ts'],
    ['src/reminders/schedule.ts', 'wxt/browser'],
    ['src/log/csv.ts', 'dexie'],
  ])('refuses %s -> %s', (from, to) => {
    expect(forbiddenArrows([imp(from, to)])).toHaveLength(1);
  });

  it.each([
    ['src/messaging/log-handlers.ts', 'src/db/restore.ts'],
    ['src/ui/LogExports.tsx', 'src/log/separator.ts'],
    ['entrypoints/log/main.tsx', 'src/db/first-rows.ts'],
    ['src/db/database.ts', 'dexie'],
  ])('allows %s -> %s', (from, to) => {
    expect(forbiddenArrows([imp(from, to)])).toEqual([]);
  });

  it('names a circle by its files, and finds none in a chain', () => {
    const chain = [imp('src/log/a.ts', 'src/log/b.ts'), imp('src/log/b.ts', 'src/log/c.ts')];
    expect(circles(chain)).toEqual([]);
    expect(circles([...chain, imp('src/log/c.ts', 'src/log/a.ts')])).toEqual([
      'circle of src/log/a.ts, src/log/b.ts, src/log/c.ts: src/log/a.ts -> src/log/b.ts -> src/log/c.ts -> src/log/a.ts',
    ]);
    expect(circles([imp('src/log/a.ts', 'src/log/a.ts')])).toEqual(['circle of src/log/a.ts: src/log/a.ts -> src/log/a.ts']);
  });
});
