/** Report model → the report's sheets, in the order they appear in the workbook. */
import type { ReportModel } from '../model';
import type { SheetSpec } from '../../sheetspec';
import { layoutSummary } from './summary';
import { layoutDuplicates, layoutErrors } from './issues';
import { layoutWeekly } from './weekly';
import { layoutHistory } from './history';

export function layoutReport(model: ReportModel): SheetSpec[] {
  return [layoutWeekly(model), layoutSummary(model), layoutErrors(model), layoutDuplicates(model), layoutHistory(model)];
}
