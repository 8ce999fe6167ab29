import type { Grid } from '../../../src/core/grid';
import { hiddenIssues, runsText } from '../../../src/core/table/hidden';
import { consolidate } from '../../../src/core/consolidate';
import { campaignWith, cccd, listGrid } from '../../helpers/lists';

const people = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Người ${i + 1}`, cccd: cccd(1980, true, i + 1), resident: 'x', level2: i % 2 ? 'x' : '' }));

describe('runsText', () => {
  test('sorted runs with an en dash, duplicates once', () => {
    expect(runsText([12, 5, 8, 9, 10, 11, 40, 5], (n) => n)).toBe('5, 8–12, 40');
  });
  test('at most ten runs, then "…"', () => {
    expect(runsText(Array.from({ length: 12 }, (_, i) => i * 2), (n) => n)).toBe('0, 2, 4, 6, 8, 10, 12, 14, 16, 18, …');
  });
});

describe('hiddenIssues', () => {
  const grid = (hidden: Grid['hidden'], offsets: Partial<Grid> = {}): Grid => ({ ...listGrid('Thôn 1', people(6)), values: [...listGrid('Thôn 1', people(6)).values, []], hidden, ...offsets });

  test('hidden rows that hold something, as 1-based Excel rows; a blank hidden row is no news', () => {
    const found = hiddenIssues(grid({ rows: [2, 3, 7] }));
    expect(found).toEqual([{ sheet: 'Thôn 1', row: null, column: null, code: 'ROWS_HIDDEN', severity: 'info', params: { count: 2, rows: '3–4' } }]);
  });

  test('rows a filter hides are LIST_FILTERED; columns are letters after the offset', () => {
    const found = hiddenIssues(grid({ rows: [1], columns: [4, 5], filtered: true }, { rowOffset: 2, colOffset: 1 }));
    expect(found.map((i) => [i.code, i.params])).toEqual([
      ['LIST_FILTERED', { count: 1, rows: '4' }],
      ['COLUMNS_HIDDEN', { count: 2, columns: 'F–G' }],
    ]);
  });

  test('nothing hidden, nothing said', () => {
    expect(hiddenIssues(grid(undefined))).toEqual([]);
    expect(hiddenIssues(grid({ columns: [20] }))).toEqual([]);
  });

  test('consolidate counts hidden rows like any other and says so once per sheet', () => {
    const shown = consolidate({ grids: [listGrid('Thôn 1', people(6))], campaign: campaignWith(), asOf: '2025-10-25' });
    const hid = consolidate({ grids: [{ ...listGrid('Thôn 1', people(6)), hidden: { rows: [2, 3], columns: [7] } }], campaign: campaignWith(), asOf: '2025-10-25' });
    expect(hid.entities).toEqual(shown.entities);
    expect(hid.issues.map((i) => i.code)).toEqual(['ROWS_HIDDEN', 'COLUMNS_HIDDEN']);
    expect(hid.issues[0].message).toBe('Trang có 2 dòng đang bị ẩn (dòng 3–4): các dòng này vẫn được đọc và tính. Nếu có dòng không được tính, hãy xóa hẳn dòng đó thay vì ẩn.');
  });
});
