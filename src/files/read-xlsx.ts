/**
 * File door, input side: an .xlsx file → Grids (values, number formats, hidden rows and columns), one
 * per worksheet, read by the streaming reader in ./xlsx (no ExcelJS). The file is only read, never written.
 */
import { readFile } from 'node:fs/promises';
import type { Grid } from '../core/grid';
import { nativeInflate } from './native-inflate';
import { readXlsxBytes } from './xlsx/read-workbook';
import { unreadableReason } from './xlsx/unreadable';

export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'UnreadableFileError';
  }
}

export { readXlsxBytes };

/** A workbook file's bytes; a missing or unopenable file is an UnreadableFileError that says which. */
export async function readWorkbookBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UnreadableFileError(path, code === 'ENOENT' ? 'không tìm thấy tệp (file not found)' : `không mở được tệp (cannot open the file: ${(e as Error).message})`);
  }
}

export async function readXlsxFile(path: string): Promise<Grid[]> {
  const bytes = await readWorkbookBytes(path);
  try {
    return readXlsxBytes(bytes, { inflate: nativeInflate });
  } catch (e) {
    throw new UnreadableFileError(path, unreadableReason(bytes, e as Error));
  }
}
