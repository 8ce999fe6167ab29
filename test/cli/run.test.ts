import { mkdtempSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/run';
import { ReportModel } from '../../src/core/report/model';

const dir = mkdtempSync(join(tmpdir(), 'sskdt-cli-'));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

async function village(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Thôn 1');
  ws.addRow(['DANH SÁCH CÔNG DÂN']);
  ws.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Định danh mức 2', 'Đã kích hoạt', 'Tích hợp BHYT vào SSKĐT']);
  ws.addRow([1, 'Nguyễn Văn An', '12/04/1985', '051085000123', 'x', 'x', 'x']);
  ws.addRow([2, '=HYPERLINK("http://x")', '03/05/1990', 51190000456, 'x', '', '']);
  ws.addRow([3, 'Lê Thị C', '2015', '', '', '', 'x']);
  await wb.xlsx.writeFile(path);
}

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('the command line', () => {
  const input = join(dir, 'thon-1.xlsx');
  beforeAll(() => village(input));

  test('writes the report and the JSON, exits 0 and leaves the input untouched', async () => {
    const before = sha(input);
    const mtime = statSync(input).mtimeMs;
    const { io, out } = capture();
    const code = await runCli([input, '--campaign', 'bo-y-2025', '--as-of', '2025-10-20', '--out', join(dir, 'r.xlsx'), '--json', join(dir, 'r.json')], io);
    expect(code).toBe(0);
    expect(sha(input)).toBe(before);
    expect(statSync(input).mtimeMs).toBe(mtime);
    const model = ReportModel.parse(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')));
    const thon = model.entities.find((e) => e.name === 'Thôn 1');
    // Two adults with a valid CCCD (one restored from a number), both with a level-2 account.
    expect(thon?.indicators.level2_registered).toMatchObject({ numerator: 2, denominator: 2, met: true });
    expect(model.issues.map((i) => `${i.code}@${i.column}${i.row}`)).toContain('CCCD_LEADING_ZERO_RESTORED@D4');
    // The campaign starts on Friday 10/10/2025: week 1 is 10–12/10, so 20/10 opens week 3.
    expect(out.join('\n')).toContain('Tuần 3 (20/10/2025 – 26/10/2025)');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'r.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Báo cáo tuần', 'Tổng hợp', 'Biểu đồ', 'Lỗi dữ liệu', 'Lưu ý danh sách', 'Trùng lặp', 'Lịch sử']);
  });

  test('writes a name that starts with "=" as text, never as a formula', async () => {
    const { io } = capture();
    const out = join(dir, 'formula.xlsx');
    await runCli([input, '--campaign', 'bo-y-2025', '--as-of', '2025-10-20', '--out', out, '--quiet'], io);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const cells: ExcelJS.CellValue[] = [];
    for (const sheet of ['Lỗi dữ liệu', 'Lưu ý danh sách']) wb.getWorksheet(sheet)!.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
    expect(cells).toContain('=HYPERLINK("http://x")');
    expect(cells.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
  });

  test('exits 2 with the usage for an unknown campaign, a missing input or a bad date', async () => {
    for (const args of [[input, '--campaign', 'nowhere'], ['--campaign', 'bo-y-2025'], [input, '--campaign', 'bo-y-2025', '--as-of', '2025-02-31'], [input]]) {
      const { io, err } = capture();
      expect(await runCli(args, io)).toBe(2);
      expect(err.join('\n')).toContain('Cách dùng / Usage');
    }
  });

  test('refuses to write the report over an input file', async () => {
    const { io, err } = capture();
    const before = sha(input);
    expect(await runCli([input, '--campaign', 'bo-y-2025', '--out', input], io)).toBe(2);
    expect(sha(input)).toBe(before);
    expect(err.join('\n')).toContain('không bao giờ ghi đè');
  });

  test('exits 1 naming the file when an input is missing or not an .xlsx', async () => {
    const bogus = join(dir, 'bogus.xlsx');
    writeFileSync(bogus, 'this is not a zip');
    for (const path of [join(dir, 'missing.xlsx'), bogus]) {
      const { io, err } = capture();
      expect(await runCli([path, '--campaign', 'bo-y-2025', '--out', join(dir, 'x.xlsx')], io)).toBe(1);
      expect(err.join('\n')).toContain(path);
    }
  });

  test('reads a campaign from a JSON file and names the broken field when it is invalid', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ id: 'x', name: 'X' }));
    const { io, err } = capture();
    expect(await runCli([input, '--campaign', bad, '--out', join(dir, 'y.xlsx')], io)).toBe(1);
    expect(err.join('\n')).toMatch(/issuingBody/);
  });
});

describe('the command line and a list named like a report sheet', () => {
  test('a "Tổng hợp" list in an input file is read and counted, with the warning; the report is written to its own file', async () => {
    const path = join(dir, 'toan-xa.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tổng hợp');
    ws.addRow(['STT', 'Họ và tên', 'Số CCCD', 'Định danh mức 2']);
    ws.addRow([1, 'Nguyễn Văn An', '051085000123', 'x']);
    ws.addRow([2, 'Trần Thị Bình', '051190000456', '']);
    await wb.xlsx.writeFile(path);
    const { io } = capture();
    const code = await runCli([path, '--campaign', 'bo-y-2025', '--as-of', '2025-10-20', '--out', join(dir, 'tx.xlsx'), '--json', join(dir, 'tx.json'), '--quiet'], io);
    expect(code).toBe(0);
    const model = ReportModel.parse(JSON.parse(readFileSync(join(dir, 'tx.json'), 'utf8')));
    expect(model.entities.map((e) => [e.sheet, e.records])).toEqual([['Tổng hợp', 2]]);
    expect(model.issues.filter((i) => i.code === 'SHEET_NAME_RESERVED').map((i) => i.sheet)).toEqual(['Tổng hợp']);
  });
});
