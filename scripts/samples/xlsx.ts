/**
 * Writes the rendered sheets with ExcelJS, the way a commune secretary's workbook looks: merged bold
 * titles, a bold bordered header, IDs in Text cells (except where the mess says otherwise), real
 * dates as dd/mm/yyyy. Workbook properties and the zip's file times are fixed, so two runs give
 * the same bytes.
 */
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { RenderedSheet } from './render';

const FIXED_TIME = new Date(Date.UTC(2025, 9, 27, 7, 0, 0));

export async function writeWorkbook(path: string, sheets: readonly RenderedSheet[]): Promise<number> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'UBND xã Bờ Y (dữ liệu giả lập)';
  wb.lastModifiedBy = 'SSKĐT Rollup samples';
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  const thin: Partial<ExcelJS.Border> = { style: 'thin' };

  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    ws.columns = sheet.widths.map((width) => ({ width }));
    const lastCol = Math.max(1, sheet.widths.length);
    sheet.rows.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        if (!cell) return;
        const target = ws.getCell(r + 1, c + 1);
        target.value = cell.v;
        if (cell.fmt) target.numFmt = cell.fmt;
        if (r === sheet.headerRow) {
          target.font = { bold: true };
          target.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
          target.border = { top: thin, left: thin, bottom: thin, right: thin };
        }
      });
    });
    for (const r of sheet.titleRows) {
      const cell = ws.getCell(r + 1, 1);
      cell.font = { bold: true, size: r === sheet.titleRows[0] ? 13 : 12 };
      if (sheet.kind) {
        cell.alignment = { horizontal: 'center' };
        if (lastCol > 1) ws.mergeCells(r + 1, 1, r + 1, lastCol);
      }
    }
    if (sheet.headerRow >= 0) ws.getRow(sheet.headerRow + 1).height = 32;
  }

  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  fixZipTimes(buffer, FIXED_TIME);
  writeFileSync(path, buffer);
  return buffer.length;
}

/**
 * Sets the modification time of every zip entry (local headers and central directory) to `when`.
 * JSZip stamps entries with the current time; the CRCs cover the data only, so this is safe.
 * Shared with the fixture generator (scripts/fixtures/xlsx.ts).
 */
export function fixZipTimes(zip: Buffer, when: Date): void {
  const dosTime = (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1);
  const dosDate = ((when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
  let eocd = -1;
  for (let i = zip.length - 22; i >= 0; i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('fixZipTimes: no end of central directory');
  const entries = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('fixZipTimes: bad central directory entry');
    zip.writeUInt16LE(dosTime, p + 12);
    zip.writeUInt16LE(dosDate, p + 14);
    const local = zip.readUInt32LE(p + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error('fixZipTimes: bad local header');
    zip.writeUInt16LE(dosTime, local + 10);
    zip.writeUInt16LE(dosDate, local + 12);
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
}
