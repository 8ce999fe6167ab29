/** Report model → the report's sheets, in the order they appear in the workbook. */
import type { ReportModel } from '../model';
import type { SheetSpec } from '../../sheetspec';
import { layoutSummary } from './summary';
import { layoutDuplicates, layoutErrors, layoutNotes } from './issues';
import { layoutWeekly } from './weekly';
import { layoutFinal } from './final';
import { layoutHistory } from './history';
import { layoutChart } from './chart';
import { hasAnnex, layoutAnnex } from './annex';

export interface LayoutOptions {
  /** Add the final report ("Báo cáo tổng kết"). By default it comes once the final report is due within the week, or later. */
  final?: boolean;
  /**
   * Add the chart sheet after the summary: each village's rate for the first village indicator against its
   * target. Both writers draw it (the add-in's and the .xlsx file's); without a village indicator there is no chart.
   */
  chart?: boolean;
}

/** True from seven days before the final report is due: the last weekly report is then also the time to sum up. */
export function finalReportDue(model: ReportModel): boolean {
  const [y, m, d] = model.campaign.finalReportDue.split('-').map(Number);
  const weekBefore = new Date(Date.UTC(y, m - 1, d - 7)).toISOString().slice(0, 10);
  return model.asOf >= weekBefore;
}

export function layoutReport(model: ReportModel, options: LayoutOptions = {}): SheetSpec[] {
  const final = options.final ?? finalReportDue(model);
  const charted = options.chart ? model.indicators.find((i) => i.appliesTo.includes('village')) : undefined;
  return [
    ...(final ? [layoutFinal(model)] : []),
    layoutWeekly(model),
    ...(hasAnnex(model) ? [layoutAnnex(model)] : []),
    layoutSummary(model),
    ...(charted ? [layoutChart(model, charted.id)] : []),
    layoutErrors(model),
    layoutNotes(model),
    layoutDuplicates(model),
    layoutHistory(model),
  ];
}
