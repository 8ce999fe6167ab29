/**
 * ISSUE 14 §1: what the police type into "Lỗi dữ liệu" survives the edits people make to the sheet.
 * The report goes through the real file door (written by our writer, read back by our reader, which
 * hands a merged cell's value to every cell of the merge), is edited as a person would edit it, and
 * is read back by the next consolidation.
 */
import { consolidate } from '../../src/core/consolidate';
import { PRESETS } from '../../src/core/campaign/presets';
import type { CellValue, Grid } from '../../src/core/grid';
import { layoutReport } from '../../src/core/report/layout';
import { planReport } from '../../src/core/report/layout/plan';
import type { ReportModel } from '../../src/core/report/model';
import { writeXlsxBytes } from '../../src/files/write-xlsx';
import { readXlsxBytes } from '../../src/files/read-xlsx';
import { cccd, listGrid, type PersonRow } from '../helpers/lists';

const BO_Y = PRESETS['bo-y-2025'];
const an = { name: 'Nguyễn Văn An', cccd: cccd(1985, true, 1), birth: '01/01/1990' }; // birth year disagrees with the CCCD
const binh = { name: 'Trần Thị Bình', cccd: '0011900000', birth: '01/01/1990' }; // 10 digits: not a CCCD
const dung = { name: 'Phạm Thị Dung', cccd: cccd(1992, false, 4), birth: '01/01/1992' };

const run = (people: PersonRow[], earlier: Grid[] = [], asOf = '2025-10-22'): ReportModel =>
  consolidate({ grids: [listGrid('Thôn 1', people)], campaign: BO_Y, asOf, madeAt: `${asOf}T09:00`, earlier });

/** The report's working list as the next run reads it from the file. */
function workingList(model: ReportModel): Grid {
  const grid = readXlsxBytes(writeXlsxBytes(layoutReport(model))).find((g) => g.sheet === 'Lỗi dữ liệu');
  if (!grid) throw new Error('no working list');
  return { ...grid, values: grid.values.map((row) => [...row]) };
}

const headerRow = (grid: Grid) => grid.values.findIndex((row) => row.includes('Trạng thái'));
const rowOf = (grid: Grid, name: string) => grid.values.findIndex((row) => row.includes(name));
function set(grid: Grid, name: string, header: string, value: CellValue): void {
  grid.values[rowOf(grid, name)][grid.values[headerRow(grid)].indexOf(header)] = value;
}
/** Every row, cells moved by `edit` (a column deleted, inserted, moved). */
const editColumns = (grid: Grid, edit: (row: CellValue[], r: number) => CellValue[]): Grid => ({ ...grid, values: grid.values.map((row, r) => edit([...row], r)) });

describe('the working list read back after a person edits the sheet', () => {
  const first = run([an, binh]);
  const worked = workingList(first);
  set(worked, 'Nguyễn Văn An', 'Trạng thái', 'Đã xử lý');
  set(worked, 'Nguyễn Văn An', 'Ghi chú', 'Đã sửa ngày sinh');
  set(worked, 'Trần Thị Bình', 'Trạng thái', 'Không xử lý được');
  const statuses = (model: ReportModel) => model.mismatches.map((m) => [m.name, m.status, m.note]);
  const kept = [
    ['Nguyễn Văn An', 'done', 'Đã sửa ngày sinh'],
    ['Trần Thị Bình', 'impossible', ''],
  ];

  test('as it was: every status and note is kept', () => {
    expect(statuses(run([an, binh], [worked]))).toEqual(kept);
  });

  test('with the STT column deleted', () => {
    expect(statuses(run([an, binh], [editColumns(worked, (row) => row.slice(1))]))).toEqual(kept);
  });

  test('with a column inserted before "Trạng thái" and "Ghi chú" moved to the front', () => {
    const h = worked.values[headerRow(worked)];
    const status = h.indexOf('Trạng thái');
    const note = h.indexOf('Ghi chú');
    const moved = editColumns(worked, (row, r) => {
      const noteCell = row[note] ?? null;
      const out = row.filter((_, c) => c !== note);
      out.splice(status, 0, r === headerRow(worked) ? 'Người phụ trách' : 'Trung úy Hà');
      return [noteCell, ...out];
    });
    expect(statuses(run([an, binh], [moved]))).toEqual(kept);
  });

  test('with "Ghi chú" renamed "Ghi chú của Công an xã"', () => {
    const renamed = editColumns(worked, (row) => row.map((v) => (v === 'Ghi chú' ? 'Ghi chú của Công an xã' : v)));
    expect(statuses(run([an, binh], [renamed]))).toEqual(kept);
  });

  test('with a blank row between the people: the rows below it are kept', () => {
    const spaced = { ...worked, values: [...worked.values] };
    spaced.values.splice(rowOf(worked, 'Trần Thị Bình'), 0, Array.from({ length: 12 }, () => null));
    expect(statuses(run([an, binh], [spaced]))).toEqual(kept);
  });

  test('with "Trạng thái" renamed past reading: refused, never replaced, and its people not counted as a village', () => {
    const broken = editColumns(worked, (row) => row.map((v) => (v === 'Trạng thái' ? 'Tình trạng' : v)));
    const model = consolidate({ grids: [listGrid('Thôn 1', [an, binh]), broken], campaign: BO_Y, asOf: '2025-10-22', madeAt: '2025-10-22T09:00' });
    const issue = model.issues.find((i) => i.code === 'WORKING_LIST_UNREADABLE');
    expect(issue).toMatchObject({ sheet: 'Lỗi dữ liệu', severity: 'error' });
    expect(issue?.message).toContain('"Trạng thái"');
    expect(issue?.message).toContain('chưa ghi đè');
    expect(planReport(model)).toEqual({ refused: { code: 'WORKING_LIST_UNREADABLE', sheets: ['Lỗi dữ liệu'] } });
    expect(model.entities.map((e) => e.sheet)).toEqual(['Thôn 1']);
  });
});

describe('an empty working list read back', () => {
  test('is no one: its merged note "Không có sai sót…" never becomes a person', () => {
    const clean = run([dung]);
    expect(clean.mismatches).toEqual([]);
    const next = run([dung, an], [workingList(clean)]);
    expect(next.mismatches.map((m) => m.name)).toEqual(['Nguyễn Văn An']);
    expect(next.issues.filter((i) => i.sheet === 'Lỗi dữ liệu')).toEqual([]);
  });
});

describe('the history read back after a person edits the sheet', () => {
  const first = run([an, binh, dung], [], '2025-10-20');
  const historyOf = (model: ReportModel): Grid => {
    const grid = readXlsxBytes(writeXlsxBytes(layoutReport(model))).find((g) => g.sheet === 'Lịch sử');
    if (!grid) throw new Error('no history');
    return { ...grid, values: grid.values.map((row) => [...row]) };
  };
  const written = historyOf(first);
  const firstRows = first.history.length;
  const asOfs = (model: ReportModel) => [...new Set(model.history.map((r) => r.asOf))];

  test('with its columns moved and a header lengthened, every earlier row still counts', () => {
    const edited = editColumns(written, (row) => [...row.slice(3), ...row.slice(0, 3)].map((v) => (v === 'Chỉ tiêu' ? 'Chỉ tiêu (mã)' : v)));
    const next = run([an, binh, dung], [edited]);
    expect(firstRows).toBeGreaterThan(0);
    expect(asOfs(next)).toEqual(['2025-10-20', '2025-10-22']);
    expect(next.historyRejected).toEqual([]);
  });

  test('with a blank row inside, the rows below it are kept', () => {
    const spaced = { ...written, values: [...written.values] };
    spaced.values.splice(5, 0, []);
    expect(run([an, binh, dung], [spaced]).history.filter((r) => r.asOf === '2025-10-20')).toHaveLength(firstRows);
  });

  test("another campaign's rows in the same workbook are written back untouched, not used", () => {
    const other = { ...written, values: written.values.map((row, r) => (r > 2 && typeof row[0] === 'string' ? ['tri-ton-2026', ...row.slice(1)] : row)) };
    const next = run([an, binh, dung], [other]);
    expect(next.history.every((r) => r.campaignId === BO_Y.id)).toBe(true);
    expect(next.historyOther).toHaveLength(firstRows);
    const back = historyOf(next).values.filter((row) => row[0] === 'tri-ton-2026');
    expect(back).toHaveLength(firstRows);
  });

  test('with a column renamed past reading: refused, never replaced', () => {
    const broken = editColumns(written, (row) => row.map((v) => (v === 'Mẫu số' ? 'Tổng' : v)));
    const model = run([an, binh, dung], [broken]);
    const issue = model.issues.find((i) => i.code === 'HISTORY_UNREADABLE');
    expect(issue?.message).toContain('"Mẫu số"');
    expect(planReport(model)).toEqual({ refused: { code: 'HISTORY_UNREADABLE', sheets: ['Lịch sử'] } });
  });
});

describe('a CCCD retyped as a number in the working list', () => {
  test('is still the same person: the status people set is kept, no second row', () => {
    const first = run([an, binh]);
    const worked = workingList(first);
    set(worked, 'Nguyễn Văn An', 'Trạng thái', 'Đã xử lý');
    const cccdCol = worked.values[headerRow(worked)].indexOf('Số CCCD');
    const row = worked.values[rowOf(worked, 'Nguyễn Văn An')];
    row[cccdCol] = Number(row[cccdCol]); // Excel drops the leading zeros of a number
    const next = run([an, binh], [worked]);
    expect(next.mismatches.filter((m) => m.name === 'Nguyễn Văn An').map((m) => m.status)).toEqual(['done']);
  });
});
