/**
 * A value in column XFD on every row (ISSUE 14 §2): the reader keeps only the columns that hold something, so a
 * row costs what its cells cost, and every finding still names the sheet's own column.
 */
import { consolidate } from '../../src/core/consolidate';
import { PRESETS } from '../../src/core/campaign/presets';
import { type CellValue, type Grid, sheetColumnOf } from '../../src/core/grid';
import { readXlsxBytes } from '../../src/files/read-xlsx';
import { LIST_HEADER, LIST_PEOPLE, rowXml } from '../../scripts/fixtures/odd-files';
import { minimalXlsx } from './minimal-xlsx';

const XFD = 16_383;
const ROWS = 40;

/** A title merged over A1:E1, the header on row 2, people below; "Đã kích hoạt" in XFD (hidden), a formula never calculated in XFC on one row. */
function wideWorkbook(): Uint8Array {
  const people = Array.from({ length: ROWS }, (_, i) => {
    const p = LIST_PEOPLE[i % LIST_PEOPLE.length];
    const cells: [number, string | number | { f: string }][] = [[0, i + 1], [1, `${p[1] as string} ${i}`], [2, p[2]], [3, `${(p[3] as string).slice(0, 6)}${String(i).padStart(6, '0')}`], [4, p[4]], [XFD, i === 7 ? '?' : i % 2 ? 'x' : '']];
    if (i === 3) cells.splice(5, 0, [XFD - 1, { f: 'A5*2' }]);
    return rowXml(i + 2, cells);
  });
  const rows = rowXml(0, [[0, 'DANH SÁCH CÔNG DÂN THÔN ĐÔNG']]) + rowXml(1, [...LIST_HEADER.map((h, c) => [c, h] as [number, string]), [XFD, 'Đã kích hoạt']]) + people.join('');
  return minimalXlsx([{ name: 'Thôn Đông', body: `<cols><col min="16384" max="16384" width="9" hidden="1"/></cols><sheetData>${rows}</sheetData><mergeCells count="1"><mergeCell ref="A1:E1"/></mergeCells>` }]);
}

/** The same Grid with every sheet column in its place, as the reader handed it over before. */
function dense(grid: Grid): Grid {
  const at = (c: number) => sheetColumnOf(grid, c);
  const spread = <T>(row: readonly T[], empty: T): T[] => {
    const out: T[] = [];
    row.forEach((v, c) => {
      while (out.length < at(c)) out.push(empty);
      out[at(c)] = v;
    });
    return out;
  };
  return {
    sheet: grid.sheet,
    values: grid.values.map((row) => spread<CellValue>(row, null)),
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a row without numbers has no formats
    formats: grid.formats?.map((row) => (row ? spread(row, '') : row)),
    ...(grid.hidden ? { hidden: { ...grid.hidden, columns: grid.hidden.columns?.map(at) } } : {}),
    ...(grid.uncalculated ? { uncalculated: grid.uncalculated.map((u) => ({ column: at(u.column), rows: u.rows })) } : {}),
  };
}

describe('a note in column XFD on every row', () => {
  const [grid] = readXlsxBytes(wideWorkbook());

  test('each row holds only the columns that hold something, and says which sheet columns they are', () => {
    expect(grid.columns).toEqual([0, 1, 2, 3, 4, XFD - 1, XFD]);
    expect(Math.max(...grid.values.map((r) => r.length))).toBe(7);
    expect(grid.values[1]).toEqual([...LIST_HEADER, null, 'Đã kích hoạt']);
    // The merged title fills the columns it covers that the Grid keeps.
    expect(grid.values[0]).toEqual(Array(5).fill('DANH SÁCH CÔNG DÂN THÔN ĐÔNG'));
    expect(grid.hidden).toEqual({ columns: [6] });
    expect(grid.uncalculated).toEqual([{ column: 5, rows: [5] }]);
  });

  test('the figures and every finding, with its column letters, are those of the whole-width reading', () => {
    const run = (g: Grid) => consolidate({ grids: [g], campaign: PRESETS['bo-y-2025'], asOf: '2025-10-20' });
    const compact = run(grid);
    const whole = run(dense(grid));
    expect(compact.entities).toEqual(whole.entities);
    expect(compact.issues).toEqual(whole.issues);
    expect(compact.entities.map((e) => e.records)).toEqual([ROWS]);
    const where = (code: string) => compact.issues.filter((i) => i.code === code).map((i) => `${i.column ?? ''}${i.row ?? ''}`);
    expect(where('STATUS_UNRECOGNIZED')).toEqual(['XFD10']);
    expect(where('FORMULA_NOT_CALCULATED')).toEqual(['XFC6']);
    expect(compact.issues.find((i) => i.code === 'COLUMNS_HIDDEN')?.message).toContain('XFD');
  });

  test('a sheet whose columns are mostly used is handed over whole, as before', () => {
    const row = (r: number) => rowXml(r, Array.from({ length: 300 }, (_, c) => [c, c] as [number, number]));
    const [full] = readXlsxBytes(minimalXlsx([{ name: 'Rộng', body: `<sheetData>${row(0)}${rowXml(1, [[0, 1], [299, 2]])}</sheetData>` }]));
    expect(full.columns).toBeUndefined();
    expect(full.values[1]).toHaveLength(300);
    expect(full.values[1][299]).toBe(2);
  });
});
