/**
 * The growth table of issue 12 §1: the command line as a whole process on each mess (clean, 20%
 * duplicates, a warning on every row, an error on every row) at doubling sizes, with its time, CPU
 * time and peak memory, and how much each grows per doubling of the rows (2.0 is linear; 4.0 is
 * quadratic). Each run is its own child process, so its peak RSS is that run's alone.
 *
 *   BENCH_GROWTH=0                 skip the table
 *   BENCH_GROWTH_ROWS=10000,20000  the sizes (default 50,000, 100,000, 200,000)
 *   BENCH_GROWTH_BEFORE=<git ref>  also run the command line as it was at that commit (default
 *                                  4b296bd, main before issue 12; "" to skip), at
 *   BENCH_GROWTH_BEFORE_ROWS       its sizes (default 10,000 and 20,000: it is quadratic)
 *   BENCH_GROWTH_TIMEOUT           seconds a run may take before it is stopped (default 900)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { WORKLOADS, WORKLOAD_LABEL, type Workload, workloadGrids, writeGridsXlsx } from './workloads';

interface Run {
  workload: Workload;
  rows: number;
  /** Seconds, or null when the run was stopped at the timeout. */
  wall: number | null;
  cpu: number | null;
  rssMb: number | null;
  exit: number | null;
}

const sizesFrom = (text: string | undefined, fallback: number[]) => (text ? text.split(',').map((s) => Number(s.trim())).filter((n) => n > 0) : fallback);

/** The command line of the source tree at `root`, bundled beside the project's node_modules. */
export function buildCli(root: string, outfile: string): string {
  buildSync({ entryPoints: [join(root, 'src/cli/main.ts')], bundle: true, platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning', outfile });
  return outfile;
}

/** The command line as it was at a commit: its src/ from git, bundled with today's dependencies. */
export function buildCliAt(ref: string, dir: string, prefix = 'growth'): string {
  const root = join(dir, `src-${ref}`);
  mkdirSync(root, { recursive: true });
  const tar = execFileSync('git', ['archive', '--format=tar', ref, 'src', 'tsconfig.json'], { maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', root], { input: tar });
  return buildCli(root, resolve(`build/${prefix}-cli-${ref}.js`));
}

/** One run of the command line as its own process, on the bench's campaign and date, with `extra` arguments. */
export function runOnce(cli: string, input: string, out: string, timeoutSeconds: number, extra: readonly string[] = []): Omit<Run, 'workload' | 'rows'> {
  const stats = `${out}.time`;
  const child = spawnSync('/usr/bin/time', ['-o', stats, '-f', '%e %U %S %M', process.execPath, cli, input, '--campaign', 'bo-y-2025', '--as-of', '2025-10-27', '--out', out, '--quiet', ...extra], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: timeoutSeconds * 1000,
    killSignal: 'SIGKILL',
    maxBuffer: 1 << 26,
  });
  if (child.error || child.signal || !existsSync(stats)) return { wall: null, cpu: null, rssMb: null, exit: null };
  const last = readFileSync(stats, 'utf8').trim().split('\n').pop() ?? '';
  const [wall, user, sys, rssKb] = last.split(' ').map(Number);
  if (child.status !== 0) console.error(`   (exit ${child.status}: ${child.stderr.toString().trim().split('\n').slice(0, 2).join(' / ')})`);
  return { wall, cpu: user + sys, rssMb: rssKb / 1024, exit: child.status };
}

/** How much a figure grows per doubling of the rows between two sizes. */
function perDoubling(a: number | null, b: number | null, rowsA: number, rowsB: number): string {
  if (a === null || b === null || a <= 0) return '    ';
  const factor = (b / a) ** (1 / Math.log2(rowsB / rowsA));
  return `×${factor.toFixed(2)}`;
}

function printTable(title: string, runs: Run[], timeoutSeconds: number): void {
  console.log(`\n   ${title}`);
  console.log(`   ${'workload'.padEnd(24)}${'rows'.padStart(9)}${'time s'.padStart(9)}${'cpu s'.padStart(9)}${'peak MB'.padStart(9)}   per doubling: time, cpu, memory`);
  for (const workload of WORKLOADS) {
    const mine = runs.filter((r) => r.workload === workload);
    mine.forEach((r, i) => {
      const prev = mine[i - 1];
      const fig = (x: number | null, d: number) => (x === null ? `>${timeoutSeconds}`.padStart(9) : x.toFixed(d).padStart(9));
      const growth = prev ? [perDoubling(prev.wall, r.wall, prev.rows, r.rows), perDoubling(prev.cpu, r.cpu, prev.rows, r.rows), perDoubling(prev.rssMb, r.rssMb, prev.rows, r.rows)].join(' ') : '';
      const failed = r.exit !== null && r.exit !== 0 ? `  exit ${r.exit}` : '';
      console.log(`   ${(i === 0 ? WORKLOAD_LABEL[workload] : '').padEnd(24)}${r.rows.toLocaleString('en').padStart(9)}${fig(r.wall, 1)}${fig(r.cpu, 1)}${fig(r.rssMb, 0)}   ${growth}${failed}`);
    });
  }
}

async function measure(cli: string, sizes: number[], dir: string, timeoutSeconds: number): Promise<Run[]> {
  const runs: Run[] = [];
  for (const rows of sizes) {
    for (const workload of WORKLOADS) {
      const input = join(dir, `${workload}-${rows}.xlsx`);
      if (!existsSync(input)) await writeGridsXlsx(workloadGrids(workload, rows), input);
      runs.push({ workload, rows, ...runOnce(cli, input, join(dir, 'report.xlsx'), timeoutSeconds) });
    }
  }
  return runs.sort((a, b) => WORKLOADS.indexOf(a.workload) - WORKLOADS.indexOf(b.workload) || a.rows - b.rows);
}

export async function growthTable(): Promise<void> {
  if (process.env.BENCH_GROWTH === '0') return;
  const sizes = sizesFrom(process.env.BENCH_GROWTH_ROWS, [50_000, 100_000, 200_000]);
  const beforeRef = process.env.BENCH_GROWTH_BEFORE ?? '4b296bd';
  const beforeSizes = sizesFrom(process.env.BENCH_GROWTH_BEFORE_ROWS, [10_000, 20_000]);
  const timeoutSeconds = Number(process.env.BENCH_GROWTH_TIMEOUT ?? 900);
  const dir = mkdtempSync(join(tmpdir(), 'sskdt-growth-'));
  try {
    console.log(`\n4. Growth: the command line as a whole process (read, consolidate, layout, write), one child process per run`);
    console.log(`   load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} at the start`);
    const now = buildCli('.', resolve('build/growth-cli.js'));
    if (beforeRef) printTable(`before (${beforeRef})`, await measure(buildCliAt(beforeRef, dir), beforeSizes, dir, timeoutSeconds), timeoutSeconds);
    if (beforeRef) printTable('after, same sizes', await measure(now, beforeSizes, dir, timeoutSeconds), timeoutSeconds);
    printTable('after', await measure(now, sizes, dir, timeoutSeconds), timeoutSeconds);
    console.log(`   load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} at the end`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
