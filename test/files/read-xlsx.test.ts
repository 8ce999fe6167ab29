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
