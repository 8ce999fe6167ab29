/**
 * The report as its own .xlsx, built in the pane by the command line's ExcelJS writer from the same
 * SheetSpecs. ExcelJS is about 1 MB: the dynamic import makes it a chunk of its own, fetched from the
 * add-in's origin only when the user asks for the file.
 */
import type { SheetSpec } from '../core/sheetspec';
import { bytesToBase64 } from './base64';

export async function reportWorkbookBase64(specs: readonly SheetSpec[]): Promise<string> {
  const { sheetSpecsToWorkbook } = await import(/* webpackChunkName: "report-writer" */ '../files/write-xlsx');
  const buffer = await sheetSpecsToWorkbook(specs).xlsx.writeBuffer();
  return bytesToBase64(new Uint8Array(buffer));
}
