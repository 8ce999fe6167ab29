/**
 * ISSUE 14 §1, "our sheets and theirs": a commune's own sheet named like one of the report's ("Báo cáo tuần",
 * "Biểu đồ", …) holding no list is never overwritten. Only sheets the add-in made, recognised by what the
 * layout writes in them, are replaced; another sheet with such a name stops the write, naming the sheet and
 * what to do. Through the recording Excel fake, as the pane and the ribbon button run it.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createOfficeGateway } from '../../src/excel/office-gateway';
import { consolidateWorkbook } from '../../src/taskpane/pipeline';
import { noticeFromRefusal } from '../../src/taskpane/errors';
import { runCli } from '../../src/cli/run';
import { ReportModel } from '../../src/core/report/model';
import { SHEET } from '../../src/core/vocabulary';
import { FakeExcel, type Value } from './fake-excel';
import { AS_OF, BO_Y, addVillage } from './fixtures';

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function commune(): FakeExcel {
  const fake = new FakeExcel();
  uninstall = fake.install();
  addVillage(fake, 'Thôn 1', 12);
  return fake;
}

/** The weekly report a commune office typed itself before it had the add-in. */
const HAND_MADE_WEEKLY: Value[][] = [
  ['ỦY BAN NHÂN DÂN XÃ BỜ Y', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ['Số: 12/BC-UBND', '', '', 'Độc lập - Tự do - Hạnh phúc'],
  [],
  ['BÁO CÁO'],
  ['Kết quả tích hợp thẻ BHYT vào Sổ sức khỏe điện tử tuần 2'],
  ['I. KẾT QUẢ CHUNG'],
  ['STT', 'Thôn', 'Đã tích hợp', 'Tỷ lệ'],
  [1, 'Thôn 1', 85, 0.85],
  [2, 'Thôn 2', 70, 0.7],
];
/** The commune's own chart sheet. */
const HAND_MADE_CHART: Value[][] = [['Tiến độ các thôn'], ['Thôn', 'Tỷ lệ'], ['Thôn 1', 0.85], ['Thôn 2', 0.7]];

const run = () => consolidateWorkbook(createOfficeGateway(), { campaign: BO_Y, asOf: AS_OF, madeAt: `${AS_OF}T10:00` });

describe("a commune's own sheet with a report sheet's name", () => {
  test.each([
    [SHEET.weekly, HAND_MADE_WEEKLY],
    [SHEET.chart, HAND_MADE_CHART],
    [SHEET.summary, [['Tổng hợp ý kiến các thôn'], ['Thôn 1: đề nghị thêm cán bộ']]],
    [SHEET.config, [['Cấu hình máy in'], ['Khổ giấy', 'A4']]],
  ])('"%s" is not overwritten: nothing is written, and the refusal names it and says to rename it', async (name, rows) => {
    const fake = commune();
    fake.addSheet(name, rows);
    const before = fake.snapshot(name);
    const outcome = await run();
    expect(outcome.refused).toEqual({ code: 'SHEET_NAME_TAKEN', sheets: [name] });
    expect(fake.sheet(name)).toEqual(before);
    expect(fake.sheetNames()).toEqual(['Thôn 1', name]);
    expect(outcome.model.issues.find((i) => i.code === 'SHEET_NAME_TAKEN')).toMatchObject({ sheet: name, severity: 'warning' });
    const notice = noticeFromRefusal({ code: 'SHEET_NAME_TAKEN', sheets: [name] });
    expect(notice.body?.vi).toContain(`"${name}"`);
    expect(notice.next?.vi).toContain('Đổi tên');
    expect(notice.next?.en).toContain('Rename');
  });

  test('once renamed, the report is written and the renamed sheet is left as it was', async () => {
    const fake = commune();
    fake.addSheet(SHEET.weekly, HAND_MADE_WEEKLY);
    expect((await run()).refused).not.toBeNull();
    fake.sheet(SHEET.weekly).name = 'Báo cáo tuần xã';
    const before = fake.snapshot('Báo cáo tuần xã');
    expect((await run()).refused).toBeNull();
    expect(fake.sheetNames()).toContain(SHEET.weekly);
    expect(fake.sheet('Báo cáo tuần xã')).toEqual(before);
  });
});

describe('the sheets the add-in made', () => {
  test('are replaced on the next run, even after someone typed into the signed report', async () => {
    const fake = commune();
    expect((await run()).refused).toBeNull();
    const written = fake.sheetNames();
    // The office types the report's number and adds a line, as before printing it.
    const weekly = fake.sheet(SHEET.weekly);
    weekly.setValue(2, 0, 'Số: 15/BC-UBND');
    weekly.setValue(weekly.values.length, 0, 'Ghi chú của văn phòng: đã gửi Huyện.');
    const second = await run();
    expect(second.refused).toBeNull();
    expect(second.model.issues.filter((i) => i.code === 'SHEET_NAME_TAKEN')).toEqual([]);
    expect(fake.sheetNames()).toEqual(written);
    expect(fake.sheet(SHEET.weekly).values.some((row) => row.includes('Ghi chú của văn phòng: đã gửi Huyện.'))).toBe(false);
  });
});

describe('the command line, which writes a new file', () => {
  test("an input's own \"Báo cáo tuần\" is only an input: the report is written, the sheet read as nothing and named in a warning", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sskdt-foreign-'));
    const input = join(dir, 'xa.xlsx');
    const wb = new ExcelJS.Workbook();
    const list = wb.addWorksheet('Thôn 1');
    list.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Định danh mức 2']);
    list.addRow([1, 'Nguyễn Văn An', '12/04/1985', '051085000123', 'x']);
    const own = wb.addWorksheet(SHEET.weekly);
    HAND_MADE_WEEKLY.forEach((row) => own.addRow(row));
    await wb.xlsx.writeFile(input);
    const json = join(dir, 'r.json');
    const quiet = { out: () => undefined, err: () => undefined };
    expect(await runCli([input, '--campaign', 'bo-y-2025', '--as-of', AS_OF, '--out', join(dir, 'r.xlsx'), '--json', json, '--quiet'], quiet)).toBe(0);
    const model = ReportModel.parse(JSON.parse(readFileSync(json, 'utf8')));
    expect(model.entities.map((e) => [e.sheet, e.records])).toEqual([['Thôn 1', 1]]);
    expect(model.issues.filter((i) => i.sheet === SHEET.weekly).map((i) => i.code)).toEqual(['SHEET_NAME_TAKEN']);
  });
});
