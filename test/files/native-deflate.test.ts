/**
 * The command line's native deflate writes the same workbook as fflate's: every part unzips to the
 * same bytes, across many blocks of rows, and an independent reader (ExcelJS) opens it.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { SheetSpec } from '../../src/core/sheetspec';
import { writeXlsx, writeXlsxBytes } from '../../src/files/write-xlsx';
import { nativeDeflater } from '../../src/files/native-deflate';

const PRINT: SheetSpec['print'] = { paper: 'A4', orientation: 'portrait', fitToWidth: true, margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 } };

function sheet(name: string, rows: number): SheetSpec {
  return {
    name,
    rows: Array.from({ length: rows }, (_, r) => [{ v: r + 1 }, { v: `Nguyễn Văn ${r % 97} – thôn ${r % 7}` }, { v: `0010900${String(r).padStart(5, '0')}`, s: 'text' }]),
    styles: { text: { numFmt: '@' } },
    baseFont: { name: 'Times New Roman', size: 12 },
    columnWidths: [6, 30, 16],
    merges: [],
    print: PRINT,
  };
}

function nativeBytes(specs: SheetSpec[]): Uint8Array {
  const pieces: Uint8Array[] = [];
  writeXlsx(specs, (bytes) => pieces.push(bytes), nativeDeflater);
  return Buffer.concat(pieces);
}

describe('the command line deflates with Node\'s zlib', () => {
  const specs = [sheet('Lỗi dữ liệu', 3_000), sheet('Trùng lặp', 1)];

  test('every part unzips to what fflate\'s writer writes, over many blocks of rows', () => {
    const ours = unzipSync(nativeBytes(specs));
    const reference = unzipSync(writeXlsxBytes(specs));
    expect(Object.keys(ours).sort()).toEqual(Object.keys(reference).sort());
    for (const name of Object.keys(reference)) expect({ name, same: Buffer.from(ours[name]).equals(Buffer.from(reference[name])) }).toEqual({ name, same: true });
    expect(strFromU8(ours['xl/worksheets/sheet1.xml'])).toContain('<row r="3000">');
  });

  test('in a file ExcelJS opens, IDs kept as text', async () => {
    const book = new ExcelJS.Workbook();
    const bytes = nativeBytes(specs);
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer);
    const ws = book.getWorksheet('Lỗi dữ liệu');
    expect(ws?.rowCount).toBe(3_000);
    expect(ws?.getCell('C2999').value).toBe('001090002998');
  });
});
