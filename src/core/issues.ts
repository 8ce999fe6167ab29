/**
 * Issues: what the engine found wrong with the input, with where (sheet, row, column) and what.
 * Issues carry data; the sentence a person reads is built from the code and params by
 * `issueMessage` (src/core/messages.ts), in Vietnamese first and English second, when it is shown.
 */
import type { Place } from './place';
import type { SideListKind } from './vocabulary';

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
  WORKING_LIST_UNREADABLE: 'error',
  HISTORY_UNREADABLE: 'error',
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
  ENTITY_UNPLACED: 'warning',
  SHEET_KIND_UNDECIDED: 'warning',
  SIDE_LIST: 'info',
  FORMULA_NOT_CALCULATED: 'warning',
  WORKING_STATUS_KEPT: 'info',
  SHEET_NAME_TAKEN: 'warning',
} as const;

export type IssueCode = keyof typeof ISSUE_CODES;
export type Severity = 'error' | 'warning' | 'info';

export function severityOf(code: IssueCode): Severity {
  return ISSUE_CODES[code];
}

type Value = { value: string };
/** A finding grouped over a column (table/column-issues.ts): how many cells, and their rows as "5–120, 131". */
type ColumnSpan = { cells?: number; rows?: string };
// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- a code without parameters takes an object with no keys
type None = Record<never, never>;

/**
 * What each code's message interpolates. Values are short: never a whole row of personal data.
 * A key a message reads and the finder does not set, or a misspelt one, does not compile.
 */
export interface IssueParamsMap {
  CCCD_FORMAT: Value & { reason: 'rounded' | 'characters' | 'length' | 'century' | 'notInteger' | 'boolean'; digits?: number };
  CCCD_PROVINCE: Value & { code: string };
  CCCD_FOREIGN_BIRTH: Value & { code: string };
  CCCD_BIRTH_MISMATCH: Value & { cccdYear: number; listYear: number };
  CCCD_SEX_MISMATCH: Value & { cccdMale: 0 | 1; listMale: 0 | 1 };
  CCCD_LEADING_ZERO_RESTORED: Value & { original: string } & ColumnSpan;
  ID_CHARACTERS_CLEANED: Value & { cleaned: string };
  CMND_OLD: Value;
  BHYT_FORMAT: Value & { reason: 'length' | 'characters' | 'rounded' | 'leadingZeroLost' | 'notInteger' | 'boolean'; length?: number };
  BHYT_OBJECT_CODE: Value & { code: string };
  BHYT_BENEFIT_LEVEL: Value & { level: number };
  BHYT_ISSUER: Value & { issuer: string };
  BHYT_LEVEL_MISMATCH: Value & { code: string; level: number; expected: string };
  DUPLICATE_CCCD: Value & { firstSheet: string; firstRow: number };
  /** `others`: up to three other holders' Sheet!row; `more`: how many holders beyond those. */
  DUPLICATE_BHYT: Value & { others: string; more?: number };
  DATE_INVALID: Value;
  /** `value`: '' when the cell holds a note, never quoted. */
  SEX_INVALID: Value;
  /**
   * `value`: the cell's text when it reads as a status in other words, '' for a note, never quoted (table/cells/unread-text.ts);
   * `others`: up to two more of the column's unclear words, each in quotes ("Đang làm", "?"), when it has more than one;
   * `notes`: 1 when some of the column's cells hold notes, not quoted.
   */
  STATUS_UNRECOGNIZED: Value & ColumnSpan & { others?: string; notes?: 1 };
  TEXT_LEGACY_ENCODING: { encoding: string; count: number };
  SHEET_NO_HEADER: None;
  /** `form` is set (1) for a count form, absent for a person list. */
  SHEET_EMPTY: { form?: 1 };
  /** `indicators` / `indicatorsEn`: the labels of the indicators the column blocks, quoted and joined. */
  COLUMN_MISSING: { column: string; indicators: string; indicatorsEn: string };
  HISTORY_ROW_INVALID: { problem: string };
  /** The columns the police's working list lacks, joined. */
  WORKING_LIST_UNREADABLE: { missing: string };
  /** The columns the history sheet lacks, joined. */
  HISTORY_UNREADABLE: { missing: string };
  CELL_ERROR_VALUE: Value & ColumnSpan;
  VILLAGE_UNKNOWN: Value & { count: number };
  VILLAGE_MISSING: None;
  ROWS_HIDDEN: { count: number; rows: string };
  COLUMNS_HIDDEN: { count: number; columns: string };
  LIST_FILTERED: { count: number; rows: string };
  LISTS_STACKED: { count: number; rows: string; entities?: string };
  HEADER_REPEATED: None;
  SHEET_NAME_RESERVED: { sheet: string };
  COUNT_INVALID: Value & { column: string; reason: 'negative' | 'fraction' | 'text' };
  COUNT_PART_EXCEEDS_WHOLE: { parts: string; partValue: number; whole: string; wholeValue: number };
  COUNT_PERIOD_INVALID: Value & { reason: 'empty' | 'unreadable' | 'reversed' };
  COUNT_PERIOD_OUTSIDE: Value & { from: string; to: string; weeks: number };
  COUNT_COLUMN_MISSING: { column: string; indicator: string };
  /**
   * A name the campaign cannot place (ISSUE 10 §10): `generic`, a sheet named "Sheet1"; `unlisted`, a village or unit
   * the campaign's list of that kind does not hold; `indicator`, no list named as an indicator's units (`wanted`) are.
   */
  ENTITY_UNPLACED: { name: string; reason: 'generic' | 'unlisted' | 'indicator'; kind?: 'village' | 'unit'; indicator?: string; wanted?: string };
  /** Issue 10 §3: why a list's kind cannot be decided (table/list-kind.ts); the sheet is not counted. */
  SHEET_KIND_UNDECIDED: { sheet: string } & (
    | { reason: 'sideWithStatus'; side: SideListKind; column: string }
    | { reason: 'twoKinds'; sides: SideListKind[] }
    | { reason: 'namesOnly' }
  );
  /** A side list read for what it is and not counted: its kind and how many rows it lists. */
  SIDE_LIST: { sheet: string; side: SideListKind; rows: number; owner: string };
  /** ISSUE 14 §3: one per column, at its first such cell: how many cells hold a formula never calculated, and their rows. */
  FORMULA_NOT_CALCULATED: { cells: number; rows: string };
  /** A status on the police's working list typed in other words than the three: kept as typed, counted as open. Never quoted. */
  WORKING_STATUS_KEPT: None;
  /** A sheet of the commune's own (no list, not made by the add-in) with a report sheet's name: never replaced, the add-in refuses. */
  SHEET_NAME_TAKEN: { sheet: string };
}

export type IssueParamsOf<C extends IssueCode> = IssueParamsMap[C];

/** The params argument of a constructor: optional exactly when the code has no required key. */
export type ParamsArg<C extends IssueCode> = None extends IssueParamsOf<C> ? [params?: IssueParamsOf<C>] : [params: IssueParamsOf<C>];

/**
 * One finding. `row` is the 1-based Excel row and `column` the column letter(s), or null for
 * a finding about a whole sheet or row. A union on `code`: each code's params have their shape.
 */
export type Issue = { [C in IssueCode]: Place & { code: C; severity: (typeof ISSUE_CODES)[C]; params: IssueParamsOf<C> } }[IssueCode];

/** A finding about one value, before the table layer knows where the value sits. */
export type ValueIssue = { [C in IssueCode]: { code: C; params: IssueParamsOf<C> } }[IssueCode];

/** The one empty issue list every clean value shares: no allocation on the common path. */
export const NO_ISSUES: ValueIssue[] = Object.freeze([]) as unknown as ValueIssue[];

const NO_PARAMS: None = Object.freeze({});

/**
 * How much of a cell a message quotes (ISSUE 14 §2): a cell can hold 32,767 characters and a pasted note
 * a whole paragraph about a relative; the finding needs only enough to find the cell.
 */
export const QUOTE_LIMIT = 60;

/** The first QUOTE_LIMIT characters of a long text, marked as cut; whole code points only. */
export function excerpt(text: string): string {
  if (text.length <= QUOTE_LIMIT) return text;
  return `${Array.from(text).slice(0, QUOTE_LIMIT - 1).join('')}…`;
}

/** The params with a long quoted `value` cut to an excerpt; the same object when nothing is long. */
function quoting<P extends object>(params: P): P {
  const value = (params as { value?: unknown }).value;
  return typeof value === 'string' && value.length > QUOTE_LIMIT ? { ...params, value: excerpt(value) } : params;
}

/** The one way an issue is made: at a cell, a whole row (column null) or a whole sheet (row null). */
export function issueAt<C extends IssueCode>(place: Place, code: C, ...[params]: ParamsArg<C>): Issue {
  return { sheet: place.sheet, row: place.row, column: place.column, code, severity: ISSUE_CODES[code], params: params ? quoting(params) : NO_PARAMS } as Issue;
}

/** A value's finding placed where the value sits. */
export function placed(place: Place, found: ValueIssue): Issue {
  return { sheet: place.sheet, row: place.row, column: place.column, code: found.code, severity: ISSUE_CODES[found.code], params: quoting(found.params) } as Issue;
}
