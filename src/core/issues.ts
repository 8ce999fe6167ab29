/**
 * Issues: what the engine found wrong with the input, with where (sheet, row, column) and what.
 * Issues carry data; the sentence a person reads is built from the code and params by
 * `issueMessage` (src/core/messages.ts), in Vietnamese first and English second.
 */

export const ISSUE_CODES = {
  CCCD_FORMAT: 'error',
  CCCD_PROVINCE: 'error',
  CCCD_FOREIGN_BIRTH: 'warning',
  CCCD_BIRTH_MISMATCH: 'error',
  CCCD_SEX_MISMATCH: 'error',
  CCCD_LEADING_ZERO_RESTORED: 'warning',
  ID_CHARACTERS_CLEANED: 'warning',
  CMND_OLD: 'warning',
  BHYT_FORMAT: 'error',
  BHYT_OBJECT_CODE: 'error',
  BHYT_BENEFIT_LEVEL: 'error',
  BHYT_ISSUER: 'error',
  BHYT_LEVEL_MISMATCH: 'warning',
  DUPLICATE_CCCD: 'warning',
  DUPLICATE_BHYT: 'warning',
  DATE_INVALID: 'error',
  SEX_INVALID: 'error',
  STATUS_UNRECOGNIZED: 'warning',
  TEXT_LEGACY_ENCODING: 'warning',
  SHEET_NO_HEADER: 'info',
  SHEET_EMPTY: 'info',
  COLUMN_MISSING: 'warning',
  HISTORY_ROW_INVALID: 'warning',
  CELL_ERROR_VALUE: 'warning',
  VILLAGE_UNKNOWN: 'warning',
  VILLAGE_MISSING: 'warning',
  ROWS_HIDDEN: 'info',
  COLUMNS_HIDDEN: 'info',
  LIST_FILTERED: 'info',
  LISTS_STACKED: 'info',
  HEADER_REPEATED: 'info',
  SHEET_NAME_RESERVED: 'warning',
  COUNT_INVALID: 'error',
  COUNT_PART_EXCEEDS_WHOLE: 'error',
  COUNT_PERIOD_INVALID: 'error',
  COUNT_PERIOD_OUTSIDE: 'warning',
  COUNT_COLUMN_MISSING: 'warning',
} as const;

export type IssueCode = keyof typeof ISSUE_CODES;
export type Severity = 'error' | 'warning' | 'info';

export function severityOf(code: IssueCode): Severity {
  return ISSUE_CODES[code];
}

/** Parameters a message may interpolate. Values are short: never a whole row of personal data. */
export type IssueParams = Record<string, string | number>;

/**
 * One finding. `row` is the 1-based Excel row and `column` the column letter(s), or null for
 * a finding about a whole sheet or column.
 */
export interface Issue {
  sheet: string;
  row: number | null;
  column: string | null;
  code: IssueCode;
  severity: Severity;
  params: IssueParams;
}

/** A finding about one value, before the table layer knows where the value sits. */
export interface ValueIssue {
  code: IssueCode;
  params?: IssueParams;
}

/** The one empty issue list every clean value shares: no allocation on the common path. */
export const NO_ISSUES: ValueIssue[] = Object.freeze([]) as unknown as ValueIssue[];
