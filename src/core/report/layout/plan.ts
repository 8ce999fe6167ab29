/**
 * Whether the report may be written into this workbook, and what. A list someone named like one of the
 * report's sheets ("Tổng hợp") would be replaced by the report, so the engine refuses until it is renamed:
 * a result the pane and the ribbon show, not an error.
 */
import type { ReportModel } from '../model';
import type { SheetSpec } from '../../sheetspec';
import { layoutReport, type LayoutOptions } from './index';

export interface Refusal {
  code: 'SHEET_NAME_RESERVED';
  /** The lists to rename, in tab order. */
  sheets: string[];
}

export type ReportPlan = { refused: null; specs: SheetSpec[] } | { refused: Refusal };

export function planReport(model: ReportModel, options: LayoutOptions = {}): ReportPlan {
  const sheets = model.issues.filter((i) => i.code === 'SHEET_NAME_RESERVED').map((i) => i.sheet);
  if (sheets.length > 0) return { refused: { code: 'SHEET_NAME_RESERVED', sheets } };
  return { refused: null, specs: layoutReport(model, options) };
}
