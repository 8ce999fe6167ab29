/** The issue list of the check card: grouped by sheet, then by code (errors first), each issue pointing at a cell. */
import type { Severity } from '../core/issues';
import type { ReportIssue } from '../core/report/model';

export interface IssueGroup {
  code: ReportIssue['code'];
  severity: Severity;
  issues: ReportIssue[];
}

export interface SheetIssues {
  sheet: string;
  count: number;
  groups: IssueGroup[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sheets in the order their first issue appears (the engine sorts issues in workbook order). */
export function groupIssues(issues: readonly ReportIssue[]): SheetIssues[] {
  const sheets = new Map<string, Map<ReportIssue['code'], IssueGroup>>();
  for (const issue of issues) {
    let groups = sheets.get(issue.sheet);
    if (!groups) sheets.set(issue.sheet, (groups = new Map<ReportIssue['code'], IssueGroup>()));
    let group = groups.get(issue.code);
    if (!group) groups.set(issue.code, (group = { code: issue.code, severity: issue.severity, issues: [] }));
    group.issues.push(issue);
  }
  return [...sheets].map(([sheet, groups]) => {
    const ordered = [...groups.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    return { sheet, count: ordered.reduce((n, g) => n + g.issues.length, 0), groups: ordered };
  });
}

export interface SeverityIssues {
  severity: Severity;
  count: number;
  sheets: SheetIssues[];
}

/**
 * The issue list as the pane shows it: errors to fix first, then warnings, then notes (issue 13 §4:
 * notes appeared under "Lỗi cần sửa"), each by sheet then by code. A severity with nothing is left out.
 */
export function groupBySeverity(issues: readonly ReportIssue[]): SeverityIssues[] {
  const order: Severity[] = ['error', 'warning', 'info'];
  return order.flatMap((severity) => {
    const own = issues.filter((issue) => issue.severity === severity);
    return own.length === 0 ? [] : [{ severity, count: own.length, sheets: groupIssues(own) }];
  });
}

/** The cell to select for an issue: its own cell, the row's first cell, or A1 for a finding about the whole sheet. */
export function issueAddress(issue: Pick<ReportIssue, 'row' | 'column'>): string {
  if (issue.row === null) return 'A1';
  return `${issue.column ?? 'A'}${issue.row}`;
}
