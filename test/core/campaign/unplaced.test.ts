/**
 * ISSUE 10 §10: names. Seed 004 §B.II.2a (Tri Tôn): "Bảo đảm 100% công chức, viên chức, người lao động ngành y tế
 * được cấp: (1) Thẻ CCCD/CC; (2) Tài khoản định danh điện tử mức 2; (3) Chữ ký số …; (4) Tích hợp … thẻ bảo hiểm y
 * tế và sử dụng Sổ sức khỏe điện tử trên VNeID", before 30/6/2026: tri-ton-2026's health_staff_four_items, which
 * applies to the health station. Its list named "TYT xã Tri Tôn" got no figure and the unit totals showed 0/0.
 */
import { consolidate } from '../../../src/core/consolidate';
import { PRESETS } from '../../../src/core/campaign/presets';
import type { CellValue, Grid } from '../../../src/core/grid';
import { ReportModel } from '../../../src/core/report/model';
import { campaignWith, cccd, listGrid } from '../../helpers/lists';

const STAFF_HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Mã thẻ BHYT', 'Định danh mức 2', 'Chữ ký số', 'Tích hợp BHYT vào SSKĐT', 'SSKĐT'];

/** A health station's staff list: eight people, seven with all four items, one without a digital signature. */
function staffList(sheet: string): Grid {
  const rows: CellValue[][] = Array.from({ length: 8 }, (_, i) => [i + 1, `Y sĩ ${i + 1}`, `01/01/${1985 + i}`, cccd(1985 + i, false, 200 + i), `GD401${String(200 + i).padStart(10, '0')}`, 'x', i < 7 ? 'x' : '', 'x', 'x']);
  return { sheet, values: [STAFF_HEADER, ...rows] };
}

const triTon = (grids: Grid[]) => {
  const model = consolidate({ grids, campaign: PRESETS['tri-ton-2026'], asOf: '2026-06-29' });
  ReportModel.parse(model);
  return model;
};
const unplaced = (model: ReturnType<typeof triTon>) => model.issues.filter((i) => i.code === 'ENTITY_UNPLACED');

describe('the health station written as people write it', () => {
  it.each(['TYT xã Tri Tôn', 'Trạm YT Tri Tôn', 'Trạm Y tế xã Tri Tôn'])('"%s" has its staff counted: 7/8 = 87,5%% against 100%%, not met (before: no figure, 0/0 in the totals)', (sheet) => {
    const model = triTon([staffList(sheet)]);
    const station = model.entities.find((e) => e.name === sheet);
    expect(station?.indicators.health_staff_four_items).toMatchObject({ numerator: 7, denominator: 8, percent: 87.5, met: false });
    expect(model.totals.unit.indicators.health_staff_four_items).toMatchObject({ numerator: 7, denominator: 8 });
    expect(unplaced(model)).toEqual([]);
  });
});

describe('a name the campaign cannot place', () => {
  test('a health station list under a name no rule reads gets a warning that the indicator has no figure, not a silent 0/0', () => {
    const model = triTon([listGrid('Thôn Ba Xoài', [{ name: 'Chau Sóc', birth: '01/01/1980', resident: 'x' }]), staffList('Y tế xã')]);
    const issues = unplaced(model);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ sheet: 'Y tế xã', row: null, severity: 'warning' });
    expect(issues[0].message).toContain('Chỉ tiêu "Công chức, viên chức, người lao động ngành Y tế');
    expect(issues[0].message).toContain('bắt đầu bằng "Trạm Y tế"');
    expect(issues[0].message).toContain('chưa có số liệu (không phải 0%)');
    expect(issues[0].messageEn).toContain('has no figure (not 0%)');
    expect(model.entities.find((e) => e.name === 'Y tế xã')?.indicators.health_staff_four_items).toBeUndefined();
  });

  test('a list on a sheet named "Sheet1" is counted as a unit of that name, with a warning to rename it', () => {
    const model = consolidate({ grids: [listGrid('Sheet1', [{ name: 'A', resident: 'x' }])], campaign: campaignWith(), asOf: '2025-10-25' });
    const issues = model.issues.filter((i) => i.code === 'ENTITY_UNPLACED');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ sheet: 'Sheet1', row: null });
    expect(issues[0].message).toContain('Tên trang "Sheet1" không cho biết đây là thôn, tổ dân phố hay cơ quan, đơn vị nào');
  });

  test('a village the campaign’s villages do not hold is said, and a unit spelt short still finds its configured name', () => {
    const campaign = campaignWith({
      entities: [
        { sheet: 'Thôn 1' },
        { sheet: 'Thôn 2' },
        { sheet: 'Trạm Y tế xã', name: 'Trạm Y tế xã Thử' },
      ],
    });
    const person = [{ name: 'A', resident: 'x' }];
    const model = consolidate({ grids: [listGrid('Thôn 1', person), listGrid('Thôn 3', person), listGrid('TYT xã', person)], campaign, asOf: '2025-10-25' });
    const issues = model.issues.filter((i) => i.code === 'ENTITY_UNPLACED');
    expect(issues.map((i) => i.sheet)).toEqual(['Thôn 3']);
    expect(issues[0].message).toContain('"Thôn 3" không có trong danh sách thôn, tổ dân phố của kế hoạch');
    expect(model.entities.map((e) => e.name)).toEqual(['Thôn 1', 'Thôn 3', 'Trạm Y tế xã Thử']);
    expect(model.completeness.map((c) => [c.name, c.status])).toEqual([
      ['Thôn 1', 'ok'],
      ['Thôn 2', 'missing'],
      ['Thôn 3', 'ok'],
      ['Trạm Y tế xã Thử', 'ok'],
    ]);
  });
});
