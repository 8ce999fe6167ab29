/** ISSUE 10 §10: a lone list file named after its village, its one sheet "Sheet1", is that village. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/run';
import { ReportModel } from '../../src/core/report/model';

const dir = mkdtempSync(join(tmpdir(), 'sskdt-names-'));
const io = { out: () => undefined, err: () => undefined };

test('"Thôn Giang Lố.xlsx" given alone, with its list on "Sheet1" and an empty "Sheet2", is the village Thôn Giang Lố (it was a unit "Sheet1")', async () => {
  const input = join(dir, 'Thôn Giang Lố.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  wb.addWorksheet('Sheet2');
  ws.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Định danh mức 2', 'Đã kích hoạt', 'Tích hợp BHYT vào SSKĐT']);
  for (let i = 0; i < 5; i++) ws.addRow([i + 1, `Dân ${i + 1}`, `01/01/${1980 + i}`, `0010${80 + i}000${100 + i}`, 'x', 'x', i < 4 ? 'Đã tích hợp' : 'Chưa']);
  await wb.xlsx.writeFile(input);
  const json = join(dir, 'r.json');
  expect(await runCli([input, '--campaign', 'bo-y-2025', '--as-of', '2025-10-25', '--out', join(dir, 'r.xlsx'), '--json', json, '--quiet'], io)).toBe(0);
  const model = ReportModel.parse(JSON.parse(readFileSync(json, 'utf8')));
  expect(model.entities.map((e) => [e.name, e.kind])).toEqual([['Thôn Giang Lố', 'village']]);
  // Seed 000 §II.3: at least 80% of permanent residents; the village's 4 of 5 meet it. As a unit it was also held to
  // the units' 100% by 20/10 (§I) and failed.
  expect(model.entities[0].indicators.bhyt_in_sskdt).toMatchObject({ numerator: 4, denominator: 5, met: true });
  expect(model.entities[0].indicators.unit_staff_integrated).toBeUndefined();
  expect(model.issues.filter((i) => i.code === 'ENTITY_UNPLACED')).toEqual([]);
});
