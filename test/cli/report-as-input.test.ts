/**
 * An earlier report given among the inputs: its sheets are ours (classifySheets' answer, through
 * reportSheetOf), so none is read as a list, and its history is carried into the new report.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/run';
import { ReportModel } from '../../src/core/report/model';

const dir = mkdtempSync(join(tmpdir(), 'sskdt-cli-earlier-'));
const quiet = { out: () => undefined, err: () => undefined };

async function village(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Thôn 1');
  ws.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Định danh mức 2']);
  ws.addRow([1, 'Nguyễn Văn An', '12/04/1985', '051085000123', 'x']);
  await wb.xlsx.writeFile(path);
}

test('an earlier report among the inputs adds no list and brings its history', async () => {
  const lists = join(dir, 'thon-1.xlsx');
  await village(lists);
  const first = join(dir, 'r1.xlsx');
  expect(await runCli([lists, '--campaign', 'bo-y-2025', '--as-of', '2025-10-20', '--out', first, '--quiet'], quiet)).toBe(0);

  const json = join(dir, 'r2.json');
  expect(await runCli([lists, first, '--campaign', 'bo-y-2025', '--as-of', '2025-10-27', '--out', join(dir, 'r2.xlsx'), '--json', json, '--quiet'], quiet)).toBe(0);
  const model = ReportModel.parse(JSON.parse(readFileSync(json, 'utf8')));
  expect(model.sheets.map((s) => [s.sheet, s.role, s.records])).toEqual([['Thôn 1', 'village', 1]]);
  expect(model.issues.filter((i) => i.code === 'SHEET_NO_HEADER' || i.code === 'SHEET_NAME_RESERVED')).toEqual([]);
  expect([...new Set(model.history.map((r) => r.asOf))]).toEqual(['2025-10-20', '2025-10-27']);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(first);
  expect(wb.worksheets.map((w) => w.name)).toContain('Lịch sử');
});
