/**
 * Three weekly consolidations of one commune, each carrying the history forward through the
 * "Lịch sử" sheet exactly as the report writes it: Thôn 1 rises every week, Thôn 2 stalls,
 * Thôn 3's list is left over from an earlier week, Thôn 4 never sends one.
 */
import { consolidate } from '../../src/core/consolidate';
import { PRESETS } from '../../src/core/campaign/presets';
import type { Campaign } from '../../src/core/campaign/schema';
import type { CellValue, Grid } from '../../src/core/grid';
import { layoutReport } from '../../src/core/report/layout';
import type { ReportModel } from '../../src/core/report/model';
import type { SheetSpec } from '../../src/core/sheetspec';
import { cccd, listGrid, type PersonRow } from '../helpers/lists';

const campaign: Campaign = {
  ...PRESETS['bo-y-2025'],
  entities: ['Thôn 1', 'Thôn 2', 'Thôn 3', 'Thôn 4'].map((sheet) => ({ sheet })),
};

/** `n` adult residents with a CCCD, the first `level2` of them with a level-2 account. */
function village(sheet: string, serialFrom: number, level2: number, dataDate?: string): Grid {
  const people: PersonRow[] = Array.from({ length: 10 }, (_, i) => ({
    name: `Người ${serialFrom + i}`,
    birth: '01/01/1980',
    cccd: cccd(1980, i % 2 === 0, serialFrom + i),
    resident: 'Thường trú',
    level2: i < level2 ? 'x' : '',
    activated: i < level2 ? 'x' : '',
    integrated: i < level2 ? 'x' : '',
  }));
  const above: CellValue[][] = [[`DANH SÁCH CÔNG DÂN ${sheet.toUpperCase()}`], dataDate ? [`Số liệu đến ngày ${dataDate}`] : []];
  return listGrid(sheet, people, { above });
}

/** What a writer puts in a sheet and a reader gets back: the values, row by row. */
function asGrid(spec: SheetSpec): Grid {
  return { sheet: spec.name, values: spec.rows.map((row) => row.map((c) => (c ? c.v : null))) };
}

const sheetOf = (model: ReportModel, name: string) => layoutReport(model).find((s) => s.name === name)!;
const history = (model: ReportModel) => asGrid(sheetOf(model, 'Lịch sử'));

function run(asOf: string, madeAt: string, levels: [number, number, number], thon3Date: string, earlier: Grid[]): ReportModel {
  const grids = [village('Thôn 1', 100, levels[0]), village('Thôn 2', 200, levels[1]), village('Thôn 3', 300, levels[2], thon3Date), ...earlier];
  return consolidate({ grids, campaign, asOf, madeAt });
}

const week2 = run('2025-10-13', '2025-10-13T08:00', [6, 7, 5], '13/10/2025', []);
const week3 = run('2025-10-20', '2025-10-20T08:00', [8, 7, 5], '20/10/2025', [history(week2)]);
// Thôn 3 sent nothing new: its sheet still says 20/10, before week 4 began. Consolidated after Monday 03/11 09:00, the deadline.
const week4 = run('2025-10-27', '2025-11-03T10:00', [10, 7, 9], '20/10/2025', [history(week3)]);

/** The weekly sheet's rows of the first indicator's table, by entity name. */
function firstTable(model: ReportModel): Map<string, { cells: (CellValue | undefined)[]; nameStyle: string | undefined }> {
  const sheet = sheetOf(model, 'Báo cáo tuần');
  const start = sheet.rows.findIndex((row) => row[0]?.v === 'STT');
  const out = new Map<string, { cells: (CellValue | undefined)[]; nameStyle: string | undefined }>();
  for (let r = start + 1; r < sheet.rows.length && sheet.rows[r][1]; r++) {
    out.set(String(sheet.rows[r][1]!.v), { cells: sheet.rows[r].map((c) => c?.v), nameStyle: sheet.rows[r][1]!.s });
  }
  return out;
}

describe('three weeks of one commune', () => {
  const table = firstTable(week4);

  test('shows this week, last week and the change in points for a village that rose', () => {
    // STT, name, achieved, population, rate, last week, change, forecast, assessment, rank
    expect(table.get('Thôn 1')?.cells).toEqual(['1', 'Thôn 1', 10, 10, '100,0%', '80,0%', '+20,0', 'Đã đạt', 'Đạt', 1]);
  });

  test('forecasts from the three weeks: Thôn 2 never gets there at 7 of 10 every week, Thôn 3 is on pace (ISSUE 11 §2)', () => {
    // Target > 95% (10 of 10) by 15/11: Thôn 2 needs 3 more people in 19 days, 2 a week; Thôn 3 rose 40 points in two weeks.
    expect(table.get('Thôn 2')?.cells[7]).toBe('Không tăng: không đạt; cần thêm 2 người/tuần');
    expect(table.get('Thôn 3')?.cells[7]).toBe('Tăng 20,0 điểm/tuần: đạt ngày 29/10/2025, kịp hạn');
  });

  test('shades a village whose rate did not rise since the last consolidation', () => {
    expect(table.get('Thôn 2')?.cells.slice(2, 7)).toEqual([7, 10, '70,0%', '70,0%', '0,0']);
    expect(table.get('Thôn 2')?.nameStyle).toBe('tdAlarm');
    expect(table.get('Thôn 1')?.nameStyle).toBe('td');
  });

  test('adds the villages up in the totals row, compared with last week', () => {
    const total = table.get('Cộng thôn, tổ dân phố')!.cells;
    expect(total.slice(2, 4)).toEqual([26, 30]);
    // 26/30 = 86,7% this week, 20/30 = 66,7% the last: written as the narrative writes them.
    expect(total.slice(4, 7)).toEqual(['86,7%', '66,7%', '+20,0']);
  });

  test('names the missing village and the one whose data is older than the week, and says the deadline has passed', () => {
    const byName = new Map(week4.completeness.map((c) => [c.name, c]));
    expect(byName.get('Thôn 4')).toMatchObject({ status: 'missing', sheet: null, overdue: true });
    expect(byName.get('Thôn 3')).toMatchObject({ status: 'stale', dataDate: '2025-10-20', overdue: true });
    expect(byName.get('Thôn 1')).toMatchObject({ status: 'ok', overdue: false });
    const text = sheetOf(week4, 'Báo cáo tuần').rows.flat().map((c) => String(c?.v ?? '')).join('\n');
    expect(text).toContain('Đã nhận danh sách của 2/4');
    expect(text).toContain('chưa gửi: Thôn 4');
    expect(text).toContain('số liệu cũ, trước ngày 27/10/2025: Thôn 3');
    expect(text).toContain('đã quá hạn báo cáo (hạn trước 09:00 thứ Hai, 03/11/2025)');
  });

  test('before the deadline nothing is overdue', () => {
    expect(week3.completeness.find((c) => c.name === 'Thôn 4')).toMatchObject({ status: 'missing', overdue: false });
  });

  test('keeps one snapshot per as-of date in the history, and consolidating the same date again replaces it', () => {
    const dates = (m: ReportModel) => [...new Set(m.history.map((r) => r.asOf))];
    expect(dates(week4)).toEqual(['2025-10-13', '2025-10-20', '2025-10-27']);
    const again = run('2025-10-27', '2025-11-03T11:00', [10, 8, 9], '20/10/2025', [history(week4)]);
    expect(dates(again)).toEqual(['2025-10-13', '2025-10-20', '2025-10-27']);
    expect(again.history).toHaveLength(week4.history.length);
    const thon2 = again.history.filter((r) => r.entity === 'Thôn 2' && r.indicator === 'level2_registered' && r.asOf === '2025-10-27');
    expect(thon2).toEqual([expect.objectContaining({ numerator: 8, madeAt: '2025-11-03T11:00' })]);
  });

  test('reports a hand-edited history row, leaves it out of the comparison and keeps it in the next history sheet', () => {
    const edited = history(week3);
    const r = edited.values.findIndex((row) => row[3] === 'Thôn 1' && row[5] === 'level2_registered' && row[2] === '20/10/2025');
    edited.values[r] = [...edited.values[r]];
    edited.values[r][6] = 99; // numerator above the denominator
    const model = run('2025-10-27', '2025-11-03T10:00', [10, 7, 9], '20/10/2025', [edited]);
    expect(model.issues.filter((i) => i.code === 'HISTORY_ROW_INVALID')).toEqual([
      expect.objectContaining({ sheet: 'Lịch sử', row: r + 1, severity: 'warning' }),
    ]);
    // Without its week-3 row, Thôn 1's last week is the latest earlier week left: week 2, 6 of 10.
    expect(firstTable(model).get('Thôn 1')?.cells.slice(5, 7)).toEqual(['60,0%', '+40,0']);
    const rewritten = asGrid(sheetOf(model, 'Lịch sử'));
    const kept = rewritten.values.find((row) => row[3] === 'Thôn 1' && row[2] === '20/10/2025' && row[6] === 99);
    expect(kept?.[10]).toMatch(/^Dòng lỗi, không dùng: Tử số/);
  });

  test('the final report lists the commune week by week from the history', () => {
    const final = layoutReport(week4, { final: true }).find((s) => s.name === 'Báo cáo tổng kết')!;
    const start = final.rows.findIndex((row) => row[0]?.v === 'Tuần');
    const weeks = final.rows.slice(start + 1, start + 7).map((row) => row.slice(0, 5).map((c) => c?.v ?? null));
    expect(weeks.map((w) => [w[0], w[2], w[3]])).toEqual([
      [1, null, null],
      [2, 18, 30],
      [3, 20, 30],
      [4, 26, 30],
      [5, null, null],
      [6, null, null],
    ]);
  });

  test('commends the villages that met every target and criticises the others, worst first', () => {
    const final = layoutReport(week4, { final: true }).find((s) => s.name === 'Báo cáo tổng kết')!;
    const lines = final.rows.map((row) => String(row[0]?.v ?? ''));
    const commend = lines.findIndex((l) => l.startsWith('III.'));
    const criticise = lines.findIndex((l) => l.startsWith('IV.'));
    expect(lines[commend + 1]).toMatch(/^1\. Thôn 1: tỷ lệ bình quân 100,0%/);
    // Seed 000 §III.9 (ISSUE 10 §7): Thôn 4, which never sent a list, is criticised first; it used to be in neither list.
    expect(lines.slice(criticise + 1, criticise + 4)).toEqual([
      '1. Thôn 4: không gửi danh sách, báo cáo kết quả lần nào.',
      expect.stringMatching(/^2\. Thôn 2:/),
      expect.stringMatching(/^3\. Thôn 3:/),
    ]);
  });
});
