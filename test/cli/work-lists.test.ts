/**
 * `--worklists` (ISSUE 11 §1): the report workbook gets the door-to-door work lists as a sheet of its own, of every
 * village and unit or of those named after it; the JSON never.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/run';
import { SHEET } from '../../src/core/vocabulary';
import { readXlsxFile } from '../../src/files/read-xlsx';
import { AS_OF, COMMUNE } from '../helpers/work-lists';

const dir = mkdtempSync(join(tmpdir(), 'sskdt-worklists-'));
const input = join(dir, 'xa.xlsx');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

async function sheetsOf(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

/**
 * The work lists' sheet as the project's reader gives it back: each village's band line ("Thôn Bản Phố - tờ 1/1"), the
 * guardian heading, and each person as "STT. name (birth year): steps".
 */
async function workListLines(path: string): Promise<string[]> {
  const sheet = (await readXlsxFile(path)).find((g) => g.sheet === SHEET.workLists);
  if (!sheet) throw new Error(`no ${SHEET.workLists} sheet in ${path}`);
  const header = sheet.values.findIndex((row) => row[0] === 'STT');
  return sheet.values.slice(header + 1).flatMap((row) => {
    if (typeof row[0] === 'number') return [`${row[0]}. ${String(row[1])} (${String(row[2])}): ${String(row[5])}`];
    return typeof row[0] === 'string' && row[0] !== '' ? [row[0].split('\n')[0]] : [];
  });
}

const RUN = [input, '--campaign', 'bo-y-2025', '--as-of', AS_OF, '--now', '2025-10-27T08:30'];

beforeAll(async () => {
  const book = new ExcelJS.Workbook();
  for (const grid of COMMUNE) {
    const ws = book.addWorksheet(grid.sheet);
    for (const row of grid.values) ws.addRow(row);
  }
  await book.xlsx.writeFile(input);
});

describe('the command line with --worklists', () => {
  test('adds the work lists’ sheet after the report’s and says what it holds', async () => {
    const { io, out } = capture();
    const report = join(dir, 'with.xlsx');
    expect(await runCli([input, '--campaign', 'bo-y-2025', '--as-of', AS_OF, '--out', report, '--json', join(dir, 'with.json'), '--worklists'], io)).toBe(0);
    const book = await sheetsOf(report);
    expect(book.worksheets.at(-1)?.name).toBe(SHEET.workLists);
    const values = book.getWorksheet(SHEET.workLists)?.getSheetValues().flat().map(String) ?? [];
    expect(values).toContain('Lò Thị Mai');
    expect(values).toContain('Kích hoạt mức 2, Tích hợp BHYT');
    expect(out.at(-1)).toBe(
      'Rà soát từng người (work lists): 9 người cần đến (to visit), 2 không có ĐTTM hoặc có người giám hộ (no smartphone or a guardian), 4 thôn, đơn vị (lists), 1 không còn ai (none left)',
    );
    // Alone, --worklists is every village and unit with someone to visit (Khuổi Ngọa has no one), named no further.
    expect((await workListLines(report)).filter((l) => l.includes(' - tờ '))).toEqual(['Thôn Nà Lạn - tờ 1/1', 'Thôn Bản Phố - tờ 1/1', 'Trường THCS Bờ Y - tờ 1/1']);
    expect(out.filter((l) => l.includes('Chỉ lập cho'))).toEqual([]);
    // The JSON report carries figures, not the lists.
    const json = readFileSync(join(dir, 'with.json'), 'utf8');
    expect(json).not.toContain('Lò Thị Mai');
    expect(json).not.toContain(SHEET.workLists);
  });

  test('writes no work lists without the flag', async () => {
    const report = join(dir, 'without.xlsx');
    expect(await runCli([input, '--campaign', 'bo-y-2025', '--as-of', AS_OF, '--out', report, '--quiet'], capture().io)).toBe(0);
    expect((await sheetsOf(report)).worksheets.map((w) => w.name)).not.toContain(SHEET.workLists);
  });

  test('reads an earlier report with work lists as input without counting its people again', async () => {
    const earlier = join(dir, 'with.xlsx');
    const { io, out } = capture();
    expect(await runCli([input, earlier, '--campaign', 'bo-y-2025', '--as-of', AS_OF, '--out', join(dir, 'again.xlsx'), '--worklists'], io)).toBe(0);
    expect(out.at(-1)).toContain('9 người cần đến');
  });
});

describe('the command line with --worklists and the villages named after it', () => {
  test('writes the lists of those villages and units only, however their names are typed, and says which', async () => {
    const { io, out } = capture();
    const report = join(dir, 'picked.xlsx');
    expect(await runCli([...RUN, '--out', report, '--worklists', 'thon ban pho,  TRƯỜNG THCS BỜ Y '], io)).toBe(0);
    expect(await workListLines(report)).toEqual([
      'Thôn Bản Phố - tờ 1/1',
      '1. Nông Văn Sáu (1985): Làm ĐDĐT mức 2, Tích hợp BHYT',
      '2. Nông Thị Chín (1999): Tích hợp BHYT',
      'Người không có điện thoại thông minh hoặc có người giám hộ giữ tài khoản: ghi lại số định danh, số thẻ BHYT để tích hợp vào tài khoản của người giám hộ (con, cháu) sau này (1 người)',
      '3. Nông Văn Tám (1940): Ghi số CCCD, Ghi số thẻ BHYT, Tích hợp vào TK người giám hộ',
      'Trường THCS Bờ Y - tờ 1/1',
      'Lớp 9A',
      '1. Đinh Thị Nga (2011): Làm ĐDĐT mức 2',
      '2. Đinh Văn Tú (2011): Kích hoạt mức 2, Tích hợp BHYT',
      'Lớp 7B',
      '3. Đinh Thị Út (2013): Tích hợp BHYT',
    ]);
    expect(out.slice(-2)).toEqual([
      'Rà soát từng người (work lists): 5 người cần đến (to visit), 1 không có ĐTTM hoặc có người giám hộ (no smartphone or a guardian), 2 thôn, đơn vị (lists), 0 không còn ai (none left)',
      '  Chỉ lập cho (only for): Thôn Bản Phố, Trường THCS Bờ Y',
    ]);
  });

  test('takes the names after "=" too, and a list file right after --worklists as an input, not a name', async () => {
    const { io, out } = capture();
    const report = join(dir, 'picked-equals.xlsx');
    expect(await runCli(['--worklists', input, '--campaign', 'bo-y-2025', '--as-of', AS_OF, '--out', report, '--worklists=THÔN KHUỔI NGỌA'], io)).toBe(0);
    expect(out.slice(-2)).toEqual([
      'Rà soát từng người (work lists): 0 người cần đến (to visit), 0 không có ĐTTM hoặc có người giám hộ (no smartphone or a guardian), 1 thôn, đơn vị (lists), 1 không còn ai (none left)',
      '  Chỉ lập cho (only for): Thôn Khuổi Ngọa',
    ]);
  });

  test('leaves the JSON report as it is whichever villages are named: it never holds the lists', async () => {
    const all = join(dir, 'all.json');
    const picked = join(dir, 'picked.json');
    expect(await runCli([...RUN, '--out', join(dir, 'all-for-json.xlsx'), '--json', all, '--worklists', '--quiet'], capture().io)).toBe(0);
    expect(await runCli([...RUN, '--out', join(dir, 'picked-for-json.xlsx'), '--json', picked, '--worklists', 'Thôn Bản Phố', '--quiet'], capture().io)).toBe(0);
    expect(readFileSync(picked, 'utf8')).toBe(readFileSync(all, 'utf8'));
  });

  test('refuses a name no list is of, saying what was typed and the names there are, and writes nothing', async () => {
    const { io, out, err } = capture();
    const report = join(dir, 'unknown.xlsx');
    const json = join(dir, 'unknown.json');
    expect(await runCli([...RUN, '--out', report, '--json', json, '--worklists', 'Thôn Bản Phố,Thôn Ba'], io)).toBe(2);
    expect(err.slice(0, 2)).toEqual([
      '--worklists: không có thôn, đơn vị nào tên "Thôn Ba" trong các danh sách đã đọc. Các thôn, đơn vị có danh sách: Thôn Nà Lạn, Thôn Bản Phố, Thôn Khuổi Ngọa, Trường THCS Bờ Y.',
      '--worklists: no village or unit named "Thôn Ba" in the lists read. The villages and units with a list: Thôn Nà Lạn, Thôn Bản Phố, Thôn Khuổi Ngọa, Trường THCS Bờ Y.',
    ]);
    expect(out).toEqual([]);
    expect(existsSync(report)).toBe(false);
    expect(existsSync(json)).toBe(false);
  });

  test('refuses --worklists with no name in it rather than taking every village', async () => {
    const { io, err } = capture();
    expect(await runCli([...RUN, '--out', join(dir, 'empty.xlsx'), '--worklists', ' , '], io)).toBe(2);
    expect(err[0]).toBe('--worklists " , ": chưa ghi tên thôn, đơn vị nào. Hãy ghi tên, cách nhau bằng dấu phẩy (vd. --worklists "Thôn Bờ Y,Thôn Ba"), hoặc chỉ --worklists để lập cho tất cả.');
    expect(existsSync(join(dir, 'empty.xlsx'))).toBe(false);
  });
});
