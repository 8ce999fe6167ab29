/**
 * The report as its own .xlsx, built in the pane by the command line's writer from the same
 * SheetSpecs. The dynamic import makes the writer a chunk of its own, fetched from the add-in's
 * origin only when the user asks for the file. It writes a block of rows at a time and lets the
 * page paint between them, so the pane can show how far it is.
 */
import type { SheetSpec } from '../core/sheetspec';
import type { WriteProgress } from '../files/write-xlsx';
import { bytesToBase64 } from './base64';

export async function reportWorkbookBase64(specs: readonly SheetSpec[], onProgress?: (progress: WriteProgress) => void): Promise<string> {
  const { writeXlsxBytesAsync } = await import(/* webpackChunkName: "report-writer" */ '../files/write-xlsx');
  return bytesToBase64(await writeXlsxBytesAsync(specs, onProgress));
}
