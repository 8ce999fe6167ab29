/**
 * The shapes that used to be superlinear (ISSUE 14 §2, §3), each at two sizes so a figure can be judged by
 * how it grows: the same CCCD on every row, the same BHYT on every row, a printout pasted back with its
 * header every 40 rows, many titled lists stacked on one sheet. Printed, never asserted.
 *   BENCH_HOSTILE=0  skip
 * Then the hostile files through the whole command line (./hostile-files.ts).
 */
import { loadavg } from 'node:os';
import { consolidate } from '../../src/core/consolidate';
import { PRESETS } from '../../src/core/campaign/presets';
import type { CellValue, Grid } from '../../src/core/grid';
import { benchHostileFiles } from './hostile-files';

const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Mã thẻ BHYT', 'Định danh mức 2'];
const cccdOf = (i: number) => `001080${String(i).padStart(6, '0')}`;
const row = (i: number, cccd: string, bhyt: string): CellValue[] => [i + 1, `Người ${i}`, '01/01/1980', cccd, bhyt, 'x'];
const sheet = (values: CellValue[][]): Grid => ({ sheet: 'Thôn 1', values });

const SHAPES: { name: string; sizes: number[]; grid: (n: number) => Grid }[] = [
  { name: 'the same CCCD on every row', sizes: [20_000, 40_000], grid: (n) => sheet([HEADER, ...Array.from({ length: n }, (_, i) => row(i, cccdOf(1), ''))]) },
  { name: 'the same BHYT on every row', sizes: [20_000, 40_000], grid: (n) => sheet([HEADER, ...Array.from({ length: n }, (_, i) => row(i, cccdOf(i), 'GD4010000000077'))]) },
  {
    name: 'a printout: header every 40 rows',
    sizes: [80_000, 160_000],
    grid: (n) => sheet(Array.from({ length: n }, (_, i) => row(i, cccdOf(i), '')).flatMap((r, i) => (i % 40 === 0 ? [HEADER, r] : [r]))),
  },
  {
    name: 'titled lists stacked on a sheet',
    sizes: [2_000, 4_000],
    grid: (n) => ({ sheet: 'Tổng hợp thôn', values: Array.from({ length: n }, (_, l) => [[`DANH SÁCH THÔN ${l + 1}`], HEADER, ...Array.from({ length: 5 }, (_, i) => row(i, cccdOf(l * 5 + i), '')), []]).flat() }),
  },
];

export function benchHostile(): void {
  if (process.env.BENCH_HOSTILE === '0') return;
  console.log('\n5. Shapes that were superlinear (the engine alone, Grids in memory)');
  console.log(`   load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  for (const shape of SHAPES) {
    const times: number[] = [];
    for (const n of shape.sizes) {
      const grid = shape.grid(n);
      const cpu0 = process.cpuUsage();
      consolidate({ grids: [grid], campaign: PRESETS['bo-y-2025'], asOf: '2025-10-25' });
      const cpu = process.cpuUsage(cpu0);
      times.push((cpu.user + cpu.system) / 1e6);
    }
    const growth = times[1] / times[0];
    console.log(`   ${shape.name.padEnd(36)} ${shape.sizes.map((n, i) => `${n.toLocaleString('en')}: ${times[i].toFixed(2)} s CPU`).join(', ')}  ×${growth.toFixed(2)} for ×2 the size`);
  }
  benchHostileFiles();
}
