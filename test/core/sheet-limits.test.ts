/**
 * The sizes in core/sheet-limits.ts through both doors to a workbook: the Office.js reader on the recording fake,
 * and the file door on a generated .xlsx. Excel's grid is the same for both. READ_LIMITS is the add-in's alone: the
 * file door reads the sheets it refuses, by decision (the reason is in sheet-limits.ts), and these tests hold it to that.
 */
import { cellAddress, columnLetter, sheetColumnOf, type Grid } from '../../src/core/grid';
import { EXCEL_COLUMNS, EXCEL_ROWS, READ_LIMITS } from '../../src/core/sheet-limits';
import { ExcelAdapterError } from '../../src/excel/gateway';
import { readGrids } from '../../src/excel/read-grids';
import { readXlsxBytes } from '../../src/files/read-xlsx';
import { FakeExcel } from '../excel/fake-excel';
import { minimalXlsx } from '../files/minimal-xlsx';

/** A sheet of `rows` rows, each with its number in column A and an "x" in column `last` (> 0): rows × (last + 1) cells from A1 to its last cell. */
interface Spanning {
  name: string;
  rows: number;
  last: number;
}

function inFake(fake: FakeExcel, { name, rows, last }: Spanning): void {
  const sheet = fake.addSheet(name);
  for (let r = 0; r < rows; r++) {
    sheet.setValue(r, 0, r + 1);
    sheet.setValue(r, last, 'x');
  }
}

function inFile(sheets: readonly Spanning[]): Grid[] {
  return readXlsxBytes(
    minimalXlsx(
      sheets.map(({ name, rows, last }) => {
        const xml: string[] = [];
        for (let r = 1; r <= rows; r++) xml.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="${cellAddress(r - 1, last)}" t="inlineStr"><is><t>x</t></is></c></row>`);
        return { name, body: `<sheetData>${xml.join('')}</sheetData>` };
      }),
    ),
  );
}

/** The sheet's rows as the file door read them: the number in A and, in the sheet's own column, the "x". */
function cellsOf(grid: Grid): { first: unknown; x: { column: number; value: unknown } }[] {
  return grid.values.map((row) => ({ first: row[0], x: { column: sheetColumnOf(grid, row.length - 1), value: row[row.length - 1] } }));
}

function expectRead(grid: Grid, { rows, last }: Spanning): void {
  const cells = cellsOf(grid);
  expect(cells).toHaveLength(rows);
  expect(cells.every((c, r) => c.first === r + 1 && c.x.column === last && c.x.value === 'x')).toBe(true);
}

async function failureOf(promise: Promise<unknown>): Promise<ExcelAdapterError['failure']> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExcelAdapterError);
  return (error as ExcelAdapterError).failure;
}

describe('Excel’s grid, A1:XFD1048576, in both doors', () => {
  test('a value in its last cell is read by both doors', async () => {
    const last = cellAddress(EXCEL_ROWS - 1, EXCEL_COLUMNS - 1);
    expect(last).toBe('XFD1048576');
    const fake = new FakeExcel({ maxSyncs: 20 });
    const sheet = fake.addSheet('Thôn 1');
    sheet.setValue(0, 0, 'STT');
    sheet.setValue(EXCEL_ROWS - 1, EXCEL_COLUMNS - 1, 'x');
    const [office] = await readGrids(fake.context());
    const [file] = readXlsxBytes(minimalXlsx([{ name: 'Thôn 1', body: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c></row><row r="${EXCEL_ROWS}"><c r="${last}" t="inlineStr"><is><t>x</t></is></c></row></sheetData>` }]));

    for (const grid of [office, file]) {
      expect(grid.values).toHaveLength(EXCEL_ROWS);
      const row = grid.values[EXCEL_ROWS - 1];
      expect({ column: sheetColumnOf(grid, row.length - 1), value: row[row.length - 1] }).toEqual({ column: EXCEL_COLUMNS - 1, value: 'x' });
    }
  });

  test('a cell one row or one column past it is refused by the file door as a damaged file; Excel, like the fake, has no such cell', () => {
    const row = (r: number, ref: string) => minimalXlsx([{ name: 'Thôn 1', body: `<sheetData><row r="${r}"><c r="${ref}"><v>1</v></c></row></sheetData>` }]);
    const grid = /nằm ngoài bảng tính Excel \(tối đa 1\.048\.576 dòng, 16\.384 cột\)/;
    expect(() => readXlsxBytes(row(EXCEL_ROWS + 1, `A${EXCEL_ROWS + 1}`))).toThrow(grid);
    expect(() => readXlsxBytes(row(1, `${columnLetter(EXCEL_COLUMNS)}1`))).toThrow(grid);
    const sheet = new FakeExcel().addSheet('Thôn 1');
    expect(() => sheet.setValue(EXCEL_ROWS, 0, 'x')).toThrow(/no cell beyond XFD1048576/);
    expect(() => sheet.setValue(0, EXCEL_COLUMNS, 'x')).toThrow(/no cell beyond XFD1048576/);
  });
});

describe('READ_LIMITS: refused by the add-in, read by the file door', () => {
  test('a sheet one cell over READ_LIMITS.sheetCells (97,561 rows × 41 columns between A and AO)', async () => {
    const over: Spanning = { name: 'Thôn Giang Lố', rows: 97_561, last: 40 };
    expect(over.rows * (over.last + 1)).toBe(READ_LIMITS.sheetCells + 1);
    const fake = new FakeExcel({ maxSyncs: 20 });
    fake.addSheet('Thôn 1').setValue(0, 0, 'STT');
    inFake(fake, over);

    expect(await failureOf(readGrids(fake.context()))).toEqual({ code: 'SHEET_TOO_LARGE', sheet: 'Thôn Giang Lố', cells: READ_LIMITS.sheetCells + 1, limit: READ_LIMITS.sheetCells, lastCell: 'AO97561' });
    expect(fake.syncs).toHaveLength(3); // names, used ranges, the probe: none of the sheet's cells
    expectRead(inFile([over])[0], over);
  });

  test('a workbook one cell over READ_LIMITS.workbookCells (sheets of 250 × 16,000, 1,999 × 2,001 and 1 × 2 cells), none over the sheet limit', async () => {
    const sheets: Spanning[] = [
      { name: 'Thôn 1', rows: 250, last: 15_999 },
      { name: 'Thôn 2', rows: 1_999, last: 2_000 },
      { name: 'Thôn 3', rows: 1, last: 1 },
    ];
    const cells = sheets.map((s) => s.rows * (s.last + 1));
    expect(cells).toEqual([READ_LIMITS.sheetCells, READ_LIMITS.sheetCells - 1, 2]);
    expect(cells[0] + cells[1] + cells[2]).toBe(READ_LIMITS.workbookCells + 1);
    const fake = new FakeExcel({ maxSyncs: 20 });
    for (const s of sheets) inFake(fake, s);

    expect(await failureOf(readGrids(fake.context()))).toEqual({
      code: 'WORKBOOK_TOO_LARGE',
      cells: READ_LIMITS.workbookCells + 1,
      limit: READ_LIMITS.workbookCells,
      sheets: sheets.map((s) => ({ sheet: s.name, lastCell: cellAddress(s.rows - 1, s.last) })),
    });
    const grids = inFile(sheets);
    expect(grids.map((g) => g.sheet)).toEqual(['Thôn 1', 'Thôn 2', 'Thôn 3']);
    grids.forEach((g, i) => expectRead(g, sheets[i]));
  });
});
