/**
 * Stage 4: what earlier runs left: the history ("Lịch sử") and the police's working list ("Lỗi dữ liệu") with
 * the statuses people set, from this workbook's own sheets and from earlier report files (the CLI's --history).
 */
import type { Grid } from '../grid';
import { type Issue, issueAt } from '../issues';
import { type HistoryRow, type RejectedHistoryRow, readHistory } from '../history/history';
import { type Previous, readMismatchSheet } from '../report/mismatches';
import { SHEET } from '../vocabulary';
import type { SheetClass } from './classify-sheets';

export interface EarlierReports {
  /** Every history row read, of any campaign. */
  history: HistoryRow[];
  historyRejected: RejectedHistoryRow[];
  /** The working list's rows as people left them. */
  worked: Previous[];
  issues: Issue[];
}

export function readEarlierReports(sheets: readonly SheetClass[], earlier: readonly Grid[]): EarlierReports {
  const ours = (name: string) => [
    ...earlier.filter((g) => g.sheet === name),
    ...sheets.flatMap((s) => (s.role === 'report' && s.own === name ? [s.grid] : [])),
  ];
  const histories = ours(SHEET.history).map(readHistory);
  const lists = ours(SHEET.errors).map(readMismatchSheet);
  const historyRejected = histories.flatMap((h) => h.rejected);
  const issues: Issue[] = [
    ...histories.flatMap((h) => (h.refused ? [issueAt({ sheet: SHEET.history, row: null, column: null }, 'HISTORY_UNREADABLE', { missing: h.refused.missing.map((m) => `"${m}"`).join(', ') })] : [])),
    ...historyRejected.map((r) => issueAt({ sheet: r.sheet, row: r.row, column: null }, 'HISTORY_ROW_INVALID', { problem: r.problem })),
    ...lists.flatMap((w) => (w.refused ? [issueAt({ sheet: SHEET.errors, row: null, column: null }, 'WORKING_LIST_UNREADABLE', { missing: w.refused.missing.map((m) => `"${m}"`).join(', ') })] : [])),
    ...lists.flatMap((w) => w.unreadable).map((u) => issueAt({ sheet: SHEET.errors, row: u.row, column: u.column }, 'WORKING_STATUS_KEPT')),
  ];
  return { history: histories.flatMap((h) => h.rows), historyRejected, worked: lists.flatMap((w) => w.rows), issues };
}
