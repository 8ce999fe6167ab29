/**
 * ExcelJS adapter, output side: SheetSpecs → an .xlsx workbook. The Office.js writer translates the
 * same SheetSpecs, so what the command line prints is what the add-in shows.
 */
import ExcelJS from 'exceljs';
import type { CellStyle, Range, SheetSpec } from '../core/sheetspec';
import { cellAddress, columnLetter } from '../core/grid';
import { rangeAddress } from '../core/sheetspec';

const MM_PER_INCH = 25.4;
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- ExcelJS's PaperSize is a const enum, absent at run time; 9 is its A4
const A4 = 9 as ExcelJS.PaperSize;
const MAX_COLUMNS = 16_384; // Excel's last column is XFD

function argb(hex: string): string {
  return `FF${hex.toUpperCase()}`;
}

function toExcelStyle(style: CellStyle, font: SheetSpec['baseFont']): Partial<ExcelJS.Style> {
  const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
  const out: Partial<ExcelJS.Style> = {
    font: {
      name: font.name,
      size: style.size ?? font.size,
      bold: style.bold,
      italic: style.italic,
      underline: style.underline,
      color: { argb: argb(style.color ?? '000000') },
    },
    alignment: { horizontal: style.h, vertical: style.v, wrapText: style.wrap },
  };
  if (style.border) out.border = { top: thin, left: thin, bottom: thin, right: thin };
  else if (style.borderBottom) out.border = { bottom: thin };
  if (style.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.numFmt) out.numFmt = style.numFmt;
  return out;
}

/** The private index of merges ExcelJS keeps per worksheet, keyed by each merge's top-left address. */
interface MergeIndex {
  _merges: Record<string, unknown>;
}

/** Every merge covers cells no other merge covers: one pass over the merged cells, what ExcelJS checks per call. */
function assertDisjoint(sheet: string, merges: readonly Range[]): void {
  const covered = new Set<number>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const key = r * MAX_COLUMNS + c;
        if (covered.has(key)) throw new Error(`Cannot merge already merged cells: ${sheet}!${rangeAddress(m, columnLetter)}`);
        covered.add(key);
      }
    }
  }
}

/**
 * ExcelJS's mergeCells compares each new merge with every earlier one, which takes minutes on a list
 * with thousands of duplicate groups. The merges are checked here in one pass; each is then made by
 * mergeCells itself (master style and value, the merged cells) against an empty index, and the index
 * is put back whole, so the worksheet ends exactly as if mergeCells had been called on each.
 */
function mergeAll(ws: ExcelJS.Worksheet, merges: readonly Range[]): void {
  assertDisjoint(ws.name, merges);
  const sheet = ws as unknown as MergeIndex;
  const index = sheet._merges;
  try {
    for (const m of merges) {
      sheet._merges = {};
      ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
      Object.assign(index, sheet._merges);
    }
  } finally {
    sheet._merges = index;
  }
}

export function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const p = spec.print;
  const ws = wb.addWorksheet(spec.name, {
    properties: spec.tabColor ? { tabColor: { argb: argb(spec.tabColor) } } : {},
    pageSetup: {
      paperSize: A4,
      orientation: p.orientation,
      fitToPage: p.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: p.centerHorizontally ?? false,
      margins: {
        top: p.margins.top / MM_PER_INCH,
        bottom: p.margins.bottom / MM_PER_INCH,
        left: p.margins.left / MM_PER_INCH,
        right: p.margins.right / MM_PER_INCH,
        header: p.margins.header / MM_PER_INCH,
        footer: p.margins.footer / MM_PER_INCH,
      },
      printTitlesRow: p.repeatRows ? `${p.repeatRows.from + 1}:${p.repeatRows.to + 1}` : undefined,
    },
    headerFooter: p.pageNumbersFromPage2 ? { differentFirst: true, firstHeader: '', oddHeader: '&C&"Times New Roman"&12&P' } : {},
  });
  ws.columns = spec.columnWidths.map((width) => ({ width }));
  const base = toExcelStyle({}, spec.baseFont);
  const styles = new Map(Object.entries(spec.styles).map(([k, s]) => [k, toExcelStyle(s, spec.baseFont)]));

  spec.rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    cells.forEach((cell, c) => {
      if (!cell) return;
      const target = row.getCell(c + 1);
      // A string is always a literal: ExcelJS never evaluates it, so a name starting with "=" stays text.
      target.value = cell.v;
      target.style = (cell.s && styles.get(cell.s)) || base;
    });
  });
  for (const [r, height] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(r) + 1).height = height;
  mergeAll(ws, spec.merges);
  if (spec.freeze) ws.views = [{ state: 'frozen', xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }];
  if (spec.autoFilter) ws.autoFilter = rangeAddress(spec.autoFilter, columnLetter);
  for (const cf of spec.conditionalFormats ?? []) {
    ws.addConditionalFormatting({
      ref: rangeAddress(cf.range, columnLetter),
      rules: [
        {
          type: 'dataBar',
          priority: 1,
          minLength: 0,
          maxLength: 100,
          gradient: false,
          border: false,
          cfvo: [
            { type: 'num', value: cf.min },
            { type: 'num', value: cf.max },
          ],
          color: { argb: argb(cf.color) },
        } as unknown as ExcelJS.ConditionalFormattingRule,
      ],
    });
  }
  for (const v of spec.validations ?? []) {
    const formulae = [`"${v.list.join(',')}"`];
    for (let r = v.range.top; r <= v.range.bottom; r++) {
      for (let c = v.range.left; c <= v.range.right; c++) ws.getCell(r + 1, c + 1).dataValidation = { type: 'list', allowBlank: true, formulae };
    }
  }
  if (spec.table) addTable(ws, spec, spec.table);
  return ws;
}

/** ExcelJS writes a table's cells itself: the header row's texts name the columns, the rows below keep the spec's values. */
function addTable(ws: ExcelJS.Worksheet, spec: SheetSpec, t: Range): void {
  const cells = (r: number) => Array.from({ length: t.right - t.left + 1 }, (_, c) => spec.rows[r]?.[t.left + c]?.v ?? null);
  ws.addTable({
    // One table per sheet at most; the sheet id keeps the workbook-wide name unique.
    name: `Table${ws.id}`,
    ref: cellAddress(t.top, t.left),
    headerRow: true,
    columns: cells(t.top).map((v, c) => ({ name: v === null ? `Column${c + 1}` : String(v) })),
    rows: Array.from({ length: t.bottom - t.top }, (_, i) => cells(t.top + 1 + i)),
  });
}

export function sheetSpecsToWorkbook(specs: readonly SheetSpec[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SSKĐT Rollup';
  for (const spec of specs) addSheet(wb, spec);
  return wb;
}

export async function writeXlsxFile(specs: readonly SheetSpec[], path: string): Promise<void> {
  await sheetSpecsToWorkbook(specs).xlsx.writeFile(path);
}
