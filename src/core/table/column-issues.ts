/**
 * One issue per column where the cause is the column, not the person (ISSUE 12 §1): Excel storing a
 * CCCD column as numbers drops every leading zero at once, a formula copied down a column fails in
 * every cell, a column of status words nobody can read is one question to the village. Such findings
 * become one issue per sheet, column and code, with how many cells and which rows; a finding in a
 * single cell stays as it is. Errors about a person's own number (a wrong CCCD, a duplicate) are never
 * grouped: the police fix them row by row.
 */
import type { Issue, IssueCode } from '../issues';
import { runsText } from './hidden';

/** The codes whose cells share one cause. */
export const GROUPED_BY_COLUMN: ReadonlySet<IssueCode> = new Set<IssueCode>(['CCCD_LEADING_ZERO_RESTORED', 'CELL_ERROR_VALUE', 'STATUS_UNRECOGNIZED']);

type Grouped = Extract<Issue, { code: 'CCCD_LEADING_ZERO_RESTORED' | 'CELL_ERROR_VALUE' | 'STATUS_UNRECOGNIZED' }>;

const isGrouped = (issue: Issue): issue is Grouped => GROUPED_BY_COLUMN.has(issue.code) && issue.row !== null && issue.column !== null;

/** How many more of a column's unclear status words its one issue quotes besides the first. */
const OTHER_WORDS = 2;

/** The issues with each column's shared findings made one, at the first cell, in the order found. Linear in the issues. */
export function groupByColumn(issues: readonly Issue[]): Issue[] {
  const rowsOf = new Map<string, number[]>();
  // For unclear status words: the column's distinct words, so the village sees what to fix, and whether some cells are notes (never quoted).
  const wordsOf = new Map<string, Set<string>>();
  const withNotes = new Set<string>();
  const keys: (string | null)[] = issues.map((issue) => {
    if (!isGrouped(issue)) return null;
    const key = `${issue.sheet}\u0000${issue.column}\u0000${issue.code}`;
    let rows = rowsOf.get(key);
    if (!rows) rowsOf.set(key, (rows = []));
    rows.push(issue.row as number);
    if (issue.code === 'STATUS_UNRECOGNIZED') {
      let words = wordsOf.get(key);
      if (!words) wordsOf.set(key, (words = new Set()));
      if (issue.params.value === '') withNotes.add(key);
      else if (words.size <= OTHER_WORDS) words.add(issue.params.value);
    }
    return key;
  });
  const out: Issue[] = [];
  const written = new Set<string>();
  issues.forEach((issue, i) => {
    const key = keys[i];
    const rows = key === null ? undefined : rowsOf.get(key);
    if (key === null || rows === undefined || rows.length < 2) out.push(issue);
    else if (!written.has(key)) {
      // The column's one issue, at its first cell; the others of its column are left out.
      written.add(key);
      out.push({ ...issue, params: { ...issue.params, cells: rows.length, rows: runsText(rows, (r) => r), ...statusWords(wordsOf.get(key), withNotes.has(key)) } } as Issue);
    }
  });
  return out;
}

/** An unclear-status column's first word, the others in quotes, and whether some cells were notes; nothing for other codes. */
function statusWords(words: ReadonlySet<string> | undefined, notes: boolean): { value?: string; others?: string; notes?: 1 } {
  if (words === undefined) return {};
  const [first = '', ...rest] = words;
  return { value: first, ...(rest.length > 0 ? { others: rest.map((w) => `"${w}"`).join(', ') } : {}), ...(notes ? { notes: 1 as const } : {}) };
}
