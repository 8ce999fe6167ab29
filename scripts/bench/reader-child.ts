/**
 * One end-to-end run in its own process, so its peak memory is its own: `ours` is the command line
 * as shipped, `exceljs` is the same run with the reader the file door had before (ExcelJS readFile).
 * Prints the wall time and the process's peak RSS as one JSON line.
 */
import { PRESETS } from '../../src/core/campaign/presets';
import { consolidate } from '../../src/core/consolidate';
import { layoutReport } from '../../src/core/report/layout';
import { runCli } from '../../src/cli/run';
import { writeXlsxFile } from '../../src/files/write-xlsx-file';
import { referenceGrids } from '../../test/files/exceljs-reference';

const [mode, input, out, asOf] = process.argv.slice(2);

async function run(): Promise<void> {
  const t0 = performance.now();
  if (mode === 'ours') {
    const code = await runCli([input, '--campaign', 'bo-y-2025', '--as-of', asOf, '--out', out, '--quiet'], { out: () => undefined, err: (l) => console.error(l) });
    if (code !== 0) throw new Error(`exit ${code}`);
  } else {
    const model = consolidate({ grids: await referenceGrids(input), campaign: PRESETS['bo-y-2025'], asOf });
    await writeXlsxFile(layoutReport(model), out);
  }
  console.log(JSON.stringify({ ms: performance.now() - t0, maxRssKb: process.resourceUsage().maxRSS }));
}

run().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
