/**
 * ISSUE 14 §3: a relative's name or phone typed into a list (in a status, smartphone, sex, note or guardian
 * cell, in words the engine does not understand) never reaches the report the command line writes, nor its
 * JSON: the findings name the cell and say it holds a note, without quoting it.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/run';
import { readXlsxBytes } from '../../src/files/read-xlsx';
import { ReportModel } from '../../src/core/report/model';
import { cccd } from '../helpers/lists';

const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Thường trú', 'Tích hợp BHYT vào SSKĐT', 'Có ĐTTM', 'Người giám hộ', 'Ghi chú'];
const RELATIVE = ['Tâm', 'tâm', 'TÂM', 'Hùng', '0912345678', '0987 654 321'];

test('a list with relatives named in notes: no name or phone of theirs in the report or its JSON', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sskdt-personal-'));
  const input = join(dir, 'thon-1.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Thôn 1');
  ws.addRow(HEADER);
  ws.addRow([1, 'Lê Thị Hoa', '01/01/1950', 'Nữ', cccd(1950, false, 1), 'x', 'con trai Nguyễn Văn Tâm giữ điện thoại', 'con trai nguyễn văn tâm giữ', '', '']);
  ws.addRow([2, 'Lò Văn Sáu', '01/01/1948', 'con trai TÂM khai hộ', cccd(1948, true, 2), 'x', '0912345678 cháu gọi', '', 'Hùng 0987 654 321', 'con trai Nguyễn Văn Tâm giữ điện thoại']);
  ws.addRow([3, 'Hà Thị Bảy', '01/01/1960', 'Nữ', cccd(1960, false, 3), 'x', 'Đang làm hồ sơ', 'x', '', '']);
  await wb.xlsx.writeFile(input);

  const out = join(dir, 'report.xlsx');
  const json = join(dir, 'report.json');
  expect(await runCli([input, '--campaign', 'bo-y-2025', '--as-of', '2025-10-25', '--out', out, '--json', json, '--quiet'], { out: () => undefined, err: () => undefined })).toBe(0);

  const model = ReportModel.parse(JSON.parse(readFileSync(json, 'utf8')));
  const cells = readXlsxBytes(readFileSync(out)).flatMap((g) => g.values.flat().filter((v): v is string => typeof v === 'string'));
  const texts = [JSON.stringify(model.issues), JSON.stringify(model.mismatches), ...cells];
  for (const name of RELATIVE) expect(texts.filter((t) => t.includes(name))).toEqual([]);
  // The cells are still named, and what to do is said; a status in other words is still quoted.
  const unclear = model.issues.filter((i) => i.code === 'STATUS_UNRECOGNIZED' || i.code === 'SEX_INVALID').map((i) => [i.code, i.row, i.column]);
  expect(unclear).toEqual(
    expect.arrayContaining([
      ['SEX_INVALID', 3, 'D'],
      ['STATUS_UNRECOGNIZED', 2, 'H'],
    ]),
  );
  expect(model.issues.some((i) => i.column === 'G' && i.message.includes('"Đang làm hồ sơ"') && i.message.includes('ghi chú'))).toBe(true);
  // Her guardian still counts: the guardian column and the note say someone holds the account.
  expect(model.entities[0].guardian).toBeGreaterThan(0);
});
