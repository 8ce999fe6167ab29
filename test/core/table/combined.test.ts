import type { CellValue, Grid } from '../../../src/core/grid';
import { consolidate } from '../../../src/core/consolidate';
import { villageKey } from '../../../src/core/table/villages';
import { campaignWith, cccd } from '../../helpers/lists';

const campaign = campaignWith({
  entities: [
    { sheet: 'Thôn 1', kind: 'village' },
    { sheet: 'Thôn 2', kind: 'village' },
    { sheet: 'Thôn 3', name: 'Thôn Ba', kind: 'village' },
  ],
});

function combined(villages: CellValue[], header = 'Thôn'): Grid {
  return {
    sheet: 'Toàn xã',
    values: [
      ['DANH SÁCH TOÀN XÃ'],
      ['STT', 'Họ và tên', 'Số CCCD', header, 'Định danh mức 2'],
      ...villages.map((v, i) => [i + 1, `Người ${i + 1}`, cccd(1980, true, i + 1), v, i % 2 === 0 ? 'x' : '']),
    ],
  };
}

describe('village names', () => {
  test.each([
    ['Thon 1', 'Thôn 1'],
    ['thôn 01', 'Thôn 1'],
    ['Thôn Một', 'Thôn 1'],
    ['Thôn1', 'Thôn 1'],
    ['TỔ DÂN PHỐ 03', 'TDP 3'],
  ])('"%s" is the same village as "%s"', (a, b) => {
    expect(villageKey(a)).toBe(villageKey(b));
  });

  test('"Thôn Ba Sao" keeps its name', () => {
    expect(villageKey('Thôn Ba Sao')).not.toBe(villageKey('Thôn 3 Sao'));
  });
});

describe('a combined sheet for the whole commune with a village column', () => {
  const model = consolidate({
    grids: [combined(['Thon 1', 'thôn 01', 'Thôn Hai', 'Thôn 3', '', 'Xóm Mới', 'xom moi'])],
    campaign,
    asOf: '2025-10-25',
  });
  const byName = new Map(model.entities.map((e) => [e.name, e]));

  test('is split into one entity per village, named as configured', () => {
    expect(model.entities.map((e) => [e.name, e.kind, e.sheet, e.records])).toEqual([
      ['Thôn 1', 'village', 'Toàn xã', 2],
      ['Thôn 2', 'village', 'Toàn xã', 1],
      ['Thôn Ba', 'village', 'Toàn xã', 1],
      ['Xóm Mới', 'village', 'Toàn xã', 2],
      ['Toàn xã', 'unit', 'Toàn xã', 1],
    ]);
    expect(byName.get('Thôn 1')?.indicators.level2_registered).toMatchObject({ numerator: 1, denominator: 2 });
  });

  test('reports an unknown village once, at its first cell, and a row without a village at its cell', () => {
    expect(model.issues.filter((i) => i.code.startsWith('VILLAGE_')).map((i) => [i.code, i.sheet, `${i.column}${i.row}`])).toEqual([
      ['VILLAGE_MISSING', 'Toàn xã', 'D7'],
      ['VILLAGE_UNKNOWN', 'Toàn xã', 'D8'],
    ]);
    expect(model.issues.find((i) => i.code === 'VILLAGE_UNKNOWN')?.message).toContain('2 người');
  });

  test('completeness sees the configured villages as reported', () => {
    expect(model.completeness.map((c) => [c.name, c.status])).toEqual(
      expect.arrayContaining([
        ['Thôn 1', 'ok'],
        ['Thôn 2', 'ok'],
        ['Thôn Ba', 'ok'],
      ]),
    );
    expect(model.completeness.filter((c) => c.status === 'missing')).toEqual([]);
  });

  test('a village list whose village column names only itself is not split', () => {
    const grid = { ...combined(['Thôn 1', 'thôn 01']), sheet: 'Thôn 1' };
    const one = consolidate({ grids: [grid], campaign, asOf: '2025-10-25' });
    expect(one.entities.map((e) => [e.name, e.records])).toEqual([['Thôn 1', 2]]);
  });

  test('an "Địa chỉ" column of addresses does not split the list', () => {
    const one = consolidate({ grids: [combined(['12 Lê Lợi', 'Số 3 ngõ 5', 'Thôn 1'], 'Địa chỉ')], campaign, asOf: '2025-10-25' });
    expect(one.entities.map((e) => e.name)).toEqual(['Toàn xã']);
  });
});
