/**
 * The chart sheet: each village's rate for one indicator against the target, as a small table and a
 * native chart drawn over it (by the Office.js writer and by the .xlsx writer alike).
 */
import { formatTarget, formatVnDate } from '../../format';
import type { ReportModel } from '../model';
import type { SheetSpec } from '../../sheetspec';
import { DECREE30_MARGINS, SheetBuilder, span } from './builder';
import { STYLES } from './styles';
import { SHEET } from '../../vocabulary';

export const CHART_SHEET = SHEET.chart;

const HEADER_ROW = 3;
const CHART_LEFT = 4; // column E, one blank column after the table
const CHART_WIDTH = 10; // columns
const CHART_MIN_HEIGHT = 20; // rows

export function layoutChart(model: ReportModel, indicatorId: string): SheetSpec {
  const indicator = model.indicators.find((i) => i.id === indicatorId);
  if (!indicator) throw new Error(`layoutChart: the report has no indicator "${indicatorId}"`);

  const b = new SheetBuilder(CHART_SHEET, STYLES, [28, 12, 12], {
    paper: 'A4',
    orientation: 'landscape',
    fitToWidth: true,
    margins: DECREE30_MARGINS,
  });
  const title = `${indicator.label.vi} (chỉ tiêu ${formatTarget(indicator.target)})`;
  b.merge(span(0, 0, 0, 2), title, 'subject');
  b.merge(span(1, 0, 1, 2), `Theo thôn, tổ dân phố. Số liệu đến ngày ${formatVnDate(model.asOf)}`, 'period');
  ['Thôn, tổ dân phố', 'Tỷ lệ đạt', 'Chỉ tiêu'].forEach((t, c) => b.set(HEADER_ROW, c, t, 'th'));

  const villages = model.entities.filter((e) => e.kind === 'village' && Object.hasOwn(e.indicators, indicatorId));
  const target = indicator.target.value / 100;
  villages.forEach((e, i) => {
    const percent = e.indicators[indicatorId].percent;
    b.set(HEADER_ROW + 1 + i, 0, e.name, 'td');
    b.set(HEADER_ROW + 1 + i, 1, percent === null ? null : percent / 100, 'chartPct');
    b.set(HEADER_ROW + 1 + i, 2, target, 'chartPct');
  });
  b.fitRowHeights();

  if (villages.length === 0) {
    b.merge(span(HEADER_ROW + 1, 0, HEADER_ROW + 1, 2), 'Chưa có số liệu của thôn, tổ dân phố cho chỉ tiêu này.', 'td');
    return b.spec;
  }
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + villages.length;
  b.spec.chart = {
    kind: 'bar',
    title,
    categories: span(first, 0, last, 0),
    series: [{ name: 'Tỷ lệ đạt', values: span(first, 1, last, 1) }],
    target: { name: `Chỉ tiêu ${formatTarget(indicator.target)}`, values: span(first, 2, last, 2) },
    anchor: span(HEADER_ROW, CHART_LEFT, HEADER_ROW + Math.max(CHART_MIN_HEIGHT, villages.length + 2), CHART_LEFT + CHART_WIDTH - 1),
  };
  b.spec.freeze = { rows: HEADER_ROW + 1, columns: 0 };
  return b.spec;
}
