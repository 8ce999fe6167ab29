/**
 * The file writer: SheetSpecs → .xlsx, read back by ExcelJS (an independent reader) and by our own
 * reader. Every part of a SheetSpec must arrive: values as typed, styles, merges, widths and heights,
 * frozen panes, print setup, data bars, dropdowns, tables; and a large list is written as a stream.
 */
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import type { CellStyle, Range, SheetSpec } from '../../src/core/sheetspec';
import { writeXlsx, writeXlsxBytes } from '../../src/files/write-xlsx';
import { readXlsxBytes } from '../../src/files/read-xlsx';

const range = (top: number, left: number, bottom: number, right: number): Range => ({ top, left, bottom, right });
const PRINT: SheetSpec['print'] = { paper: 'A4', orientation: 'landscape', fitToWidth: true, margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 } };

/** A duplicates-like sheet: groups of `size` rows, the first three columns merged down each group. */
function groupedSheet(groups: number, size = 2): SheetSpec {
  const rows: SheetSpec['rows'] = [];
  const merges: Range[] = [range(0, 0, 0, 5)];
  rows.push([{ v: 'DANH SÁCH TRÙNG LẶP', s: 'title' }, ...Array.from({ length: 5 }, () => ({ v: null, s: 'title' }))]);
  for (let g = 0; g < groups; g++) {
    const top = 1 + g * size;
    for (let i = 0; i < size; i++) {
      const first = i === 0;
      rows.push([first ? { v: g + 1, s: 'td' } : { v: null, s: 'td' }, first ? { v: 'CCCD', s: 'td' } : { v: null, s: 'td' }, first ? { v: `0010900${String(g).padStart(5, '0')}`, s: 'text' } : { v: null, s: 'text' }, { v: `Thôn ${i + 1}`, s: 'td' }, { v: top + i, s: 'td' }, { v: `Người ${g}.${i}`, s: 'td' }]);
    }
    for (let c = 0; c < 3; c++) merges.push(range(top, c, top + size - 1, c));
  }
  return {
    name: 'Trùng lặp',
    rows,
    styles: { title: { bold: true, h: 'center' }, td: { border: true }, text: { border: true, numFmt: '@' } },
    baseFont: { name: 'Times New Roman', size: 12 },
    columnWidths: [5, 16, 16, 18, 7, 28],
    merges,
    print: PRINT,
  };
}

async function readBack(specs: SheetSpec[]): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(writeXlsxBytes(specs).buffer as ArrayBuffer);
  return book;
}

const mergesOf = (ws: ExcelJS.Worksheet) => ((ws.model as unknown as { merges: string[] }).merges ?? []).slice().sort();
const partsOf = (specs: SheetSpec[]) => unzipSync(writeXlsxBytes(specs));

describe('the file writer', () => {
  test('merges exactly the ranges of the spec, the master holding the value', async () => {
    const spec = groupedSheet(12, 3);
    const ws = (await readBack([spec])).worksheets[0];
    const expected = spec.merges.map((m) => `${String.fromCharCode(65 + m.left)}${m.top + 1}:${String.fromCharCode(65 + m.right)}${m.bottom + 1}`).sort();
    expect(mergesOf(ws)).toEqual(expected);
    expect(ws.getCell('A2').value).toBe(1);
    expect(ws.getCell('A3').master.address).toBe('A2');
    expect(ws.getCell('C2').value).toBe('001090000000');
  });

  test('refuses overlapping merges, naming the sheet and range', () => {
    const spec = groupedSheet(3);
    expect(() => writeXlsxBytes([{ ...spec, merges: [...spec.merges, range(2, 1, 3, 2)] }])).toThrow('Cannot merge already merged cells: Trùng lặp!B3:C4');
  });

  test('keeps every value as typed: text stays text, numbers and booleans stay themselves', () => {
    const odd = ['=1+1', '  khoảng trắng  ', 'dòng 1\ndòng 2', 'a\u0001b', 'lit _x0041_ text', 'Nguyễn Thị Ánh', '<&>"\''];
    const spec: SheetSpec = {
      name: "Lỗi 'dữ' liệu",
      rows: [odd.map((v) => ({ v })), [{ v: 12.5 }, { v: 0 }, { v: -3 }, { v: true }, { v: false }, null, { v: null, s: 'b' }]],
      styles: { b: { border: true } },
      baseFont: { name: 'Times New Roman', size: 12 },
      columnWidths: [],
      merges: [],
      print: PRINT,
    };
    const [grid] = readXlsxBytes(writeXlsxBytes([spec]));
    expect(grid.sheet).toBe("Lỗi 'dữ' liệu");
    expect(grid.values[0]).toEqual(odd);
    expect(grid.values[1].slice(0, 5)).toEqual([12.5, 0, -3, true, false]);
  });

  test('gives each style its font, fill, border, alignment and number format', async () => {
    const styles: Record<string, CellStyle> = {
      plain: {},
      head: { bold: true, italic: true, underline: true, size: 14, color: 'C00000', fill: 'E7EEF7', h: 'center', v: 'middle', wrap: true, border: true },
      rule: { borderBottom: true },
      pct: { numFmt: '0.0%', h: 'right' },
      text: { numFmt: '@' },
    };
    const keys = Object.keys(styles);
    const spec: SheetSpec = { name: 'S', rows: [keys.map((s) => ({ v: 0.5, s }))], styles, baseFont: { name: 'Times New Roman', size: 13 }, columnWidths: [6, 26], merges: [], print: PRINT };
    const ws = (await readBack([spec])).worksheets[0];
    const cell = (k: string) => ws.getCell(1, keys.indexOf(k) + 1);
    expect(cell('plain').font).toMatchObject({ name: 'Times New Roman', size: 13 });
    expect(cell('plain').font.bold).toBeFalsy();
    expect(cell('head').font).toMatchObject({ name: 'Times New Roman', size: 14, bold: true, italic: true, underline: true, color: { argb: 'FFC00000' } });
    expect(cell('head').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } });
    expect(cell('head').alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    expect(cell('head').border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
    expect(cell('rule').border).toEqual({ bottom: { style: 'thin', color: { argb: 'FF000000' } } });
    expect(cell('pct').numFmt).toBe('0.0%');
    expect(cell('text').numFmt).toBe('@');
    expect(ws.getColumn(1).width).toBe(6);
    expect(ws.getColumn(2).width).toBe(26);
  });

  test('prints as the spec says: A4, orientation, one page wide, margins, centring, repeated rows, page numbers from page 2', async () => {
    const spec: SheetSpec = {
      ...groupedSheet(2),
      freeze: { rows: 1, columns: 2 },
      rowHeights: { 0: 37 },
      tabColor: '1F4E79',
      print: { ...PRINT, orientation: 'portrait', centerHorizontally: true, repeatRows: { from: 0, to: 0 }, pageNumbersFromPage2: true },
    };
    const ws = (await readBack([spec])).worksheets[0];
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, printTitlesRow: '1:1' });
    expect(ws.pageSetup.margins).toMatchObject({ left: 30 / 25.4, right: 15 / 25.4, top: 20 / 25.4, bottom: 20 / 25.4, header: 10 / 25.4, footer: 10 / 25.4 });
    expect(ws.headerFooter).toMatchObject({ differentFirst: true, oddHeader: '&C&"Times New Roman"&12&P' });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1, topLeftCell: 'C2' });
    expect(ws.getRow(1).height).toBe(37);
    expect(ws.properties.tabColor).toEqual({ argb: 'FF1F4E79' });
  });

  test('draws data bars in both the 2007 form and the solid Excel 2010 form, and offers dropdowns over whole ranges', () => {
    const spec: SheetSpec = {
      ...groupedSheet(3),
      conditionalFormats: [{ kind: 'dataBar', range: range(1, 4, 6, 4), color: '5B9BD5', min: 0, max: 1 }],
      validations: [{ range: range(1, 3, 6, 3), list: ['Chưa xử lý', 'Đã xử lý'] }],
      autoFilter: range(0, 0, 6, 5),
    };
    const xml = strFromU8(partsOf([spec])['xl/worksheets/sheet1.xml']);
    expect(xml).toMatch(/<conditionalFormatting sqref="E2:E7"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="num" val="0"\/><cfvo type="num" val="1"\/><color rgb="FF5B9BD5"\/>/);
    const id = /<x14:id>(\{[0-9A-F-]+\})<\/x14:id>/.exec(xml)?.[1];
    expect(id).toBeDefined();
    expect(xml).toContain(`<x14:cfRule type="dataBar" id="${id}"><x14:dataBar minLength="0" maxLength="100" border="0" gradient="0">`);
    expect(xml).toContain('<xm:sqref>E2:E7</xm:sqref>');
    expect(xml).toContain('<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="D2:D7"><formula1>&quot;Chưa xử lý,Đã xử lý&quot;</formula1>');
    expect(xml).toContain('<autoFilter ref="A1:F7"/>');
    // CT_Worksheet's order: mergeCells, conditionalFormatting, dataValidations, printOptions/pageMargins, pageSetup, extLst.
    const order = ['<sheetData>', '<autoFilter', '<mergeCells', '<conditionalFormatting', '<dataValidations', '<pageMargins', '<pageSetup', '<extLst><ext uri="{78C0D931'].map((tag) => xml.indexOf(tag));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]))).toBe(true);
    const workbook = strFromU8(partsOf([spec])['xl/workbook.xml']);
    expect(workbook).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">&apos;Trùng lặp&apos;!$A$1:$F$7</definedName>`.replace('&apos;', "'").replace('&apos;', "'"));
  });

  test('makes a table whose columns are its header cells', async () => {
    const spec: SheetSpec = { ...groupedSheet(1), merges: [], rows: [[{ v: 'Họ và tên' }, { v: 'CCCD' }, { v: 'CCCD' }, null], [null, null, null, null]], table: range(0, 0, 1, 3) };
    const ws = (await readBack([spec])).worksheets[0];
    const table = ws.getTable('Table1') as unknown as { table: { tableRef: string; columns: { name: string }[] } };
    expect(table.table.tableRef).toBe('A1:D2');
    expect(table.table.columns.map((c) => c.name)).toEqual(['Họ và tên', 'CCCD', 'CCCD 2', 'Column4']);
    expect([1, 2, 3, 4].map((c) => ws.getCell(1, c).value)).toEqual(['Họ và tên', 'CCCD', 'CCCD 2', 'Column4']);
  });

  test('streams a 150,000-row list in many small pieces, and it reads back whole', () => {
    const rows: SheetSpec['rows'] = Array.from({ length: 150_000 }, (_, r) => [{ v: r + 1 }, { v: `Người ${r}`, s: 'td' }, { v: 'Chưa xử lý', s: 'td' }]);
    const spec: SheetSpec = { name: 'Lỗi dữ liệu', rows, styles: { td: { border: true } }, baseFont: { name: 'Times New Roman', size: 12 }, columnWidths: [5, 20, 12], merges: [], print: PRINT };
    const pieces: number[] = [];
    writeXlsx([spec], (bytes) => pieces.push(bytes.length));
    expect(pieces.length).toBeGreaterThan(50);
    const total = pieces.reduce((a, b) => a + b, 0);
    expect(Math.max(...pieces)).toBeLessThan(total / 10);
    const [grid] = readXlsxBytes(writeXlsxBytes([spec]));
    expect(grid.values).toHaveLength(150_000);
    expect(grid.values[149_999]).toEqual([150_000, 'Người 149999', 'Chưa xử lý']);
  });
});
