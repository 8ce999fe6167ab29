/**
 * What the door-to-door work lists cost (ISSUE 11 §1: at most 10% of the end-to-end time on the 200,000-row commune),
 * printed, never asserted. The command line on the commune with and without --worklists, each run a process of its
 * own as an officer runs it (an earlier run's heap does not slow the next), the runs interleaved so a change in the
 * machine's load hits all of them, wall clock and CPU time; the same for the command line of an earlier commit, in
 * the same run; then the engine's share in memory: the work-list stage, its layout and the file writer on the sheet.
 *
 *   BENCH_XLSX_ROWS=200000             rows of the commune
 *   BENCH_ONLY=worklists               `npm run bench` runs this figure alone
 *   BENCH_WORKLISTS_BEFORE=<git ref>   the earlier commit (default 48214ae, before the writer's and reader's
 *                                      speed-ups of 2 December 2026; "" to skip)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { buildCli, buildCliAt, runOnce } from './growth';
import { consolidate, consolidateWithWorkLists } from '../../src/core/consolidate';
import { PRESETS } from '../../src/core/campaign/presets';
import { layoutWorkLists } from '../../src/core/report/layout/work-lists';
import { writeXlsx } from '../../src/files/write-xlsx';
import { nativeDeflater } from '../../src/files/native-deflate';
import { syntheticCommune } from './synthetic';

const ROWS = Number(process.env.BENCH_XLSX_ROWS ?? 200_000);
const RUNS = 4;
const AS_OF = '2025-10-27';
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const best = (xs: readonly number[]) => Math.min(...xs);
const list = (xs: readonly number[]) => xs.map((x) => x.toFixed(0)).join(' / ');

interface Timing {
  wall: number;
  cpu: number;
}

/** The three ways a commune runs the command line: without the lists, with all of them, with one village's. */
const KINDS = [
  { label: 'without', args: [] as string[] },
  { label: 'with --worklists', args: ['--worklists'] },
  { label: 'one village\'s team (--worklists "Thôn 1", 1 of 20 lists)', args: ['--worklists', 'Thôn 1'] },
];

function report(title: string, runs: Timing[][]): void {
  const [plain] = runs;
  const p = best(plain.map((x) => x.wall));
  const pc = best(plain.map((x) => x.cpu));
  console.log(`   ${title}`);
  runs.forEach((r, k) => {
    const [w, c] = [best(r.map((x) => x.wall)), best(r.map((x) => x.cpu))];
    const added = k === 0 ? '' : `; added ${(((w - p) / p) * 100).toFixed(1)}% wall, ${(((c - pc) / pc) * 100).toFixed(1)}% CPU${k === 1 ? '  [goal ≤ 10%]' : ''}`;
    console.log(`     ${KINDS[k].label}: ${list(r.map((x) => x.wall))} ms (best ${w.toFixed(0)}), CPU best ${c.toFixed(0)} ms${added}`);
  });
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
    write.push(cpuOf(() => writeXlsx([laid.value], () => undefined, nativeDeflater)).cpu);
    people = made.value.lists.reduce((n, l) => n + l.people + l.guardianPeople, 0);
    rows = laid.value.rows.length;
  }
  const stage = Math.max(0, best(withLists) - best(plain));
  const pct = (ms: number) => `${((ms / endToEndCpu) * 100).toFixed(1)}%`;
  console.log(`   in memory, CPU: consolidate ${list(plain)} ms, with the work lists ${list(withLists)} ms → the stage ${stage.toFixed(0)} ms`);
  console.log(`   the sheet: ${people.toLocaleString('en')} people on ${rows.toLocaleString('en')} rows; layout ${list(layout)} ms, file writer on it alone (as the command line deflates) ${list(write)} ms`);
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
    const beforeRef = process.env.BENCH_WORKLISTS_BEFORE ?? '48214ae';
    const clis = [{ name: 'now', cli: buildCli('.', resolve('build/worklists-cli.js')) }];
    if (beforeRef) clis.push({ name: `before (${beforeRef})`, cli: buildCliAt(beforeRef, dir, 'worklists') });
    const out = join(dir, 'report.xlsx');
    const once = (cli: string, args: readonly string[]): Timing => {
      const r = runOnce(cli, input, out, 900, args);
      if (r.wall === null || r.cpu === null || r.exit !== 0) throw new Error(`the command line failed (${cli} ${args.join(' ')})`);
      return { wall: r.wall * 1000, cpu: r.cpu * 1000 };
    };
    for (const { cli } of clis) once(cli, []); // warm the file cache
    const loadBefore = load();
    const runs = clis.map(() => KINDS.map(() => [] as Timing[]));
    for (let i = 0; i < RUNS; i++) clis.forEach(({ cli }, c) => KINDS.forEach((kind, k) => runs[c][k].push(once(cli, kind.args))));
    console.log(`\n2b. Work lists: the ${ROWS.toLocaleString('en')}-row commune end to end, with and without --worklists, each run its own process (load ${loadBefore} → ${load()})`);
    clis.forEach(({ name }, c) => report(name, runs[c]));
    engineShare(best(runs[0][0].map((x) => x.cpu)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
