/** Every command-line mistake: one line in Vietnamese, one in English, what to do, exit 2, no stack trace. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/run';
import { readTypedDate } from '../../src/core/dates';
import { ReportModel } from '../../src/core/report/model';

const dir = mkdtempSync(join(tmpdir(), 'sskdt-args-'));
const input = join(dir, 'thon-1.xlsx');

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Thôn 1');
  ws.addRow(['STT', 'Họ và tên', 'Số CCCD', 'Định danh mức 2']);
  ws.addRow([1, 'Nguyễn Văn An', '051085000123', 'x']);
  await wb.xlsx.writeFile(input);
});

describe('the as-of date', () => {
  test('dd/mm/yyyy as officers write it and YYYY-MM-DD give the same consolidation', async () => {
    const asOf = [];
    for (const date of ['20/10/2025', '2025-10-20', '5/1/2026', '20.10.2025']) {
      const json = join(dir, `${date.replace(/\//g, '-')}.json`);
      expect((await run(input, '--campaign', 'bo-y-2025', '--as-of', date, '--out', join(dir, 'r.xlsx'), '--json', json, '--quiet')).code).toBe(0);
      asOf.push(ReportModel.parse(JSON.parse(readFileSync(json, 'utf8'))).asOf);
    }
    expect(asOf).toEqual(['2025-10-20', '2025-10-20', '2026-01-05', '2025-10-20']);
  });

  test('27/10/2025, the date the officer reads on the list, is taken (issue 13 §2: it was said to be refused)', async () => {
    const json = join(dir, 'day-first.json');
    expect((await run(input, '--campaign', 'bo-y-2025', '--as-of', '27/10/2025', '--out', join(dir, 'r.xlsx'), '--json', json, '--quiet')).code).toBe(0);
    expect(ReportModel.parse(JSON.parse(readFileSync(json, 'utf8'))).asOf).toBe('2025-10-27');
  });

  test.each([
    ['2025-02-31', 'tháng 2/2025 chỉ có 28 ngày.', 'February 2025 has only 28 days.'],
    ['31/02/2025', 'tháng 2/2025 chỉ có 28 ngày.', 'February 2025 has only 28 days.'],
    ['29/02/2025', 'tháng 2/2025 chỉ có 28 ngày.', 'February 2025 has only 28 days.'],
    ['31/04/2026', 'tháng 4/2026 chỉ có 30 ngày.', 'April 2026 has only 30 days.'],
    ['2025-13-01', 'không có tháng 13.', 'there is no month 13.'],
    ['10/27/2025', 'không có tháng 27; ngày ghi trước, tháng ghi sau: có phải 27/10/2025?', 'there is no month 27; the day comes first, then the month: did you mean 27/10/2025?'],
    ['20/10/25', 'năm cần ghi đủ 4 chữ số: có phải 20/10/2025?', 'write the year in four digits: did you mean 20/10/2025?'],
    ['00/10/2025', 'không có ngày 0.', 'there is no day 0.'],
    ['hôm nay', 'không đọc được thành ngày.', 'this cannot be read as a date.'],
  ])('"%s" is refused: Vietnamese first, then English, naming --as-of, why, and an example of each shape', async (date, vi, en) => {
    const { code, err } = await run(input, '--campaign', 'bo-y-2025', '--as-of', date);
    expect(code).toBe(2);
    expect(err[0]).toBe(`--as-of "${date}": ${vi} Hãy ghi ngày dd/mm/yyyy (vd. --as-of 27/10/2025) hoặc YYYY-MM-DD (vd. --as-of 2025-10-27).`);
    expect(err[1]).toBe(`--as-of "${date}": ${en} Write the date as dd/mm/yyyy (e.g. --as-of 27/10/2025) or YYYY-MM-DD (e.g. --as-of 2025-10-27).`);
  });

  test('leap days are real only in leap years', () => {
    expect([readTypedDate('29/02/2024'), readTypedDate('29/02/2025'), readTypedDate('2000-02-29'), readTypedDate('1900-02-29')]).toEqual(['2024-02-29', null, '2000-02-29', null]);
  });
});

describe('options', () => {
  test('a misspelt option names the one meant', async () => {
    const { code, err } = await run(input, '--campaign', 'bo-y-2025', '--ouy', 'r.xlsx');
    expect(code).toBe(2);
    expect(err[0]).toBe('Không có tùy chọn --ouy. Có phải ý bạn là --out?');
    expect(err[1]).toBe('Unknown option --ouy. Did you mean --out?');
  });

  test.each([
    [['--campaign', 'bo-y-2025', '--out']],
    [['--campaign', 'bo-y-2025', '--out', '--json', 'r.json']],
  ])('a missing value (%j) says which option needs one', async (args) => {
    const { code, err } = await run(input, ...args);
    expect(code).toBe(2);
    expect(err[0]).toBe('--out cần một giá trị ngay sau nó (vd. --out bao-cao.xlsx).');
    expect(err[1]).toContain('--out needs a value');
  });

  test('a value given to a flag is refused', async () => {
    const { code, err } = await run(input, '--campaign', 'bo-y-2025', '--quiet=yes');
    expect(code).toBe(2);
    expect(err[0]).toContain('--quiet không nhận giá trị');
  });
});

describe('the installed command', () => {
  test('prints the two lines and the usage, exit 2, no stack trace, for a misspelt option', () => {
    const result = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'src/cli/main.ts', input, '--campain', 'bo-y-2025'], { encoding: 'utf8', timeout: 120_000 });
    expect(result.status).toBe(2);
    const lines = result.stderr.split('\n');
    expect(lines[0]).toBe('Không có tùy chọn --campain. Có phải ý bạn là --campaign?');
    expect(lines[1]).toBe('Unknown option --campain. Did you mean --campaign?');
    expect(result.stderr).toContain('Cách dùng / Usage');
    expect(result.stderr).not.toMatch(/\n\s+at |TypeError|ERR_PARSE_ARGS/);
  }, 120_000);
});
