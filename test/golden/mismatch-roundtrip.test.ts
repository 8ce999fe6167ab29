/**
 * The police's working list over two consolidations: statuses people set by hand survive (matched
 * by CCCD or BHYT, not row position), new problems are added, problems gone from the lists are
 * resolved with the date, and rows open more than 24 hours are flagged.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { consolidate } from '../../src/core/consolidate';
import { PRESETS } from '../../src/core/campaign/presets';
import type { Grid } from '../../src/core/grid';
import { layoutReport } from '../../src/core/report/layout';
import type { ReportModel } from '../../src/core/report/model';
import type { SheetSpec } from '../../src/core/sheetspec';
import { runCli } from '../../src/cli/run';
import { bhxh, cccd, listGrid, type PersonRow } from '../helpers/lists';

const BO_Y = PRESETS['bo-y-2025'];
const asGrid = (spec: SheetSpec): Grid => ({ sheet: spec.name, values: spec.rows.map((row) => row.map((c) => (c ? c.v : null))) });
const errorsOf = (m: ReportModel) => asGrid(layoutReport(m).find((s) => s.name === 'Lỗi dữ liệu')!);

const an = { name: 'Nguyễn Văn An', cccd: cccd(1985, true, 1), birth: '01/01/1990' }; // birth year disagrees with the CCCD
const binh = { name: 'Trần Thị Bình', cccd: '0011900000', birth: '01/01/1990' }; // 10 characters: not a CCCD
const cuong = { name: 'Lê Văn Cường', cccd: cccd(1970, true, 3), bhyt: 'XX4010000000077', birth: '01/01/1970' }; // unknown object code
const dung = { name: 'Phạm Thị Dung', cccd: cccd(1992, false, 4), birth: '01/01/1992' };

function run(people: PersonRow[], asOf: string, madeAt: string, earlier: Grid[] = []): ReportModel {
  return consolidate({ grids: [listGrid('Thôn 1', people)], campaign: BO_Y, asOf, madeAt, earlier });
}

/** Sets a cell of the working list by the person's name and the column's header, as a person would. */
function setByHand(grid: Grid, name: string, header: string, value: string): void {
  const headerRow = grid.values.findIndex((row) => row.includes('Trạng thái'));
  const col = grid.values[headerRow].indexOf(header);
  const row = grid.values.find((r) => r[1] === name)!;
  row[col] = value;
}

describe('the police working list across two consolidations', () => {
  const first = run([an, binh, cuong, dung], '2025-10-20', '2025-10-20T08:00');
  const worked = errorsOf(first);
  // The police work on the list: An's data was corrected at the source, Bình's cannot be, Cường's stays open.
  setByHand(worked, 'Nguyễn Văn An', 'Trạng thái', 'Đã xử lý');
  setByHand(worked, 'Nguyễn Văn An', 'Ngày xử lý', '21/10/2025');
  setByHand(worked, 'Trần Thị Bình', 'Trạng thái', 'Không xử lý được');
  setByHand(worked, 'Trần Thị Bình', 'Ghi chú', 'Đã chuyển đi nơi khác');
  // The rows are shuffled, as a person sorting the sheet would: matching must not rely on positions.
  const header = worked.values.findIndex((row) => row.includes('Trạng thái'));
  const body = worked.values.slice(header + 1, header + 4).reverse();
  worked.values.splice(header + 1, 3, ...body);

  // Next run: An still has the problem, Cường's card was fixed, Dung now has a sex mismatch.
  const dungNow = { ...dung, sex: 'Nam' };
  const fixedCuong = { ...cuong, bhyt: bhxh(77) };
  const second = run([an, binh, fixedCuong, dungNow], '2025-10-22', '2025-10-22T09:30', [worked]);
  const byName = new Map(second.mismatches.map((m) => [m.name, m]));

  test('the first run opens one row per person with a problem', () => {
    expect(first.mismatches.map((m) => [m.name, m.status, m.foundAt])).toEqual([
      ['Nguyễn Văn An', 'open', '2025-10-20 08:00'],
      ['Trần Thị Bình', 'open', '2025-10-20 08:00'],
      ['Lê Văn Cường', 'open', '2025-10-20 08:00'],
    ]);
  });

  test('keeps the status, date and note people set, matched by CCCD whatever the row order', () => {
    expect(byName.get('Nguyễn Văn An')).toMatchObject({ status: 'done', resolvedOn: '21/10/2025', foundAt: '2025-10-20 08:00', current: true, overdue: false });
    expect(byName.get('Trần Thị Bình')).toMatchObject({ status: 'impossible', note: 'Đã chuyển đi nơi khác', overdue: false });
  });

  test('marks a problem that left the lists as resolved on the as-of date', () => {
    expect(byName.get('Lê Văn Cường')).toMatchObject({ status: 'done', resolvedOn: '22/10/2025', current: false });
  });

  test('adds the new problem, open and found now', () => {
    expect(byName.get('Phạm Thị Dung')).toMatchObject({ status: 'open', foundAt: '2025-10-22 09:30', current: true, overdue: false });
  });

  test('flags a row still open more than 24 hours after it was found', () => {
    const third = run([an, binh, fixedCuong, dungNow], '2025-10-23', '2025-10-23T09:31', [errorsOf(second)]);
    const dungRow = third.mismatches.find((m) => m.name === 'Phạm Thị Dung')!;
    expect(dungRow).toMatchObject({ status: 'open', overdue: true });
    const sheet = layoutReport(third).find((s) => s.name === 'Lỗi dữ liệu')!;
    const r = sheet.rows.findIndex((row) => row[1]?.v === 'Phạm Thị Dung');
    expect(sheet.rows[r][9]).toEqual({ v: 'Chưa xử lý', s: 'statusOverdue' });
    // Exactly 24 hours is still in time.
    const onTime = run([an, binh, fixedCuong, dungNow], '2025-10-23', '2025-10-23T09:30', [errorsOf(second)]);
    expect(onTime.mismatches.find((m) => m.name === 'Phạm Thị Dung')?.overdue).toBe(false);
  });

  test('keeps a status typed in other words as typed, says so at its cell, and counts the row open', () => {
    const bad = errorsOf(first);
    setByHand(bad, 'Lê Văn Cường', 'Trạng thái', 'hình như xong rồi');
    const model = run([an, binh, cuong, dung], '2025-10-21', '2025-10-21T08:00', [bad]);
    const r = bad.values.findIndex((row) => row[1] === 'Lê Văn Cường') + 1;
    expect(model.issues).toContainEqual(expect.objectContaining({ sheet: 'Lỗi dữ liệu', row: r, column: 'J', code: 'WORKING_STATUS_KEPT' }));
    expect(model.mismatches.find((m) => m.name === 'Lê Văn Cường')).toMatchObject({ status: 'open', statusText: 'hình như xong rồi' });
  });
});

describe('the working list through a real .xlsx, edited by hand in a spreadsheet', () => {
  test('a date typed as a real date and a status chosen in the dropdown survive the next run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sskdt-mismatch-'));
    const lists = join(dir, 'xa.xlsx');
    const write = async (people: PersonRow[]) => {
      const wb = new ExcelJS.Workbook();
      const g = listGrid('Thôn 1', people);
      const ws = wb.addWorksheet(g.sheet);
      g.values.forEach((row) => ws.addRow(row));
      await wb.xlsx.writeFile(lists);
    };
    const quiet = { out: () => undefined, err: (l: string) => console.error(l) };
    await write([an, cuong]);
    expect(await runCli([lists, '--campaign', 'bo-y-2025', '--as-of', '2025-10-20', '--out', join(dir, 'r1.xlsx'), '--quiet'], quiet)).toBe(0);

    const report = new ExcelJS.Workbook();
    await report.xlsx.readFile(join(dir, 'r1.xlsx'));
    const ws = report.getWorksheet('Lỗi dữ liệu')!;
    ws.eachRow((row) => {
      if (row.getCell(2).value === 'Nguyễn Văn An') {
        row.getCell(10).value = 'Đã xử lý';
        row.getCell(11).value = new Date(Date.UTC(2025, 9, 21));
        row.getCell(11).numFmt = 'dd/mm/yyyy';
      }
    });
    await report.xlsx.writeFile(join(dir, 'r1-edited.xlsx'));

    await write([an, { ...cuong, bhyt: bhxh(77) }]);
    expect(await runCli([lists, '--campaign', 'bo-y-2025', '--as-of', '2025-10-22', '--history', join(dir, 'r1-edited.xlsx'), '--out', join(dir, 'r2.xlsx'), '--json', join(dir, 'r2.json'), '--quiet'], quiet)).toBe(0);
    const model = JSON.parse(require('node:fs').readFileSync(join(dir, 'r2.json'), 'utf8')) as ReportModel;
    expect(model.mismatches.map((m) => [m.name, m.status, m.resolvedOn])).toEqual([
      ['Nguyễn Văn An', 'done', '21/10/2025'],
      ['Lê Văn Cường', 'done', '22/10/2025'],
    ]);
  });
});
