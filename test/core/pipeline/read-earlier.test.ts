import { classifySheets } from '../../../src/core/pipeline/classify-sheets';
import { readEarlierReports } from '../../../src/core/pipeline/read-earlier';
import { HISTORY_COLUMNS } from '../../../src/core/history/history';
import { MISMATCH_COLUMNS } from '../../../src/core/report/mismatches';
import type { CellValue, Grid } from '../../../src/core/grid';
import { campaignWith, cccd, listGrid } from '../../helpers/lists';

const campaign = campaignWith();
const HISTORY_HEADER = HISTORY_COLUMNS.map((c) => c.header);
/** A history row: campaign, week, as-of, entity, kind, indicator, numerator, denominator, records, made at. */
const historyRow = (campaignId: string, asOf: string, numerator: number, denominator: number): CellValue[] => [
  campaignId,
  1,
  asOf,
  'Thôn 1',
  'village',
  'level2_registered',
  numerator,
  denominator,
  denominator,
  `${asOf}T08:00`,
];
/** A working-list row: STT, name, birth date, CCCD, BHYT, village, place, problem, found at, status, resolved on, note. */
const workedRow = (stt: number, name: string, id: string, status: string): CellValue[] => [stt, name, '01/01/1980', id, '', 'Thôn 1', 'Thôn 1!E3', 'Sai năm sinh', '2025-10-13 08:00', status, '', ''];

// From an earlier report file (the command line's --history): its history, with one row broken by hand, and its summary.
const earlierHistory: Grid = { sheet: 'Lịch sử', values: [HISTORY_HEADER, historyRow('thu-nghiem', '2025-10-12', 3, 10), historyRow('thu-nghiem', '2025-10-19', 12, 10)] };
const earlierSummary: Grid = { sheet: 'Tổng hợp', values: [HISTORY_HEADER, historyRow('thu-nghiem', '2025-10-05', 1, 10)] };
// This workbook's own report sheets, and a list.
const ownHistory: Grid = { sheet: 'Lịch sử', values: [['LỊCH SỬ TỔNG HỢP'], HISTORY_HEADER, historyRow('khac', '2025-10-19', 4, 10)] };
const ownErrors: Grid = {
  sheet: 'Lỗi dữ liệu',
  values: [['DANH SÁCH SAI LỆCH'], [...MISMATCH_COLUMNS], workedRow(1, 'Nguyễn Văn An', cccd(1985, true, 1), 'Đã xử lý'), workedRow(2, 'Trần Thị Bình', cccd(1990, false, 2), 'gần xong')],
};
const village = listGrid('Thôn 1', [{ name: 'Cường', cccd: cccd(1970, true, 3) }]);

describe('readEarlierReports', () => {
  const grids = [village, ownHistory, ownErrors];
  const sheets = classifySheets(grids, campaign).sheets;
  const earlier = [earlierHistory, earlierSummary];
  const before = structuredClone({ grids, earlier });
  const out = readEarlierReports(sheets, earlier);

  it("reads every history row of any campaign, the earlier files' first, and no other sheet of them", () => {
    expect(out.history.map((r) => [r.campaignId, r.asOf, r.numerator, r.denominator])).toEqual([
      ['thu-nghiem', '2025-10-12', 3, 10],
      ['khac', '2025-10-19', 4, 10],
    ]);
  });

  it('keeps a history row broken by hand, with where it was and what is wrong, and says so', () => {
    expect(out.historyRejected).toEqual([{ sheet: 'Lịch sử', row: 3, cells: historyRow('thu-nghiem', '2025-10-19', 12, 10), problem: 'Tử số: tử số lớn hơn mẫu số' }]);
    expect(out.issues.filter((i) => i.code === 'HISTORY_ROW_INVALID').map((i) => [i.sheet, i.row, i.column, i.params])).toEqual([
      ['Lịch sử', 3, null, { problem: 'Tử số: tử số lớn hơn mẫu số' }],
    ]);
  });

  it("reads the police's statuses from the working list, and a status in other words as open and as typed, with a note at its cell", () => {
    expect(out.worked.map((w) => [w.excelRow, w.row.name, w.row.key, w.row.status, w.row.statusText, w.row.entities, w.row.places])).toEqual([
      [3, 'Nguyễn Văn An', `cccd:${cccd(1985, true, 1)}`, 'done', undefined, ['Thôn 1'], ['Thôn 1!E3']],
      [4, 'Trần Thị Bình', `cccd:${cccd(1990, false, 2)}`, 'open', 'gần xong', ['Thôn 1'], ['Thôn 1!E3']],
    ]);
    // The note quotes nothing: the cell is the police's own text, next to it on the same sheet.
    expect(out.issues.filter((i) => i.code === 'WORKING_STATUS_KEPT').map((i) => [i.sheet, i.row, i.column, i.params])).toEqual([['Lỗi dữ liệu', 4, 'J', {}]]);
  });

  it('reads nothing from a workbook without report sheets and no earlier files', () => {
    expect(readEarlierReports(classifySheets([village], campaign).sheets, [])).toEqual({ history: [], historyRejected: [], worked: [], issues: [] });
  });

  it('leaves its input Grids as they were', () => {
    expect({ grids, earlier }).toEqual(before);
  });
});
