/**
 * ISSUE 10 §5, third bullet: indicators counted over entities. Seed 003 §II.2 "100% các cơ sở khám chữa bệnh trên địa bàn
 * sử dụng thẻ CCCD gắn chíp thay thế thẻ BHYT"; seed 002 §II.2, §IV.3.a "100% các cơ sở khám, chữa bệnh BHYT thực hiện
 * liên thông dữ liệu Sổ sức khỏe điện tử VNeID lên Cổng tiếp nhận dữ liệu giám định BHYT". The value is the facilities
 * meeting the condition over the facilities with a figure; one without a figure is not counted and the note says so.
 */
import { consolidate } from '../../../src/core/consolidate';
import { PRESETS } from '../../../src/core/campaign/presets';
import { parseCampaign } from '../../../src/core/campaign/load';
import type { CampaignInput } from '../../../src/core/campaign/schema';
import type { CellValue, Grid } from '../../../src/core/grid';
import { layoutReport } from '../../../src/core/report/layout';
import { ReportModel } from '../../../src/core/report/model';
import { weekByWeek } from '../../../src/core/report/final';
import { bhytCard, cccd } from '../../helpers/lists';

const run = (preset: string, grids: Grid[], asOf: string, campaign = PRESETS[preset]) => ReportModel.parse(consolidate({ grids, campaign, asOf, madeAt: `${asOf}T20:00` }));
const value = (m: ReportModel, name: string, id: string) => m.entities.find((e) => e.name === name)?.indicators[id];
const texts = (m: ReportModel, sheet: string) => (layoutReport(m).find((s) => s.name === sheet)?.rows ?? []).map((row) => row.map((c) => c?.v ?? null));

/** A facility's weekly KCB form (seed 003): week, visits, visits by chip CCCD, with BHYT data returned. */
const KCB3 = ['STT', 'Tuần', 'Tổng số lượt KCB', 'KCB bằng CCCD', 'Trả thông tin thẻ BHYT'];
const facility = (sheet: string, rows: [number, number, number, number][]): Grid => ({
  sheet,
  values: [[`BÁO CÁO KẾT QUẢ KCB BẰNG THẺ CCCD GẮN CHIP - ${sheet.toUpperCase()}`], [], KCB3, ...rows.map((r, i): CellValue[] => [i + 1, ...r])],
});

describe('thanh-hoa-2023: "100% các cơ sở khám chữa bệnh … sử dụng thẻ CCCD gắn chíp" (seed 003 §II.2)', () => {
  // Week 10 (31/7–6/8/2023), as the roll-out to every facility begins (§III.5, from 01/8/2023). PK Hàm Rồng took no visit by
  // chip CCCD; BV Nhi sent only its week 9.
  const grids = [
    facility('BV Đa khoa tỉnh', [[10, 1200, 900, 700]]),
    facility('TTYT Thọ Xuân', [[10, 400, 300, 200]]),
    facility('PK Hàm Rồng', [[10, 150, 0, 0]]),
    facility('TYT Đông Hải', [[10, 80, 60, 50]]),
    facility('BV Nhi', [[9, 300, 200, 150]]),
  ];
  const model = run('thanh-hoa-2023', grids, '2023-08-06');
  const ID = 'facilities_using_cccd';

  test('3 of the 4 facilities with a figure use the chip CCCD: 3/4 = 75%, not met (before: not computed at all)', () => {
    expect(model.totals.unit.indicators[ID]).toMatchObject({ numerator: 3, denominator: 4, percent: 75, met: false, leftOut: ['BV Nhi'] });
  });

  test('each facility counts 1/1 when it took a visit by chip CCCD that week, 0/1 when not; one with no row, nowhere (0/0)', () => {
    expect(value(model, 'BV Đa khoa tỉnh', ID)).toMatchObject({ numerator: 1, denominator: 1, met: true });
    expect(value(model, 'PK Hàm Rồng', ID)).toMatchObject({ numerator: 0, denominator: 1, met: false });
    expect(value(model, 'BV Nhi', ID)).toMatchObject({ numerator: 0, denominator: 0, percent: null, met: null });
  });

  test('the report says what it counts and where it comes from (JSON)', () => {
    expect(model.indicators.find((i) => i.id === ID)).toMatchObject({ source: 'entities', form: 'kcb', meets: { form: 'kcb', measure: 'cccdVisits', atLeast: 1 }, target: { op: '>=', value: 100 } });
  });

  test('the signed weekly table: one row a facility, the total 3/4, BV Nhi "Chưa báo cáo" and named under the total', () => {
    const rows = texts(model, 'Báo cáo tuần');
    const heading = rows.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('3. Cơ sở khám bệnh, chữa bệnh sử dụng thẻ CCCD gắn chíp'));
    expect(heading).toBeGreaterThan(0);
    const table = rows.slice(heading + 2, heading + 8).map((r) => r.slice(1, 5));
    expect(table).toEqual([
      ['BV Đa khoa tỉnh', 1, 1, '100,0%'],
      ['TTYT Thọ Xuân', 1, 1, '100,0%'],
      ['PK Hàm Rồng', 0, 1, '0,0%'],
      ['TYT Đông Hải', 1, 1, '100,0%'],
      ['BV Nhi', null, null, null],
      ['Cộng cơ sở khám bệnh, chữa bệnh', 3, 4, '75,0%'],
    ]);
    // Column 8 is "Đánh giá" (the forecast column, ISSUE 11 §2, sits before it).
    expect(rows[heading + 6][8]).toBe('Chưa báo cáo');
    expect(rows[heading + 8][0]).toBe('Cộng cơ sở khám bệnh, chữa bệnh không tính BV Nhi (không có số liệu kỳ này).');
    const sentence = rows.map((r) => r[0]).find((t) => typeof t === 'string' && t.startsWith('- Cơ sở khám bệnh, chữa bệnh sử dụng'));
    expect(sentence).toContain('3/4 cơ sở khám bệnh, chữa bệnh có số liệu đạt (75,0%), chưa đạt chỉ tiêu');
    expect(sentence).toContain('1 cơ sở khám bệnh, chữa bệnh chưa đạt: PK Hàm Rồng');
  });

  test('every facility taking chip-CCCD visits the next week: 5/5 = 100%, met, written to the history for the final report', () => {
    const next = run('thanh-hoa-2023', grids.map((g, i) => ({ ...g, values: [...g.values, [2, 11, 100, 10 + i, 5]] })), '2023-08-13');
    expect(next.totals.unit.indicators[ID]).toMatchObject({ numerator: 5, denominator: 5, met: true });
    expect(next.totals.unit.indicators[ID].leftOut).toBeUndefined();
    expect(next.history.filter((r) => r.indicator === ID && r.kind === 'commune-unit').map((r) => [r.numerator, r.denominator])).toEqual([[5, 5]]);
  });

  test('the final report takes a week nobody consolidated from the forms’ dated rows: week 9 is BV Nhi alone, 1/1', () => {
    const weeks = model.indicators.find((i) => i.id === ID)?.formWeeks;
    expect(weeks?.slice(8, 10)).toEqual([
      { week: 9, rows: 1, numerator: 1, denominator: 1 },
      { week: 10, rows: 4, numerator: 3, denominator: 4 },
    ]);
    expect(weekByWeek(model, ID).slice(8, 10).map((w) => [w.index, w.numerator, w.denominator, w.source])).toEqual([
      [9, 1, 1, 'forms'],
      [10, 3, 4, 'history'],
    ]);
  });

  test('a facility whose form has no "KCB bằng CCCD" column has no figure (not 0/1), is named, and is told which column', () => {
    const noColumn: Grid = { sheet: 'PK Sầm Sơn', values: [['STT', 'Tuần', 'Tổng số lượt KCB', 'Trả thông tin thẻ BHYT'], [1, 10, 90, 0]] };
    const m = run('thanh-hoa-2023', [...grids, noColumn], '2023-08-06');
    expect(value(m, 'PK Sầm Sơn', ID)).toMatchObject({ numerator: null, missingColumns: ['Lượt KCB bằng thẻ CCCD gắn chip'] });
    expect(m.totals.unit.indicators[ID]).toMatchObject({ numerator: 3, denominator: 4, leftOut: ['BV Nhi', 'PK Sầm Sơn'] });
    const issue = m.issues.find((i) => i.sheet === 'PK Sầm Sơn' && i.code === 'COUNT_COLUMN_MISSING');
    expect(issue?.message).toContain('Cơ sở khám bệnh, chữa bệnh sử dụng thẻ CCCD gắn chíp thay thế thẻ BHYT');
  });
});

describe('dinh-hoa-2025: "100% các cơ sở khám, chữa bệnh BHYT thực hiện liên thông dữ liệu … lên Cổng" (seed 002 §IV.3.a)', () => {
  const GATEWAY = ['STT', 'Tuần', 'Tổng số lượt KCB', 'Số hồ sơ liên thông lên Cổng tiếp nhận dữ liệu giám định BHYT'];
  const station: Grid = { sheet: 'Trạm Y tế xã Thanh Định', values: [['BÁO CÁO LIÊN THÔNG DỮ LIỆU KCB'], [], GATEWAY, [1, 2, 120, 118]] };
  const clinic: Grid = { sheet: 'Phòng khám Đa khoa Thanh Định', values: [['BÁO CÁO LIÊN THÔNG DỮ LIỆU KCB'], [], GATEWAY, [1, 2, 60, 0]] };
  const adults = Array.from({ length: 10 }, (_, i): CellValue[] => [i + 1, `Người ${i}`, '01/01/1980', cccd(1980, true, 300 + i), bhytCard(300 + i), 'x', 'x', 'x']);
  const xom: Grid = { sheet: 'Xóm Na Mao', values: [['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Mã thẻ BHYT', 'Định danh mức 2', 'Có ĐTTM', 'Tích hợp BHYT'], ...adults] };
  // Tuần 2 of the plan (27/01–02/02/2025).
  const model = run('dinh-hoa-2025', [xom, station, clinic], '2025-02-02');

  test('the column "Số hồ sơ liên thông lên Cổng tiếp nhận dữ liệu giám định BHYT" is the records sent to the gateway (it read as new records)', () => {
    expect(model.forms.map((f) => [f.name, f.measures])).toEqual([
      ['Trạm Y tế xã Thanh Định', ['visits', 'gatewaySent']],
      ['Phòng khám Đa khoa Thanh Định', ['visits', 'gatewaySent']],
    ]);
  });

  test('the station sent 118 records, the clinic none: 1 of 2 facilities, 50%, not met', () => {
    expect(model.totals.unit.indicators.facilities_gateway).toMatchObject({ numerator: 1, denominator: 2, percent: 50, met: false });
    expect(value(model, 'Trạm Y tế xã Thanh Định', 'facilities_gateway')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(value(model, 'Phòng khám Đa khoa Thanh Định', 'facilities_gateway')).toMatchObject({ numerator: 0, denominator: 1 });
  });

  test('a village sends no form: the facilities’ indicator is not the village’s', () => {
    expect(value(model, 'Xóm Na Mao', 'facilities_gateway')).toBeUndefined();
    expect(model.totals.village.indicators.facilities_gateway).toBeUndefined();
  });
});

describe('a campaign file: the share of units whose own indicator reaches a level', () => {
  const base: CampaignInput = {
    id: 'thu-nghiem',
    name: 'Thử nghiệm',
    issuingBody: { name: 'ỦY BAN NHÂN DÂN XÃ THỬ', place: 'Thử' },
    start: '2023-06-02',
    end: '2023-12-31',
    reporting: { cadence: 'weekly', weekday: 1, time: '09:00' },
    indicators: [
      { source: 'counts', id: 'kcb_by_cccd', label: { vi: 'Lượt KCB bằng CCCD', en: 'CCCD visits' }, form: 'kcb', numerator: 'cccdVisits', denominator: 'visits', target: { op: '>=', value: 100 } },
      {
        source: 'entities',
        id: 'facilities_half_cccd',
        label: { vi: 'Cơ sở có từ 50% lượt KCB bằng CCCD', en: 'Facilities with half their visits by CCCD' },
        meets: { indicator: 'kcb_by_cccd', atLeast: 50 },
        target: { op: '>=', value: 100 },
      },
    ],
  };

  test('75% and 75% and 0% meet "at least 50%": 3/4; 40/80 = 50% exactly meets it; BV Nhi with no row is not counted', () => {
    const parsed = parseCampaign(base);
    if (!parsed.ok) throw new Error('campaign');
    const grids = [facility('BV Đa khoa tỉnh', [[10, 1200, 900, 700]]), facility('PK Hàm Rồng', [[10, 150, 0, 0]]), facility('TYT A', [[10, 80, 40, 0]]), facility('BV Nhi', [[9, 300, 200, 150]])];
    const m = run('', grids, '2023-08-06', parsed.campaign);
    expect(m.totals.unit.indicators.facilities_half_cccd).toMatchObject({ numerator: 2, denominator: 3, leftOut: ['BV Nhi'] });
    expect(value(m, 'TYT A', 'facilities_half_cccd')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(m.indicators.find((i) => i.id === 'facilities_half_cccd')).toMatchObject({ source: 'entities', form: 'kcb', meets: { indicator: 'kcb_by_cccd', atLeast: 50 } });
  });

  test('refuses a condition on an indicator that does not exist, on another share, or a figure the form does not hold', () => {
    const withMeets = (meets: unknown, extra: object = {}) => parseCampaign({ ...base, indicators: [base.indicators[0], { ...base.indicators[1], meets, ...extra }] } as CampaignInput);
    const problems = (r: ReturnType<typeof parseCampaign>) => (r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`));
    expect(problems(withMeets({ indicator: 'khong_co' })).join()).toContain('no indicator "khong_co"');
    expect(problems(withMeets({ indicator: 'facilities_half_cccd' })).join()).toContain('cannot rest on another one');
    expect(problems(withMeets({ form: 'service', measure: 'cccdVisits' })).join()).toContain('is not a figure of the service form');
    expect(problems(withMeets({ form: 'kcb', measure: 'cccdVisits' }, { appliesTo: ['village'] })).join()).toContain('a form condition applies to units');
  });
});
