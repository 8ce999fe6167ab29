import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsxFile } from '../../src/files/read-xlsx';
import { consolidate } from '../../src/core/consolidate';
import { PRESETS } from '../../src/core/campaign/presets';
import { cccd } from '../helpers/lists';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'read-xlsx-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function write(build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const file = join(dir, `${Math.random().toString(36).slice(2)}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('readXlsxFile', () => {
  test('hands over a formula cell as its computed value, and an error value as its text', async () => {
    const file = await write((wb) => {
      const ws = wb.addWorksheet('Thôn 1');
      ws.addRow(['STT', 'Họ và tên', 'Số CCCD', 'Thường trú', 'Định danh mức 2']);
      ws.addRow([1, 'Nguyễn Văn An', cccd(1990, true, 1), 'x', { formula: 'IF(1=1,"x","")', result: 'x' }]);
      ws.addRow([2, { formula: 'VLOOKUP(A3,Z:Z,1,0)', result: { error: '#N/A' } }, cccd(1991, true, 2), 'x', 'x']);
    });
    const [grid] = await readXlsxFile(file);
    expect(grid.values[1][4]).toBe('x');
    expect(grid.values[2][1]).toBe('#N/A');

    const model = consolidate({ grids: [grid], campaign: PRESETS['bo-y-2025'], asOf: '2025-10-25' });
    expect(model.entities[0].records).toBe(2);
    expect(model.entities[0].indicators.level2_registered).toMatchObject({ numerator: 2 });
    expect(model.issues.filter((i) => i.code === 'CELL_ERROR_VALUE').map((i) => `${i.column}${i.row}`)).toEqual(['B3']);
  });
});

describe('hidden rows and columns in a real .xlsx', () => {
  let path = '';
  beforeAll(async () => {
    path = join(dir, 'hidden.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Thôn 1');
    ws.addRow(['STT', 'Họ và tên', 'Số CCCD', 'Định danh mức 2', 'Ghi chú']);
    for (let i = 1; i <= 8; i++) ws.addRow([i, `Người ${i}`, `05108000000${i}`, i % 2 ? 'x' : '', '']);
    ws.getRow(3).hidden = true;
    ws.getRow(4).hidden = true;
    ws.getRow(9).hidden = true;
    ws.getColumn(5).hidden = true;
    const filtered = wb.addWorksheet('Thôn 2');
    filtered.addRow(['STT', 'Họ và tên', 'Số CCCD']);
    for (let i = 1; i <= 4; i++) filtered.addRow([i, `Người B${i}`, `05119000000${i}`]);
    filtered.autoFilter = 'A1:C5';
    filtered.getRow(2).hidden = true;
    await wb.xlsx.writeFile(path);
  });

  test('the Grid says which rows and columns are hidden, and whether a filter hides them', async () => {
    const [one, two] = await readXlsxFile(path);
    expect(one.hidden).toEqual({ rows: [2, 3, 8], columns: [4] });
    expect(two.hidden).toEqual({ rows: [1], filtered: true });
    expect(one.values).toHaveLength(9);
  });

  test('every hidden person is counted, and the report says which rows were hidden or filtered', async () => {
    const grids = await readXlsxFile(path);
    const model = consolidate({ grids, campaign: PRESETS['bo-y-2025'], asOf: '2025-10-25' });
    expect(model.entities.map((e) => [e.name, e.records])).toEqual([
      ['Thôn 1', 8],
      ['Thôn 2', 4],
    ]);
    // Column E ("Ghi chú") is hidden but holds only its header: still said, it is a column people may look for.
    expect(model.issues.filter((i) => i.severity === 'info').map((i) => [i.sheet, i.code, i.message])).toEqual([
      ['Thôn 1', 'ROWS_HIDDEN', expect.stringContaining('3 dòng đang bị ẩn (dòng 3–4, 9)')],
      ['Thôn 1', 'COLUMNS_HIDDEN', expect.stringContaining('cột E')],
      ['Thôn 2', 'LIST_FILTERED', expect.stringContaining('1 dòng bị lọc ẩn (dòng 2)')],
    ]);
  });
});
