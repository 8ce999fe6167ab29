/**
 * `npm run fixtures`: writes the corpus of messy workbooks into test/fixtures/, one `<case>.xlsx` per case
 * with its `<case>.expected.json` — the entities, indicator figures and every issue the engine must give,
 * worked out by the generator from how it built each row (scripts/fixtures/book.ts), never by running
 * the engine. test/fixtures/fixtures.test.ts holds the engine to them, and checks that these files are
 * what the cases generate today.
 *
 * A new case is one module in scripts/fixtures/cases/ exporting a FixtureCase (description, campaign
 * preset and as-of date, the workbook row by row with what each row means), listed in cases/index.ts.
 *
 * Deterministic: fixed workbook and zip times, so two runs give the same bytes.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderCase } from './fixtures/case';
import { CASES } from './fixtures/cases';
import { workbookBytes } from './fixtures/xlsx';

const OUT_DIR = resolve(__dirname, '..', 'test', 'fixtures');
const GENERATED = /\.(xlsx|expected\.json)$/;

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const old of readdirSync(OUT_DIR)) if (GENERATED.test(old)) rmSync(join(OUT_DIR, old));
  const ids = new Set<string>();
  for (const c of CASES) {
    if (ids.has(c.id)) throw new Error(`two cases named ${c.id}`);
    ids.add(c.id);
    const { sheets, expected } = renderCase(c);
    const bytes = await workbookBytes(sheets);
    writeFileSync(join(OUT_DIR, `${c.id}.xlsx`), bytes);
    writeFileSync(join(OUT_DIR, `${c.id}.expected.json`), JSON.stringify(expected, null, 2) + '\n', 'utf8');
    const known = c.knownFailure ? ' (known engine failure)' : '';
    console.log(`${c.id}: ${sheets.length} sheet(s), ${expected.entities.length} entities, ${expected.issues.length} issues, ${(bytes.length / 1024).toFixed(1)} KB${known}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
