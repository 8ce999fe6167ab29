/**
 * ISSUE 14 §3: stacked lists all took the first list's "Số liệu đến ngày" (a stale village reported ok,
 * a current one stale), and each list rescanned the sheet from its top. Each list keeps its own date;
 * a list without one takes the sheet's, written above the first list.
 */
import { consolidate } from '../../../src/core/consolidate';
import { PRESETS } from '../../../src/core/campaign/presets';
import type { CellValue, Grid } from '../../../src/core/grid';
import { cccd } from '../../helpers/lists';

const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Định danh mức 2'];
const list = (title: string, date: string | null, from: number): CellValue[][] => [
  [title],
  ...(date ? [[`Số liệu đến ngày ${date}`]] : []),
  HEADER,
  ...Array.from({ length: 3 }, (_, i) => [i + 1, `Người ${from + i}`, '01/01/1980', cccd(1980, true, from + i), 'x']),
  [],
];
const run = (grid: Grid) => consolidate({ grids: [grid], campaign: PRESETS['bo-y-2025'], asOf: '2025-10-26' });

describe('stacked lists and their data dates', () => {
  test('each list keeps the date written above its own header', () => {
    const grid: Grid = { sheet: 'Tổng hợp thôn', values: [...list('DANH SÁCH THÔN BỜ Y', '12/10/2025', 1), ...list('DANH SÁCH THÔN XỐP DUNG', '26/10/2025', 10)] };
    const model = run(grid);
    const dates = Object.fromEntries(model.entities.map((e) => [e.name, e.dataDate]));
    expect(dates).toEqual({ 'Thôn Bờ Y': '2025-10-12', 'Thôn Xốp Dung': '2025-10-26' });
  });

  test("a list without a date of its own takes the sheet's, above the first list, not the list before's", () => {
    const values = [['Số liệu đến ngày 25/10/2025'], [], ...list('DANH SÁCH THÔN BỜ Y', '12/10/2025', 1), ...list('DANH SÁCH THÔN XỐP DUNG', null, 10)];
    const model = run({ sheet: 'Tổng hợp thôn', values });
    const dates = Object.fromEntries(model.entities.map((e) => [e.name, e.dataDate]));
    expect(dates).toEqual({ 'Thôn Bờ Y': '2025-10-12', 'Thôn Xốp Dung': '2025-10-25' });
  });

  test('70,000 lists on one sheet: the last list is its own village, not wrapped around to the first', () => {
    const values: CellValue[][] = [];
    const lists = 70_000;
    for (let l = 0; l < lists; l++) values.push([`DANH SÁCH THÔN ${l + 1}`], HEADER, [1, `Người ${l}`, '01/01/1980', cccd(1980, true, l + 1), 'x']);
    const model = run({ sheet: 'Tổng hợp thôn', values });
    expect(model.entities).toHaveLength(lists);
    expect(model.entities.at(-1)).toMatchObject({ name: `Thôn ${lists}`, records: 1 });
    expect(model.entities[0]).toMatchObject({ name: 'Thôn 1', records: 1 });
  });
});
