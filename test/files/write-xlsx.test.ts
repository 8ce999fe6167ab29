/**
 * The ExcelJS writer's merges: made without ExcelJS's check of every earlier merge on each call
 * (quadratic: minutes on a duplicates sheet with thousands of groups), yet the same workbook.
 */
import ExcelJS from 'exceljs';
import type { Range, SheetSpec } from '../../src/core/sheetspec';
import { sheetSpecsToWorkbook } from '../../src/files/write-xlsx';

// ExcelJS's Range, whose intersects() is the pairwise check mergeCells runs against every earlier merge.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ExcelRange = require('exceljs/lib/doc/range') as { prototype: { intersects: (other: unknown) => boolean } };

const range = (top: number, left: number, bottom: number, right: number): Range => ({ top, left, bottom, right });

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
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 } },
  };
}

/** The same sheet with every merge made by ExcelJS's own mergeCells, one call each. */
function withExcelJsMerges(spec: SheetSpec): ExcelJS.Workbook {
  const wb = sheetSpecsToWorkbook([{ ...spec, merges: [] }]);
  const ws = wb.getWorksheet(spec.name)!;
  for (const m of spec.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  return wb;
}

async function readBack(wb: ExcelJS.Workbook): Promise<ExcelJS.Worksheet> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return back.worksheets[0];
}

/** Every cell as the file holds it: value, merge master, style. */
function cells(ws: ExcelJS.Worksheet): unknown[] {
  const out: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => out.push({ at: cell.address, type: cell.type, master: cell.master.address, value: cell.value, style: cell.style })),
  );
  return out;
}

const mergesOf = (ws: ExcelJS.Worksheet) => ((ws.model as unknown as { merges: string[] }).merges ?? []).slice().sort();

describe('the ExcelJS writer merges cells', () => {
  test('into the same workbook as ExcelJS mergeCells, merge by merge', async () => {
    const spec = groupedSheet(12, 3);
    const ours = sheetSpecsToWorkbook([spec]);
    const theirs = withExcelJsMerges(spec);
    expect(mergesOf(ours.worksheets[0])).toEqual(mergesOf(theirs.worksheets[0]));
    expect(mergesOf(ours.worksheets[0])).toHaveLength(1 + 12 * 3);
    expect(cells(ours.worksheets[0])).toEqual(cells(theirs.worksheets[0]));
    const [a, b] = [await readBack(ours), await readBack(theirs)];
    expect(mergesOf(a)).toEqual(mergesOf(b));
    expect(cells(a)).toEqual(cells(b));
  });

  test('refuses overlapping merges, as ExcelJS does', () => {
    const spec = groupedSheet(3);
    expect(() => withExcelJsMerges({ ...spec, merges: [...spec.merges, range(2, 1, 3, 2)] })).toThrow('Cannot merge already merged cells');
    expect(() => sheetSpecsToWorkbook([{ ...spec, merges: [...spec.merges, range(2, 1, 3, 2)] }])).toThrow('Cannot merge already merged cells: Trùng lặp!B3:C4');
  });

  test('without comparing merges pairwise: 6,000 merges, no pairwise check', () => {
    const intersects = jest.spyOn(ExcelRange.prototype, 'intersects');
    try {
      const ws = sheetSpecsToWorkbook([groupedSheet(2_000)]).worksheets[0];
      expect(mergesOf(ws)).toHaveLength(1 + 2_000 * 3);
      // ExcelJS's own check makes n(n-1)/2 of these, 18 million for 6,001 merges.
      expect(intersects).not.toHaveBeenCalled();
    } finally {
      intersects.mockRestore();
    }
  });
});
