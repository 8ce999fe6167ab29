/**
 * The Office.js reader reads where the values are, not the used range Excel declares: one value typed
 * far away (XFD1048576) costs a few syncs, not 149,797; what is beyond the product's limits is refused
 * with the sheet and its last cell named, before its cells are read. Counted on the recording fake.
 */
import { readGrids } from '../../src/excel/read-grids';
import { topLeftOf } from '../../src/excel/a1';
import { DEFAULT_PAYLOAD_BUDGET } from '../../src/excel/payload';
import { ExcelAdapterError } from '../../src/excel/gateway';
import { afterHead, probeBlocks, rowSpans, spanCells, type UsedArea } from '../../src/excel/read-extent';
import { EXCEL_COLUMNS, EXCEL_ROWS, READ_LIMITS } from '../../src/core/sheet-limits';
import { FakeExcel } from './fake-excel';
import { addVillage, modelOf, villageList } from './fixtures';

const LAST_ROW = EXCEL_ROWS - 1;
const LAST_COLUMN = EXCEL_COLUMNS - 1;

/** A village list in A1:E200 (STT, name, birth date, CCCD, BHYT) and, unless null, one value at `far`. */
function listWithFarCell(fake: FakeExcel, name: string, far: { row: number; col: number } | null, serialFrom = 1) {
  const list = villageList(199, serialFrom);
  const rows = list.rows.map((row) => row.slice(0, 5));
  const formats = list.formats.map((row) => row.slice(0, 5));
  const sheet = fake.addSheet(name, rows, { formats });
  if (far) sheet.setValue(far.row, far.col, 'x');
  return { rows, formats };
}

async function failureOf(promise: Promise<unknown>): Promise<ExcelAdapterError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExcelAdapterError);
  return error as ExcelAdapterError;
}

describe('one value far from the list', () => {
  test('a list in A1:E200 with one value at XFD1048576 reads in 4 syncs and gives the list and the far cell', async () => {
    const fake = new FakeExcel({ maxSyncs: 20 });
    const list = listWithFarCell(fake, 'Thôn 1', { row: LAST_ROW, col: LAST_COLUMN });
    const [grid] = await readGrids(fake.context());

    // names; used ranges; the blocks' used ranges; the two boxes' cells.
    expect(fake.syncs).toHaveLength(4);
    for (const s of fake.syncs) expect(s.payloadBytes).toBeLessThanOrEqual(DEFAULT_PAYLOAD_BUDGET);
    expect(grid.values.slice(0, 200)).toEqual(list.rows);
    expect(grid.formats?.slice(0, 200)).toEqual(list.formats);
    expect(grid.values).toHaveLength(LAST_ROW + 1);
    expect(grid.values[LAST_ROW][LAST_COLUMN]).toBe('x');
    expect(grid.values[LAST_ROW].slice(0, LAST_COLUMN).every((v) => v === '')).toBe(true);
    expect(grid.values.slice(200, LAST_ROW).every((row) => row.length === 0)).toBe(true);
  });

  test('the far cell counts no one: the report holds the same people as the list alone', async () => {
    const alone = new FakeExcel();
    listWithFarCell(alone, 'Thôn 1', null);
    const far = new FakeExcel({ maxSyncs: 20 });
    listWithFarCell(far, 'Thôn 1', { row: LAST_ROW, col: LAST_COLUMN });

    const [a, b] = [modelOf(await readGrids(alone.context())), modelOf(await readGrids(far.context()))];
    expect(b.entities.map((e) => [e.name, e.records])).toEqual(a.entities.map((e) => [e.name, e.records]));
    expect(b.entities[0].records).toBe(199);
  });

  test.each([
    ['XFD1', { row: 0, col: LAST_COLUMN }],
    ['A1048576', { row: LAST_ROW, col: 0 }],
    ['ZZ500000', { row: 499_999, col: 701 }],
  ])('a value at %s is found and read in 4 syncs', async (_address, at) => {
    const fake = new FakeExcel({ maxSyncs: 20 });
    const list = listWithFarCell(fake, 'Thôn 1', at);
    const [grid] = await readGrids(fake.context());
    expect(fake.syncs.length).toBeLessThanOrEqual(4);
    expect(grid.values[at.row][at.col]).toBe('x');
    expect(grid.values.slice(0, 200).map((row) => row.slice(0, 5))).toEqual(list.rows);
  });

  test('30 sheets each with a far value take the syncs one such sheet takes', async () => {
    const at = (i: number) => ({ row: 100_000 - i, col: LAST_COLUMN - i });
    const one = new FakeExcel({ maxSyncs: 20 });
    listWithFarCell(one, 'Thôn 1', at(1));
    await readGrids(one.context());
    const thirty = new FakeExcel({ maxSyncs: 20 });
    for (let i = 1; i <= 30; i++) listWithFarCell(thirty, `Thôn ${i}`, at(i), i * 1000);
    const grids = await readGrids(thirty.context());

    expect(thirty.syncs).toHaveLength(one.syncs.length);
    expect(one.syncs).toHaveLength(4);
    expect(grids.map((g, i) => g.values[at(i + 1).row][at(i + 1).col])).toEqual(grids.map(() => 'x'));
  });

  test('a 20,000-row list with stray values at Z3 and H1048576 reads its rows, not the million blank ones, and counts everyone', async () => {
    const fake = new FakeExcel({ maxSyncs: 40 });
    const list = addVillage(fake, 'Thôn 1', 20_000);
    fake.sheet('Thôn 1').setValue(2, 25, 'ghi chú');
    fake.sheet('Thôn 1').setValue(LAST_ROW, 7, 'x');
    const [grid] = await readGrids(fake.context());

    const dataBytes = fake.syncs.slice(2).reduce((n, s) => n + s.responseBytes, 0);
    const whole = new FakeExcel();
    addVillage(whole, 'Thôn 1', 20_000);
    await readGrids(whole.context());
    const listBytes = whole.syncs.slice(2).reduce((n, s) => n + s.responseBytes, 0);

    // The first rows are read 26 columns wide (up to Z) before the probe says where the values are.
    expect(dataBytes).toBeLessThan(2 * listBytes);
    expect(fake.syncs.length).toBeLessThanOrEqual(whole.syncs.length + 1);
    expect(grid.values.slice(0, 20_001).map((row) => row.slice(0, 8))).toEqual(list.rows);
    expect(grid.values[2][25]).toBe('ghi chú');
    expect(grid.values[LAST_ROW][7]).toBe('x');
    expect(modelOf([grid]).entities[0].records).toBe(20_000);
  });
});

describe('beyond what the add-in reads', () => {
  test('a sheet whose values span more cells than the limit is refused after the probe, naming the sheet and its last cell', async () => {
    // 250 rows with a value in A and in XFD: 250 × 16,384 = 4,096,000 cells between them.
    const fake = new FakeExcel({ maxSyncs: 20 });
    fake.addSheet('Thôn 1', [['STT']]);
    const wide = fake.addSheet('Thôn Giang Lố');
    for (let r = 0; r < 250; r++) {
      wide.setValue(r, 0, r + 1);
      wide.setValue(r, LAST_COLUMN, 'x');
    }
    const error = await failureOf(readGrids(fake.context()));

    expect(error.failure).toEqual({ code: 'SHEET_TOO_LARGE', sheet: 'Thôn Giang Lố', cells: 250 * 16_384, limit: READ_LIMITS.sheetCells, lastCell: 'XFD250' });
    expect(fake.syncs).toHaveLength(3); // names, used ranges, the probe: none of the cells
  });

  test('a workbook whose sheets together hold more than the limit is refused, naming the largest sheets', async () => {
    // Three sheets of 30,000 rows with a value in A and in CV: 3,000,000 cells each, 9,000,000 in all.
    const fake = new FakeExcel({ maxSyncs: 20 });
    for (const name of ['Thôn 1', 'Thôn 2', 'Thôn 3']) {
      const sheet = fake.addSheet(name);
      for (let r = 0; r < 30_000; r++) {
        sheet.setValue(r, 0, r + 1);
        sheet.setValue(r, 99, 'x');
      }
    }
    const error = await failureOf(readGrids(fake.context()));

    const sheets = ['Thôn 1', 'Thôn 2', 'Thôn 3'].map((sheet) => ({ sheet, lastCell: 'CV30000' }));
    expect(error.failure).toEqual({ code: 'WORKBOOK_TOO_LARGE', cells: 9_000_000, limit: READ_LIMITS.workbookCells, sheets });
    expect(fake.syncs).toHaveLength(3); // the first batch (rows of Thôn 1) came with the probe; nothing after it
  });

  test('eight sheets each with a value at XFD1048576 are refused: each blank row between counts, and the message names where each sheet ends', async () => {
    const fake = new FakeExcel({ maxSyncs: 20 });
    for (let i = 1; i <= 8; i++) listWithFarCell(fake, `Thôn ${i}`, { row: LAST_ROW, col: LAST_COLUMN }, i * 1000);
    const error = await failureOf(readGrids(fake.context()));
    // 1,000 list cells, the 16,384 of the far row and the 1,048,375 rows between: 1,065,759 a sheet.
    expect(error.failure).toMatchObject({ code: 'WORKBOOK_TOO_LARGE', cells: 8 * 1_065_759, sheets: [1, 2, 3].map((i) => ({ sheet: `Thôn ${i}`, lastCell: 'XFD1048576' })) });
    expect(fake.syncs).toHaveLength(3);
  });

  test('many small sheets beyond the workbook limit are refused before any cell is read', async () => {
    const fake = new FakeExcel({ maxSyncs: 20 });
    // 130 sheets of 256 × 256 = 65,536 cells each: under the size that is probed, 8,519,680 in all.
    for (let i = 1; i <= 130; i++) {
      const sheet = fake.addSheet(`Thôn ${i}`);
      sheet.setValue(0, 0, 'STT');
      sheet.setValue(255, 255, 'x');
    }
    const error = await failureOf(readGrids(fake.context()));
    expect(error.failure).toMatchObject({ code: 'WORKBOOK_TOO_LARGE', cells: 130 * 65_536 });
    expect(fake.syncs).toHaveLength(2);
  });
});

describe('the coarse grid of blocks', () => {
  const area = (rowCount: number, columnCount: number, top = 0, left = 0): UsedArea => ({ sheet: 0, top, left, rowCount, columnCount });

  test('blocks cover the rows below the head and every column exactly once, within the number allowed', () => {
    for (const [a, head, most] of [
      [area(1_048_576, 16_384), 0, 128],
      [area(200_000, 8, 3, 2), 15_000, 128],
      [area(70_000, 300), 0, 5],
      [area(5000, 40), 4999, 128],
    ] as const) {
      const blocks = probeBlocks(a, head, most);
      expect(blocks.length).toBeLessThanOrEqual(most);
      expect(blocks.reduce((n, b) => n + b.rowCount * b.columnCount, 0)).toBe((a.rowCount - head) * a.columnCount);
      for (const b of blocks) {
        expect(b.top).toBeGreaterThanOrEqual(a.top + head);
        expect(b.top + b.rowCount).toBeLessThanOrEqual(a.top + a.rowCount);
        expect(b.left + b.columnCount).toBeLessThanOrEqual(a.left + a.columnCount);
      }
    }
    expect(probeBlocks(area(10, 10), 10, 128)).toEqual([]);
  });

  test('a row holds its cells from the range’s left to the rightmost box crossing it; rows no box crosses hold none', () => {
    const a = area(1_048_576, 16_384);
    const boxes = [
      { top: 0, left: 0, rowCount: 200, columnCount: 5 },
      { top: 100, left: 7000, rowCount: 50, columnCount: 2 },
      { top: LAST_ROW, left: LAST_COLUMN, rowCount: 1, columnCount: 1 },
    ];
    const spans = rowSpans(a, boxes);
    expect(spans).toEqual([
      { from: 0, to: 100, width: 5 },
      { from: 100, to: 150, width: 7002 },
      { from: 150, to: 200, width: 5 },
      { from: LAST_ROW, to: LAST_ROW + 1, width: 16_384 },
    ]);
    expect(spanCells(spans)).toBe(150 * 5 + 50 * 7002 + 16_384);
  });

  test('boxes covering most of the rest read the rest whole, as an unprobed range reads', () => {
    const a = area(100_000, 8);
    expect(afterHead(a, 10_000, [{ top: 10_000, left: 0, rowCount: 90_000, columnCount: 8 }])).toEqual({ kind: 'whole', cells: 720_000 });
    // 100 rows of 8 cells, and one for each of the 89,900 rows below them.
    expect(afterHead(a, 10_000, [{ top: 10_000, left: 0, rowCount: 100, columnCount: 8 }])).toMatchObject({ kind: 'boxes', cells: 800 + 89_900 });
  });
});

describe('addresses Excel gives for ranges that span every column or every row', () => {
  test('whole rows start in column A, whole columns in row 1', () => {
    expect(topLeftOf("'Thôn 1'!1:1048576")).toEqual({ row: 0, col: 0 });
    expect(topLeftOf('Sheet1!$5:$9')).toEqual({ row: 4, col: 0 });
    expect(topLeftOf("'Thôn 1'!C:Z")).toEqual({ row: 0, col: 2 });
    expect(topLeftOf("'Thôn 1'!$B$3:$F$20")).toEqual({ row: 2, col: 1 });
    expect(() => topLeftOf('Sheet1!')).toThrow(/Unexpected range address/);
  });
});

describe('the fake’s used range of a range is computed from the cells set', () => {
  test('the box around the values inside the range, a null object when there are none, formats counted unless valuesOnly', async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet('S', [['a']]);
    sheet.setValue(4, 2, 1);
    sheet.setValue(6, 3, 'x');
    sheet.setValue(40, 40, 'far');
    sheet.setNumberFormat(8, 1, '@');
    const context = fake.context();
    const ws = context.workbook.worksheets.getItem('S');
    const values = ws.getRange('B2:D10').getUsedRangeOrNullObject(true).load('address');
    const all = ws.getRange('B2:D10').getUsedRangeOrNullObject(false).load('address');
    const none = ws.getRange('E1:Z30').getUsedRangeOrNullObject(true).load('address');
    await context.sync();
    expect(values.address).toBe('S!C5:D7');
    expect(all.address).toBe('S!B5:D9');
    expect(none.isNullObject).toBe(true);
  });
});
