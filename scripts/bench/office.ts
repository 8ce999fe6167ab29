/**
 * The Office.js reader's round trips (ISSUE 12 §2), printed, never asserted: the 200,000-row
 * commune of the end-to-end figure read from the recording fake of the Excel API at the 4 MB
 * budget, with every batch at the fixed 32-byte estimate (the reader before) and with batches
 * sized from what the cells measure (the reader now). Counts and bytes only: the fake has no clock.
 */
import type { Grid } from '../../src/core/grid';
import { readGrids } from '../../src/excel/read-grids';
import { DEFAULT_PAYLOAD_BUDGET } from '../../src/excel/payload';
import { FakeExcel, type Value } from '../../test/excel/fake-excel';
import { syntheticCommune } from './synthetic';

const ROWS = 200_000;
const SHEETS = 20;
const SEED = 7;
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;

function fakeOf(grids: readonly Grid[]): FakeExcel {
  const fake = new FakeExcel();
  for (const g of grids) {
    const rows = g.values.map((row) => row.map((v): Value => v ?? ''));
    fake.addSheet(g.sheet, rows, { formats: g.formats, origin: { row: g.rowOffset ?? 0, col: g.colOffset ?? 0 } });
  }
  return fake;
}

export async function benchOffice(): Promise<void> {
  const grids = syntheticCommune(ROWS, SHEETS, SEED);
  const runs = [];
  for (const sizing of ['fixed', 'measured'] as const) {
    const fake = fakeOf(grids);
    const read = await readGrids(fake.context(), { sizing });
    const cells = read.reduce((n, g) => n + g.values.reduce((m, row) => m + row.length, 0), 0);
    const data = fake.syncs.slice(2);
    const bytes = data.reduce((n, s) => n + s.payloadBytes, 0);
    runs.push({ sizing, syncs: fake.syncs.length, largest: Math.max(...data.map((s) => s.payloadBytes)), perCell: bytes / cells, bytes });
  }
  const [before, after] = runs;
  const needed = 2 + Math.ceil(after.bytes / DEFAULT_PAYLOAD_BUDGET);
  console.log(`\n4. Office.js reader: ${ROWS.toLocaleString('en')} rows in ${SHEETS} sheets from the recording fake, ${mb(DEFAULT_PAYLOAD_BUDGET)} budget`);
  console.log(`   cells measure ${after.perCell.toFixed(1)} bytes each (values and number formats as they come back)`);
  console.log(`   syncs: ${before.syncs} at a fixed 32 bytes a cell (largest ${mb(before.largest)}) → ${after.syncs} sized from what the cells measure (largest ${mb(after.largest)}); the bytes need at least ${needed}`);
}
