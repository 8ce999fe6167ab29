/**
 * ISSUE 10 §5, seed 000 §II.2: "Đảm bảo 100% số công dân được thu nhận hồ sơ định danh điện tử mức 2 từ ngày 10/10/2025
 * trở đi được kích hoạt và tích hợp SSKĐT (đối với trường hợp có Bảo hiểm y tế)". bo-y-2025's
 * new_dossiers_activated_integrated is computed on a list with a receipt-date column ("Ngày thu nhận hồ sơ",
 * "Ngày tiếp nhận", …) over the persons with BHYT received on or after 10/10/2025; a list without the column has no
 * figure for it, is left out of the total (which says why), gets no warning and is not judged on it.
 */
import { consolidate } from '../../../src/core/consolidate';
import { PRESETS } from '../../../src/core/campaign/presets';
import { parseCampaign } from '../../../src/core/campaign/load';
import type { CellValue, Grid } from '../../../src/core/grid';
import { layoutReport } from '../../../src/core/report/layout';
import { ReportModel } from '../../../src/core/report/model';
import { bhytCard, cccd, listGrid } from '../../helpers/lists';

const BO_Y = PRESETS['bo-y-2025'];
const ID = 'new_dossiers_activated_integrated';
const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Mã thẻ BHYT', 'Ngày thu nhận hồ sơ', 'Đã kích hoạt', 'Tích hợp BHYT vào SSKĐT'];

/** The police's list of level-2 dossiers: received date, activated, integrated; BHYT unless `bhyt` is false. */
function dossiers(sheet: string, rows: { received: CellValue; activated: boolean; integrated: boolean; bhyt?: boolean }[], header = HEADER): Grid {
  return {
    sheet,
    values: [
      header,
      ...rows.map((r, i) => [i + 1, `Công dân ${i + 1}`, '01/01/1990', cccd(1990, i % 2 === 0, 500 + i), r.bhyt === false ? '' : bhytCard(500 + i), r.received, r.activated ? 'x' : '', r.integrated ? 'x' : '']),
    ],
  };
}

// Thôn Bờ Y: 12 dossiers. 2 received before the campaign (8/10, 9/10) are not counted; of the 10 received from
// 10/10, one has no BHYT (not counted); of the 9 others, 7 are activated and integrated, 1 only activated, 1 neither.
const THON = dossiers('Thôn Bờ Y', [
  { received: '08/10/2025', activated: false, integrated: false },
  { received: '09/10/2025', activated: true, integrated: false },
  { received: '10/10/2025', activated: true, integrated: true },
  { received: '11/10/2025', activated: true, integrated: true },
  { received: '13/10/2025', activated: true, integrated: true },
  { received: '14/10/2025', activated: true, integrated: true },
  { received: '15/10/2025', activated: true, integrated: true },
  { received: '16/10/2025', activated: true, integrated: true },
  { received: '17/10/2025', activated: true, integrated: true },
  { received: '20/10/2025', activated: true, integrated: false },
  { received: '21/10/2025', activated: false, integrated: false },
  { received: '22/10/2025', activated: false, integrated: false, bhyt: false },
]);
const OTHER = listGrid('Thôn Giang Lố', [{ name: 'Người A', birth: '01/01/1980', cccd: cccd(1980, true, 900), resident: 'x', level2: 'x', activated: 'x', integrated: 'x' }]);
const run = (grids: Grid[], asOf = '2025-10-27') => ReportModel.parse(consolidate({ grids, campaign: BO_Y, asOf }));

describe('seed 000 §II.2: level-2 dossiers received from 10/10/2025, activated and integrated where there is BHYT', () => {
  const model = run([THON, OTHER]);

  it('counts the 9 dossiers with BHYT received from 10/10: 7/9 = 77,8%, short of 100%', () => {
    const value = model.entities.find((e) => e.name === 'Thôn Bờ Y')!.indicators[ID];
    expect(value).toMatchObject({ numerator: 7, denominator: 9, met: false });
    expect(value.percent).toBeCloseTo(77.78, 2);
  });

  it('gives a list without the receipt-date column no value, no warning, and leaves it out of the total, saying why', () => {
    const other = model.entities.find((e) => e.name === 'Thôn Giang Lố')!;
    expect(other.indicators[ID]).toBeUndefined();
    expect(model.issues.filter((i) => i.code === 'COLUMN_MISSING' && (i.sheet === 'Thôn Giang Lố' || i.message.includes('Ngày thu nhận')))).toEqual([]);
    expect(model.totals.village.indicators[ID]).toMatchObject({ numerator: 7, denominator: 9, leftOut: ['Thôn Giang Lố'], onlyWithColumn: 'Ngày thu nhận hồ sơ' });
    const weekly = layoutReport(model).find((s) => s.name === 'Báo cáo tuần')!;
    const notes = weekly.rows.flat().map((c) => String(c?.v ?? ''));
    expect(notes.some((t) => t.includes('không tính Thôn Giang Lố (danh sách thiếu cột "Ngày thu nhận hồ sơ", không có số liệu)'))).toBe(true);
  });

  it('does not keep the village without the column from being commended for its other targets', () => {
    expect(model.standings.find((s) => s.name === 'Thôn Giang Lố')?.standing).toBe('commended');
  });

  it('says why there is no figure when no list has the column: the total is left without the lists, named with the column', () => {
    const none = run([OTHER]);
    expect(none.totals.village.indicators[ID]).toMatchObject({ numerator: 0, denominator: 0, percent: null, leftOut: ['Thôn Giang Lố'], onlyWithColumn: 'Ngày thu nhận hồ sơ' });
  });

  it.each(['Ngày tiếp nhận', 'Ngày tiếp nhận hồ sơ', 'Ngay thu nhan ho so'])('reads the column written "%s"', (column) => {
    const header = HEADER.map((h) => (h === 'Ngày thu nhận hồ sơ' ? column : h));
    const m = run([dossiers('Thôn Bờ Y', [{ received: '12/10/2025', activated: true, integrated: true }, { received: '', activated: false, integrated: false }], header)]);
    // The second has no receipt date: not received in the campaign, not counted.
    expect(m.entities[0].indicators[ID]).toMatchObject({ numerator: 1, denominator: 1, met: true });
  });

  it('reports a receipt date it cannot read, or one after the as-of date, and counts the person nowhere', () => {
    const m = run([dossiers('Thôn Bờ Y', [{ received: '32/10/2025', activated: true, integrated: true }, { received: '30/10/2025', activated: true, integrated: true }])]);
    expect(m.issues.filter((i) => i.code === 'DATE_INVALID').map((i) => `${i.column}${i.row}`)).toEqual(['F2', 'F3']);
    expect(m.entities[0].indicators[ID]).toMatchObject({ numerator: 0, denominator: 0 });
  });

  it('accepts a receipt date as an Excel date serial', () => {
    const m = run([dossiers('Thôn Bờ Y', [{ received: 45_945, activated: true, integrated: false }])]); // 15/10/2025
    expect(m.entities[0].indicators[ID]).toMatchObject({ numerator: 0, denominator: 1 });
  });
});

describe('the population filter on a date (Population.receivedFrom)', () => {
  it('refuses a date that is not a calendar date', () => {
    const input = { ...BO_Y, indicators: [{ ...BO_Y.indicators[2], denominator: { flags: ['hasBhyt'], receivedFrom: '2025-02-30' } }] };
    expect(parseCampaign(input as never).ok).toBe(false);
  });
});

describe('the weekly report when no list says when dossiers were received', () => {
  it('says why §II.2 has no figure: the column it is computed on, which no list has', () => {
    const model = ReportModel.parse(consolidate({ grids: [OTHER], campaign: BO_Y, asOf: '2025-10-27' }));
    const weekly = layoutReport(model).find((s) => s.name === 'Báo cáo tuần')!;
    const texts = weekly.rows.flat().map((c) => String(c?.v ?? ''));
    expect(texts.some((t) => t.includes('chưa có số liệu: chỉ tính trên danh sách có cột "Ngày thu nhận hồ sơ", chưa danh sách nào có cột này'))).toBe(true);
  });
});
