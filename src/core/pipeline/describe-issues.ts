/**
 * The findings as the report shows them: in workbook order (sheet, row, column), each with its sentence in
 * Vietnamese and English and, on a list row, who the row is about.
 */
import type { Grid } from '../grid';
import type { Issue } from '../issues';
import { issueMessage } from '../messages';
import type { ReportIssue } from '../report/model';
import { personRef } from '../report/person-ref';
import type { RowLocator } from './locate';

export function describeIssues(issues: readonly Issue[], grids: readonly Grid[], locate: RowLocator): ReportIssue[] {
  const sheetOrder = new Map(grids.map((g, i) => [g.sheet, i]));
  const order = (sheet: string) => sheetOrder.get(sheet) ?? grids.length;
  const sorted = [...issues].sort(
    (a, b) =>
      order(a.sheet) - order(b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.column ?? '').length - (b.column ?? '').length ||
      (a.column ?? '').localeCompare(b.column ?? ''),
  );
  return sorted.map((i) => {
    const out: ReportIssue = {
      sheet: i.sheet,
      row: i.row,
      column: i.column,
      code: i.code,
      severity: i.severity,
      message: issueMessage(i, 'vi'),
      messageEn: issueMessage(i, 'en'),
    };
    // A finding grouped over a column (table/column-issues.ts) is about the column, not its first person.
    const cells = 'cells' in i.params ? i.params.cells : undefined;
    if (cells !== undefined) out.cells = cells;
    const at = cells !== undefined ? undefined : locate.listAt(i.sheet, i.row);
    if (at) out.person = personRef(at, at.gridRow);
    return out;
  });
}
