/**
 * ISSUE 10 §7, seed 000 §III.9: "biểu dương … hoàn thành xuất sắc chỉ tiêu được giao; đồng thời, phê bình đối với
 * tập thể, cá nhân không triển khai thực hiện; … chậm trễ dẫn đến không hoàn thành chỉ tiêu". Each target is judged
 * at its deadline: the units' staff by 20/10/2025 (§III.1, §III.11), the commune's targets by 15/11/2025 (§II).
 * Two consolidations of Bờ Y, on Monday 20/10 and Monday 27/10, the first carried into the second by its history sheet.
 */
import { consolidate } from '../../../src/core/consolidate';
import { PRESETS } from '../../../src/core/campaign/presets';
import type { Campaign } from '../../../src/core/campaign/schema';
import type { CellValue, Grid } from '../../../src/core/grid';
import { layoutReport } from '../../../src/core/report/layout';
import { ReportModel, type Standing } from '../../../src/core/report/model';
import { cccd, listGrid, type PersonRow } from '../../helpers/lists';

const campaign: Campaign = {
  ...PRESETS['bo-y-2025'],
  entities: ['Thôn 1', 'Thôn 2', 'Thôn 3', 'UBND xã', 'Trạm Y tế', 'Trường THCS Bờ Y', 'Công an xã'].map((sheet) => ({ sheet })),
};

/** `n` adult residents with a level-2 account, activated; the first `integrated` with BHYT in their SSKĐT. */
function people(n: number, integrated: number, serialFrom: number, level2 = true): PersonRow[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `Người ${serialFrom + i}`,
    birth: '01/01/1985',
    cccd: cccd(1985, i % 2 === 0, serialFrom + i),
    resident: 'x',
    level2: level2 ? 'x' : '',
    activated: level2 ? 'x' : '',
    integrated: i < integrated ? 'x' : '',
  }));
}

const dated = (date: string): CellValue[][] => [[`Số liệu đến ngày ${date}`]];
const asGrid = (model: ReportModel): Grid => {
  const spec = layoutReport(model).find((s) => s.name === 'Lịch sử')!;
  return { sheet: spec.name, values: spec.rows.map((row) => row.map((c) => (c ? c.v : null))) };
};
const run = (asOf: string, grids: Grid[]) => ReportModel.parse(consolidate({ grids, campaign, asOf, madeAt: `${asOf}T08:00` }));

// Monday 20/10, the units' deadline: UBND xã 18/20 (90%), the station 20/20. Công an xã has sent nothing yet.
const week3 = run('2025-10-20', [
  listGrid('Thôn 1', people(10, 9, 100)),
  listGrid('Thôn 2', people(10, 0, 200, false)),
  listGrid('UBND xã', people(20, 18, 300)),
  listGrid('Trạm Y tế', people(20, 20, 400)),
]);

// Monday 27/10: UBND xã has reached 20/20, a week late; the school's list says its figures are of 19/10; Công an xã
// sends its first list at 100%; Thôn 2 has still done nothing; Thôn 3 never sends one.
const week4 = run('2025-10-27', [
  listGrid('Thôn 1', people(10, 9, 100)),
  listGrid('Thôn 2', people(10, 0, 200, false)),
  listGrid('UBND xã', people(20, 20, 300)),
  listGrid('Trạm Y tế', people(20, 20, 400)),
  listGrid('Trường THCS Bờ Y', people(30, 30, 500), { above: dated('19/10/2025') }),
  listGrid('Công an xã', people(15, 15, 600)),
  asGrid(week3),
]);

const standingOf = (name: string, model = week4): Standing => model.standings.find((s) => s.name === name)!;
const staffVerdict = (name: string) => standingOf(name).indicators.find((i) => i.id === 'unit_staff_integrated')!;
const finalLines = () =>
  layoutReport(week4, { final: true })
    .find((s) => s.name === 'Báo cáo tổng kết')!
    .rows.map((row) => String(row[0]?.v ?? ''));

describe('standings judged at each target’s deadline (seed 000 §III.9)', () => {
  it('does not commend a unit that missed 100% on 20/10 for reaching it later: it is criticised for the deadline', () => {
    expect(staffVerdict('UBND xã')).toMatchObject({ percent: 100, verdict: 'missed', judgedAsOf: '2025-10-20', judgedPercent: 90 });
    expect(standingOf('UBND xã').standing).toBe('criticised');
    expect(standingOf('UBND xã').reasons).toEqual([
      expect.objectContaining({ code: 'missed', indicator: 'unit_staff_integrated', deadline: '2025-10-20', asOf: '2025-10-20', percent: 90 }),
    ]);
  });

  it('commends a unit that met every target by its deadline', () => {
    expect(staffVerdict('Trạm Y tế')).toMatchObject({ verdict: 'met', judgedAsOf: '2025-10-20', judgedPercent: 100 });
    expect(standingOf('Trạm Y tế')).toMatchObject({ standing: 'commended', place: 1, reasons: [] });
  });

  it('takes a list’s own "Số liệu đến ngày" as its figure at the deadline', () => {
    expect(staffVerdict('Trường THCS Bờ Y')).toMatchObject({ verdict: 'met', judgedAsOf: '2025-10-19' });
    expect(standingOf('Trường THCS Bờ Y').standing).toBe('commended');
  });

  it('criticises a unit with no figure by the deadline when the commune had figures then: it reported late', () => {
    expect(staffVerdict('Công an xã')).toMatchObject({ verdict: 'missed', judgedAsOf: '2025-10-27', judgedPercent: 100 });
    expect(standingOf('Công an xã').reasons[0].message).toMatch(/^không báo cáo kết quả ".+" đến hạn 20\/10\/2025/);
  });

  it('cannot judge a deadline nobody in the commune had a figure for', () => {
    const alone = run('2025-10-27', [listGrid('Trạm Y tế', people(20, 20, 400))]);
    expect(standingOf('Trạm Y tế', alone)).toMatchObject({ standing: 'unassessed', place: null });
    expect(standingOf('Trạm Y tế', alone).reasons).toEqual([expect.objectContaining({ code: 'noFigureAtDeadline', indicator: 'unit_staff_integrated' })]);
  });

  it('judges a target whose deadline is still ahead on the figures so far', () => {
    // Thôn 1: 9 of 10 integrated is 90% against ≥ 80% (§II.3), every level-2 account activated; due 15/11.
    expect(standingOf('Thôn 1')).toMatchObject({ standing: 'commended', reasons: [] });
    expect(standingOf('Thôn 1').indicators.map((i) => i.verdict)).toEqual(['met', 'met', 'met']);
  });

  it('criticises a village that never sent a list and one that has done nothing, worst first', () => {
    const criticised = week4.standings.filter((s) => s.standing === 'criticised').map((s) => [s.place, s.name, s.reasons[0].code]);
    expect(criticised).toEqual([
      [1, 'Thôn 3', 'neverReported'],
      [2, 'Thôn 2', 'notStarted'],
      // Both at 100% now: ties keep the workbook's order.
      [3, 'UBND xã', 'missed'],
      [4, 'Công an xã', 'missed'],
    ]);
  });

  it('carries each entity’s rank, change since last week and stall in the JSON report', () => {
    const thon1 = standingOf('Thôn 1').indicators.find((i) => i.id === 'bhyt_in_sskdt')!;
    // 9/10 both weeks: no rise since 20/10, ranked above Thôn 2's 0/10.
    expect(thon1).toMatchObject({ percent: 90, rank: 1, deltaPoints: 0, stalled: true, behindPace: false });
    expect(standingOf('Thôn 2').indicators.find((i) => i.id === 'bhyt_in_sskdt')).toMatchObject({ rank: 2 });
    const ubnd = standingOf('UBND xã').indicators.find((i) => i.id === 'unit_staff_integrated')!;
    expect(ubnd).toMatchObject({ rank: 1, deltaPoints: 10, stalled: false });
  });

  it('prints the lists with their reasons in the final report', () => {
    const lines = finalLines();
    const commend = lines.findIndex((l) => l.startsWith('III.'));
    const criticise = lines.findIndex((l) => l.startsWith('IV.'));
    expect(lines.slice(commend + 1, commend + 4)).toEqual(['1. Trạm Y tế: tỷ lệ bình quân 100,0%.', '2. Trường THCS Bờ Y: tỷ lệ bình quân 100,0%.', '3. Thôn 1: tỷ lệ bình quân 96,7%.']);
    expect(lines[criticise + 1]).toBe('1. Thôn 3: không gửi danh sách, báo cáo kết quả lần nào.');
    expect(lines[criticise + 2]).toMatch(/^2\. Thôn 2: tỷ lệ bình quân 0,0%; chưa có kết quả ở chỉ tiêu nào: chưa triển khai thực hiện; chưa đạt: /);
    expect(lines[criticise + 3]).toMatch(/^3\. UBND xã: tỷ lệ bình quân 100,0%; chưa đạt ".+" tại hạn 20\/10\/2025 \(90,0% ngày 20\/10\/2025\)\.$/);
  });
});

describe('a list with nobody on it (seed 000 §III.9: "không triển khai thực hiện")', () => {
  it('is criticised as not started, not left out of both lists', () => {
    const grids = [listGrid('Thôn 1', people(10, 9, 100)), listGrid('Thôn 2', [])];
    const model = ReportModel.parse(consolidate({ grids, campaign: PRESETS['bo-y-2025'], asOf: '2025-10-27' }));
    expect(standingOf('Thôn 2', model)).toMatchObject({ standing: 'criticised', place: 1, meanPercent: null });
    expect(standingOf('Thôn 2', model).reasons.map((r) => r.code)).toEqual(['notStarted']);
  });
});
