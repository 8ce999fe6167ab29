/**
 * The week a report covers and the moment it is made (issue 10 §4): `--now` fixes the moment, so the default
 * as-of date, the deadline and what is overdue can be reproduced; an as-of date outside the campaign is said.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/run';
import { ReportModel } from '../../src/core/report/model';

const dir = mkdtempSync(join(tmpdir(), 'sskdt-week-'));

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

/** A village list dated the way villages write it, above the header. */
async function village(path: string, sheet: string, dataDate: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(['DANH SÁCH CÔNG DÂN']);
  ws.addRow([`Số liệu đến ngày ${dataDate}`]);
  ws.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Mã thẻ BHYT', 'Định danh mức 2', 'Đã kích hoạt', 'Tích hợp BHYT vào SSKĐT']);
  ws.addRow([1, 'Nguyễn Văn An', '12/04/1985', '051085000123', 'HC4510123456789', 'x', 'x', 'x']);
  await wb.xlsx.writeFile(path);
}

async function model(json: string): Promise<ReportModel> {
  return ReportModel.parse(JSON.parse(readFileSync(json, 'utf8')));
}

describe('the week a report made on the reporting day covers', () => {
  const boY = join(dir, 'thon-1.xlsx');
  const triTon = join(dir, 'khom-1.xlsx');
  beforeAll(async () => {
    await village(boY, 'Thôn 1', '26/10/2025');
    await village(triTon, 'Khóm 1', '28/6/2026');
  });

  test('Monday 27/10/2025 at 08:30 reports week 3 (20–26/10), and a list dated 26/10 is current (seed 000 §IV.3)', async () => {
    const json = join(dir, 'boy.json');
    const { code, out } = await run(boY, '--campaign', 'bo-y-2025', '--now', '2025-10-27T08:30', '--out', join(dir, 'boy.xlsx'), '--json', json);
    expect(code).toBe(0);
    const m = await model(json);
    expect(m.asOf).toBe('2025-10-26');
    expect(m.period).toMatchObject({ index: 3, from: '2025-10-20', to: '2025-10-26', deadline: '2025-10-27T09:00', phase: 'during' });
    expect(m.madeAt).toBe('2025-10-27T08:30');
    expect(m.completeness).toEqual([expect.objectContaining({ name: 'Thôn 1', status: 'ok', dataDate: '2025-10-26', overdue: false })]);
    expect(out[1]).toBe('Tuần 3 (20/10/2025 – 26/10/2025), số liệu đến 26/10/2025; hạn báo cáo trước 09:00 thứ Hai, 27/10/2025');
    expect(out[2]).toBe('  Mặc định: tuần vừa kết thúc, chưa đến hạn báo cáo (the period just ended); tuần 4: --as-of 27/10/2025');
  });

  test('the same Monday after 09:00 reports the current week, where that list is stale', async () => {
    const json = join(dir, 'boy-late.json');
    expect((await run(boY, '--campaign', 'bo-y-2025', '--now', '2025-10-27T09:30', '--out', join(dir, 'boy-late.xlsx'), '--json', json, '--quiet')).code).toBe(0);
    const m = await model(json);
    expect([m.asOf, m.period.index]).toEqual(['2025-10-27', 4]);
    expect(m.completeness[0]).toMatchObject({ status: 'stale', overdue: false });
  });

  test('Tri Tôn on Tuesday 30/6/2026 before 15:00 reports week 1 (25–28/6) with its list of 28/6 current (seed 004 §IV.1)', async () => {
    const json = join(dir, 'triton.json');
    expect((await run(triTon, '--campaign', 'tri-ton-2026', '--now', '2026-06-30T10:00', '--out', join(dir, 'triton.xlsx'), '--json', json, '--quiet')).code).toBe(0);
    const m = await model(json);
    expect(m.asOf).toBe('2026-06-28');
    expect(m.period).toMatchObject({ index: 1, from: '2026-06-25', to: '2026-06-28', deadline: '2026-06-30T15:00' });
    expect(m.completeness[0]).toMatchObject({ status: 'ok' });
  });

  test('an --as-of given is kept, and --now still decides what is overdue', async () => {
    const json = join(dir, 'given.json');
    expect((await run(boY, '--campaign', 'bo-y-2025', '--as-of', '27/10/2025', '--now', '2025-11-03T10:00', '--out', join(dir, 'given.xlsx'), '--json', json, '--quiet')).code).toBe(0);
    const m = await model(json);
    expect([m.asOf, m.period.index, m.madeAt]).toEqual(['2025-10-27', 4, '2025-11-03T10:00']);
    expect(m.completeness[0]).toMatchObject({ status: 'stale', overdue: true });
  });

  test('names the default report file after the as-of date it took', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect((await run(boY, '--campaign', 'bo-y-2025', '--now', '2025-10-27T08:30', '--quiet')).code).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(() => readFileSync(join(dir, 'bao-cao-bo-y-2025-2025-10-26.xlsx'))).not.toThrow();
  });
});

describe('an as-of date outside the campaign', () => {
  const input = join(dir, 'thon-2.xlsx');
  beforeAll(() => village(input, 'Thôn 2', '14/11/2025'));

  test('after the end: the report is written and the notice is said in Vietnamese and English, even with --quiet', async () => {
    const out = join(dir, 'after.xlsx');
    const { code, err } = await run(input, '--campaign', 'bo-y-2025', '--now', '2025-11-20T10:00', '--out', out, '--quiet');
    expect(code).toBe(0);
    expect(err).toHaveLength(2);
    expect(err[0]).toContain('Ngày số liệu 20/11/2025 là sau khi đợt đã kết thúc (10/10/2025 – 15/11/2025)');
    expect(err[1]).toContain('after the campaign ended');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const texts: string[] = [];
    wb.getWorksheet('Báo cáo tuần')?.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts.join('\n')).toContain('Ngày số liệu 20/11/2025 là sau khi đợt đã kết thúc');
  });

  test('inside the campaign nothing is said on the error stream', async () => {
    const { err } = await run(input, '--campaign', 'bo-y-2025', '--as-of', '2025-11-14', '--now', '2025-11-14T10:00', '--out', join(dir, 'inside.xlsx'), '--quiet');
    expect(err).toEqual([]);
  });
});

describe('--now', () => {
  test.each(['27/10/2025 08:30', '2025-10-27T08:30', '2025-10-27 08:30', '27/10/2025 8h30'])('"%s", day first or YYYY-MM-DD, is Monday 27/10/2025 at 08:30', async (now) => {
    const json = join(dir, 'now.json');
    expect((await run(join(dir, 'thon-1.xlsx'), '--campaign', 'bo-y-2025', '--now', now, '--out', join(dir, 'now.xlsx'), '--json', json, '--quiet')).code).toBe(0);
    expect((await model(json)).madeAt).toBe('2025-10-27T08:30');
  });

  test.each([
    ['2025-10-27', 'cần ghi giờ, từ 00:00 đến 23:59, sau ngày.', 'the time, 00:00 to 23:59, must follow the date.'],
    ['2025-02-29T08:30', 'tháng 2/2025 chỉ có 28 ngày.', 'February 2025 has only 28 days.'],
    ['27/10/2025 25:00', 'cần ghi giờ, từ 00:00 đến 23:59, sau ngày.', 'the time, 00:00 to 23:59, must follow the date.'],
    ['10/27/2025 08:30', 'không có tháng 27; ngày ghi trước, tháng ghi sau: có phải 27/10/2025?', 'there is no month 27; the day comes first, then the month: did you mean 27/10/2025?'],
  ])('"%s" is refused, Vietnamese first, saying why and with an example', async (now, vi, en) => {
    const { code, err } = await run(join(dir, 'thon-1.xlsx'), '--campaign', 'bo-y-2025', '--now', now);
    expect(code).toBe(2);
    expect(err[0]).toBe(`--now "${now}": ${vi} Hãy ghi ngày và giờ (vd. --now "27/10/2025 08:30" hoặc --now 2025-10-27T08:30).`);
    expect(err[1]).toBe(`--now "${now}": ${en} Write the date and the time (e.g. --now "27/10/2025 08:30" or --now 2025-10-27T08:30).`);
  });
});

describe('--period', () => {
  const input = join(dir, 'khom-2.xlsx');
  beforeAll(() => village(input, 'Khóm 2', '31/7/2026'));

  test('a monthly report of Tri Tôn made on 5/8/2026 covers July, due before 10/8 (seed 004 §IV.1)', async () => {
    const json = join(dir, 'month.json');
    const { code, out } = await run(input, '--campaign', 'tri-ton-2026', '--period', 'tháng', '--now', '2026-08-05T10:00', '--out', join(dir, 'month.xlsx'), '--json', json);
    expect(code).toBe(0);
    const m = await model(json);
    expect(m.period).toMatchObject({ kind: 'month', label: 'Tháng 7/2026', deadline: '2026-08-10T00:00', previous: { label: 'Tháng 6/2026' } });
    expect(m.asOf).toBe('2026-07-31');
    expect(out[1]).toBe('Tháng 7/2026 (01/07/2026 – 31/07/2026), số liệu đến 31/07/2026; hạn báo cáo trước thứ Hai, 10/08/2026');
    expect(out[2]).toBe('  Mặc định: kỳ vừa kết thúc, chưa đến hạn báo cáo (the period just ended); tháng 8/2026: --as-of 05/08/2026');
  });

  test('a period the campaign does not report on is refused, naming the ones it does', async () => {
    const { code, err } = await run(input, '--campaign', 'bo-y-2025', '--period', 'month');
    expect(code).toBe(2);
    expect(err[0]).toBe('Kế hoạch bo-y-2025 không có báo cáo theo kỳ "month": các kỳ của kế hoạch là week.');
  });

  test('a word that is no period is refused', async () => {
    const { code, err } = await run(input, '--campaign', 'tri-ton-2026', '--period', 'fortnight');
    expect(code).toBe(2);
    expect(err[1]).toBe('--period "fortnight" is not a reporting period: write week, month, quarter, half-year or year.');
  });
});
