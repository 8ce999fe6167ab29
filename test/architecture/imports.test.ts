/**
 * The import graph of src/: no cycle between files, and no import from a lower layer to a higher one
 * (test/architecture/layers.ts). A failure names the file, the line and the import.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { LAYERS } from './layers';

const SRC = join(__dirname, '../../src');

interface Edge {
  from: string;
  to: string;
  line: number;
  text: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [relative(SRC, path).split('\\').join('/')] : [];
  });
}

const files = sourceFiles(SRC);
const known = new Set(files);

/** A relative specifier resolved to a file of src/, or null for a package. */
function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = posix.normalize(posix.join(posix.dirname(from), spec));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) if (known.has(candidate)) return candidate;
  throw new Error(`${from}: cannot resolve "${spec}"`);
}

/** Static imports and re-exports, and dynamic import() calls: each with its line. */
function importsOf(file: string): Edge[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const edges: Edge[] = [];
  const pattern = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*'([^']+)'|import\(\s*(?:\/\*[^*]*\*\/\s*)?'([^']+)'\s*\)|(?:^|\n)\s*import\s*'([^']+)'/g;
  for (const m of text.matchAll(pattern)) {
    const spec = m[1] ?? m[2] ?? m[3];
    const to = resolve(file, spec);
    if (to === null) continue;
    const line = text.slice(0, (m.index ?? 0) + m[0].indexOf(spec)).split('\n').length;
    edges.push({ from: file, to, line, text: spec });
  }
  return edges;
}

/** The layer index of a file: the longest table entry that holds it. */
function layerOf(file: string): number {
  let best = -1;
  let bestLength = -1;
  LAYERS.forEach((layer, i) =>
    layer.paths.forEach((p) => {
      const holds = file === p || file.startsWith(`${p}/`);
      if (holds && p.length > bestLength) {
        best = i;
        bestLength = p.length;
      }
    }),
  );
  return best;
}

const edges = files.flatMap(importsOf);

/** Every cycle of the graph, as one strongly connected component each (Tarjan). */
function cycles(): string[][] {
  const out: string[][] = [];
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (next.get(v) ?? []).includes(v)) out.push(component.sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return out;
}

describe('the import graph of src/', () => {
  it('reads the imports it checks (a sanity check of the scanner itself)', () => {
    expect(edges.some((e) => e.from === 'core/consolidate.ts' && e.to === 'core/pipeline/classify-sheets.ts')).toBe(true);
    expect(edges.some((e) => e.from === 'taskpane/report-workbook.ts' && e.to === 'files/write-xlsx.ts')).toBe(true); // a dynamic import()
  });

  it('puts every file in a layer', () => {
    expect(files.filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('has no cycle', () => {
    expect(cycles()).toEqual([]);
  });

  it('has no import from a lower layer to a higher one', () => {
    const upward = edges
      .filter((e) => layerOf(e.to) > layerOf(e.from))
      .map((e) => `${e.from}:${e.line} imports '${e.text}' (${LAYERS[layerOf(e.from)].name} → ${LAYERS[layerOf(e.to)].name})`);
    expect(upward).toEqual([]);
  });
});

// A path of the table that names nothing is a typo that would silently let files through.
describe('the layer table', () => {
  it('names only folders and files that exist', () => {
    const missing = LAYERS.flatMap((l) => l.paths).filter((p) => !files.some((f) => f === p || f.startsWith(`${p}/`)));
    expect(missing).toEqual([]);
  });
});
