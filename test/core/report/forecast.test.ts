/**
 * ISSUE 11 §2: when each village reaches its target at its recent pace. Five villages of one commune, consolidated on
 * Monday 27/10/2025 with the history of 13/10 and 20/10 (target ≥ 80% by the campaign's end, 15/11/2025: 19 days,
 * 19/7 weeks, left), each list of 100 residents:
 *   Thôn 1  40 → 50 → 60   on pace: 10 points a week, 80% two weeks after 27/10
 *   Thôn 2  38 → 40 → 42   will miss: 2 points a week; 38 more people in 19 days is 14 a week
 *   Thôn 3  70 → 85        already at target
 *   Thôn 4  50             one snapshot only
 *   Thôn 5  50 → 50 → 50   no rise
 *   Thôn 6  60 → 55        falling
 */
import { consolidate } from '../../../src/core/consolidate';
import type { CellValue, Grid } from '../../../src/core/grid';
import { HISTORY_COLUMNS, HISTORY_TITLE } from '../../../src/core/history/history';
import { forecastOf, forecastWords } from '../../../src/core/report/forecast';
import { layoutReport } from '../../../src/core/report/layout';
import { ReportModel, type Forecast } from '../../../src/core/report/model';
import { summariseResult } from '../../../src/taskpane/result-summary';
import { campaignWith, cccd, listGrid } from '../../helpers/lists';

const campaign = campaignWith();
const AS_OF = '2025-10-27';
const SERIES: Record<string, number[]> = {
  'Thôn 1': [40, 50, 60],
  'Thôn 2': [38, 40, 42],
  'Thôn 3': [70, 85],
  'Thôn 4': [50],
  'Thôn 5': [50, 50, 50],
  'Thôn 6': [60, 55],
};
const DATES = ['2025-10-13', '2025-10-20', AS_OF];

/** 100 adult residents, the first `level2` with a level-2 account. */
const residents = (village: number, level2: number) =>
  Array.from({ length: 100 }, (_, i) => ({ name: `Người ${village}-${i}`, birth: '01/01/1980', cccd: cccd(1980, i % 2 === 0, village * 1000 + i), resident: 'x', level2: i < level2 ? 'x' : '' }));

/** The "Lịch sử" sheet of the earlier consolidations: each village's figures before today, the latest last. */
function historyGrid(): Grid {
  const rows: CellValue[][] = [[HISTORY_TITLE], HISTORY_COLUMNS.map((c) => c.header)];
  for (const [entity, levels] of Object.entries(SERIES)) {
    levels.slice(0, -1).forEach((level2, k) => {
      const asOf = DATES[DATES.length - levels.length + k];
      rows.push(['thu-nghiem', 2 + DATES.indexOf(asOf), asOf, entity, 'village', 'level2_registered', level2, 100, 100, `${asOf}T08:00`]);
    });
  }
  return { sheet: 'Lịch sử', values: rows };
}

const grids = Object.entries(SERIES).map(([name, levels], v) => listGrid(name, residents(v + 1, levels[levels.length - 1])));
const model = ReportModel.parse(consolidate({ grids, campaign, asOf: AS_OF, madeAt: `${AS_OF}T08:00`, earlier: [historyGrid()] }));
const forecast = (name: string): Forecast => model.standings.find((s) => s.name === name)!.indicators[0].forecast!;
const words = (name: string) => forecastWords(forecast(name), {})!.vi;

describe('the forecast of each village (ISSUE 11 §2), in the JSON report', () => {
  it('a village on pace reaches 80% on 10/11/2025, before the deadline', () => {
    expect(forecast('Thôn 1')).toEqual({
      status: 'onTrack',
      snapshots: 3,
      since: '2025-10-13',
      pacePointsPerWeek: 10,
      reachedOn: '2025-11-10',
      deadline: '2025-11-15',
      beforeDeadline: true,
      needed: 20,
      neededPerWeek: 8,
    });
    expect(words('Thôn 1')).toBe('Tăng 10,0 điểm/tuần: đạt ngày 10/11/2025, kịp hạn');
  });

  it('a village that will miss: 38 more people in 19 days is 14 a week', () => {
    // 42% + 2 points a week: 38 points take 133 days, to 09/03/2026.
    expect(forecast('Thôn 2')).toMatchObject({ status: 'late', pacePointsPerWeek: 2, reachedOn: '2026-03-09', beforeDeadline: false, needed: 38, neededPerWeek: 14 });
    expect(words('Thôn 2')).toBe('Tăng 2,0 điểm/tuần: đạt ngày 09/03/2026, không kịp hạn; cần thêm 14 người/tuần');
  });

  it('a village already at its target needs nobody more', () => {
    expect(forecast('Thôn 3')).toEqual({
      status: 'met',
      snapshots: 2,
      since: '2025-10-20',
      pacePointsPerWeek: null,
      reachedOn: null,
      deadline: '2025-11-15',
      beforeDeadline: null,
      needed: 0,
      neededPerWeek: null,
    });
    expect(words('Thôn 3')).toBe('Đã đạt');
  });

  it('a village with one snapshot says there is too little history, and no day', () => {
    expect(forecast('Thôn 4')).toEqual({
      status: 'tooLittleHistory',
      snapshots: 1,
      since: AS_OF,
      pacePointsPerWeek: null,
      reachedOn: null,
      deadline: '2025-11-15',
      beforeDeadline: null,
      needed: 30,
      neededPerWeek: 12,
    });
    expect(words('Thôn 4')).toBe('Chưa đủ số liệu để dự báo; cần thêm 12 người/tuần');
  });

  it('a village that does not rise, or falls, never reaches the target: no day', () => {
    expect(forecast('Thôn 5')).toMatchObject({ status: 'never', pacePointsPerWeek: 0, reachedOn: null, beforeDeadline: null, needed: 30, neededPerWeek: 12 });
    expect(words('Thôn 5')).toBe('Không tăng: không đạt; cần thêm 12 người/tuần');
    // 60% on 20/10, 55% on 27/10: down 5 points a week; 25 more people in 19 days.
    expect(forecast('Thôn 6')).toMatchObject({ status: 'never', pacePointsPerWeek: -5, reachedOn: null, needed: 25, neededPerWeek: 10 });
    expect(words('Thôn 6')).toBe('Giảm 5,0 điểm/tuần: không đạt; cần thêm 10 người/tuần');
  });
});

describe('the forecast in the weekly report', () => {
  const weekly = layoutReport(model).find((s) => s.name === 'Báo cáo tuần')!;
  const texts = weekly.rows.map((row) => row.map((c) => (c?.v == null ? '' : String(c.v))));

  it('has a column beside "Tăng, giảm" with each village’s forecast', () => {
    const header = texts.findIndex((row) => row[0] === 'STT');
    expect(texts[header].slice(6, 9)).toEqual(['Tăng, giảm (điểm)', 'Dự báo đạt chỉ tiêu', 'Đánh giá']);
    const row = (name: string) => texts.find((r) => r[1] === name)!;
    expect(row('Thôn 2')[7]).toBe('Tăng 2,0 điểm/tuần: đạt ngày 09/03/2026, không kịp hạn; cần thêm 14 người/tuần');
    expect(row('Thôn 4')[7]).toBe('Chưa đủ số liệu để dự báo; cần thêm 12 người/tuần');
    expect(weekly.rows[header + 2][7]?.s).toBe('tdForecastLate');
    expect(weekly.rows[header + 1][7]?.s).toBe('tdForecast');
  });

  it('names the villages that will miss in the narrative, with the people a week they need', () => {
    expect(texts.map((r) => r[0])).toContain(
      '- Dự báo "Có tài khoản định danh mức 2" theo tốc độ của 3 lần tổng hợp gần nhất, không kịp hạn 15/11/2025: ' +
        'Thôn 2 (tăng 2,0 điểm/tuần, dự kiến đạt ngày 09/03/2026, cần thêm 14 người/tuần), Thôn 5 (không tăng, cần thêm 12 người/tuần), ' +
        'Thôn 6 (giảm 5,0 điểm/tuần, cần thêm 10 người/tuần).',
    );
  });

  it('says there is too little history when nobody has two snapshots yet', () => {
    const first = ReportModel.parse(consolidate({ grids, campaign, asOf: AS_OF }));
    const lines = layoutReport(first)
      .find((s) => s.name === 'Báo cáo tuần')!
      .rows.map((row) => String(row[0]?.v ?? ''));
    expect(lines).toContain('- Dự báo thời điểm đạt chỉ tiêu: chưa đủ số liệu (cần ít nhất hai lần tổng hợp).');
    expect(lines.some((l) => l.startsWith('- Dự báo theo tốc độ'))).toBe(false);
  });
});

describe('the forecast in the pane’s result card', () => {
  it('lists the villages and units that will miss, worst need first', () => {
    expect(summariseResult(model).forecast).toEqual({
      state: 'paced',
      late: [
        { name: 'Thôn 2', kind: 'village', id: 'level2_registered', label: campaign.indicators[0].label, deadline: '2025-11-15', words: { vi: expect.stringContaining('cần thêm 14 người/tuần'), en: expect.stringContaining('14 more people a week') } },
        { name: 'Thôn 5', kind: 'village', id: 'level2_registered', label: campaign.indicators[0].label, deadline: '2025-11-15', words: expect.anything() },
        { name: 'Thôn 6', kind: 'village', id: 'level2_registered', label: campaign.indicators[0].label, deadline: '2025-11-15', words: expect.anything() },
      ],
    });
  });


  it('says there is too little history after a single consolidation, and nothing to forecast once every deadline has passed', () => {
    expect(summariseResult(ReportModel.parse(consolidate({ grids, campaign, asOf: AS_OF }))).forecast).toEqual({ state: 'tooLittleHistory', late: [] });
    const after = ReportModel.parse(consolidate({ grids, campaign, asOf: '2025-11-17', earlier: [historyGrid()] }));
    expect(summariseResult(after).forecast).toEqual({ state: 'pastDeadlines', late: [] });
  });
});

describe('forecastOf at its edges', () => {
  const info = { target: { op: '>=' as const, value: 80 }, deadline: '2025-11-15' };
  const at = (asOf: string, numerator: number, denominator = 100) => ({ asOf, numerator, denominator });

  it('takes the pace over the last three snapshots only', () => {
    // 0 → 10 → 40 → 60 weekly: the last three give (60 − 10) / 2 weeks = 25 points a week; 20 more points take 5,6 days.
    const f = forecastOf([at('2025-10-06', 0), at('2025-10-13', 10), at('2025-10-20', 40), at('2025-10-27', 60)], info, '2025-10-27');
    expect(f).toMatchObject({ snapshots: 3, since: '2025-10-13', pacePointsPerWeek: 25, reachedOn: '2025-11-02' });
  });

  it('meets a "> 95%" target only above it: 19 of 20 needs one more', () => {
    const f = forecastOf([at('2025-10-20', 18, 20), at('2025-10-27', 19, 20)], { target: { op: '>', value: 95 }, deadline: '2025-11-15' }, '2025-10-27');
    // 5 points a week from 95%: a day later is above 95%.
    expect(f).toMatchObject({ status: 'onTrack', needed: 1, reachedOn: '2025-10-28' });
  });

  it('after the deadline is late with no people a week to ask for', () => {
    const f = forecastOf([at('2025-11-10', 50), at('2025-11-17', 60)], info, '2025-11-17');
    expect(f).toMatchObject({ status: 'late', reachedOn: '2025-12-01', beforeDeadline: false, needed: 20, neededPerWeek: null });
    expect(forecastWords(f, {})?.vi).toBe('Tăng 10,0 điểm/tuần: đạt ngày 01/12/2025, không kịp hạn');
  });

  it('gives no day for a pace too slow to reach the target within ten years', () => {
    const f = forecastOf([at('2025-10-20', 1, 10_000), at('2025-10-27', 2, 10_000)], info, '2025-10-27');
    expect(f).toMatchObject({ status: 'late', reachedOn: null, beforeDeadline: null });
  });

  it('words the people a week for what the indicator counts', () => {
    const f = forecastOf([at('2025-10-27', 79)], info, '2025-10-27');
    expect(forecastWords(f, {})).toEqual({ vi: 'Chưa đủ số liệu để dự báo; cần thêm 1 người/tuần', en: 'Too little history to forecast; 1 more person a week needed' });
    expect(forecastWords(f, { source: 'mismatches' })?.vi).toBe('Chưa đủ số liệu để dự báo; cần thêm 1 trường hợp/tuần');
  });

  it('has nothing to say without a figure', () => {
    expect(forecastOf([at('2025-10-27', 0, 0)], info, '2025-10-27').status).toBe('none');
    expect(forecastOf([], info, '2025-10-27').status).toBe('none');
  });
});
