/**
 * npm run bench: the engine's speed and memory goals (ISSUE 2), printed as figures, never asserted.
 *   1. engine: 1,000,000 person rows in 60 sheets, Grids in memory → report model (goal ≥ 1M rows/s)
 *   2. end to end: a 200,000-row .xlsx through the command line, divided by ExcelJS's bare load of
 *      the same file (goal ≤ 1.3×)
 *   3. peak memory (RSS) of step 1 (goal ≤ 1.5 GB)
 *   0. the task pane's download from dist/ (goal: first paint ≤ 140 KB gzipped), printed first
 *   2b. the door-to-door work lists (--worklists) on the same commune: at most 10% more (ISSUE 11 §1)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { consolidate } from '../src/core/consolidate';
import type { Grid } from '../src/core/grid';
import { layoutReport } from '../src/core/report/layout';
import { PRESETS } from '../src/core/campaign/presets';
import { runCli } from '../src/cli/run';
import { syntheticCommune } from './bench/synthetic';
import { benchReader } from './bench/reader';
import { benchOffice } from './bench/office';
import { benchBundle } from './bench/bundle';

const campaign = PRESETS['bo-y-2025'];
const asOf = '2025-10-27';
const ENGINE_ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const XLSX_ROWS = Number(process.env.BENCH_XLSX_ROWS ?? 200_000);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const rate = (rows: number, ms: number) => ((rows / ms) * 1000).toLocaleString('en', { maximumFractionDigits: 0 });

/** The floor under any engine: reads every value and number format of the Grids once, and nothing else. */
function touchEveryCell(grids: readonly Grid[]): number {
  let seen = 0;
  for (const grid of grids) {
    for (let r = 0; r < grid.values.length; r++) {
      const row = grid.values[r];
      const formats = grid.formats?.[r];
      for (let c = 0; c < row.length; c++) {
        if (row[c] !== '' && row[c] !== null) seen++;
        if (formats?.[c] !== undefined) seen++;
      }
    }
  }
  return seen;
}

function peakRss<T>(fn: () => T): { result: T; peak: number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  try {
    const result = fn();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, peak };
  } finally {
    clearInterval(timer);
  }
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function main(): Promise<void> {
  console.log(`node ${process.version}, ${(await import('node:os')).cpus().length} cores`);
  benchBundle();
  if (process.env.BENCH_ONLY === 'worklists') return (await import('./bench/work-lists')).benchWorkLists();

  // 1. Engine
  const grids = syntheticCommune(ENGINE_ROWS, 60);
  gc();
  const before = process.memoryUsage.rss();
  consolidate({ grids: grids.slice(0, 2), campaign, asOf }); // warm up the code paths
  const loadBefore = load();
  const runs: number[] = [];
  let peak = 0;
  let issues = 0;
  const cpuRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    gc();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const { result, peak: p } = peakRss(() => consolidate({ grids, campaign, asOf }));
    runs.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    cpuRuns.push((cpu.user + cpu.system) / 1000);
    peak = Math.max(peak, p);
    issues = result.issues.length;
  }
  const best = Math.min(...runs);
  const floorRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    touchEveryCell(grids);
    floorRuns.push(performance.now() - t0);
  }
  const floor = Math.min(...floorRuns);
  const loadAfter = load();
  console.log(`\n1. Engine: ${ENGINE_ROWS.toLocaleString('en')} rows in 60 sheets, Grids → report model`);
  console.log(`   load average (1, 5, 15 min) before ${loadBefore}, after ${loadAfter}, on ${cpus().length} cores`);
  console.log(`   ${runs.map((r) => r.toFixed(0)).join(' / ')} ms (best ${best.toFixed(0)} ms) → ${rate(ENGINE_ROWS, best)} rows/s  [goal ≥ 1,000,000]`);
  const bestCpu = Math.min(...cpuRuns);
  console.log(`   CPU time of the process: ${cpuRuns.map((r) => r.toFixed(0)).join(' / ')} ms (best ${bestCpu.toFixed(0)} ms) → ${rate(ENGINE_ROWS, bestCpu)} rows/s of CPU (a figure a busy machine disturbs less than the clock)`);
  console.log(`   touch-every-cell floor: ${floorRuns.map((r) => r.toFixed(0)).join(' / ')} ms (best ${floor.toFixed(0)} ms) → ${rate(ENGINE_ROWS, floor)} rows/s; the engine takes ${(best / floor).toFixed(1)}× the floor`);
  console.log(`   ${issues.toLocaleString('en')} issues found`);
  const layoutStart = performance.now();
  layoutReport(consolidate({ grids, campaign, asOf }));
  console.log(`   (consolidate + layout of the report sheets: ${(performance.now() - layoutStart).toFixed(0)} ms)`);
  console.log(`\n3. Peak RSS with 1M rows in memory: ${mb(peak)} (grids held before the run: ${mb(before)})  [goal ≤ 1,536 MB]`);

  // 2. End to end on a .xlsx
  const dir = mkdtempSync(join(tmpdir(), 'sskdt-bench-'));
  try {
    const input = join(dir, 'commune.xlsx');
    const wb = new ExcelJS.Workbook();
    for (const g of syntheticCommune(XLSX_ROWS, 20, 7)) {
      const ws = wb.addWorksheet(g.sheet);
      g.values.forEach((row) => ws.addRow(row));
    }
    await wb.xlsx.writeFile(input);
    const bare: number[] = [];
    const ours: number[] = [];
    for (let i = 0; i < 3; i++) {
      gc();
      bare.push(await timeAsync(() => new ExcelJS.Workbook().xlsx.readFile(input)));
      gc();
      const silent = { out: () => undefined, err: (l: string) => console.error(l) };
      ours.push(await timeAsync(() => runCli([input, '--campaign', 'bo-y-2025', '--as-of', asOf, '--out', join(dir, 'report.xlsx'), '--quiet'], silent)));
    }
    const b = Math.min(...bare);
    const o = Math.min(...ours);
    console.log(`\n2. End to end: ${XLSX_ROWS.toLocaleString('en')}-row .xlsx`);
    console.log(`   ExcelJS bare load: ${bare.map((x) => x.toFixed(0)).join(' / ')} ms (best ${b.toFixed(0)})`);
    console.log(`   our CLI (read, consolidate, write report): ${ours.map((x) => x.toFixed(0)).join(' / ')} ms (best ${o.toFixed(0)})`);
    console.log(`   ratio ${(o / b).toFixed(2)}×  [goal ≤ 1.3×]`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await (await import('./bench/work-lists')).benchWorkLists();
  (await import('./bench/hostile')).benchHostile();
  (await import('./bench/forecast')).benchForecast();
  await (await import('./bench/growth')).growthTable();
  await benchReader();
  await benchOffice();
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
