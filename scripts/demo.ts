/**
 * `npm run demo`: consolidates the sample commune (assets/samples/*.xlsx, `npm run samples`) with
 * the bo-y-2025 preset as of 27/10/2025 through the same runCli the command line uses, writing
 * out/bao-cao-demo.xlsx and out/bao-cao-demo.json, and prints the summary. runCli's exit code
 * becomes the process's.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runCli } from '../src/cli/run';

const ROOT = resolve(__dirname, '..');
const SAMPLES = join(ROOT, 'assets', 'samples');
const OUT = join(ROOT, 'out');

async function main(): Promise<number> {
  const inputs = readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => join(SAMPLES, f));
  if (inputs.length === 0) {
    console.error(`Không có tệp mẫu trong ${SAMPLES} (no sample workbooks): chạy / run "npm run samples".`);
    return 1;
  }
  mkdirSync(OUT, { recursive: true });
  const argv = [
    ...inputs,
    '--campaign',
    'bo-y-2025',
    '--as-of',
    '2025-10-27',
    '--out',
    join(OUT, 'bao-cao-demo.xlsx'),
    '--json',
    join(OUT, 'bao-cao-demo.json'),
  ];
  return runCli(argv, { out: (line) => console.log(line), err: (line) => console.error(line) });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
