/**
 * ISSUE 10 §6: the thanh-hoa-2023 preset (seed 003) is the province's Đề án 06 task force reporting on its medical
 * facilities: its signed pages speak of "cơ sở khám bệnh, chữa bệnh", never of villages, a commune or its People's
 * Committee. A commune's report keeps its words.
 */
import { consolidate } from '../../../src/core/consolidate';
import { PRESETS } from '../../../src/core/campaign/presets';
import type { CellValue, Grid } from '../../../src/core/grid';
import { layoutReport } from '../../../src/core/report/layout';
import type { ReportModel } from '../../../src/core/report/model';
import { listGrid } from '../../helpers/lists';

const KCB3 = ['STT', 'Tuần', 'Tổng số lượt KCB', 'KCB bằng CCCD', 'Trả thông tin thẻ BHYT'];
const facility = (sheet: string, row: [number, number, number, number]): Grid => ({ sheet, values: [[`BÁO CÁO ${sheet.toUpperCase()}`], [], KCB3, [1, ...row]] });
const texts = (model: ReportModel, sheet: string): string[] =>
  (layoutReport(model, { final: true }).find((s) => s.name === sheet)?.rows ?? []).flatMap((row) => row.map((c: { v: CellValue } | null | undefined) => (typeof c?.v === 'string' ? c.v : '')));

describe('thanh-hoa-2023 reads for a province and its facilities (seed 003)', () => {
  const grids = [facility('BV Đa khoa tỉnh', [10, 1200, 900, 700]), facility('TTYT Thọ Xuân', [10, 400, 300, 200]), facility('PK Hàm Rồng', [10, 150, 0, 0]), facility('BV Nhi', [9, 300, 200, 150])];
  const model = consolidate({ grids, campaign: PRESETS['thanh-hoa-2023'], asOf: '2023-08-06', madeAt: '2023-08-07T08:00' });
  const signed = ['Báo cáo tuần', 'Tổng hợp', 'Báo cáo tổng kết'];

  test.each(signed)('"%s" names no village, commune, People’s Committee or health station form', (sheet) => {
    const all = texts(model, sheet);
    expect(all.length).toBeGreaterThan(0);
    // Whole words ("thông" is no "thôn"), any case.
    for (const word of ['thôn', 'tổ dân phố', 'toàn xã', 'công an xã', 'ủy ban nhân dân', 'cơ quan, đơn vị', 'trạm y tế: khám', 'trạm y tế, trung tâm']) {
      const re = new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'iu');
      expect(all.filter((t) => re.test(t))).toEqual([]);
    }
  });

  test('the weekly report: its name column, its total, who reported, the forms’ heading and the task force’s signature', () => {
    const weekly = texts(model, 'Báo cáo tuần');
    expect(weekly).toContain('Cơ sở khám bệnh, chữa bệnh');
    expect(weekly).toContain('Cộng cơ sở khám bệnh, chữa bệnh');
    expect(weekly.find((t) => t.startsWith('- Đã nhận'))).toBe('- Đã nhận báo cáo của 3/4 cơ sở khám bệnh, chữa bệnh; số liệu cũ, trước ngày 31/07/2023: BV Nhi.');
    expect(weekly.some((t) => t.endsWith('SỐ LIỆU TỔNG HỢP CỦA CÁC CƠ SỞ KHÁM BỆNH, CHỮA BỆNH'))).toBe(true);
    expect(weekly).toContain('1. BV Đa khoa tỉnh (khám chữa bệnh bằng thẻ CCCD gắn chíp)');
    expect(weekly.some((t) => t.includes('Xếp hạng giữa các cơ sở khám bệnh, chữa bệnh.'))).toBe(true);
    expect(weekly).toEqual(expect.arrayContaining(['TỔ TRƯỞNG', 'CHỦ TỊCH UBND TỈNH']));
  });

  test('the summary: one section "I" of facilities, no persons column total, the forms’ section "II"', () => {
    const summary = layoutReport(model).find((s) => s.name === 'Tổng hợp')!;
    const rows = summary.rows.map((row) => row.map((c) => c?.v ?? null));
    expect(rows.filter((r) => r[1] === 'CƠ SỞ KHÁM BỆNH, CHỮA BỆNH').map((r) => r[0])).toEqual(['I']);
    expect(rows.find((r) => r[1] === 'Cộng cơ sở khám bệnh, chữa bệnh')?.[2]).toBeNull();
    expect(rows.find((r) => typeof r[1] === 'string' && r[1].startsWith('SỐ LIỆU TỔNG HỢP CỦA CÁC CƠ SỞ'))?.[0]).toBe('II');
  });

  test('the final report asks the provincial police, not a commune’s, to clear the data errors with the facilities', () => {
    const withErrors = consolidate({ grids: [...grids, facility('TYT Đông Hải', [10, 80, 90, 50])], campaign: PRESETS['thanh-hoa-2023'], asOf: '2023-08-06' });
    const line = texts(withErrors, 'Báo cáo tổng kết').find((t) => t.startsWith('Còn '));
    expect(line).toContain('đề nghị Công an tỉnh (Phòng PC06) phối hợp các cơ sở khám bệnh, chữa bệnh xử lý dứt điểm.');
  });
});

describe('a commune keeps its words (bo-y-2025, seed 000)', () => {
  const model = consolidate({ grids: [listGrid('Thôn 1', [{ name: 'An', birth: '01/01/1980', resident: 'x' }]), listGrid('UBND xã', [{ name: 'Bình', birth: '01/01/1985' }])], campaign: PRESETS['bo-y-2025'], asOf: '2025-10-20' });
  test('villages and units, their totals, "danh sách", and the chairman signing for the People’s Committee', () => {
    const weekly = texts(model, 'Báo cáo tuần');
    expect(weekly).toEqual(expect.arrayContaining(['Thôn, tổ dân phố / Cơ quan, đơn vị', 'Cộng thôn, tổ dân phố', 'Cộng cơ quan, đơn vị', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']));
    expect(weekly.find((t) => t.startsWith('- Đã nhận'))).toMatch(/^- Đã nhận danh sách của 2\/2 thôn, tổ dân phố, cơ quan, đơn vị/);
    expect(weekly.some((t) => t.includes('Xếp hạng trong từng nhóm (thôn, tổ dân phố; cơ quan, đơn vị).'))).toBe(true);
  });
});
