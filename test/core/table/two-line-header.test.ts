import type { CellValue, Grid } from '../../../src/core/grid';
import { detectHeader } from '../../../src/core/table/header';
import { consolidate } from '../../../src/core/consolidate';
import { PRESETS } from '../../../src/core/campaign/presets';
import { cccd } from '../../helpers/lists';

const persons: CellValue[][] = [
  [1, 'Nguyễn Văn An', cccd(1980, true, 1), 'x', 'x', 'x'],
  [2, 'Trần Thị Bình', cccd(1985, false, 2), 'x', '', ''],
];

function twoLine(group: string, mergesRepeat: boolean): Grid {
  const top: CellValue[] = mergesRepeat
    ? ['STT', 'Họ và tên', 'Số CCCD', group, group, group]
    : ['STT', 'Họ và tên', 'Số CCCD', group, '', ''];
  const lower: CellValue[] = mergesRepeat
    ? ['STT', 'Họ và tên', 'Số CCCD', 'Định danh mức 2', 'Kích hoạt', 'Tích hợp']
    : ['', '', '', 'Định danh mức 2', 'Kích hoạt', 'Tích hợp'];
  return { sheet: 'Thôn 1', values: [['DANH SÁCH THÔN 1'], top, lower, ...persons] };
}

describe('a header split over two lines with a merged group cell', () => {
  test.each([
    ['Tình trạng', false],
    ['Tình trạng', true],
    ['Tài khoản định danh mức 2', false],
    ['Tài khoản định danh mức 2', true],
  ])('"%s" over the fields (merged text repeated: %s) names every column, and the list starts under the second line', (group, repeat) => {
    const header = detectHeader(twoLine(group, repeat));
    expect(header).toMatchObject({ row: 2, columns: { stt: 0, fullName: 1, cccd: 2, level2: 3, activated: 4, integrated: 5 } });
  });

  test('no column is reported missing and both persons are counted', () => {
    const model = consolidate({ grids: [twoLine('Tình trạng', false)], campaign: PRESETS['bo-y-2025'], asOf: '2025-10-25' });
    expect(model.issues.filter((i) => i.code === 'COLUMN_MISSING')).toEqual([]);
    expect(model.entities[0].records).toBe(2);
    expect(model.entities[0].indicators.level2_activated).toMatchObject({ numerator: 1, denominator: 2 });
  });

  test('a person right under a one-line header is not taken for a second header line', () => {
    const grid: Grid = { sheet: 'Thôn 1', values: [['STT', 'Họ và tên', 'Số CCCD', 'Ghi chú'], [1, 'Nguyễn Văn An', cccd(1980, true, 1), 'Thường trú']] };
    expect(detectHeader(grid)?.row).toBe(0);
  });
});
