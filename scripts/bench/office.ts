/**
 * The Office.js reader's round trips (ISSUE 12 §2), printed, never asserted: the 200,000-row
 * commune of the end-to-end figure read from the recording fake of the Excel API at the 4 MB
 * budget, with every batch at the fixed 32-byte estimate (the reader before) and with batches
 * sized from what the cells measure (the reader now). Counts and bytes only: the fake has no clock.
 * Then ISSUE 14 §2: a 200-row list with one value typed at XFD1048576, whose used range is 17.2
 * billion cells: the batches reading that range would take, and the syncs the reader takes now.
 */
import type { Grid } from '../../src/core/grid';
import { planBatch, readGrids, type PlanCursor } from '../../src/excel/read-grids';
import { DEFAULT_PAYLOAD_BUDGET } from '../../src/excel/payload';
import { FakeExcel, type Value } from '../../test/excel/fake-excel';
import { syntheticCommune } from './synthetic';
import { villageList } from '../../test/excel/fixtures';

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
  await benchFarCell();
}

/** Batches that reading the whole used range A1:XFD1048576 would take at the first batch's 32 bytes a cell. */
function wholeRangeBatches(): number {
  const area = { sheet: 0, top: 0, left: 0, rowCount: 1_048_576, columnCount: 16_384 };
  let cursor: PlanCursor = { area: 0, row: 0 };
  for (let n = 0; ; n++) {
    const { batch, next } = planBatch([area], cursor, DEFAULT_PAYLOAD_BUDGET, () => 32);
    if (batch.length === 0) return n;
    cursor = next;
  }
}

async function benchFarCell(): Promise<void> {
  const fake = new FakeExcel();
  const list = villageList(199);
  const sheet = fake.addSheet('Thôn 1', list.rows.map((row) => row.slice(0, 5)), { formats: list.formats.map((row) => row.slice(0, 5)) });
  sheet.setValue(1_048_575, 16_383, 'x');
  const [grid] = await readGrids(fake.context());
  const cells = grid.values.reduce((n, row) => n + row.length, 0);
  const bytes = fake.syncs.reduce((n, s) => n + s.payloadBytes, 0);
  console.log('\n5. Office.js reader: A1:E200 and one value at XFD1048576 (used range 17,179,869,184 cells)');
  console.log(`   reading the used range: ${wholeRangeBatches().toLocaleString('en')} data syncs; probing it by blocks: ${fake.syncs.length} syncs in all, ${mb(bytes)} carried, ${cells.toLocaleString('en')} cells in the Grid`);
}
