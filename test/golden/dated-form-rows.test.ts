/**
 * Dates on forms (issue 10 §8), on Thượng Ninh's campaign (seed 001: 23–30/6/2026; week 1 is Tue 23/6–Sun 28/6,
 * week 2 Mon 29/6–Tue 30/6): the health station sends one row a day (Chỉ tiêu 2: 100% of KCB visitors guided).
 * A row dated after the as-of date is not counted; a week with no row reads "Chưa báo cáo", not 0/0/0; the final
 * report's weeks nobody consolidated take the dated rows.
 */
import { consolidate } from '../../src/core/consolidate';
import { PRESETS } from '../../src/core/campaign/presets';
import type { Grid } from '../../src/core/grid';
import { layoutReport } from '../../src/core/report/layout';
import { ReportModel } from '../../src/core/report/model';
import { formGrid } from '../helpers/forms';

const THUONG_NINH = PRESETS['thuong-ninh-2026'];
const HEADER = ['STT', 'Ngày', 'Tổng số lượt KCB', 'Số lượt được hướng dẫn'];
const DAYS: [string, number, number][] = [
  ['23/6/2026', 30, 29],
  ['24/6/2026', 32, 31],
  ['25/6/2026', 33, 33],
  ['26/6/2026', 35, 35],
];
const station: Grid = formGrid('Trạm Y tế', HEADER, DAYS.map(([date, visits, guided]) => ({ Ngày: date, 'Tổng số lượt KCB': visits, 'Số lượt được hướng dẫn': guided })));

const run = (asOf: string) => ReportModel.parse(consolidate({ grids: [station], campaign: THUONG_NINH, asOf, madeAt: `${asOf}T20:00` }));
const guided = (model: ReportModel) => model.entities.find((e) => e.name === 'Trạm Y tế')?.indicators.visitors_guided;
const sheetText = (model: ReportModel, name: string) =>
  layoutReport(model)
    .find((s) => s.name === name)
    ?.rows.map((row) => row.map((c) => (c ? String(c.v ?? '') : '')));

describe('form rows dated after the as-of date', () => {
  test('as of 24/6 the station has guided 60 of 62 visitors: the rows of 25/6 and 26/6 are not counted yet (was 128/130)', () => {
    const model = run('2026-06-24');
    expect(guided(model)).toMatchObject({ numerator: 60, denominator: 62 });
    expect(model.forms[0].rows.map((r) => r.label)).toEqual(['23/06/2026', '24/06/2026']);
    expect(model.entities[0]).toMatchObject({ records: 4, periodRows: 2, dataDate: '2026-06-24' });
  });

  test('as of 26/6 the four days count: 128 of 130', () => {
    expect(guided(run('2026-06-26'))).toMatchObject({ numerator: 128, denominator: 130 });
  });
});

describe('a week the station sent no row for', () => {
  const model = run('2026-06-30');

  test('is "not reported" in the JSON: no row counted in the week, 0/0 without a rate', () => {
    expect(model.period).toMatchObject({ index: 2, from: '2026-06-29', to: '2026-06-30' });
    expect(model.entities[0].periodRows).toBe(0);
    expect(guided(model)).toMatchObject({ numerator: 0, denominator: 0, percent: null, met: null });
  });

  test('reads "Chưa báo cáo" in the weekly report, its forms section and the summary, not 0/0/0', () => {
    const weekly = sheetText(model, 'Báo cáo tuần') ?? [];
    const stationRow = weekly.find((row) => row[1] === 'Trạm Y tế' && row[0] === '1');
    // The forecast's column (7) is blank: the station's weekly rate does not add up towards a target.
    expect(stationRow?.slice(2, 10)).toEqual(['', '', '', '', '', '', 'Chưa báo cáo', '']);
    const visits = weekly.find((row) => row[1] === 'Tổng số lượt khám chữa bệnh');
    expect(visits?.slice(5, 8)).toEqual(['130', 'Chưa báo cáo', '130']);
    expect(weekly.flat().join('\n')).toContain('Trạm Y tế chưa báo cáo số liệu tuần 2');
    const summary = sheetText(model, 'Tổng hợp') ?? [];
    expect(summary.find((row) => row[1] === 'Trạm Y tế')).toContain('Chưa báo cáo');
  });

  test('the final report takes week 1 from the dated rows, with no earlier consolidation, and week 2 reads "Chưa báo cáo" (was "Chưa tổng hợp")', () => {
    const sheet = sheetText(model, 'Báo cáo tổng kết') ?? [];
    // Chỉ tiêu 2's table: the second indicator of the preset.
    const final = sheet.slice(sheet.findIndex((row) => (row[0] ?? '').startsWith('2. Người dân đến khám chữa bệnh')));
    const week1 = final.find((row) => row[0] === '1' && row[1] === '23/06 – 28/06/2026');
    expect(week1?.slice(2, 4)).toEqual(['128', '130']);
    expect(week1?.[4]).toBe('98,5%'); // 128/130
    expect(week1?.[6]).toBe('Chưa đạt');
    const week2 = final.find((row) => row[0] === '2' && row[1] === '29/06 – 30/06/2026');
    expect(week2?.[6]).toBe('Chưa báo cáo');
    expect(final.flat()).toContain('Tuần chưa có lần tổng hợp nào: số liệu theo các dòng có ngày của biểu báo cáo trong tuần đó.');
    expect(model.indicators.find((i) => i.id === 'visitors_guided')?.formWeeks).toEqual([
      { week: 1, rows: 4, numerator: 128, denominator: 130 },
      { week: 2, rows: 0, numerator: 0, denominator: 0 },
    ]);
  });
});

describe('a week consolidated at the time', () => {
  test('keeps the figure of that consolidation in the final report: the forms fill only the weeks nobody consolidated', () => {
    const first = run('2026-06-24');
    const spec = layoutReport(first).find((s) => s.name === 'Lịch sử');
    const history: Grid = { sheet: 'Lịch sử', values: spec?.rows.map((row) => row.map((c) => (c ? c.v : null))) ?? [] };
    const model = ReportModel.parse(consolidate({ grids: [station], campaign: THUONG_NINH, asOf: '2026-06-30', madeAt: '2026-06-30T20:00', earlier: [history] }));
    const sheet = sheetText(model, 'Báo cáo tổng kết') ?? [];
    const final = sheet.slice(sheet.findIndex((row) => (row[0] ?? '').startsWith('2. Người dân đến khám chữa bệnh')));
    expect(final.find((row) => row[0] === '1')?.slice(2, 4)).toEqual(['60', '62']);
    expect(final.flat()).not.toContain('Tuần chưa có lần tổng hợp nào: số liệu theo các dòng có ngày của biểu báo cáo trong tuần đó.');
  });
});
