import { consolidate } from '../../../src/core/consolidate';
import { PRESETS } from '../../../src/core/campaign/presets';
import { NO, UNRECOGNIZED, YES, parseStatus } from '../../../src/core/table/cells/status';
import { cccd, letterOf, listGrid } from '../../helpers/lists';

describe('status words with a note attached', () => {
  test.each([
    ['x (đã KH)', YES],
    ['Có - 12/10', YES],
    ['Đã (12/10)', YES],
    ['Đã, 12/10/2025', YES],
    ['Đã 12/10', YES],
    ['x - đã tích hợp', YES],
    ['Chưa - hẹn tuần sau', NO],
    ['Không (đi làm xa)', NO],
  ])('reads "%s" as its status word', (text, expected) => {
    expect(parseStatus(text, false, false)).toBe(expected);
  });

  test.each(['hẹn tuần sau', '(đã KH)', 'Chờ duyệt - 12/10'])('still refuses "%s", which holds no status word', (text) => {
    expect(parseStatus(text, false, false)).toBe(UNRECOGNIZED);
  });
});

describe('Excel error values', () => {
  const model = consolidate({
    grids: [
      listGrid('Thôn 1', [
        { name: 'Nguyễn Văn An', cccd: '#N/A', birth: '#REF!', level2: '#VALUE!', resident: 'x' },
        { name: 'Trần Thị Bình', cccd: cccd(1990, false, 2), birth: '01/01/1990', level2: 'x', resident: 'x' },
      ]),
    ],
    campaign: PRESETS['bo-y-2025'],
    asOf: '2025-10-25',
  });

  test('are reported once per cell as a formula error, not as a bad CCCD, date or status', () => {
    const row2 = model.issues.filter((i) => i.row === 2).map((i) => `${i.code}@${i.column}`);
    expect(row2.sort()).toEqual([`CELL_ERROR_VALUE@${letterOf('Ngày sinh')}`, `CELL_ERROR_VALUE@${letterOf('Số CCCD')}`, `CELL_ERROR_VALUE@${letterOf('Định danh mức 2')}`].sort());
    expect(model.issues.find((i) => i.code === 'CELL_ERROR_VALUE')?.message).toContain('lỗi công thức');
  });

  test('count as empty: the person stays on the list without a CCCD', () => {
    const thon = model.entities[0];
    expect(thon.records).toBe(2);
    expect(thon.indicators.level2_registered).toMatchObject({ numerator: 1, denominator: 1 });
  });

  test('are the village\'s to fix, not on the police list', () => {
    expect(model.mismatches.map((m) => m.name)).not.toContain('Nguyễn Văn An');
  });
});
