/**
 * ISSUE 10 §6: each preset's targets per kind, as its plan gives them, on the plan's own example. Villages are judged
 * by the citizens' targets and units' staff by the staff's; a unit is not "Đạt" on a citizens' 90% its plan sets at 100%.
 */
import { consolidate } from '../../../src/core/consolidate';
import { PRESETS } from '../../../src/core/campaign/presets';
import type { CellValue, Grid } from '../../../src/core/grid';
import { ReportModel } from '../../../src/core/report/model';
import { bhytCard, cccd } from '../../helpers/lists';
import { KCB_HEADER, formGrid } from '../../helpers/forms';

const STAFF_HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Mã thẻ BHYT', 'Định danh mức 2', 'Đã kích hoạt', 'Tích hợp BHYT', 'SSKĐT', 'Chữ ký số'];

interface Staff {
  level2?: boolean;
  activated?: boolean;
  integrated?: boolean;
  sskdt?: boolean;
  signature?: boolean;
}

/** A list of `n` people aged 40, each with a CCCD and BHYT; `who(i)` says what the i-th has (everything by default). */
function list(sheet: string, n: number, who: (i: number) => Staff = () => ({}), serialFrom = 1): Grid {
  const mark = (v: boolean | undefined) => (v === false ? '' : 'x');
  const rows: CellValue[][] = Array.from({ length: n }, (_, i) => {
    const s = who(i);
    const serial = serialFrom + i;
    return [i + 1, `Người ${serial}`, '01/01/1986', cccd(1986, i % 2 === 0, serial), bhytCard(serial), mark(s.level2), mark(s.activated), mark(s.integrated), mark(s.sskdt), mark(s.signature)];
  });
  return { sheet, values: [STAFF_HEADER, ...rows] };
}

const run = (preset: string, grids: Grid[], asOf: string) => ReportModel.parse(consolidate({ grids, campaign: PRESETS[preset], asOf }));
const entity = (model: ReportModel, name: string) => model.entities.find((e) => e.name === name)!;
const standingOf = (model: ReportModel, name: string) => model.standings.find((s) => s.name === name)?.standing;

describe('tri-ton-2026: units’ staff need 100% (seed 004 §B.II.3.a, §B.II.3.b), citizens 100% and 90% (§A.II.3.2)', () => {
  // Phòng VH-XH: 13 staff, all with level 2 and BHYT in the wallet, 12 using the SSKĐT.
  const phong = list('Phòng Văn hóa - Xã hội', 13, (i) => ({ sskdt: i < 12 }));
  // A village: 20 citizens aged 14+ with BHYT, all verified, 18 with an SSKĐT: 90%, the citizens' target.
  const thon = list('Ấp Ba Xoài', 20, (i) => ({ sskdt: i < 18 }), 100);
  const model = run('tri-ton-2026', [thon, phong], '2026-09-15');

  it('judges Phòng VH-XH at 12/13 = 92,3% against 100%: not met, and not commended (was "Đạt" against 90%, commended)', () => {
    const unit = entity(model, 'Phòng Văn hóa - Xã hội');
    expect(unit.indicators.staff_sskdt).toMatchObject({ numerator: 12, denominator: 13, target: { op: '>=', value: 100 }, met: false });
    expect(unit.indicators.staff_sskdt.percent).toBeCloseTo(92.31, 2);
    expect(unit.indicators.sskdt).toBeUndefined();
    expect(standingOf(model, 'Phòng Văn hóa - Xã hội')).toBe('criticised');
  });

  it('gives the unit the three things §B.II.3.b names, each at 100%: level 2 activated, BHYT in the wallet, SSKĐT', () => {
    const unit = entity(model, 'Phòng Văn hóa - Xã hội');
    expect(Object.keys(unit.indicators)).toEqual(['staff_level2_activated', 'staff_bhyt_integrated', 'staff_sskdt']);
    expect(unit.indicators.staff_level2_activated).toMatchObject({ numerator: 13, denominator: 13, met: true });
    expect(unit.indicators.staff_bhyt_integrated).toMatchObject({ numerator: 13, denominator: 13, met: true });
  });

  it('keeps the citizens’ targets for the villages: 20/20 verified (100%), 18/20 = 90% with an SSKĐT, both met', () => {
    const village = entity(model, 'Ấp Ba Xoài');
    expect(Object.keys(village.indicators)).toEqual(['bhyt_verified', 'sskdt']);
    expect(village.indicators.bhyt_verified).toMatchObject({ numerator: 20, denominator: 20, met: true });
    expect(village.indicators.sskdt).toMatchObject({ numerator: 18, denominator: 20, percent: 90, target: { op: '>=', value: 90 }, met: true });
    expect(standingOf(model, 'Ấp Ba Xoài')).toBe('commended');
  });

  it('meets the staff targets only when every one of the 13 has the SSKĐT', () => {
    const all = run('tri-ton-2026', [list('Phòng Văn hóa - Xã hội', 13)], '2026-09-15');
    expect(entity(all, 'Phòng Văn hóa - Xã hội').indicators.staff_sskdt).toMatchObject({ numerator: 13, denominator: 13, met: true });
    expect(standingOf(all, 'Phòng Văn hóa - Xã hội')).toBe('commended');
  });

  it('gives the health station its four items before 30/6 (§B.II.2.a) beside the three staff targets', () => {
    const station = run('tri-ton-2026', [list('Trạm Y tế xã Tri Tôn', 8, (i) => ({ signature: i < 7 }))], '2026-06-29');
    const values = entity(station, 'Trạm Y tế xã Tri Tôn').indicators;
    expect(Object.keys(values)).toEqual(['staff_level2_activated', 'staff_bhyt_integrated', 'staff_sskdt', 'health_staff_four_items']);
    expect(values.health_staff_four_items).toMatchObject({ numerator: 7, denominator: 8, met: false });
    expect(station.indicators.find((i) => i.id === 'health_staff_four_items')?.deadline).toBe('2026-06-30');
  });
});

describe('dinh-hoa-2025: officials’ 100% over all staff (seed 002 §IV.1, §IV.2), citizens’ targets for the villages (§II.2)', () => {
  // UBND xã: 20 officials; 15 have integrated the SSKĐT, 16 have a public digital signature, 18 a level-2 account.
  // The list has no smartphone column: the citizens' denominator (BHYT + level 2 + smartphone) would give no figure.
  const ubnd = list('UBND xã Thanh Định', 20, (i) => ({ integrated: i < 15, signature: i < 16, level2: i < 18 }));
  // Xóm Nà Mỵ: 10 adults with BHYT, level 2 and a smartphone; 6 integrated, 5 with a digital signature.
  const xom = { ...list('Xóm Nà Mỵ', 10, (i) => ({ integrated: i < 6, signature: i < 5 }), 200) };
  xom.values = xom.values.map((row, r) => [...row, r === 0 ? 'Có ĐTTM' : 'x']);
  const model = run('dinh-hoa-2025', [xom, ubnd], '2025-03-31');

  it('adds the missing 100% of officials with a public digital signature: 16/20 = 80%, not met', () => {
    expect(entity(model, 'UBND xã Thanh Định').indicators.staff_digital_signature).toMatchObject({ numerator: 16, denominator: 20, percent: 80, target: { op: '>=', value: 100 }, met: false });
  });

  it('counts the officials’ SSKĐT over all 20 staff, not only those with BHYT, level 2 and a smartphone: 15/20 = 75%', () => {
    const unit = entity(model, 'UBND xã Thanh Định');
    expect(unit.indicators.staff_sskdt).toMatchObject({ numerator: 15, denominator: 20, percent: 75, met: false });
    // The citizens' indicator (BHYT + level 2 + smartphone) and the adults' 50% are not the unit's.
    expect(Object.keys(unit.indicators)).toEqual(['staff_sskdt', 'staff_digital_signature']);
  });

  it('keeps the villages on the citizens’ targets: 6/10 integrated against 100% (pace 10 points a week), 5/10 = 50% signatures, met', () => {
    const village = entity(model, 'Xóm Nà Mỵ');
    expect(Object.keys(village.indicators)).toEqual(['bhyt_in_sskdt', 'digital_signature']);
    expect(village.indicators.bhyt_in_sskdt).toMatchObject({ numerator: 6, denominator: 10, met: false });
    expect(village.indicators.digital_signature).toMatchObject({ numerator: 5, denominator: 10, percent: 50, met: true });
    expect(model.indicators.find((i) => i.id === 'bhyt_in_sskdt')).toMatchObject({ pacePointsPerWeek: 10 });
  });
});

describe('bo-y-2025 (seed 000): every target and its kinds as §II and §III give them', () => {
  it('judges the units on §II’s targets too ("giao các cơ quan, đơn vị phải hoàn thành các chỉ tiêu sau") and on §III.1’s 100% by 20/10', () => {
    const applies = Object.fromEntries(PRESETS['bo-y-2025'].indicators.map((i) => [i.id, [i.appliesTo, i.target.op, i.target.value, i.deadline ?? null]]));
    expect(applies).toEqual({
      level2_registered: [['village', 'unit'], '>', 95, null],
      level2_activated: [['village', 'unit'], '>', 95, null],
      new_dossiers_activated_integrated: [['village', 'unit'], '>=', 100, null],
      bhyt_in_sskdt: [['village', 'unit'], '>=', 80, null],
      unit_staff_integrated: [['unit'], '>=', 100, '2025-10-20'],
      kcb_integrated: [['unit'], '>=', 100, null],
      service_integrated: [['unit'], '>=', 100, null],
    });
  });

  it('a unit of 10 with 9 integrated on 20/10: 90% meets §II.3’s 80% and misses §III.1’s 100%, so it is not commended', () => {
    const model = run('bo-y-2025', [list('UBND xã', 10, (i) => ({ integrated: i < 9 }))], '2025-10-20');
    const unit = entity(model, 'UBND xã');
    expect(unit.indicators.unit_staff_integrated).toMatchObject({ numerator: 9, denominator: 10, met: false });
    expect(standingOf(model, 'UBND xã')).toBe('criticised');
  });
});

describe('thuong-ninh-2026 (seed 001, "3. Chỉ tiêu cụ thể"): the four targets', () => {
  it('has Chỉ tiêu 1–4 at 100%, 100%, 95%, 100%, all due by 30/6/2026', () => {
    const ts = PRESETS['thuong-ninh-2026'].indicators.map((i) => [i.id, i.source, i.target.value]);
    expect(ts).toEqual([
      ['sskdt_shown', 'persons', 100],
      ['visitors_guided', 'counts', 100],
      ['records_sent_same_day', 'counts', 95],
      ['identity_mismatch_resolved', 'mismatches', 100],
    ]);
    expect(PRESETS['thuong-ninh-2026'].end).toBe('2026-06-30');
  });
});

describe('thanh-hoa-2023 (seed 003 §II.2): KCB by chip CCCD at the province’s medical facilities', () => {
  const facility = (sheet: string, visits: number, cccdVisits: number, returned: number) =>
    formGrid(sheet, KCB_HEADER, [{ Tuần: '07/8/2023', 'Tổng số lượt KCB': visits, 'KCB bằng CCCD': cccdVisits, 'Trả thông tin thẻ BHYT': returned }]);
  // Week of 7/8/2023, the first full week after the roll-out to every facility (§IV.1.5, from 01/8/2023).
  const model = run('thanh-hoa-2023', [facility('Bệnh viện Đa khoa huyện Thọ Xuân', 1_000, 800, 600), facility('Trạm Y tế xã Xuân Lập', 120, 120, 80)], '2023-08-07');

  it('judges "100% công dân sử dụng thẻ CCCD gắn chip": 800 of 1.000 visits is 80%, not met; 120/120 met', () => {
    expect(entity(model, 'Bệnh viện Đa khoa huyện Thọ Xuân').indicators.kcb_by_cccd).toMatchObject({ numerator: 800, denominator: 1_000, percent: 80, met: false });
    expect(entity(model, 'Trạm Y tế xã Xuân Lập').indicators.kcb_by_cccd).toMatchObject({ numerator: 120, denominator: 120, met: true });
  });

  it('judges "70% … có thông tin bảo hiểm trả về" over the CCCD visits: 600/800 = 75% met, 80/120 = 66,7% not', () => {
    expect(entity(model, 'Bệnh viện Đa khoa huyện Thọ Xuân').indicators.cccd_bhyt_returned).toMatchObject({ numerator: 600, denominator: 800, percent: 75, target: { op: '>=', value: 70 }, met: true });
    expect(entity(model, 'Trạm Y tế xã Xuân Lập').indicators.cccd_bhyt_returned).toMatchObject({ numerator: 80, denominator: 120, met: false });
    expect(model.totals.unit.indicators.cccd_bhyt_returned).toMatchObject({ numerator: 680, denominator: 920 });
  });

  it('is issued by the province’s Đề án 06 task force, for facilities, not villages', () => {
    const preset = PRESETS['thanh-hoa-2023'];
    expect(preset.issuingBody).toEqual({ supervising: 'UBND TỈNH THANH HÓA', name: 'TỔ CÔNG TÁC ĐỀ ÁN 06 TỈNH THANH HÓA', place: 'Thanh Hóa' });
    expect(preset.indicators.every((i) => i.appliesTo.join() === 'unit')).toBe(true);
    expect(model.totals.village.entities).toBe(0);
  });
});
