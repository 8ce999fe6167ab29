/**
 * What the door-to-door work lists cost (ISSUE 11 §1: at most 10% of the end-to-end time on the 200,000-row commune),
 * printed, never asserted. The command line on the commune with and without --worklists, the runs interleaved so a
 * change in the machine's load hits both, wall clock and CPU time; then the engine's share in memory: the work-list
 * stage, its layout and the file writer on the sheet alone.
 *
 *   BENCH_XLSX_ROWS=200000   rows of the commune
 *   BENCH_ONLY=worklists     `npm run bench` runs this figure alone
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/run';
import { consolidate, consolidateWithWorkLists } from '../../src/core/consolidate';
import { PRESETS } from '../../src/core/campaign/presets';
import { layoutWorkLists } from '../../src/core/report/layout/work-lists';
import { writeXlsx } from '../../src/files/write-xlsx';
import { syntheticCommune } from './synthetic';

const ROWS = Number(process.env.BENCH_XLSX_ROWS ?? 200_000);
const RUNS = 4;
const AS_OF = '2025-10-27';
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const best = (xs: readonly number[]) => Math.min(...xs);
const list = (xs: readonly number[]) => xs.map((x) => x.toFixed(0)).join(' / ');

async function timed(fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  gc();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const cpu = process.cpuUsage(cpu0);
  return { wall: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000 };
}

/** The work lists' own share, in memory: the stage, its layout, the file writer on the sheet alone; CPU best of RUNS. */
function engineShare(endToEndCpu: number): void {
  const grids = syntheticCommune(ROWS, 20, 7);
  const campaign = PRESETS['bo-y-2025'];
  consolidateWithWorkLists({ grids: grids.slice(0, 2), campaign, asOf: AS_OF }); // warm up
  const cpuOf = <T>(fn: () => T): { cpu: number; value: T } => {
    gc();
    const c = process.cpuUsage();
    const value = fn();
    const d = process.cpuUsage(c);
    return { cpu: (d.user + d.system) / 1000, value };
  };
  const plain: number[] = [];
  const withLists: number[] = [];
  const layout: number[] = [];
  const write: number[] = [];
  let people = 0;
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    plain.push(cpuOf(() => consolidate({ grids, campaign, asOf: AS_OF })).cpu);
    const made = cpuOf(() => consolidateWithWorkLists({ grids, campaign, asOf: AS_OF }).workLists);
    withLists.push(made.cpu);
    const laid = cpuOf(() => layoutWorkLists(made.value));
    layout.push(laid.cpu);
    write.push(cpuOf(() => writeXlsx([laid.value], () => undefined)).cpu);
    people = made.value.lists.reduce((n, l) => n + l.people + l.guardianPeople, 0);
    rows = laid.value.rows.length;
  }
  const stage = Math.max(0, best(withLists) - best(plain));
  const pct = (ms: number) => `${((ms / endToEndCpu) * 100).toFixed(1)}%`;
  console.log(`   in memory, CPU: consolidate ${list(plain)} ms, with the work lists ${list(withLists)} ms → the stage ${stage.toFixed(0)} ms`);
  console.log(`   the sheet: ${people.toLocaleString('en')} people on ${rows.toLocaleString('en')} rows; layout ${list(layout)} ms, file writer on it alone ${list(write)} ms`);
  console.log(`   of the end-to-end CPU: computing the lists (stage + layout) ${pct(stage + best(layout))}, writing the sheet ${pct(best(write))}`);
}

export async function benchWorkLists(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sskdt-bench-worklists-'));
  try {
    const input = join(dir, 'commune.xlsx');
    const wb = new ExcelJS.Workbook();
    for (const g of syntheticCommune(ROWS, 20, 7)) {
      const ws = wb.addWorksheet(g.sheet);
      g.values.forEach((row) => ws.addRow(row));
    }
    await wb.xlsx.writeFile(input);
    const silent = { out: () => undefined, err: (l: string) => console.error(l) };
    const run = (extra: string[]) => () => runCli([input, '--campaign', 'bo-y-2025', '--as-of', AS_OF, '--out', join(dir, 'report.xlsx'), '--quiet', ...extra], silent);
    await run([])(); // warm up
    const loadBefore = load();
    const plain: { wall: number; cpu: number }[] = [];
    const withLists: { wall: number; cpu: number }[] = [];
    const oneVillage: { wall: number; cpu: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      plain.push(await timed(run([])));
      withLists.push(await timed(run(['--worklists'])));
      oneVillage.push(await timed(run(['--worklists', 'Thôn 1'])));
    }
    const [p, w] = [best(plain.map((x) => x.wall)), best(withLists.map((x) => x.wall))];
    const [pc, wc] = [best(plain.map((x) => x.cpu)), best(withLists.map((x) => x.cpu))];
    console.log(`\n2b. Work lists: the ${ROWS.toLocaleString('en')}-row commune end to end, with and without --worklists (load ${loadBefore} → ${load()})`);
    console.log(`   without: ${list(plain.map((x) => x.wall))} ms (best ${p.toFixed(0)}), CPU best ${pc.toFixed(0)} ms`);
    console.log(`   with --worklists: ${list(withLists.map((x) => x.wall))} ms (best ${w.toFixed(0)}), CPU best ${wc.toFixed(0)} ms`);
    console.log(`   added: ${(((w - p) / p) * 100).toFixed(1)}% of the wall time, ${(((wc - pc) / pc) * 100).toFixed(1)}% of the CPU time  [goal ≤ 10%]`);
    const [o, oc] = [best(oneVillage.map((x) => x.wall)), best(oneVillage.map((x) => x.cpu))];
    console.log(`   one village's team (--worklists "Thôn 1", 1 of 20 lists): ${list(oneVillage.map((x) => x.wall))} ms (best ${o.toFixed(0)}), CPU best ${oc.toFixed(0)} ms`);
    console.log(`   added: ${(((o - p) / p) * 100).toFixed(1)}% of the wall time, ${(((oc - pc) / pc) * 100).toFixed(1)}% of the CPU time`);
    engineShare(pc);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
