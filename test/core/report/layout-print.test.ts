/**
 * The printed pages as the SheetSpecs lay them out (issue 13 §5): each page as tall as the rows the layout gives it,
 * broken where the layout breaks it; no table goes on over a page without its header, no heading ends a page, no
 * title is wider than its cells, the appendix prints at 10 points or more, paragraphs are evenly spaced. The PDF
 * LibreOffice makes of the same report is looked at in test/print/report-pdf.test.ts.
 */
import { consolidate } from '../../../src/core/consolidate';
import { PRESETS } from '../../../src/core/campaign/presets';
import { layoutReport } from '../../../src/core/report/layout';
import { pageGeometry } from '../../../src/core/report/layout/paginate';
import { POINTS_PER_WIDTH_UNIT, cellTextWidth, lineHeight, textWidth, wrappedLines } from '../../../src/core/report/layout/measure';
import type { ReportModel } from '../../../src/core/report/model';
import type { CellSpec, SheetSpec } from '../../../src/core/sheetspec';
import { cccd, listGrid, type PersonRow } from '../../helpers/lists';

const BO_Y = PRESETS['bo-y-2025'];
const SIGNED = ['Báo cáo tuần', 'Báo cáo tổng kết', 'Tổng hợp'];

function people(n: number, serial: number, done: number): PersonRow[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `Người ${serial + i}`,
    birth: '01/01/1980',
    cccd: cccd(1980, i % 2 === 0, serial + i),
    resident: 'x',
    ...(i < done ? { level2: 'x', activated: 'x', integrated: 'x' } : {}),
  }));
}

/** A commune after the 2025 merger: 30 villages and 8 units, so each indicator's table runs over a page. */
function largeCommune(): ReportModel {
  const grids = [
    ...Array.from({ length: 30 }, (_, v) => listGrid(`Thôn ${v + 1}`, people(6, 1000 * (v + 1), v % 6))),
    ...Array.from({ length: 8 }, (_, u) => listGrid(`Đơn vị ${u + 1}`, people(4, 100_000 + 1000 * u, u % 4))),
  ];
  return consolidate({ grids, campaign: BO_Y, asOf: '2025-10-27', madeAt: '2025-10-27T08:30' });
}

const text = (cell: CellSpec | null | undefined) => (cell && cell.v !== null ? String(cell.v) : '');
const styleOf = (sheet: SheetSpec, cell: CellSpec | null | undefined) => (cell?.s === undefined ? undefined : sheet.styles[cell.s]);
const isHeaderRow = (sheet: SheetSpec, r: number) => sheet.rows[r].some((c) => c?.s === 'th');
const isTableRow = (sheet: SheetSpec, r: number) => sheet.rows[r].some((c) => styleOf(sheet, c)?.border === true);
const isHeading = (sheet: SheetSpec, r: number) => sheet.rows[r].some((c) => c?.s === 'heading' || (c?.s === 'subheading' && c.v !== null));

/** The rows of each printed page, from the manual breaks. */
function pagesOf(sheet: SheetSpec): number[][] {
  const starts = [0, ...(sheet.print.rowBreaks ?? [])];
  return starts.map((from, i) => Array.from({ length: (starts[i + 1] ?? sheet.rows.length) - from }, (_, k) => from + k));
}

/** Where each cell's text may go: its own width, or its merge's. */
function widthsOf(sheet: SheetSpec): (r: number, c: number) => number {
  const merged = new Map<string, number>();
  for (const m of sheet.merges) {
    let w = 0;
    for (let c = m.left; c <= m.right; c++) w += sheet.columnWidths[c];
    merged.set(`${m.top}:${m.left}`, w);
  }
  return (r, c) => merged.get(`${r}:${c}`) ?? sheet.columnWidths[c];
}

describe('the printed report of a commune of 30 villages and 8 units', () => {
  const model = largeCommune();
  const sheets = layoutReport(model, { final: true });
  const signed = sheets.filter((s) => SIGNED.includes(s.name));

  test('breaks the signed reports and the appendix into pages no taller than a page, so the printer adds no break of its own', () => {
    for (const sheet of signed) {
      const { rowsPerPage } = pageGeometry(sheet);
      expect(sheet.print.rowBreaks?.length).toBeGreaterThan(0);
      for (const page of pagesOf(sheet)) {
        const height = page.reduce((h, r) => h + (sheet.rowHeights?.[r] ?? Infinity), 0);
        expect({ sheet: sheet.name, first: page[0], fits: height <= rowsPerPage }).toEqual({ sheet: sheet.name, first: page[0], fits: true });
      }
    }
  });

  test('starts every page that goes on with a table with that table\'s header', () => {
    let continued = 0;
    for (const sheet of signed) {
      for (const page of pagesOf(sheet).slice(1)) {
        const first = page[0];
        if (!isTableRow(sheet, first - 1) || !isTableRow(sheet, first)) continue;
        continued++;
        expect({ sheet: sheet.name, row: first, header: isHeaderRow(sheet, first) }).toEqual({ sheet: sheet.name, row: first, header: true });
      }
    }
    // The weekly report's tables of 38 rows cannot fit a page: some page goes on with one.
    expect(continued).toBeGreaterThan(0);
  });

  test('repeats a table\'s header as it was: the same words over the same columns', () => {
    const weekly = signed.find((s) => s.name === 'Báo cáo tuần')!;
    const headers = weekly.rows.map((_, r) => r).filter((r) => isHeaderRow(weekly, r));
    const words = headers.map((r) => weekly.rows[r].map(text).join('|'));
    expect(new Set(words).size).toBe(1);
    expect(headers.length).toBeGreaterThan(model.indicators.filter((i) => i.source !== 'counts').length);
  });

  test('never leaves a heading or a table\'s title at the foot of a page', () => {
    for (const sheet of signed) {
      for (const page of pagesOf(sheet)) {
        const last = [...page].reverse().find((r) => sheet.rows[r].some((c) => text(c) !== ''));
        if (last === undefined) continue;
        expect({ sheet: sheet.name, row: last, heading: isHeading(sheet, last) }).toEqual({ sheet: sheet.name, row: last, heading: false });
      }
    }
  });

  test('keeps "Nơi nhận" and the signature on one page', () => {
    for (const sheet of signed.filter((s) => s.name !== 'Tổng hợp')) {
      const recipients = sheet.rows.findIndex((row) => row.some((c) => text(c) === 'Nơi nhận:'));
      const page = pagesOf(sheet).find((p) => p.includes(recipients))!;
      expect(page.at(-1)).toBe(sheet.rows.length - 1);
    }
  });

  test('prints no data bar behind a figure', () => {
    for (const sheet of sheets) expect(sheet.conditionalFormats ?? []).toEqual([]);
  });
});

describe('titles, headings and cells that do not wrap are never cut', () => {
  test('every text that does not wrap fits its cell or merge, on every sheet', () => {
    for (const sheet of layoutReport(largeCommune(), { final: true, chart: true })) {
      const width = widthsOf(sheet);
      sheet.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const style = styleOf(sheet, cell);
          if (!cell || typeof cell.v !== 'string' || cell.v === '' || style?.wrap) return;
          const printed = textWidth(text(cell), style?.size ?? sheet.baseFont.size, style?.bold === true);
          expect({ sheet: sheet.name, text: text(cell), fits: printed <= width(r, c) * POINTS_PER_WIDTH_UNIT - 2 }).toEqual({ sheet: sheet.name, text: text(cell), fits: true });
        }),
      );
    }
  });
});

describe('the summary prints as the appendix, at 10 points or more', () => {
  /** The smallest type of the sheet as printed: its styles' sizes times the scale that fits it one page wide. */
  const smallestPrinted = (sheet: SheetSpec) => {
    const sizes = sheet.rows.flatMap((row) => row.filter((c) => c && text(c) !== '').map((c) => styleOf(sheet, c)?.size ?? sheet.baseFont.size));
    return Math.min(...sizes) * pageGeometry(sheet).scale;
  };

  test('five indicators: two tables, the figures at 10 points or more', () => {
    const summary = layoutReport(largeCommune()).find((s) => s.name === 'Tổng hợp')!;
    expect(text(summary.rows[0][0])).toBe('PHỤ LỤC');
    expect(smallestPrinted(summary)).toBeGreaterThanOrEqual(10);
    const tables = summary.rows.filter((row) => text(row[0]) === 'STT' && text(row[2]) === 'Số người trong danh sách');
    expect(new Set(tables.map((row) => row.map(text).join('|'))).size).toBe(2);
  });

  test('with the columns of people without a smartphone and with a guardian, still 10 points or more', () => {
    const campaign = PRESETS['thuong-ninh-2026'];
    const header = ['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Thường trú', 'Định danh mức 2', 'Có điện thoại thông minh', 'Người giám hộ'];
    const rows = Array.from({ length: 4 }, (_, i) => [i + 1, `Người ${i}`, '01/01/1980', cccd(1980, true, i + 1), 'x', 'x', i === 0 ? 'Không' : 'Có', i === 1 ? 'Con trai' : '']);
    const model = consolidate({ grids: [{ sheet: 'Thôn 1', values: [header, ...rows] }], campaign, asOf: '2026-03-10' });
    const summary = layoutReport(model).find((s) => s.name === 'Tổng hợp')!;
    expect(summary.rows.some((row) => row.some((c) => text(c) === 'Không có ĐTTM'))).toBe(true);
    expect(smallestPrinted(summary)).toBeGreaterThanOrEqual(10);
  });
});

describe('paragraphs of the narrative are evenly spaced', () => {
  test('each paragraph\'s row is its lines and the same space after, whatever its length', () => {
    const weekly = layoutReport(largeCommune()).find((s) => s.name === 'Báo cáo tuần')!;
    const width = widthsOf(weekly);
    const spaces = weekly.rows.flatMap((row, r) => {
      const cell = row[0];
      if (cell?.s !== 'paragraph' || text(cell) === '') return [];
      const lines = wrappedLines(text(cell), cellTextWidth(width(r, 0)), 13);
      return [{ lines, space: (weekly.rowHeights?.[r] ?? 0) - lines * lineHeight(13) }];
    });
    expect(new Set(spaces.map((s) => s.lines)).size).toBeGreaterThan(1);
    const gaps = spaces.map((s) => s.space);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(0.75);
  });
});
