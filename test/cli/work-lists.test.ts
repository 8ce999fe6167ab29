/** `--worklists` (ISSUE 11 §1): the report workbook gets the door-to-door work lists as a sheet of its own; the JSON never. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/run';
import { SHEET } from '../../src/core/vocabulary';
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
