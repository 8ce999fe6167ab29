import { consolidate } from '../../src/core/consolidate';
import { issueAddress, groupIssues } from '../../src/taskpane/issue-groups';
import { summariseResult } from '../../src/taskpane/result-summary';
import { campaignWith, cccd, listGrid } from '../helpers/lists';

const campaign = campaignWith();
const adults = (n: number, level2: number, from: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `Người ${from + i}`, birth: '01/01/1980', cccd: cccd(1980, true, from + i), resident: 'x', level2: i < level2 ? 'x' : '' }));

describe('summariseResult (the result card)', () => {
  const model = consolidate({
    grids: [listGrid('Thôn 1', adults(10, 9, 1)), listGrid('Thôn 2', adults(10, 5, 100)), listGrid('Công an xã', adults(4, 4, 200))],
    campaign,
    asOf: '2025-10-25',
  });

  it('gives the commune totals per kind against the target', () => {
    const [indicator] = summariseResult(model).indicators;
    expect(indicator.target).toEqual({ op: '>=', value: 80 });
    expect(indicator.totals.map((t) => [t.kind, t.value.numerator, t.value.denominator, t.value.met])).toEqual([
      ['village', 14, 20, false],
      ['unit', 4, 4, true],
    ]);
  });

  it('lists the villages below target with the indicators they miss', () => {
    expect(summariseResult(model).villagesBelow.map((v) => [v.name, v.misses.map((m) => [m.id, m.value.percent])])).toEqual([
      ['Thôn 2', [['level2_registered', 50]]],
    ]);
  });
});

describe('summariseResult: persons without a smartphone or with a guardian', () => {
  const header = ['STT', 'Họ và tên', 'Số CCCD', 'Thường trú', 'Định danh mức 2', 'Có ĐTTM', 'Ghi chú'];
  const row = (n: number, phone: string, note = '') => [n, `Người ${n}`, cccd(1950, true, n), 'x', 'x', phone, note];
  const model = consolidate({
    grids: [
      { sheet: 'Thôn 1', values: [header, row(1, 'x'), row(2, 'Không có ĐTTM'), row(3, 'Không có ĐTTM', 'NGH: Lò Thị C'), row(4, '', 'Giám hộ')] },
      { sheet: 'Công an xã', values: [header, row(10, 'x')] },
    ],
    campaign,
    asOf: '2025-10-25',
  });

  it('gives the kinds whose lists record some, with both counts', () => {
    expect(summariseResult(model).recorded).toEqual([{ kind: 'village', noSmartphone: 2, guardian: 2 }]);
  });

  it('gives none for lists that record nobody so', () => {
    expect(summariseResult(consolidate({ grids: [listGrid('Thôn 1', adults(3, 2, 1))], campaign, asOf: '2025-10-25' })).recorded).toEqual([]);
  });
});

describe('groupIssues and issueAddress (the issue list)', () => {
  const issue = (sheet: string, code: 'CCCD_FORMAT' | 'CMND_OLD' | 'SHEET_EMPTY', row: number | null, column: string | null) => ({
    sheet,
    code,
    severity: code === 'CCCD_FORMAT' ? ('error' as const) : code === 'CMND_OLD' ? ('warning' as const) : ('info' as const),
    row,
    column,
    message: 'm',
    messageEn: 'm',
  });

  it('groups by sheet in workbook order, then by code with errors first', () => {
    const groups = groupIssues([issue('Thôn 1', 'CMND_OLD', 5, 'E'), issue('Thôn 1', 'CCCD_FORMAT', 6, 'E'), issue('Thôn 1', 'CMND_OLD', 7, 'E'), issue('Thôn 2', 'SHEET_EMPTY', null, null)]);
    expect(groups.map((s) => [s.sheet, s.count, s.groups.map((g) => [g.code, g.issues.length])])).toEqual([
      ['Thôn 1', 3, [['CCCD_FORMAT', 1], ['CMND_OLD', 2]]],
      ['Thôn 2', 1, [['SHEET_EMPTY', 1]]],
    ]);
  });

  it('points at the issue’s cell, the row’s first cell, or A1 for the whole sheet', () => {
    expect(issueAddress({ row: 12, column: 'AB' })).toBe('AB12');
    expect(issueAddress({ row: 12, column: null })).toBe('A12');
    expect(issueAddress({ row: null, column: null })).toBe('A1');
  });
});
