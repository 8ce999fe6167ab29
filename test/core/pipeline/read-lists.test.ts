import { classifySheets } from '../../../src/core/pipeline/classify-sheets';
import { listRole, readLists } from '../../../src/core/pipeline/read-lists';
import { foldKey } from '../../../src/core/text/fold';
import type { Grid } from '../../../src/core/grid';
import { campaignWith, cccd, listGrid } from '../../helpers/lists';

const campaign = campaignWith({ entities: [{ sheet: 'Thôn 1', kind: 'village' }, { sheet: 'Thôn 2', kind: 'village' }] });
const read = (grids: Grid[]) => readLists(classifySheets(grids, campaign).sheets, campaign, 20251025);
const NO_LEVEL2 = ['STT', 'Họ và tên', 'Số CCCD', 'Thường trú'];

describe('readLists', () => {
  it('reads every person into People and one entity per list sheet, in workbook order', () => {
    const lists = read([
      listGrid('Thôn 1', [{ name: 'An', cccd: cccd(1980, true, 1) }, { name: 'Bình', cccd: cccd(1981, false, 2) }]),
      { sheet: 'Ghi chú', values: [['Nhận qua Zalo']] },
      listGrid('Trường THCS', [{ name: 'Cường', cccd: cccd(1970, true, 3) }]),
    ]);
    expect(lists.people.count).toBe(3);
    expect([...lists.people.entity.subarray(0, 3)]).toEqual([0, 0, 1]);
    expect([...lists.people.row.subarray(0, 3)]).toEqual([1, 2, 1]);
    expect(lists.listed.map((e) => [e.index, e.name, e.kind, e.records])).toEqual([
      [0, 'Thôn 1', 'village', 2],
      [1, 'Trường THCS', 'unit', 1],
    ]);
    expect([...lists.bySheet.keys()]).toEqual(['Thôn 1', 'Trường THCS']);
    expect(lists.issues).toEqual([]);
  });

  it('says SHEET_EMPTY for a list without persons and one COLUMN_MISSING per missing column per sheet', () => {
    const stackedWithoutLevel2: Grid = {
      sheet: 'Thôn 2',
      values: [['DANH SÁCH THÔN 2'], NO_LEVEL2, [1, 'An', cccd(1980, true, 1), 'x'], [], ['DANH SÁCH TRẺ EM'], NO_LEVEL2, [1, 'Bé', '', 'x']],
    };
    const lists = read([listGrid('Thôn 1', []), stackedWithoutLevel2]);
    expect(lists.issues.map((i) => [i.sheet, i.code, i.row, i.params])).toEqual([
      ['Thôn 1', 'SHEET_EMPTY', null, {}],
      ['Thôn 2', 'LISTS_STACKED', null, expect.anything()],
      // ISSUE 10 §2: the finding names the indicators the missing column leaves without a figure.
      ['Thôn 2', 'COLUMN_MISSING', null, { column: 'Định danh mức 2', indicators: '"Có tài khoản định danh mức 2"', indicatorsEn: '"Level-2 account"' }],
    ]);
    expect(lists.listed.map((e) => [e.name, e.records])).toEqual([
      ['Thôn 1', 0],
      ['Thôn 2', 2],
    ]);
  });

  it('splits a combined sheet by its village column into the keys of the configured villages, and the sheet is a village sheet', () => {
    const grid: Grid = {
      sheet: 'Toàn xã',
      values: [
        ['STT', 'Họ và tên', 'Số CCCD', 'Thôn', 'Thường trú', 'Định danh mức 2'],
        [1, 'An', cccd(1980, true, 1), 'Thôn 1', 'x', 'x'],
        [2, 'Bình', cccd(1980, true, 2), 'thon 02', 'x', ''],
        [3, 'Cường', cccd(1980, true, 3), 'Thôn 1', 'x', ''],
      ],
    };
    const lists = read([grid]);
    const sheet = lists.bySheet.get('Toàn xã')!;
    expect(sheet.entities.map((e) => [e.name, e.records, e.key])).toEqual([
      ['Thôn 1', 2, foldKey('Thôn 1')],
      ['Thôn 2', 1, foldKey('Thôn 2')],
    ]);
    expect(sheet.records).toBe(3);
    expect([...lists.people.entity.subarray(0, 3)]).toEqual([0, 1, 0]);
    expect(listRole(grid, sheet)).toBe('village');
  });

  it('gives a one-list sheet the role of its kind', () => {
    const grid = listGrid('Trường THCS', [{ name: 'An' }]);
    const lists = read([grid]);
    expect(listRole(grid, lists.bySheet.get('Trường THCS')!)).toBe('unit');
  });
});
