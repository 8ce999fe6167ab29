/**
 * Whether the report may be written into this workbook, and what. A list or any other sheet someone named like
 * one of the report's sheets ("Tổng hợp", the commune's own "Báo cáo tuần") would be replaced by the report, so
 * the engine refuses until it is renamed: a result the pane and the ribbon show, not an error.
 */
import type { ReportModel } from '../model';
import type { SheetSpec } from '../../sheetspec';
import { layoutReport, type LayoutOptions } from './index';

export interface Refusal {
  /**
   * SHEET_NAME_RESERVED: a list has a report sheet's name; SHEET_NAME_TAKEN: another sheet of the commune's has one
   * (its own "Báo cáo tuần"); WORKING_LIST_UNREADABLE, HISTORY_UNREADABLE: our sheet lost a column it is read back by;
   * WORK_LISTS_TYPED_IN: a team typed results into the work lists' sheet (only the work lists refuse).
   */
  code: 'SHEET_NAME_RESERVED' | 'SHEET_NAME_TAKEN' | 'WORKING_LIST_UNREADABLE' | 'HISTORY_UNREADABLE' | 'WORK_LISTS_TYPED_IN';
  /** The sheets to rename or mend, in tab order. */
  sheets: string[];
}

export type ReportPlan = { refused: null; specs: SheetSpec[] } | { refused: Refusal };

export function planReport(model: ReportModel, options: LayoutOptions = {}): ReportPlan {
  // Replacing a sheet people made, or a working list that cannot be read back, would drop what they typed (ISSUE 14 §1).
  for (const code of ['SHEET_NAME_RESERVED', 'SHEET_NAME_TAKEN', 'WORKING_LIST_UNREADABLE', 'HISTORY_UNREADABLE'] as const) {
    const sheets = model.issues.filter((i) => i.code === code).map((i) => i.sheet);
    if (sheets.length > 0) return { refused: { code, sheets: [...new Set(sheets)] } };
  }
  return { refused: null, specs: layoutReport(model, options) };
}
