/**
 * "Bảo đảm có kết quả hằng ngày, tỷ lệ ngày hôm sau phải cao hơn ngày hôm trước" (seed 000 §I.2), and seed 002's
 * "mỗi tuần phấn đấu đạt từ 10% trở lên" (§IV.1) pro-rated within the week (issue 10 §9). Bờ Y consolidates every
 * day from Monday 20/10/2025, each run carrying the history forward through the "Lịch sử" sheet.
 */
import { consolidate } from '../../src/core/consolidate';
import { PRESETS } from '../../src/core/campaign/presets';
import type { Campaign } from '../../src/core/campaign/schema';
import type { CellValue, Grid } from '../../src/core/grid';
import { layoutReport } from '../../src/core/report/layout';
import { ReportModel } from '../../src/core/report/model';
import type { SheetSpec } from '../../src/core/sheetspec';
import { dailySeries } from '../../src/core/report/daily';
import { compareWithHistory } from '../../src/core/report/weekly';
import { cccd, listGrid, type PersonRow } from '../helpers/lists';

const asGrid = (spec: SheetSpec): Grid => ({ sheet: spec.name, values: spec.rows.map((row) => row.map((c) => (c ? c.v : null))) });

/** Twenty adult residents with a CCCD, the first `level2` of them with a level-2 account. */
function village(sheet: string, serialFrom: number, level2: number): Grid {
  const people: PersonRow[] = Array.from({ length: 20 }, (_, i) => ({
    name: `Người ${serialFrom + i}`,
    birth: '01/01/1980',
    cccd: cccd(1980, i % 2 === 0, serialFrom + i),
    resident: 'x',
    level2: i < level2 ? 'x' : '',
  }));
  const above: CellValue[][] = [[`DANH SÁCH ${sheet.toUpperCase()}`]];
  return listGrid(sheet, people, { above });
}

/** One consolidation a day, each with the history of the one before. */
function days(campaign: Campaign, dates: readonly string[], levels: readonly [number, number][]): ReportModel[] {
  const out: ReportModel[] = [];
  dates.forEach((asOf, i) => {
    const earlier = out.length > 0 ? [asGrid(layoutReport(out[out.length - 1]).find((s) => s.name === 'Lịch sử') as SheetSpec)] : [];
    const grids = [village('Thôn 1', 100, levels[i][0]), village('Thôn 2', 200, levels[i][1])];
    out.push(consolidate({ grids, campaign, asOf, madeAt: `${asOf}T17:00`, earlier }));
  });
  return out;
}

describe('daily consolidations (seed 000 §I.2)', () => {
  // Thôn 1 rises every day; Thôn 2 rises on Tuesday and stays put on Wednesday.
  const runs = days(PRESETS['bo-y-2025'], ['2025-10-20', '2025-10-21', '2025-10-22'], [
    [10, 10],
    [12, 11],
    [14, 11],
  ]);
  const wednesday = runs[2];

  test('give a day-by-day series per village with the change since the day before, and flag the day that did not rise', () => {
    const series = dailySeries(wednesday, 'level2_registered');
    expect(series?.days).toEqual(['2025-10-20', '2025-10-21', '2025-10-22']);
    const thon2 = series?.rows.find((r) => r.name === 'Thôn 2');
    const rounded = (n: number | null | undefined) => (n == null ? n : Math.round(n * 10) / 10);
    expect(thon2?.days.map((d) => [rounded(d?.percent), rounded(d?.change), d?.stalled])).toEqual([
      [50, null, false],
      [55, 5, false],
      [55, 0, true],
    ]);
    const thon1 = series?.rows.find((r) => r.name === 'Thôn 1');
    expect(thon1?.days.map((d) => d?.stalled)).toEqual([false, false, false]);
    expect(series?.rows.find((r) => r.total)?.days.at(-1)?.change).toBeCloseTo(5);
  });

  test('show in the signed report: the days, Thôn 2’s Wednesday shaded, the commune up 5 points since the day before', () => {
    const spec = layoutReport(wednesday).find((s) => s.name === 'Báo cáo tuần') as SheetSpec;
    const values = spec.rows.map((row) => row.map((c) => (c ? String(c.v ?? '') : '')));
    const header = values.findIndex((row) => row[1] === 'Thôn, tổ dân phố / Cơ quan, đơn vị' && row[2] === '20/10');
    expect(values[header].slice(2, 5)).toEqual(['20/10', '21/10', '22/10']);
    expect(values[header][8]).toBe('So với hôm trước (điểm)');
    const thon2 = spec.rows[header + 2];
    expect(thon2[1]?.v).toBe('Thôn 2');
    expect([thon2[2]?.s, thon2[3]?.s, thon2[4]?.s]).toEqual(['tdPct', 'tdPct', 'pctAlarm']);
    expect([thon2[2]?.v, thon2[3]?.v, thon2[4]?.v]).toEqual(['50,0%', '55,0%', '55,0%']);
    expect(thon2[8]?.v).toBe('0,0');
    expect(values.flat().join('\n')).toContain('tăng 5,0 điểm so với ngày hôm trước');
  });

  test('a single consolidation in the week has no series', () => {
    expect(dailySeries(runs[0], 'level2_registered')).toBeNull();
    expect(runs[0].daily).toEqual([]);
  });

  test('the JSON report carries the series (`daily`), the same the signed page shows (before: only the history rows)', () => {
    const json = ReportModel.parse(JSON.parse(JSON.stringify(wednesday)));
    const level2 = json.daily.find((s) => s.indicator === 'level2_registered');
    expect(level2).toEqual(dailySeries(wednesday, 'level2_registered'));
    const thon2 = level2?.rows.find((r) => r.name === 'Thôn 2');
    expect(thon2?.days.map((d) => [d?.percent == null ? null : Math.round(d.percent * 10) / 10, d?.stalled])).toEqual([
      [50, false],
      [55, false],
      [55, true],
    ]);
    // Every indicator the report shows has its series, each with the three days.
    expect(json.daily.every((s) => s.days.length === 3)).toBe(true);
  });
});

describe('the weekly pace (seed 002 §IV.1: "mỗi tuần phấn đấu đạt từ 10% trở lên"), pro-rated within the week', () => {
  // Bờ Y's first indicator with seed 002's pace of 10 points a week; last week's snapshot is Sunday 19/10/2025.
  const boY = PRESETS['bo-y-2025'];
  const campaign: Campaign = { ...boY, indicators: boY.indicators.map((i) => (i.id === 'level2_registered' ? { ...i, pacePointsPerWeek: 10 } : i)) };
  const behind = (asOf: string, level: number) => {
    const runs = days(campaign, ['2025-10-19', asOf], [
      [10, 10],
      [level, level],
    ]);
    return compareWithHistory(runs[1]).find((c) => c.id === 'level2_registered')?.rows.map((r) => r.behindPace);
  };

  test('a Tuesday run owes 2/7 of the ten points: 5 points up in two days is on pace (it was flagged)', () => {
    expect(behind('2025-10-21', 11)).toEqual([false, false]);
  });

  test('no rise by Tuesday is behind the 2,9 points owed', () => {
    expect(behind('2025-10-21', 10)).toEqual([true, true]);
  });

  test('on Sunday the whole ten points are owed: 5 points up in the week is behind', () => {
    expect(behind('2025-10-26', 11)).toEqual([true, true]);
  });
});
