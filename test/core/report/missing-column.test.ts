/**
 * ISSUE 10 §2: a column the list lacks is "no data", never 0%. Seed 000 §II.1 sets the activation target
 * ("trên 95% trên tổng tài khoản định danh điện tử mức 2 được cấp") and §III.11 asks the Ban Chỉ huy Quân sự xã
 * for its staff's results; its list, like the sample's, has no "Đã kích hoạt" column. Before, it read 0/13 = 0,0%
 * "Chưa đạt", pulled the units' total down and came first in "PHÊ BÌNH, NHẮC NHỞ".
 */
import { consolidate } from '../../../src/core/consolidate';
import { PRESETS } from '../../../src/core/campaign/presets';
import type { Grid } from '../../../src/core/grid';
import { layoutReport } from '../../../src/core/report/layout';
import { ReportModel } from '../../../src/core/report/model';
import { LIST_HEADER, cccd, listGrid, type PersonRow } from '../../helpers/lists';

const BO_Y = PRESETS['bo-y-2025'];
const ACTIVATED_LABEL = 'Tài khoản định danh điện tử mức 2 được kích hoạt';

/** `n` adult residents of a unit with a level-2 account, the first `integrated` with BHYT in their SSKĐT and `activated` activated. */
function staff(n: number, serialFrom: number, counts: { integrated: number; activated: number }): PersonRow[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `Cán bộ ${serialFrom + i}`,
    birth: '01/01/1985',
    cccd: cccd(1985, i % 2 === 0, serialFrom + i),
    resident: 'x',
    level2: 'x',
    activated: i < counts.activated ? 'x' : '',
    integrated: i < counts.integrated ? 'x' : '',
  }));
}

// 14 staff, every one with a level-2 account and BHYT integrated, and no "Đã kích hoạt" column.
const BCHQS = listGrid('Ban Chỉ huy Quân sự xã', staff(14, 100, { integrated: 14, activated: 0 }), { header: LIST_HEADER.filter((h) => h !== 'Đã kích hoạt') });
// 26 staff with the column: 25 activated.
const UBND = listGrid('UBND xã', staff(26, 200, { integrated: 26, activated: 25 }));
// The same column, nobody activated: a real 0%, not a missing figure.
const TRAM = listGrid('Trạm Y tế', staff(12, 300, { integrated: 12, activated: 0 }));

// 17/10/2025: every deadline is still ahead (units' staff by 20/10, the commune's targets by 15/11).
const run = (grids: Grid[]) => ReportModel.parse(consolidate({ grids, campaign: BO_Y, asOf: '2025-10-17' }));
const model = run([BCHQS, UBND, TRAM]);
const entity = (name: string) => model.entities.find((e) => e.name === name)!;
const text = (sheet: string) =>
  layoutReport(model, { final: true })
    .find((s) => s.name === sheet)!
    .rows.flat()
    .map((c) => String(c?.v ?? ''));

describe('a column the list lacks (ISSUE 10 §2)', () => {
  it('gives the indicator no figure for that unit, never 0%', () => {
    expect(entity('Ban Chỉ huy Quân sự xã').indicators.level2_activated).toEqual({
      numerator: null,
      denominator: null,
      percent: null,
      target: { op: '>', value: 95 },
      met: null,
      missingColumns: ['Đã kích hoạt'],
    });
    // Its other indicators read columns the list has.
    expect(entity('Ban Chỉ huy Quân sự xã').indicators.level2_registered).toMatchObject({ numerator: 14, denominator: 14, met: true });
  });

  it('still gives 0% to a list that has the column and nobody activated', () => {
    expect(entity('Trạm Y tế').indicators.level2_activated).toMatchObject({ numerator: 0, denominator: 12, percent: 0, met: false });
    expect(entity('Trạm Y tế').indicators.level2_activated.missingColumns).toBeUndefined();
  });

  it('leaves it out of the units’ total and names it there', () => {
    // 25 of UBND xã's 26 and none of the station's 12; the military command's 14 are not added as 0.
    expect(model.totals.unit.indicators.level2_activated).toMatchObject({ numerator: 25, denominator: 38, leftOut: ['Ban Chỉ huy Quân sự xã'] });
    expect(model.totals.unit.indicators.level2_registered.leftOut).toBeUndefined();
  });

  it('says COLUMN_MISSING once, naming the indicator the column blocks', () => {
    const missing = model.issues.filter((i) => i.code === 'COLUMN_MISSING');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ sheet: 'Ban Chỉ huy Quân sự xã', severity: 'warning' });
    expect(missing[0].message).toContain('"Đã kích hoạt"');
    expect(missing[0].message).toContain(`"${ACTIVATED_LABEL}"`);
    expect(missing[0].message).not.toMatch(/tính là Không/);
    expect(missing[0].messageEn).toContain('"Level-2 e-ID accounts activated"');
  });

  it('never ranks it, and writes no history row for it', () => {
    const standing = model.standings.find((s) => s.name === 'Ban Chỉ huy Quân sự xã')!;
    expect(standing.indicators.find((i) => i.id === 'level2_activated')).toMatchObject({ percent: null, rank: null, verdict: 'noData' });
    expect(model.standings.find((s) => s.name === 'UBND xã')!.indicators.find((i) => i.id === 'level2_activated')!.rank).toBe(1);
    expect(model.standings.find((s) => s.name === 'Trạm Y tế')!.indicators.find((i) => i.id === 'level2_activated')!.rank).toBe(2);
    expect(model.history.filter((r) => r.entity === 'Ban Chỉ huy Quân sự xã').map((r) => r.indicator)).toEqual(['level2_registered', 'bhyt_in_sskdt', 'unit_staff_integrated']);
  });

  it('never criticises it: a unit that met everything else is neither commended nor criticised', () => {
    const standing = model.standings.find((s) => s.name === 'Ban Chỉ huy Quân sự xã')!;
    expect(standing.standing).toBe('unassessed');
    expect(standing.reasons).toEqual([expect.objectContaining({ code: 'noData', indicator: 'level2_activated', columns: ['Đã kích hoạt'] })]);
    const final = text('Báo cáo tổng kết');
    const criticism = final.slice(final.findIndex((l) => l.startsWith('IV.')));
    expect(criticism.some((l) => /^\d+\. Ban Chỉ huy Quân sự xã/.test(l))).toBe(false);
    expect(criticism).toContain(`- Ban Chỉ huy Quân sự xã: không có số liệu "${ACTIVATED_LABEL}": danh sách thiếu cột "Đã kích hoạt".`);
  });

  it('shows "Không có số liệu: thiếu cột …" on the signed report and the summary, and says the total leaves it out', () => {
    const weekly = text('Báo cáo tuần');
    expect(weekly).toContain('Không có số liệu: thiếu cột "Đã kích hoạt"');
    expect(weekly).toContain('Cộng cơ quan, đơn vị không tính Ban Chỉ huy Quân sự xã (danh sách thiếu cột "Đã kích hoạt", không có số liệu).');
    expect(weekly.some((l) => l.includes('không có số liệu (danh sách thiếu cột), không tính vào số cộng: Ban Chỉ huy Quân sự xã'))).toBe(true);
    const summary = text('Tổng hợp');
    expect(summary).toContain('Không có số liệu: thiếu cột "Đã kích hoạt"');
    expect(summary.some((l) => l.includes(`"${ACTIVATED_LABEL}": Cộng cơ quan, đơn vị không tính Ban Chỉ huy Quân sự xã`))).toBe(true);
  });
});
