/**
 * SheetSpec.chart → a native Excel chart: clustered columns (Excel's name for vertical bars, and the
 * only bar kind Excel combines with a line), one series per spec series over the category labels, and
 * the target as a line across them. Chart series need ExcelApi 1.7, the set the manifest declares.
 */
import { cellAddress } from '../core/grid';
import type { ChartSpec, Range } from '../core/sheetspec';
import { rectAddress } from './a1';

/** Commands queueChart queues, for the payload estimate. */
export function chartCommandCount(chart: ChartSpec): number {
  return 8 + 4 * (chart.series.length + (chart.target ? 1 : 0));
}

export function queueChart(ws: Excel.Worksheet, chart: ChartSpec): void {
  if (chart.series.length === 0) return;
  const [first, ...rest] = chart.series;
  const range = (r: Range) => ws.getRange(rectAddress(r));
  const c = ws.charts.add('ColumnClustered', range(first.values), 'Columns');
  c.title.text = chart.title;
  c.legend.position = 'Bottom';
  const s0 = c.series.getItemAt(0);
  s0.name = first.name;
  s0.setXAxisValues(range(chart.categories));
  for (const s of rest) {
    const series = c.series.add(s.name);
    series.setValues(range(s.values));
    series.setXAxisValues(range(chart.categories));
  }
  if (chart.target) {
    const line = c.series.add(chart.target.name);
    line.setValues(range(chart.target.values));
    line.setXAxisValues(range(chart.categories));
    line.chartType = 'Line';
  }
  const a = chart.anchor;
  c.setPosition(cellAddress(a.top, a.left), cellAddress(a.bottom, a.right));
}
