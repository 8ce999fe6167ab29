/**
 * The report as its own .xlsx, built in the pane by the command line's writer from the same
 * SheetSpecs. The dynamic import makes the writer a chunk of its own, fetched from the add-in's
 * origin only when the user asks for the file.
 */
import type { SheetSpec } from '../core/sheetspec';
import { bytesToBase64 } from './base64';

export async function reportWorkbookBase64(specs: readonly SheetSpec[]): Promise<string> {
  const { writeXlsxBytes } = await import(/* webpackChunkName: "report-writer" */ '../files/write-xlsx');
  return bytesToBase64(writeXlsxBytes(specs));
}
