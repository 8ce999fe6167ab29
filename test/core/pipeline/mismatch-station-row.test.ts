/**
 * Seed 001 phase 3 and Chỉ tiêu 4 ("Giải quyết dứt điểm 100% các trường hợp bị sai lệch thông tin định danh"): a health
 * station that sends only its list of records the national database did not match, under the short names stations
 * write ("TYT - Sai lệch", "Trạm YT xã Thượng Ninh"), still has its own row for Chỉ tiêu 4 with its cases counted.
 * Before, it had no row: the signed report's Chỉ tiêu 4 read 0/0 for the villages and nothing for the station.
 */
import { consolidate } from '../../../src/core/consolidate';
import { PRESETS } from '../../../src/core/campaign/presets';
import type { CellValue, Grid } from '../../../src/core/grid';
import { layoutReport } from '../../../src/core/report/layout';
import { ReportModel } from '../../../src/core/report/model';
import { bhytCard, cccd, listGrid, type PersonRow } from '../../helpers/lists';
import { KCB_HEADER, formGrid } from '../../helpers/forms';

const THUONG_NINH = PRESETS['thuong-ninh-2026'];
const MISMATCH_HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Mã thẻ BHYT', 'Thông tin không trùng khớp', 'Ngày phát hiện'];
const CASES: CellValue[][] = [
  [1, 'Nguyễn Thị Mai', '12/03/1960', cccd(1960, false, 801), bhytCard(801), 'Sai ngày sinh', '25/06/2026'],
  [2, 'Lò Văn Pấng', '05/07/1955', cccd(1955, true, 802), bhytCard(802), 'Sai họ tên', '25/06/2026'],
  [3, 'Hà Thị Lan', '20/11/1972', cccd(1972, false, 803), bhytCard(803), 'Không tìm thấy công dân', ''],
];
const stationList = (sheet: string, title = '(gửi Công an xã ngày 26/6/2026)'): Grid => ({
  sheet,
  values: [['DANH SÁCH CÁC TRƯỜNG HỢP SAI LỆCH THÔNG TIN ĐỊNH DANH'], [title], MISMATCH_HEADER, ...CASES.map((r) => [...r])],
});
const residents: PersonRow[] = Array.from({ length: 10 }, (_, i) => ({
  name: `Người ${i}`,
  birth: '01/01/1980',
  cccd: cccd(1980, true, 700 + i),
  bhyt: bhytCard(700 + i),
  resident: 'x',
  level2: 'x',
  activated: 'x',
}));
const village = listGrid('Thôn 1', residents);
const run = (grids: Grid[], campaign = THUONG_NINH) => ReportModel.parse(consolidate({ grids, campaign, asOf: '2026-06-26', madeAt: '2026-06-26T15:00' }));
const chiTieu4 = (m: ReportModel, name: string) => m.entities.find((e) => e.name === name)?.indicators.identity_mismatch_resolved;

describe('a health station that sent only its mismatch list (seed 001 phase 3, Chỉ tiêu 4)', () => {
  test('"TYT - Sai lệch": the station has its own row with its 3 cases (0/3), and the units\' total is its row', () => {
    const m = run([village, stationList('TYT - Sai lệch')]);
    expect(m.entities.map((e) => [e.name, e.kind, e.sheet])).toEqual([
      ['Thôn 1', 'village', 'Thôn 1'],
      ['TYT', 'unit', 'TYT - Sai lệch'],
    ]);
    expect(chiTieu4(m, 'TYT')).toMatchObject({ numerator: 0, denominator: 3, met: false });
    expect(m.totals.unit.indicators.identity_mismatch_resolved).toMatchObject({ numerator: 0, denominator: 3 });
    expect(m.sheets).toContainEqual({ sheet: 'TYT - Sai lệch', role: 'mismatch', records: 3 });
  });

  test('"Trạm YT xã Thượng Ninh" (the list known by its title): its row under that name', () => {
    const m = run([village, stationList('Trạm YT xã Thượng Ninh', '(Trạm Y tế xã gửi Công an xã ngày 26/6/2026)')]);
    expect(chiTieu4(m, 'Trạm YT xã Thượng Ninh')).toMatchObject({ numerator: 0, denominator: 3 });
  });

  test('the signed weekly report has the station\'s row under Chỉ tiêu 4, with its cases', () => {
    const weekly = layoutReport(run([village, stationList('TYT - Sai lệch')])).find((s) => s.name === 'Báo cáo tuần');
    const rows = (weekly?.rows ?? []).map((row) => row.map((c) => c?.v ?? null));
    const station = rows.find((r) => r[1] === 'TYT');
    expect(station?.slice(2, 4)).toEqual([0, 3]);
    expect(rows.find((r) => r[1] === 'Cộng cơ quan, đơn vị')?.slice(2, 4)).toEqual([0, 3]);
  });

  test('a campaign that names the station "Trạm Y tế xã Thượng Ninh": the list "TYT - Sai lệch" is its, under its name', () => {
    const campaign = { ...THUONG_NINH, entities: [{ sheet: 'Thôn 1' }, { sheet: 'Trạm Y tế xã Thượng Ninh', kind: 'unit' as const }] };
    const m = run([village, stationList('TYT - Sai lệch')], campaign);
    expect(m.sideLists[0].owner).toBe('Trạm Y tế xã Thượng Ninh');
    expect(m.mismatches.map((x) => x.entities)).toEqual([['Trạm Y tế xã Thượng Ninh'], ['Trạm Y tế xã Thượng Ninh'], ['Trạm Y tế xã Thượng Ninh']]);
    expect(chiTieu4(m, 'Trạm Y tế xã Thượng Ninh')).toMatchObject({ numerator: 0, denominator: 3 });
  });

  test('its list is its work, not "nothing done": the station is not criticised as not started', () => {
    const m = run([village, stationList('TYT - Sai lệch')]);
    const station = m.standings.find((s) => s.name === 'TYT');
    expect(station?.reasons.map((r) => r.code)).not.toContain('notStarted');
  });

  test('a station form named "Trạm Y tế" takes the list "TYT - Sai lệch": one row, no second one for "TYT"', () => {
    const form = formGrid('Trạm Y tế', KCB_HEADER, [{ Tuần: 1, 'Tổng số lượt KCB': 40, 'Số trường hợp sai lệch': 3, 'Đã xử lý sai lệch': 1 }]);
    const m = run([village, stationList('TYT - Sai lệch'), form]);
    expect(m.entities.map((e) => e.name)).toEqual(['Thôn 1', 'Trạm Y tế']);
    expect(chiTieu4(m, 'Trạm Y tế')).toMatchObject({ numerator: 0, denominator: 3 });
  });

  test('a campaign with no mismatch indicator gets no row for the list (bo-y-2025 counts no Chỉ tiêu 4)', () => {
    const m = run([village, stationList('TYT - Sai lệch')], { ...PRESETS['bo-y-2025'], start: '2026-06-01', end: '2026-07-31' });
    expect(m.entities.map((e) => e.name)).toEqual(['Thôn 1']);
  });
});
