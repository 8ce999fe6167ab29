/**
 * `npm run samples`: writes the synthetic commune of Bờ Y to assets/samples/ (preset bo-y-2025,
 * as of 27/10/2025) and, from the generator's own model, assets/samples/expected.json — the
 * figures and issue counts test/golden/samples.test.ts holds the engine to.
 *
 * Deterministic: a seeded PRNG, fixed workbook and zip times; two runs give the same bytes.
 * Every name and number is made up (see the "Hướng dẫn" sheet).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildCommune } from './samples/commune';
import { AS_OF_ISO } from './samples/people';
import { renderSheet, type CellOut } from './samples/render';
import { computeExpected, type RenderedFile } from './samples/truth';
import { writeWorkbook } from './samples/xlsx';

const OUT_DIR = resolve(__dirname, '..', 'assets', 'samples');
const MAX_TOTAL_BYTES = 300 * 1024;

function assertNfc(files: readonly RenderedFile[]): void {
  const check = (s: string, where: string) => {
    if (s !== s.normalize('NFC')) throw new Error(`not NFC: ${JSON.stringify(s)} (${where})`);
  };
  for (const f of files) {
    check(f.fileName, 'file name');
    for (const s of f.sheets) {
      check(s.name, 'sheet name');
      for (const row of s.rows) for (const cell of row as (CellOut | null)[]) if (cell && typeof cell.v === 'string') check(cell.v, s.name);
    }
  }
}

async function main(): Promise<void> {
  const plans = buildCommune();
  const files: RenderedFile[] = plans.map((f) => ({ fileName: f.fileName, sheets: f.sheets.map(renderSheet) }));
  assertNfc(files);

  mkdirSync(OUT_DIR, { recursive: true });
  for (const old of readdirSync(OUT_DIR)) if (old.endsWith('.xlsx')) rmSync(join(OUT_DIR, old));
  let total = 0;
  for (const f of files) {
    const bytes = await writeWorkbook(join(OUT_DIR, f.fileName), f.sheets);
    total += bytes;
    console.log(`${f.fileName}: ${f.sheets.length} sheet(s), ${(bytes / 1024).toFixed(1)} KB`);
  }

  const expected = computeExpected(files, 'bo-y-2025', AS_OF_ISO);
  const json = JSON.stringify(expected, null, 2) + '\n';
  writeFileSync(join(OUT_DIR, 'expected.json'), json, 'utf8');
  total += Buffer.byteLength(json);
  console.log(`expected.json: ${expected.entities.length} entities, ${(Buffer.byteLength(json) / 1024).toFixed(1)} KB`);
  if (total > MAX_TOTAL_BYTES) throw new Error(`samples total ${total} bytes, over the ${MAX_TOTAL_BYTES} budget`);

  const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
  for (const e of expected.entities) {
    const parts = Object.entries(e.indicators).map(([id, v]) =>
      v.numerator === null || v.denominator === null ? `${id} no figure` : `${id} ${v.numerator}/${v.denominator} ${pct(v.numerator, v.denominator)}`,
    );
    console.log(`  ${e.sheet} (${e.kind}, ${e.counted}/${e.records}): ${parts.join(' · ')}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
