/**
 * The report into a file on disk, written as it is made: a 200,000-row working list never sits in
 * memory as a whole file. The caller gives a temporary path and renames it into place.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { SheetSpec } from '../core/sheetspec';
import { writeXlsx } from './write-xlsx';
import { nativeDeflater } from './native-deflate';

export function writeXlsxFile(specs: readonly SheetSpec[], path: string): Promise<void> {
  const fd = openSync(path, 'w');
  try {
    writeXlsx(
      specs,
      (bytes) => {
        writeSync(fd, bytes);
      },
      nativeDeflater,
    );
  } finally {
    closeSync(fd);
  }
  return Promise.resolve();
}
