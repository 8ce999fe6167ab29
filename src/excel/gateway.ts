/**
 * What the task pane and the ribbon command need from the open workbook. The Office.js
 * implementation lives beside this file (office-gateway.ts); the UI receives a gateway as a
 * prop or through context and never calls Office itself, so it can be tested with a fake.
 */
import type { Grid } from '../core/grid';
import type { SheetSpec } from '../core/sheetspec';
import type { EntityKind } from '../core/vocabulary';

/** Optional features of the host, checked at run time with isSetSupported. */
export interface HostCapabilities {
  /** ExcelApi 1.9: page layout (A4, orientation, fit to width, margins, print titles) through the API. */
  printLayout: boolean;
  /** ExcelApi 1.9: suspend screen updating while writing. */
  suspendScreenUpdating: boolean;
  /** ExcelApi 1.8: Excel.createWorkbook(base64) to open the report as its own workbook. */
  createWorkbook: boolean;
  /** ExcelApi 1.8: data validation (Yes/No dropdowns in a list template). */
  dataValidation: boolean;
}

/** Where the consolidation is in its run, for the progress bar. */
export type ProgressStep = 'reading' | 'checking' | 'counting' | 'writing' | 'done';
export type OnProgress = (step: ProgressStep, fraction: number) => void;

export interface ExcelGateway {
  capabilities(): HostCapabilities;
  /**
   * The lists (every sheet the add-in does not own) and the "Lịch sử" history sheet, which consolidate()
   * reads back to compare weeks, as Grids in tab order. Report sheets and the config sheet are not read.
   */
  readGrids(onProgress?: OnProgress): Promise<Grid[]>;
  /**
   * Replaces the add-in's report sheets (every SHEET of core/vocabulary but the config and the work lists) atomically:
   * a failure leaves the previous report as it was. A report sheet absent from `specs` is removed.
   */
  writeReport(specs: readonly SheetSpec[], onProgress?: OnProgress): Promise<void>;
  /** Writes (replaces, atomically) the door-to-door work lists' sheet alone; the report sheets stay as they are. */
  writeWorkLists(spec: SheetSpec, onProgress?: OnProgress): Promise<void>;
  /** Adds a correctly formatted empty list sheet; returns the sheet's name (made unique). */
  createListTemplate(kind: EntityKind, name: string): Promise<string>;
  /** Activates a sheet and selects one cell, e.g. ("Thôn 1", "E5"). */
  selectCell(sheet: string, address: string): Promise<void>;
  /** The campaign stored in the workbook's config sheet, as the raw Grid to be validated by the engine; null when absent. */
  readConfigGrid(): Promise<Grid | null>;
  /** Writes (replaces) the config sheet. */
  writeConfig(spec: SheetSpec): Promise<void>;
  /** Opens a report .xlsx (base64, without data: prefix) as its own workbook. Requires capabilities().createWorkbook. */
  openWorkbook(base64: string): Promise<void>;
}

/** What an Office failure was about, as far as the user can do something about it. */
export type OfficeProblem = 'cellEditing' | 'protected' | 'notFound' | 'other';

/** After a failed write: the previous report kept, kept but temporary sheets left over, or the new one built but not swapped in. */
export type ReportLeft = 'unchanged' | 'temporarySheetsLeft' | 'notSwapped';

export type AdapterFailure =
  | { code: 'HOST_TOO_OLD' }
  /** Opening the report as its own workbook needs ExcelApi 1.8. */
  | { code: 'NOT_SUPPORTED' }
  | { code: 'PAYLOAD_TOO_LARGE' }
  /** A sheet whose data spans more cells than READ_LIMITS allows (core/sheet-limits.ts); `lastCell` is where its used range ends. */
  | { code: 'SHEET_TOO_LARGE'; sheet: string; cells: number; limit: number; lastCell: string }
  /** All sheets together hold more cells than READ_LIMITS allows; `sheets`: the largest, largest first, with where each used range ends. */
  | { code: 'WORKBOOK_TOO_LARGE'; cells: number; limit: number; sheets: { sheet: string; lastCell: string }[] }
  | { code: 'READ_FAILED'; problem: OfficeProblem }
  | { code: 'WRITE_FAILED'; problem: OfficeProblem; report?: ReportLeft };

/** A failure the UI can explain: a code and its data; the sentences are the pane's (taskpane/i18n.ts). */
export class ExcelAdapterError extends Error {
  readonly code: AdapterFailure['code'];

  constructor(
    readonly failure: AdapterFailure,
    options?: { cause?: unknown },
  ) {
    const cause = options?.cause;
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- Office.js may reject with any value; String() is the best text a non-Error has
    super(cause === undefined ? failure.code : `${failure.code}: ${cause instanceof Error ? cause.message : String(cause)}`, options);
    this.name = 'ExcelAdapterError';
    this.code = failure.code;
  }
}
