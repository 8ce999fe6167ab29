/**
 * Cadences beyond the week (issue 10 §9): Tri Tôn reports monthly before the 10th (seed 004 §IV.1). A monthly
 * report names its month, compares with the month before, has its deadline, and sums the count forms over the
 * month; the history it leaves keeps the weekly figures.
 */
import { consolidate } from '../../src/core/consolidate';
import { PRESETS } from '../../src/core/campaign/presets';
import type { Campaign } from '../../src/core/campaign/schema';
import type { CellValue, Grid } from '../../src/core/grid';
import { layoutReport } from '../../src/core/report/layout';
import { ReportModel } from '../../src/core/report/model';
import type { SheetSpec } from '../../src/core/sheetspec';
import { KCB_HEADER, formGrid } from '../helpers/forms';
import { cccd, listGrid, type PersonRow } from '../helpers/lists';

const TRI_TON = PRESETS['tri-ton-2026'];
const asGrid = (spec: SheetSpec): Grid => ({ sheet: spec.name, values: spec.rows.map((row) => row.map((c) => (c ? c.v : null))) });
const text = (spec: SheetSpec | undefined): string[][] => spec?.rows.map((row) => row.map((c) => (c ? String(c.v ?? '') : ''))) ?? [];

/** Ten adults with BHYT, the first `sskdt` of them with the electronic health book. */
function khom(sskdt: number): Grid {
  const header = ['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Mã thẻ BHYT', 'Có Sổ sức khỏe điện tử'];
  const people: CellValue[][] = Array.from({ length: 10 }, (_, i) => [i + 1, `Người ${i + 1}`, '01/01/1980', cccd(1980, i % 2 === 0, i + 1), `HC48912345678${String(i).padStart(2, '0')}`, i < sskdt ? 'x' : '']);
  return { sheet: 'Khóm 1', values: [['DANH SÁCH KHÓM 1'], header, ...people] };
}

describe('Tri Tôn’s monthly report (Tháng 7/2026)', () => {
  const june = consolidate({ grids: [khom(5)], campaign: TRI_TON, asOf: '2026-06-30', madeAt: '2026-06-30T10:00' });
  const history = asGrid(layoutReport(june).find((s) => s.name === 'Lịch sử') as SheetSpec);
  const july = ReportModel.parse(consolidate({ grids: [khom(8)], campaign: TRI_TON, asOf: '2026-07-31', madeAt: '2026-08-05T10:00', earlier: [history], cadence: 'month' }));
  const specs = layoutReport(july);

  test('names its month, the month before and its deadline, before the 10th of August', () => {
    expect(july.period).toMatchObject({
      kind: 'month',
      index: 2,
      label: 'Tháng 7/2026',
      from: '2026-07-01',
      to: '2026-07-31',
      deadline: '2026-08-10T00:00',
      previous: { label: 'Tháng 6/2026', from: '2026-06-25', to: '2026-06-30' },
    });
  });

  test('is signed on its own sheet, titled with its month, compared with June', () => {
    expect(specs.map((s) => s.name)).toContain('Báo cáo định kỳ');
    expect(specs.map((s) => s.name)).not.toContain('Báo cáo tuần');
    const sheet = text(specs.find((s) => s.name === 'Báo cáo định kỳ'));
    expect(sheet.flat()).toContain('Tháng 7/2026 (từ ngày 01/07/2026 đến ngày 31/07/2026)');
    expect(sheet.flat()).toContain('Kỳ trước');
    const row = sheet.find((r) => r[1] === 'Khóm 1' && r[2] === '8');
    expect(row?.slice(2, 7)).toEqual(['8', '10', '80,0%', '50,0%', '+30,0']);
    expect(sheet.flat().join('\n')).toContain('tăng 30,0 điểm so với tháng 6/2026');
  });

  test('leaves weekly snapshots in the history: week 6 (27/7–2/8) holds 31/7', () => {
    expect(july.history.filter((r) => r.asOf === '2026-07-31').every((r) => r.week === 6)).toBe(true);
  });
});

describe('a monthly report sums the count forms over its month', () => {
  // Bờ Y (seed 000) with a monthly report added: October 2025 is weeks 1–3; week 4 (27/10–2/11) ends in November.
  const campaign: Campaign = { ...PRESETS['bo-y-2025'], reporting: { ...PRESETS['bo-y-2025'].reporting, cadences: [{ period: 'month' }] } };
  const station = formGrid(
    'Trạm Y tế',
    KCB_HEADER,
    [1, 2, 3, 4].map((week) => ({ Tuần: week, 'Tổng số lượt KCB': 100, 'Có TK mức 2 đã tích hợp BHYT': 50 + 10 * week })),
  );
  const village = listGrid('Thôn 1', [{ name: 'An', cccd: cccd(1980, true, 1), resident: 'x', level2: 'x' } satisfies PersonRow]);
  const run = (cadence: 'week' | 'month') => consolidate({ grids: [village, station], campaign, asOf: '2025-10-31', madeAt: '2025-10-31T16:00', cadence });

  test('October: 60 + 70 + 80 of 300 visits; the week of 31/10 alone would be 90 of 100', () => {
    const month = run('month');
    expect(month.period).toMatchObject({ label: 'Tháng 10/2025', from: '2025-10-10', to: '2025-10-31', deadline: '2025-11-01T00:00' });
    expect(month.entities.find((e) => e.name === 'Trạm Y tế')).toMatchObject({ periodRows: 3, indicators: { kcb_integrated: { numerator: 210, denominator: 300 } } });
    expect(run('week').entities.find((e) => e.name === 'Trạm Y tế')?.indicators.kcb_integrated).toMatchObject({ numerator: 90, denominator: 100 });
  });

  test('the history of a monthly run is the week’s, so a weekly report of the same day compares as before', () => {
    const row = run('month').history.find((r) => r.entity === 'Trạm Y tế' && r.indicator === 'kcb_integrated');
    expect(row).toMatchObject({ week: 4, numerator: 90, denominator: 100 });
  });

  test('its forms section shows the month before (none: October is the first), October, and the campaign to date', () => {
    const sheet = text(layoutReport(run('month')).find((s) => s.name === 'Báo cáo định kỳ'));
    const header = sheet.find((r) => r[1] === 'Nội dung');
    expect(header?.slice(5, 8)).toEqual(['Kỳ trước', 'Tháng 10/2025', 'Lũy kế từ đầu đợt']);
    const visits = sheet.find((r) => r[1] === 'Tổng số lượt khám chữa bệnh');
    expect(visits?.slice(5, 8)).toEqual(['', '300', '300']);
  });
});
