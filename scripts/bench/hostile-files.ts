/**
 * Hostile files through the whole command line (ISSUE 14 §2), each run a process of its own so its peak
 * memory is its own: a note in column XFD on every row (16,000 such rows were an 855 KB file that ran out of
 * memory), and a legal workbook of a million people in ten columns on one sheet. Printed, never asserted.
 * The files are made by scripts/fixtures/odd-files.ts, streamed to disk.
 *
 *   BENCH_HOSTILE_FILES=0              skip
 *   BENCH_HOSTILE_WIDE=4000,16000      rows of the XFD case
 *   BENCH_HOSTILE_TALL=1000000         rows of the ten-column case ("" to skip)
 *   BENCH_HOSTILE_BEFORE=<git ref>     also run the command line as it was at that commit (default a9f9fad,
 *                                      main before this work; "" to skip)
 *   BENCH_HOSTILE_TIMEOUT              seconds a run may take before it is stopped (default 900)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeTallList, writeWideRows } from '../fixtures/odd-files';
import { buildCli, buildCliAt } from './growth';

const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const sizes = (text: string | undefined, fallback: number[]) => (text === undefined ? fallback : text.split(',').map(Number).filter((n) => n > 0));

/** One whole run: wall and CPU seconds, peak RSS, exit code; null figures when it was stopped or died. */
function runOnce(cli: string, input: string, out: string, timeoutSeconds: number): string {
  const stats = `${out}.time`;
  rmSync(stats, { force: true });
  const child = spawnSync('/usr/bin/time', ['-o', stats, '-f', '%e %U %S %M %x', process.execPath, cli, input, '--campaign', 'bo-y-2025', '--as-of', '2025-10-27', '--out', out, '--quiet'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: timeoutSeconds * 1000,
    killSignal: 'SIGKILL',
    maxBuffer: 1 << 26,
  });
  if (child.error || child.signal || !existsSync(stats)) return `stopped after ${timeoutSeconds} s`;
  const last = readFileSync(stats, 'utf8').trim().split('\n').pop() ?? '';
  const [wall, user, sys, rssKb, exit] = last.split(' ').map(Number);
  const failed = exit === 0 ? '' : `, exit ${exit}: ${child.stderr.toString().trim().split('\n').slice(0, 1).join('')}`;
  return `${wall.toFixed(1)} s (CPU ${(user + sys).toFixed(1)} s), peak ${Math.round(rssKb / 1024).toLocaleString('en')} MB${failed}`;
}

export function benchHostileFiles(): void {
  if (process.env.BENCH_HOSTILE_FILES === '0') return;
  const timeout = Number(process.env.BENCH_HOSTILE_TIMEOUT ?? 900);
  const beforeRef = process.env.BENCH_HOSTILE_BEFORE ?? 'a9f9fad';
  const dir = mkdtempSync(join(tmpdir(), 'sskdt-hostile-'));
  try {
    const now = buildCli(process.cwd(), resolve('build/hostile-cli.js'));
    let before: string | null = null;
    if (beforeRef) {
      try {
        before = buildCliAt(beforeRef, dir, 'hostile');
      } catch (e) {
        console.log(`   (before: cannot build ${beforeRef}: ${(e as Error).message.split('\n')[0]})`);
      }
    }
    console.log('\n6. Hostile files through the command line (each run its own process)');
    const cases = [
      ...sizes(process.env.BENCH_HOSTILE_WIDE, [4_000, 16_000]).map((n) => ({ label: `${n.toLocaleString('en')} rows with a note in column XFD`, write: (p: string) => writeWideRows(p, n) })),
      ...sizes(process.env.BENCH_HOSTILE_TALL, [1_000_000]).map((n) => ({ label: `${n.toLocaleString('en')} people × 10 columns, one sheet`, write: (p: string) => writeTallList(p, n) })),
    ];
    for (const c of cases) {
      const input = join(dir, 'hostile.xlsx');
      c.write(input);
      const size = `${(statSync(input).size / 1e6).toFixed(2)} MB file`;
      console.log(`   ${c.label} (${size}), load ${load()}`);
      console.log(`     today:  ${runOnce(now, input, join(dir, 'report.xlsx'), timeout)}`);
      if (before) console.log(`     before (${beforeRef}): ${runOnce(before, input, join(dir, 'report.xlsx'), timeout)}`);
      rmSync(input, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
