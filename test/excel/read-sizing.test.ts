/**
 * The Office.js reader sizes its batches from what the cells measure: the first batch at a safe
 * estimate, each later one from the bytes the cells read so far took. Fewer syncs, the same Grids,
 * every batch under the budget while the rows grow, and every plan ends (counted, never timed).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Grid } from '../../src/core/grid';
import { readXlsxFile } from '../../src/files/read-xlsx';
import { CellSizes, MEASURED_MARGIN, SLICE_BYTES, planBatch, readGrids, type PlanCursor, type UsedArea } from '../../src/excel/read-grids';
import { DEFAULT_BYTES_PER_CELL, DEFAULT_PAYLOAD_BUDGET } from '../../src/excel/payload';
import { FakeExcel, type Value } from './fake-excel';
import { addVillage, expectedGrid, villageList } from './fixtures';

const BIG = 64 * 1024 * 1024;
const NOTE = 'Hộ gia đình đã hẹn bổ sung giấy khai sinh và ảnh chân dung của trẻ; cán bộ thôn sẽ xác minh lại thẻ BHYT hộ nghèo, đối chiếu số CCCD với Công an xã trước ngày tổng kết chiến dịch. '.repeat(3);

/** The syncs that carried values: all but the sheet names and the used ranges. */
const dataSyncs = (fake: FakeExcel) => fake.syncs.slice(2);

/** A sheet of `rows` rows of 8 cells, each the text "abcdef" in General format. */
function uniformSheet(fake: FakeExcel, rows: number): void {
  fake.addSheet(
    'Thôn 1',
    Array.from({ length: rows }, () => Array.from({ length: 8 }, () => 'abcdef')),
  );
}

describe('readGrids sizes its batches from what the cells measure', () => {
  test('cells of 19.5 bytes: 4 batches where the fixed 32-byte estimate takes 6', async () => {
    // 20,000 rows × 8 cells at a 1,000,000-byte budget. A row answers ["abcdef",…] and
    // ["General",…]: 73 + 81 bytes and two commas, 19.5 bytes a cell.
    //   fixed:    (1,000,000 − 128) / (8 × 32) → 3,905 rows a batch → 6 batches;
    //   measured: 3,905 rows at 32, then (1,000,000 − 128) / (8 × 19.5 × 1.1) → 5,826 rows a batch
    //             for the 16,095 left → 3 batches more, 4 in all.
    const budget = 1_000_000;
    const fixed = new FakeExcel();
    uniformSheet(fixed, 20_000);
    const fixedGrids = await readGrids(fixed.context(), { payloadBudget: budget, sizing: 'fixed' });
    const measured = new FakeExcel();
    uniformSheet(measured, 20_000);
    const measuredGrids = await readGrids(measured.context(), { payloadBudget: budget });

    expect(MEASURED_MARGIN).toBe(1.1);
    expect(SLICE_BYTES).toBe(128);
    expect(dataSyncs(fixed)).toHaveLength(6);
    expect(dataSyncs(measured)).toHaveLength(4);
    expect(measured.syncs).toHaveLength(6);
    expect(measuredGrids).toEqual(fixedGrids);
    for (const s of measured.syncs) expect(s.payloadBytes).toBeLessThanOrEqual(budget);
    // The batches after the first are filled to the budget less the margin.
    for (const s of dataSyncs(measured).slice(1, -1)) expect(s.payloadBytes).toBeGreaterThan((0.95 * budget) / MEASURED_MARGIN);
  });

  test('60 village lists of 2,000 rows (about 18 bytes a cell): 6 batches at the 4 MB budget where the fixed estimate takes 8', async () => {
    const make = () => {
      const fake = new FakeExcel();
      for (let i = 1; i <= 60; i++) addVillage(fake, `Thôn ${i}`, 2000, undefined, i * 10_000);
      return fake;
    };
    const fixed = make();
    const fixedGrids = await readGrids(fixed.context(), { sizing: 'fixed' });
    const measured = make();
    const measuredGrids = await readGrids(measured.context());

    expect(dataSyncs(fixed)).toHaveLength(8);
    expect(dataSyncs(measured)).toHaveLength(6);
    expect(measuredGrids).toEqual(fixedGrids);
    for (const s of measured.syncs) expect(s.payloadBytes).toBeLessThanOrEqual(DEFAULT_PAYLOAD_BUDGET);
  });
});

describe('measured sizing gives the Grids the fixed estimate gives', () => {
  const corpus = join(__dirname, '..', 'fixtures');
  const workbooks = readdirSync(corpus).filter((f) => f.endsWith('.xlsx'));

  /** The fake holding a workbook's sheets as the .xlsx reader sees them, hidden rows and columns included. */
  function fakeOf(grids: readonly Grid[]): FakeExcel {
    const fake = new FakeExcel({ maxPayloadBytes: BIG, maxSyncs: 10_000 });
    for (const g of grids) {
      const rows = g.values.map((row) => row.map((v): Value => v ?? ''));
      const origin = { row: g.rowOffset ?? 0, col: g.colOffset ?? 0 };
      const sheet = fake.addSheet(g.sheet, rows, { formats: g.formats, origin });
      for (const r of g.hidden?.rows ?? []) sheet.hiddenRows.add(origin.row + r);
      for (const c of g.hidden?.columns ?? []) sheet.hiddenColumns.add(origin.col + c);
    }
    return fake;
  }

  test('there is a corpus to read', () => {
    expect(workbooks.length).toBeGreaterThan(5);
  });

  test.each(workbooks)('%s: the same Grids in one batch, in fixed batches and in measured batches of 3 kB', async (file) => {
    const grids = await readXlsxFile(join(corpus, file));
    const whole = await readGrids(fakeOf(grids).context(), { payloadBudget: BIG });
    const small = fakeOf(grids);
    const measured = await readGrids(small.context(), { payloadBudget: 3000 });
    const fixed = await readGrids(fakeOf(grids).context(), { payloadBudget: 3000, sizing: 'fixed' });

    expect(measured).toEqual(whole);
    expect(fixed).toEqual(whole);
    expect(dataSyncs(small).length).toBeGreaterThan(1);
  });

  test('village lists placed below a title or to the right, and lists with hidden rows: the Grids equal the sheets', async () => {
    const fake = new FakeExcel({ maxSyncs: 1000 });
    const lists = [];
    for (let i = 1; i <= 12; i++) {
      const origin = i % 3 === 0 ? { row: 2, col: 1 } : { row: 0, col: 0 };
      lists.push({ name: `Thôn ${i}`, list: addVillage(fake, `Thôn ${i}`, 500 + 37 * i, origin, i * 1000), origin });
    }
    fake.sheet('Thôn 4').hiddenRows.add(7);
    const grids = await readGrids(fake.context(), { payloadBudget: 50_000 });
    const fixed = await readGrids(fake.context(), { payloadBudget: 50_000, sizing: 'fixed' });

    expect(grids.map(({ hidden, ...g }) => g)).toEqual(lists.map(({ name, list, origin }) => expectedGrid(name, list, origin)));
    expect(grids[3].hidden).toEqual({ rows: [7] });
    expect(grids).toEqual(fixed);
  });
});

describe('rows that grow longer or wider than the first batch', () => {
  /** A village list with a ninth column, "Ghi chú", whose text for each row is `note(row)`. */
  function listWithNotes(people: number, note: (row: number) => string) {
    const list = villageList(people);
    return {
      rows: list.rows.map((row, r) => [...row, r === 0 ? 'Ghi chú' : note(r)]),
      formats: list.formats.map((row) => [...row, 'General']),
    };
  }

  async function read(sheet: { rows: Value[][]; formats: string[][] }) {
    const fake = new FakeExcel({ maxSyncs: 100 });
    fake.addSheet('Thôn 1', sheet.rows, { formats: sheet.formats });
    const [grid] = await readGrids(fake.context());
    expect(grid).toEqual({ sheet: 'Thôn 1', values: sheet.rows, formats: sheet.formats, rowOffset: 0, colOffset: 0 });
    return dataSyncs(fake);
  }

  test('notes growing from nothing to 400 characters, cells several times those of the first batch: no batch over the budget', async () => {
    const rows = 60_000;
    const syncs = await read(listWithNotes(rows, (r) => NOTE.slice(0, Math.floor((400 * r) / rows))));
    for (const s of syncs) expect(s.payloadBytes).toBeLessThanOrEqual(DEFAULT_PAYLOAD_BUDGET);
    expect(syncs.length).toBeGreaterThan(3);
  });

  test('rows from 28,000 on filling one more of 16 columns every 4,000 rows: no batch over the budget', async () => {
    const list = villageList(60_000);
    const sheet = {
      rows: list.rows.map((row, r) => [...row, ...row.map((v, c) => (c < Math.floor(r / 4000) - 6 ? v : ''))]),
      formats: list.formats.map((row) => [...row, ...row]),
    };
    const syncs = await read(sheet);
    for (const s of syncs) expect(s.payloadBytes).toBeLessThanOrEqual(DEFAULT_PAYLOAD_BUDGET);
  });

  test('a 200-character note on every row from row 30,000: the one batch that meets them is refused and read in halves, every later one is under the budget', async () => {
    const syncs = await read(listWithNotes(60_000, (r) => (r >= 30_000 ? `${NOTE.slice(0, 200)} ${r}` : '')));
    const over = syncs.filter((s) => s.payloadBytes > DEFAULT_PAYLOAD_BUDGET);
    expect(over).toHaveLength(1);
    expect(over[0].payloadBytes).toBeGreaterThan(5 * 1024 * 1024); // refused by Excel's limit, not carried
    for (const s of syncs.slice(syncs.indexOf(over[0]) + 1)) expect(s.payloadBytes).toBeLessThanOrEqual(DEFAULT_PAYLOAD_BUDGET);
  });
});

describe('every plan ends', () => {
  /**
   * Every batch of a plan, counting the calls and the estimates planBatch asks for. Each estimate
   * either plans at least one row or ends its batch, and each call plans at least one row: more than
   * twice the rows in estimates, or more calls than rows, means a loop that stopped advancing.
   */
  function planAll(areas: readonly UsedArea[], budget: number, bytesPerCell: (area: UsedArea) => number) {
    const rows = areas.reduce((n, a) => n + a.rowCount, 0);
    let asked = 0;
    const counted = (area: UsedArea) => {
      if (++asked > 2 * rows) throw new Error(`planBatch asked for ${asked} estimates for ${rows} rows: it did not advance`);
      return bytesPerCell(area);
    };
    const batches: [number, number, number][][] = [];
    let cursor: PlanCursor = { area: 0, row: 0 };
    for (let calls = 1; ; calls++) {
      if (calls > rows + 1) throw new Error(`planBatch was called ${calls} times for ${rows} rows: it did not advance`);
      const { batch, next } = planBatch(areas, cursor, budget, counted);
      if (batch.length === 0) return batches;
      batches.push(batch.map((s) => [s.area.sheet, s.start, s.rowCount]));
      cursor = next;
    }
  }
  const area = (sheet: number, rowCount: number, columnCount: number): UsedArea => ({ sheet, top: 0, left: 0, rowCount, columnCount });

  test('a row wider than the whole budget is read alone, then the rows after it', () => {
    expect(planAll([area(0, 3, 1000)], 5000, () => 32)).toEqual([[[0, 0, 1]], [[0, 1, 1]], [[0, 2, 1]]]);
  });

  test('a budget smaller than one cell, or none at all: one row a batch', () => {
    for (const budget of [10, 0, -5]) expect(planAll([area(0, 4, 2), area(1, 1, 1)], budget, () => 32)).toHaveLength(5);
  });

  test('estimates that are zero, negative, not a number or infinite still plan every row once', () => {
    const areas = [area(0, 50, 3), area(1, 7, 2)];
    for (const estimate of [0, -1, Number.NaN, Infinity]) {
      const batches = planAll(areas, 10_000, () => estimate);
      const rows = batches.flat().reduce((n, [, , count]) => n + count, 0);
      expect(rows).toBe(57);
    }
  });

  test('empty areas and no areas at all plan nothing', () => {
    expect(planAll([], 1000, () => 32)).toEqual([]);
    expect(planAll([area(0, 0, 5), area(1, 2, 1), area(2, 0, 1)], 1000, () => 32)).toEqual([[[1, 0, 2]]]);
  });

  test('the measured figure is never below a few bytes a cell, and a sheet reached later is planned at the largest figure of the last batch', () => {
    const sizes = new CellSizes(DEFAULT_BYTES_PER_CELL);
    const [a, b, c] = [area(0, 10_000, 2), area(1, 10_000, 2), area(2, 10_000, 2)];
    expect(sizes.estimate(a)).toBe(DEFAULT_BYTES_PER_CELL);
    const rows = (n: number, v: Value) => Array.from({ length: n }, () => [v, v]);
    sizes.record([
      { area: a, values: rows(500, 1), formats: rows(500, '@') },
      { area: b, values: rows(500, 'x'.repeat(90)), formats: rows(500, 'General') },
    ]);
    expect(sizes.estimate(a)).toBeGreaterThanOrEqual(4);
    expect(sizes.estimate(a)).toBeLessThan(10);
    expect(sizes.estimate(c)).toBe(sizes.estimate(b));
    expect(sizes.estimate(b)).toBeGreaterThan(100);
  });

  test('degenerate workbooks read to the end: empty sheets, a row wider than the budget, a budget smaller than one cell', async () => {
    const fake = new FakeExcel({ maxPayloadBytes: BIG, maxSyncs: 50 });
    fake.addSheet('Trống');
    const wide = fake.addSheet('Rộng', [Array.from({ length: 300 }, (_, c) => `ô ${c}`), ['a']]);
    fake.addSheet('Trống 2');
    const grids = await readGrids(fake.context(), { payloadBudget: 1000 });
    expect(grids.map((g) => [g.sheet, g.values.length])).toEqual([
      ['Trống', 0],
      ['Rộng', 2],
      ['Trống 2', 0],
    ]);
    expect(grids[1].values[0]).toEqual(wide.values[0]);
    expect(dataSyncs(fake)).toHaveLength(2); // each row alone: the first is wider than the budget

    const tiny = new FakeExcel({ maxSyncs: 50 });
    const list = addVillage(tiny, 'Thôn 1', 20);
    const [grid] = await readGrids(tiny.context(), { payloadBudget: 5 });
    expect(grid).toEqual(expectedGrid('Thôn 1', list));
    expect(dataSyncs(tiny)).toHaveLength(21);

    const none = new FakeExcel({ maxSyncs: 50 });
    none.addSheet('Trống');
    expect(await readGrids(none.context())).toEqual([{ sheet: 'Trống', values: [], formats: [], rowOffset: 0, colOffset: 0 }]);
    expect(none.syncs).toHaveLength(2);
  });
});
