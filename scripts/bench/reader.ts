/**
 * The file door's reader against its floor (ISSUE 12 §2), printed, never asserted. On the same
 * 200,000-row commune as the end-to-end figure: ExcelJS's readFile (the reader before), the floor
 * (inflate every sheet's XML and count its cells with a bare loop), our streaming reader, and the
 * command line end to end before and after. Then peak RSS of a whole run in a child process at
 * 400,000 rows, before and after, and whether 1,000,000 rows complete.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildSync } from 'esbuild';
import { PRESETS } from '../../src/core/campaign/presets';
import { consolidate } from '../../src/core/consolidate';
import { layoutReport } from '../../src/core/report/layout';
import { runCli } from '../../src/cli/run';
import { readXlsxFile } from '../../src/files/read-xlsx';
import { writeXlsxFile } from '../../src/files/write-xlsx-file';
import { inflateEntry, zipEntries } from '../../src/files/xlsx/zip';
import { referenceGrids } from '../../test/files/exceljs-reference';
import { syntheticCommune } from './synthetic';

const ASOF = '2025-10-27';
const SHEETS = 20;
const SEED = 7;
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function best(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    gc();
    const t0 = performance.now();
    await fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

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

/** The floor: inflate each sheet's XML and count its cells, nothing else. */
function inflateAndCount(path: string): number {
  const zip = new Uint8Array(readFileSync(path));
  let cells = 0;
  for (const [name, entry] of zipEntries(zip)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    inflateEntry(zip, entry, (b) => {
      for (let i = 0, n = b.length - 2; i < n; i++) if (b[i] === 60 && b[i + 1] === 99 && (b[i + 2] === 32 || b[i + 2] === 62)) cells++;
    });
  }
  return cells;
}

function child(script: string, mode: 'ours' | 'exceljs', input: string, out: string): { ms: number; maxRssKb: number } | { failed: string } {
  try {
    const line = execFileSync(process.execPath, [script, mode, input, out, ASOF], { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'pipe'] });
    return JSON.parse(line.trim().split('\n').pop()!);
  } catch (e) {
    return { failed: String((e as { stderr?: string }).stderr ?? e).split('\n').slice(0, 3).join(' ') };
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const show = (r: ReturnType<typeof child>) => ('failed' in r ? `FAILED (${r.failed})` : `${s(r.ms)}, peak RSS ${mb(r.maxRssKb)}`);

export async function benchReader(rows = Number(process.env.BENCH_XLSX_ROWS ?? 200_000)): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sskdt-reader-'));
  try {
    const input = join(dir, 'commune.xlsx');
    await writeCommune(input, rows);
    const silent = { out: () => undefined, err: (l: string) => console.error(l) };
    const out = join(dir, 'report.xlsx');
    console.log(`\nReader: ${rows.toLocaleString('en')}-row commune .xlsx, load ${load()}`);
    const exceljs = await best(1, () => new ExcelJS.Workbook().xlsx.readFile(input));
    let cells = 0;
    const floor = await best(3, () => (cells = inflateAndCount(input)));
    const ours = await best(3, () => readXlsxFile(input));
    const before = await best(1, async () => writeXlsxFile(layoutReport(consolidate({ grids: await referenceGrids(input), campaign: PRESETS['bo-y-2025'], asOf: ASOF })), out));
    const after = await best(3, () => runCli([input, '--campaign', 'bo-y-2025', '--as-of', ASOF, '--out', out, '--quiet'], silent));
    console.log(`   before: ExcelJS readFile ${s(exceljs)}; CLI end to end with it ${s(before)} (${(before / floor).toFixed(1)}× the floor)`);
    console.log(`   floor: inflate the sheets' XML and count ${cells.toLocaleString('en')} cells ${s(floor)}`);
    console.log(`   after: our reader ${s(ours)} (${(exceljs / ours).toFixed(1)}× faster than readFile, ${(ours / floor).toFixed(2)}× the floor)`);
    console.log(`   after: CLI end to end (read, consolidate, write report) ${s(after)}, ratio to the floor ${(after / floor).toFixed(2)}×  [goal ≤ 3×]; ${(before / after).toFixed(1)}× faster than before`);

    // Beside the bench's own bundle, so the child finds node_modules.
    const script = join(process.cwd(), 'build', 'reader-child.js');
    buildSync({ entryPoints: [join(process.cwd(), 'scripts', 'bench', 'reader-child.ts')], bundle: true, platform: 'node', target: 'node20', packages: 'external', outfile: script, logLevel: 'warning' });
    for (const n of [400_000, 1_000_000]) {
      const big = join(dir, `commune-${n}.xlsx`);
      await streamCommune(big, n);
      console.log(`   ${n.toLocaleString('en')} rows end to end, own process, load ${load()}:`);
      console.log(`     after:  ${show(child(script, 'ours', big, out))}${n === 400_000 ? '  [goal ≤ 400 MB]' : ''}`);
      if (n === 400_000) console.log(`     before: ${show(child(script, 'exceljs', big, out))}`);
      rmSync(big, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
