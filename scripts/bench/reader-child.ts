/**
 * One measurement of the reader bench (./reader.ts) in its own process, so its time is not disturbed by
 * the bench's own garbage and its peak RSS is its own. Bundled from the tree under test (today's, or an
 * earlier commit's for "before"). Prints one JSON line: the best wall and CPU time of `runs` runs, per
 * stage where it has stages, and the process's peak RSS.
 *
 *   floor <input> <runs>          inflate every worksheet's XML and the shared strings, count the cells, nothing else
 *   read <input> <runs>           readXlsxFile
 *   exceljs-read <input> <runs>   ExcelJS's readFile, the reader the file door had before
 *   stages <input> <out> <runs>   read, consolidate, layout and write one after another, each timed
 *   cli <input> <out> <runs>      the command line as shipped (runCli)
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { inflateSync } from 'fflate';
import { PRESETS } from '../../src/core/campaign/presets';
import { consolidate } from '../../src/core/consolidate';
import { layoutReport } from '../../src/core/report/layout';
import { runCli } from '../../src/cli/run';
import { readXlsxFile } from '../../src/files/read-xlsx';
import { writeXlsxFile } from '../../src/files/write-xlsx-file';
import { zipEntries } from '../../src/files/xlsx/zip';

const ASOF = '2025-10-27';
const [mode, input, ...rest] = process.argv.slice(2);
const runs = Number(rest[rest.length - 1]) || 1;
const out = rest[0];

interface Time {
  ms: number;
  cpuMs: number;
}
const best = new Map<string, Time>();

async function timed<T>(stage: string, fn: () => Promise<T> | T): Promise<T> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = await fn();
  const used = process.cpuUsage(cpu);
  const t = { ms: performance.now() - wall, cpuMs: (used.user + used.system) / 1000 };
  const was = best.get(stage);
  best.set(stage, was ? { ms: Math.min(was.ms, t.ms), cpuMs: Math.min(was.cpuMs, t.cpuMs) } : t);
  return result;
}

/**
 * The floor: inflate each sheet's XML and the shared strings whole, into one buffer, and count the cells
 * with a bare loop over the bytes.
 */
function inflateAndCount(path: string): number {
  const zip = new Uint8Array(readFileSync(path));
  let out = new Uint8Array(0);
  let cells = 0;
  for (const [name, entry] of zipEntries(zip)) {
    if (!/^xl\/(worksheets\/[^/]+|sharedStrings)\.xml$/.test(name)) continue;
    const at = entry.localHeader;
    const start = at + 30 + (zip[at + 26] | (zip[at + 27] << 8)) + (zip[at + 28] | (zip[at + 29] << 8));
    if (out.length < entry.size) out = new Uint8Array(entry.size);
    const b = inflateSync(zip.subarray(start, start + entry.compressedSize), { out: out.subarray(0, entry.size) });
    for (let i = 0, n = b.length - 2; i < n; i++) if (b[i] === 60 && b[i + 1] === 99 && (b[i + 2] === 32 || b[i + 2] === 62)) cells++;
  }
  return cells;
}

async function once(): Promise<Record<string, number>> {
  switch (mode) {
    case 'floor':
      return { cells: await timed('total', () => inflateAndCount(input)) };
    case 'read':
      await timed('total', () => readXlsxFile(input));
      return {};
    case 'exceljs-read':
      await timed('total', () => new ExcelJS.Workbook().xlsx.readFile(input));
      return {};
    case 'stages':
      await timed('total', async () => {
        const grids = await timed('read', () => readXlsxFile(input));
        const model = await timed('consolidate', () => consolidate({ grids, campaign: PRESETS['bo-y-2025'], asOf: ASOF }));
        const specs = await timed('layout', () => layoutReport(model));
        await timed('write', () => writeXlsxFile(specs, out));
      });
      return {};
    case 'cli': {
      const code = await timed('total', () => runCli([input, '--campaign', 'bo-y-2025', '--as-of', ASOF, '--out', out, '--quiet'], { out: () => undefined, err: (l) => console.error(l) }));
      if (code !== 0) throw new Error(`exit ${code}`);
      return {};
    }
    default:
      throw new Error(`unknown mode ${mode}`);
  }
}

async function run(): Promise<void> {
  let extra = {};
  for (let i = 0; i < runs; i++) extra = await once();
  console.log(JSON.stringify({ ...extra, stages: Object.fromEntries(best), maxRssKb: process.resourceUsage().maxRSS }));
}

run().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
