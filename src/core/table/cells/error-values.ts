/** Excel's error values, as a broken formula leaves them in a cell. */
import type { CellValue } from '../../grid';

const EXCEL_ERRORS = new Set(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA']);

/** An Excel error value (a broken formula) as the adapters hand it over: "#N/A", "#REF!", … */
export function isExcelError(value: CellValue | undefined): boolean {
  return typeof value === 'string' && value.charCodeAt(0) === 35 && EXCEL_ERRORS.has(value.trim().toUpperCase());
}
