/**
 * Odd but real files (ISSUE 14 §3): each is read for what its bytes are, or refused naming the file, what it is
 * and what to do (Vietnamese, then English). Never exit 0 with an empty report that names no file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run';
import { consolidate } from '../../src/core/consolidate';
import { PRESETS } from '../../src/core/campaign/presets';
import { identifyFile } from '../../src/files/detect-format';
import { readXlsxBytes } from '../../src/files/read-xlsx';
import { ReportModel } from '../../src/core/report/model';
import {
  escapedCarriageReturns,
  legacyDoc,
  legacyXls,
  listRows,
  ODD_SHEET_NAMES,
  oddSheetNames,
  oddXlsx,
  odsList,
  passwordProtectedWorkbook,
  uncalculatedFormulas,
  wordDocument,
  zipOfAnything,
  zipOfWorkbooks,
} from '../../scripts/fixtures/odd-files';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'sskdt-odd-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(path: string | Buffer, shown = typeof path === 'string' ? path : path.toString('utf8')) {
  const out: string[] = [];
  const err: string[] = [];
  const json = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  const code = await runCli([shown, '--campaign', 'bo-y-2025', '--as-of', '20/10/2025', '--out', join(dir, 'r.xlsx'), '--json', json, '--quiet'], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, err, model: code === 0 ? ReportModel.parse(JSON.parse(readFileSync(json, 'utf8'))) : null };
}

function put(name: string | Buffer, bytes: Uint8Array): string | Buffer {
  const path = typeof name === 'string' ? join(dir, name) : Buffer.concat([Buffer.from(`${dir}/`), name]);
  writeFileSync(path, bytes);
  return path;
}

describe('a renamed OpenDocument spreadsheet is read as one', () => {
  test.each([
    ['as LibreOffice writes it', true],
    ['with its mimetype entry compressed, as some zip tools write it', false],
  ])('an .ods given as .xlsx (%s) counts its three people', async (_, stored) => {
    const { code, err, model } = await run(put(`thon-dong-${stored}.xlsx`, odsList(stored)) as string);
    expect([code, err]).toEqual([0, []]);
    expect(model?.entities.map((e) => [e.name, e.records])).toEqual([['Thôn Đông', 3]]);
  });
});

describe('a file that holds no list is refused, naming the file, what it is and what to do', () => {
  const cases: [string, string, () => Uint8Array, RegExp, RegExp][] = [
    ['a zip of photos and notes', 'danh-sach.xlsx', zipOfAnything, /tệp nén \(\.zip, 2 tệp bên trong\).*Hãy đưa tệp danh sách/, /zip archive .*Give the list as/],
    ['a zip holding the workbooks', 'cac-thon.xlsx', zipOfWorkbooks, /tệp nén \(\.zip\) chứa 2 tệp danh sách.*giải nén/, /Unzip it/],
    ['a Word document', 'thon-1.xlsx', wordDocument, /văn bản Word \(\.docx\), không phải bảng tính/, /a Word document/],
    ['a Word 97–2003 document', 'thon-1.xls', legacyDoc, /văn bản Word 97–2003/, /Word 97–2003 document/],
    ['a workbook protected by a password', 'thon-2.xlsx', passwordProtectedWorkbook, /bảo vệ bằng mật khẩu.*lưu một bản sao không có mật khẩu/, /protected by a password.*save a copy without one/],
    ['an Excel 97–2003 workbook', 'thon-3.xlsx', legacyXls, /Chưa đọc được tệp \.xls \(Excel 97–2003\).*Lưu thành → Sổ làm việc Excel \(\*\.xlsx\)/, /Save it as \.xlsx/],
    ['a workbook with no worksheet', 'bieu-do.xlsx', () => oddXlsx([]), /không có trang tính nào/, /holds no worksheet/],
  ];
  test.each(cases)('%s: exit 1, the file named in both lines', async (_, name, bytes, vi, en) => {
    const { code, err } = await run(put(name, bytes()) as string);
    expect(code).toBe(1);
    expect(err).toHaveLength(2);
    expect(err[0]).toContain(join(dir, name));
    expect(err[1]).toContain(join(dir, name));
    expect(err[0]).toMatch(vi);
    expect(err[1]).toMatch(en);
    expect(err.join('\n')).not.toMatch(/central directory|xl\/workbook\.xml|\n\s+at /);
  });

  test('a password-protected workbook is told apart from an old .xls by what its container holds', () => {
    expect(identifyFile(passwordProtectedWorkbook()).kind).toBe('encrypted');
    expect(identifyFile(legacyXls()).kind).toBe('xls');
    expect(identifyFile(oddXlsx([{ name: 'Thôn 1', rows: listRows() }])).kind).toBe('xlsx');
  });
});

describe('a file whose name is not UTF-8 (Latin-1 bytes on Linux) is found', () => {
  // "Thôn Đông.xlsx" as Windows-1258 bytes: ô is 0xF4, Đ is 0xD0. Node hands such a name over with U+FFFD for each.
  const latin = Buffer.from([...Buffer.from('Th'), 0xf4, ...Buffer.from('n '), 0xd0, 0xf4, ...Buffer.from('ng.xlsx')]);

  test('the list is read and its sheet keeps the name it has inside', async () => {
    const path = put(latin, oddXlsx([{ name: 'Thôn Đông', rows: listRows() }]));
    const { code, err, model } = await run(path);
    expect([code, err]).toEqual([0, []]);
    expect(model?.entities.map((e) => [e.name, e.records])).toEqual([['Thôn Đông', 3]]);
  });

  test('a list named after such a file takes the name as Windows-1258 reads it', async () => {
    const sub = mkdtempSync(join(dir, 'generic-'));
    const path = Buffer.concat([Buffer.from(`${sub}/`), latin]);
    writeFileSync(path, oddXlsx([{ name: 'Sheet1', rows: listRows() }]));
    const { code, model } = await run(path);
    expect(code).toBe(0);
    expect(model?.entities.map((e) => e.name)).toEqual(['Thôn Đông']);
  });

  test('a name no file in the folder has says the name cannot be read and to rename it', async () => {
    const { code, err } = await run(join(dir, 'Kh\ufffdng c\ufffd.xlsx'));
    expect(code).toBe(1);
    expect(err[0]).toMatch(/^Không đọc được tên tệp .*không mã hóa theo UTF-8.*Hãy đổi tên tệp/);
    expect(err[1]).toMatch(/not encoded as UTF-8.*Rename the file/);
  });
});

describe('a formula no program calculated is said, not read as blank without a word', () => {
  test('one warning for the column, at its first cell, with how many cells, their rows and what to do', async () => {
    const { code, model } = await run(put('thon-dong-cong-thuc.xlsx', uncalculatedFormulas()) as string);
    expect(code).toBe(0);
    const found = model?.issues.filter((i) => i.code === 'FORMULA_NOT_CALCULATED') ?? [];
    expect(found.map((i) => [i.sheet, i.column, i.row, i.cells, i.severity])).toEqual([['Thôn Đông', 'E', 2, 3, 'warning']]);
    expect(found[0].message).toMatch(/^Cột này có 3 ô chứa công thức chưa từng được tính \(dòng 2–4\).*Hãy mở tệp bằng Excel rồi lưu lại/);
    expect(found[0].messageEn).toMatch(/3 cells of this column hold a formula that was never calculated \(rows 2–4\).*Open the file in Excel and save it/);
    // The computed cell below them is read as its value: one of four people has level 2.
    expect(model?.entities[0].indicators.level2_registered).toMatchObject({ numerator: 1, denominator: 4 });
    // Not a person's problem: nothing goes to the police's working list.
    expect(model?.mismatches).toEqual([]);
  });
});

describe('sheet names Excel would not allow do not make the file unreadable', () => {
  test('a name over 31 characters, one starting with an apostrophe and one holding "!" are each read and counted', async () => {
    const { code, err, model } = await run(put('ten-trang.xlsx', oddSheetNames()) as string);
    expect([code, err]).toEqual([0, []]);
    expect(model?.sheets.map((s) => [s.sheet, s.records])).toEqual(ODD_SHEET_NAMES.map((n) => [n, 1]));
    // The CCCD a digit short on the long-named sheet: its finding and its place on the working list name the sheet as it is.
    const short = model?.issues.find((i) => i.code === 'CCCD_FORMAT');
    expect([short?.sheet, short?.column, short?.row]).toEqual([ODD_SHEET_NAMES[0], 'D', 2]);
    expect(model?.mismatches.flatMap((m) => m.places)).toEqual([`${ODD_SHEET_NAMES[0]}!D2`]);
  });
});

describe("Excel's _x000D_ escapes are decoded by the file door, as the add-in reads the same cells", () => {
  test('a carriage return escaped in a shared or an inline string reads as one; an escaped escape stays as typed', () => {
    const [grid] = readXlsxBytes(escapedCarriageReturns());
    expect(grid.values).toEqual([
      ['STT', 'Họ và\r\ntên', 'Số CCCD', 'Ghi chú'],
      [1, 'Nguyễn Văn An\r', '001085000001\r', 'mã _x000D_ giữ nguyên'],
    ]);
  });

  test('the workbook gives the figures of the same cells handed over as the Office.js door does', async () => {
    const { code, model } = await run(put('thon-dong-x000d.xlsx', escapedCarriageReturns()) as string);
    expect(code).toBe(0);
    const office = consolidate({ grids: [{ sheet: 'Thôn Đông', values: [['STT', 'Họ và\r\ntên', 'Số CCCD', 'Ghi chú'], [1, 'Nguyễn Văn An\r', '001085000001\r', 'mã _x000D_ giữ nguyên']] }], campaign: PRESETS['bo-y-2025'], asOf: '2025-10-20' });
    expect(model?.entities.map((e) => [e.name, e.records, e.indicators])).toEqual(office.entities.map((e) => [e.name, e.records, e.indicators]));
    expect(model?.entities.map((e) => e.records)).toEqual([1]);
    expect(model?.issues.map((i) => i.code)).toEqual(office.issues.map((i) => i.code));
  });
});
