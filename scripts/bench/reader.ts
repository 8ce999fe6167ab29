/**
 * The file door's reader against its floor (ISSUE 12 §2), printed, never asserted. On the 200,000-row
 * commune (20 sheets): the floor (inflate every sheet's XML and the shared strings, as any reader must,
 * and count the cells with a bare loop), our streaming reader, ExcelJS's readFile, and the command line
 * end to end with the time of each of its stages; then the peak RSS of a whole command-line run at
 * 400,000 rows, and whether 1,000,000 rows complete. Every figure is a child process of its own
 * (./reader-child.ts), best of a few runs; the rounds interleave today's tree with the one before, so a
 * change in the machine's load hits both.
 *
 *   BENCH_XLSX_ROWS=200000         rows of the commune
 *   BENCH_READER_BEFORE=<git ref>  also measure the tree as it was at that commit (default c6dfb6e, the
 *                                  reader before this work; "" to skip)
 *   BENCH_READER_BIG=400000,1000000  the sizes of the whole-run memory figures ("" to skip)
 *   BENCH_READER_TIMEOUT           seconds a child may take before it is stopped (default 900)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { buildSync } from 'esbuild';
import { syntheticCommune } from './synthetic';

const SHEETS = 20;
const SEED = 7;
const ROUNDS = 2;
const RUNS = 3;
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

/** The commune as bench's end-to-end figure writes it: one workbook in memory, written at once. */
async function writeCommune(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const g of syntheticCommune(rows, SHEETS, SEED)) {
    const ws = wb.addWorksheet(g.sheet);
    g.values.forEach((row) => ws.addRow(row));
  }
  await wb.xlsx.writeFile(path);
}

/** The same kind of commune, larger, through ExcelJS's streaming writer so making it fits in memory. */
async function streamCommune(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  for (const g of syntheticCommune(rows, SHEETS, SEED)) {
    const ws = wb.addWorksheet(g.sheet);
    for (const row of g.values) ws.addRow(row).commit();
    ws.commit();
  }
  await wb.commit();
}

interface Time {
  ms: number;
  cpuMs: number;
}
interface Probe {
  stages: Record<string, Time>;
  maxRssKb: number;
  cells?: number;
}
type Result = Probe | { failed: string };

/** The probe bundled from the tree at `root` (beside the project's node_modules, so it finds them). */
function buildProbe(root: string, outfile: string): string {
  buildSync({ entryPoints: [join(root, 'scripts/bench/reader-child.ts')], bundle: true, platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning', outfile });
  return outfile;
}

/** Today's probe over the src/ of a commit, from git. */
function buildProbeAt(ref: string, dir: string): string {
  const root = join(dir, `src-${ref}`);
  mkdirSync(join(root, 'scripts/bench'), { recursive: true });
  const tar = execFileSync('git', ['archive', '--format=tar', ref, 'src', 'tsconfig.json'], { maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', root], { input: tar });
  execFileSync('cp', [resolve('scripts/bench/reader-child.ts'), join(root, 'scripts/bench/')]);
  // Before the streaming writer the file writer lived in write-xlsx.ts: the probe imports it by today's name.
  const fileWriter = join(root, 'src/files/write-xlsx-file.ts');
  if (!existsSync(fileWriter)) writeFileSync(fileWriter, "export { writeXlsxFile } from './write-xlsx';\n");
  return buildProbe(root, resolve(`build/reader-child-${ref}.js`));
}

function probe(script: string, args: string[], timeoutSeconds: number): Result {
  const child = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', maxBuffer: 1 << 26, timeout: timeoutSeconds * 1000 });
  if (child.error) return { failed: child.error.message };
  if (child.status !== 0) return { failed: `exit ${child.status ?? child.signal}: ${child.stderr.split('\n').slice(0, 3).join(' ')}` };
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as Probe;
}

/** The better of two results, stage by stage. */
function better(a: Result | undefined, b: Result): Result {
  if (!a || 'failed' in a) return b;
  if ('failed' in b) return a;
  const stages: Record<string, Time> = {};
  for (const [k, t] of Object.entries(b.stages)) {
    const was = k in a.stages ? a.stages[k] : t;
    stages[k] = { ms: Math.min(t.ms, was.ms), cpuMs: Math.min(t.cpuMs, was.cpuMs) };
  }
  return { ...b, stages, maxRssKb: Math.min(a.maxRssKb, b.maxRssKb) };
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (kb: number) => `${Math.round(kb / 1024).toLocaleString('en')} MB`;
const total = (r: Result | undefined) => (r && !('failed' in r) ? r.stages.total : undefined);

function line(label: string, r: Result | undefined, floor: Time | undefined, goal = ''): string {
  const t = total(r);
  if (!r || !t) return `   ${label.padEnd(44)} ${r && 'failed' in r ? `FAILED (${r.failed})` : 'not measured'}`;
  const ratio = floor ? `${(t.ms / floor.ms).toFixed(2)}× the floor (CPU ${(t.cpuMs / floor.cpuMs).toFixed(2)}×)` : '';
  return `   ${label.padEnd(44)} ${s(t.ms).padStart(8)} (CPU ${s(t.cpuMs)})  ${ratio}${goal}`;
}

export async function benchReader(rows = Number(process.env.BENCH_XLSX_ROWS ?? 200_000)): Promise<void> {
  const beforeRef = process.env.BENCH_READER_BEFORE ?? 'c6dfb6e';
  const big = (process.env.BENCH_READER_BIG ?? '400000,1000000')
    .split(',')
    .map((x) => Number(x.trim()))
    .filter((n) => n > 0);
  const timeout = Number(process.env.BENCH_READER_TIMEOUT ?? 900);
  const dir = mkdtempSync(join(tmpdir(), 'sskdt-reader-'));
  try {
    const now = buildProbe(process.cwd(), resolve('build/reader-child.js'));
    let before: string | null = null;
    if (beforeRef) {
      try {
        before = buildProbeAt(beforeRef, dir);
      } catch (e) {
        console.log(`   (before: cannot build ${beforeRef}: ${(e as Error).message.split('\n')[0]})`);
      }
    }
    const input = join(dir, 'commune.xlsx');
    const out = join(dir, 'report.xlsx');
    await writeCommune(input, rows);
    const loadBefore = load();
    const r: Record<string, Result | undefined> = {};
    const measure = (key: string, script: string, args: string[]) => (r[key] = better(r[key], probe(script, args, timeout)));
    measure('exceljs', now, ['exceljs-read', input, '1']);
    for (let round = 0; round < ROUNDS; round++) {
      measure('floor', now, ['floor', input, String(RUNS)]);
      measure('read', now, ['read', input, String(RUNS)]);
      if (before) measure('readBefore', before, ['read', input, String(RUNS)]);
      measure('cli', now, ['cli', input, out, String(RUNS)]);
      if (before) measure('cliBefore', before, ['cli', input, out, String(RUNS)]);
      measure('stages', now, ['stages', input, out, String(RUNS)]);
    }
    const floor = total(r.floor);
    const cells = r.floor && 'cells' in r.floor ? (r.floor.cells ?? 0) : 0;
    console.log(`\nReader: ${rows.toLocaleString('en')}-row commune .xlsx (${SHEETS} sheets, ${(statSync(input).size / 1e6).toFixed(1)} MB), load ${loadBefore} → ${load()}`);
    console.log('   (each: its own process, best of its runs; CPU is user + system time)');
    console.log(line(`floor: inflate, count ${cells.toLocaleString('en')} cells`, r.floor, floor));
    console.log(line('our reader (readXlsxFile)', r.read, floor));
    if (before) console.log(line(`  before (${beforeRef})`, r.readBefore, floor));
    console.log(line('ExcelJS readFile (one run)', r.exceljs, floor));
    console.log(line('CLI end to end (read → consolidate → write)', r.cli, floor, '  [goal ≤ 3×]'));
    if (before) console.log(line(`  before (${beforeRef})`, r.cliBefore, floor));
    const stages = r.stages && !('failed' in r.stages) ? r.stages.stages : undefined;
    if (stages && floor) {
      const part = (k: string) => `${k} ${s(stages[k].ms)} (${(stages[k].ms / floor.ms).toFixed(2)}×)`;
      console.log(`   stages of the same run, each timed alone: ${['read', 'consolidate', 'layout', 'write'].map(part).join(', ')}`);
    }

    for (const n of big) {
      const file = join(dir, `commune-${n}.xlsx`);
      await streamCommune(file, n);
      const ours = probe(now, ['cli', file, out, '1'], timeout);
      const was = before ? probe(before, ['cli', file, out, '1'], timeout) : undefined;
      const show = (x: Result) => ('failed' in x ? `FAILED (${x.failed})` : `${s(x.stages.total.ms)}, peak RSS ${mb(x.maxRssKb)}`);
      console.log(`   ${n.toLocaleString('en')} rows, a whole CLI run in its own process (load ${load()}): ${show(ours)}${n === 400_000 ? '  [goal ≤ 400 MB]' : ''}`);
      if (was) console.log(`     before (${beforeRef}): ${show(was)}`);
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
