/**
 * Whatever a commune workbook holds, consolidation must produce a report: no throw, issues that point
 * at real cells, a model that passes its own schema, sane percentages, and a layout that renders.
 */
import fc from 'fast-check';
import { consolidate } from '../../src/core/consolidate';
import { PRESETS } from '../../src/core/campaign/presets';
import type { CellValue, Grid } from '../../src/core/grid';
import { ReportModel } from '../../src/core/report/model';
import { layoutReport } from '../../src/core/report/layout';
import { ALIASES, FIELDS } from '../../src/core/table/aliases';
import { cccd } from '../helpers/lists';

const WORDS = [
  'Có', 'x', 'X', '✓', 'Đã', 'Rồi', 'Không', 'Chưa', 'TRUE', 'FALSE', '1', '0', 'Thường trú', 'Tạm trú',
  'Nam', 'Nữ', 'nữ'.normalize('NFD'), 'Tổng cộng', 'TỔNG CỘNG:', 'Tống Văn Bình', 'Nguyễn Văn An',
  'Trần Thị Bình'.normalize('NFD'), '05/01/1985', '31/02/1990', '1985-01-05', '1985', '2030', '(1)', '(2)',
  '=SUM(A1:A3)', '=1+1', '+84', '-', "'001085000001", '1.23457E+11', '😀', '👨‍👩‍👧', '\u00A0', '\u200B', '   ',
  'GD4010123456789', '0123456789', 'XX9990123456789', '001085000001', '038190000002', '123456789',
];
const HEADER_WORDS = FIELDS.flatMap((f) => ALIASES[f]);
const CCCD_POOL = [cccd(1985, true, 1), cccd(2012, false, 2), cccd(1950, true, 3), cccd(2000, false, 4)];

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<CellValue>(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(...HEADER_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom<CellValue>(...CCCD_POOL, ...CCCD_POOL.map(Number)) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 2, arbitrary: fc.double() }, // NaN, ±Infinity, -0, huge and tiny
  { weight: 2, arbitrary: fc.integer({ min: -100, max: 3_000_000 }) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(61, 60, 59, 31048, 1985, 1e20, 1e300, -1, 1085000001, 123456789) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant<CellValue>(null) },
  { weight: 2, arbitrary: fc.constant<CellValue>('') },
);
const formatArb = fc.constantFrom('General', '@', 'dd/mm/yyyy', '0', '0.00E+00', '[$-42A]d/m/yyyy', '');

const rowArb = fc.array(cellArb, { maxLength: 12, size: 'medium' });

/** A header naming 2–8 known fields, at least one of them a name, CCCD or BHYT column, in any order. */
const headerArb = fc
  .tuple(
    fc.constantFrom('Họ và tên', 'Số CCCD', 'Mã thẻ BHYT', 'HO VA TEN', 'Số định danh cá nhân'.normalize('NFD')),
    fc.uniqueArray(fc.constantFrom(...HEADER_WORDS), { minLength: 1, maxLength: 7 }),
    fc.array(fc.constantFrom<CellValue>('', null), { maxLength: 2 }),
  )
  .chain(([identity, others, lead]) => fc.shuffledSubarray([identity, ...others], { minLength: 1 + others.length }).map((h) => [...lead, ...h]));

const gridArb = (sheet: string): fc.Arbitrary<Grid> =>
  fc
    .record({
      rows: fc.array(rowArb, { maxLength: 30, size: 'medium' }),
      header: fc.option(fc.tuple(headerArb, fc.nat({ max: 14 })), { freq: 2 }),
      withFormats: fc.boolean(),
      rowOffset: fc.option(fc.nat({ max: 50 }), { freq: 2 }),
      colOffset: fc.option(fc.nat({ max: 30 }), { freq: 2 }),
      formatSeed: fc.array(formatArb, { minLength: 1, maxLength: 5 }),
    })
    .map(({ rows, header, withFormats, rowOffset, colOffset, formatSeed }) => {
      const values = rows.map((r) => [...r]);
      if (header) {
        const [cells, at] = header;
        values.splice(Math.min(at, values.length), 0, cells);
      }
      const grid: Grid = { sheet, values };
      if (withFormats) grid.formats = values.map((r, i) => r.map((_, j) => formatSeed[(i + j) % formatSeed.length]));
      if (rowOffset !== null) grid.rowOffset = rowOffset;
      if (colOffset !== null) grid.colOffset = colOffset;
      return grid;
    });

const SHEET_NAMES = ['Thôn 1', 'Thôn 2', 'Tổ dân phố 3', 'Bản Mường', 'Trạm Y tế', 'Trường THCS', 'Ban Chỉ huy Quân sự', 'Sheet1', 'Ghi chú', '😀'];
const workbookArb = fc
  .uniqueArray(fc.constantFrom(...SHEET_NAMES), { minLength: 0, maxLength: 5 })
  .chain((names) => fc.tuple(...names.map(gridArb)));

const campaignArb = fc.constantFrom(...Object.values(PRESETS));
const asOfArb = fc
  .date({ min: new Date(2024, 0, 1), max: new Date(2027, 11, 31), noInvalidDate: true })
  .map((d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`);

/** Zero-based index of a column letter, or -1 when it is not one. */
function columnIndex(letters: string): number {
  if (!/^[A-Z]+$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const NUM_RUNS = 150;

describe('consolidate on arbitrary workbooks', () => {
  it('never throws, and the model always passes ReportModel.parse', () => {
    fc.assert(
      fc.property(workbookArb, campaignArb, asOfArb, (grids, campaign, asOf) => {
        const model = consolidate({ grids, campaign, asOf });
        ReportModel.parse(model);
        expect(model.sheets.map((s) => s.sheet)).toEqual(grids.map((g) => g.sheet));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('points every issue with a row at a real cell of a real sheet', () => {
    fc.assert(
      fc.property(workbookArb, campaignArb, asOfArb, (grids, campaign, asOf) => {
        const model = consolidate({ grids, campaign, asOf });
        const bySheet = new Map(grids.map((g) => [g.sheet, g]));
        for (const issue of model.issues) {
          const grid = bySheet.get(issue.sheet);
          expect(grid).toBeDefined();
          if (issue.row === null) continue;
          const r = issue.row - 1 - (grid!.rowOffset ?? 0);
          expect(r).toBeGreaterThanOrEqual(0);
          expect(r).toBeLessThan(grid!.values.length);
          expect(issue.column).not.toBeNull();
          const c = columnIndex(issue.column!) - (grid!.colOffset ?? 0);
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThan(grid!.values[r].length);
        }
        for (const d of model.duplicates) {
          for (const o of d.occurrences) {
            const grid = bySheet.get(o.sheet)!;
            const r = o.row - 1 - (grid.rowOffset ?? 0);
            expect(r).toBeGreaterThanOrEqual(0);
            expect(r).toBeLessThan(grid.values.length);
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('keeps every percentage within 0–100, numerators within denominators, counts within records, and totals as sums', () => {
    fc.assert(
      fc.property(workbookArb, campaignArb, asOfArb, (grids, campaign, asOf) => {
        const model = consolidate({ grids, campaign, asOf });
        const values = [...model.entities.map((e) => e.indicators), model.totals.village.indicators, model.totals.unit.indicators];
        for (const set of values) {
          for (const v of Object.values(set)) {
            // ISSUE 10 §2: a list without a column the indicator needs has no figure at all, never 0.
            if (v.numerator === null || v.denominator === null) {
              expect([v.numerator, v.denominator, v.percent, v.met]).toEqual([null, null, null, null]);
              expect((v as { missingColumns?: string[] }).missingColumns?.length).toBeGreaterThan(0);
              continue;
            }
            expect(v.numerator).toBeLessThanOrEqual(v.denominator);
            if (v.denominator === 0) {
              expect(v.percent).toBeNull();
              expect(v.met).toBeNull();
            } else {
              expect(v.percent).not.toBeNull();
              expect(Number.isFinite(v.percent)).toBe(true);
              expect(v.percent!).toBeGreaterThanOrEqual(0);
              expect(v.percent!).toBeLessThanOrEqual(100);
              expect(typeof v.met).toBe('boolean');
            }
          }
        }
        for (const e of model.entities) expect(e.counted).toBeLessThanOrEqual(e.records);
        for (const kind of ['village', 'unit'] as const) {
          const members = model.entities.filter((e) => e.kind === kind);
          const t = model.totals[kind];
          expect(t.entities).toBe(members.length);
          expect(t.records).toBe(members.reduce((s, e) => s + e.records, 0));
          expect(t.counted).toBe(members.reduce((s, e) => s + e.counted, 0));
          for (const [id, total] of Object.entries(t.indicators)) {
            expect(total.numerator).toBe(members.reduce((s, e) => s + (e.indicators[id]?.numerator ?? 0), 0));
            expect(total.denominator).toBe(members.reduce((s, e) => s + (e.indicators[id]?.denominator ?? 0), 0));
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('lays the resulting model out without throwing, every cell a plain value with a known style', () => {
    fc.assert(
      fc.property(workbookArb, campaignArb, asOfArb, (grids, campaign, asOf) => {
        const sheets = layoutReport(consolidate({ grids, campaign, asOf }));
        expect(sheets.map((s) => s.name).filter((n) => n !== 'Báo cáo tổng kết')).toEqual(['Báo cáo tuần', 'Tổng hợp', 'Lỗi dữ liệu', 'Lưu ý danh sách', 'Trùng lặp', 'Lịch sử']);
        const bad: string[] = [];
        for (const sheet of sheets) {
          sheet.rows.forEach((row, r) =>
            row.forEach((cell, c) => {
              if (!cell) return;
              const okValue = cell.v === null || typeof cell.v === 'string' || typeof cell.v === 'boolean' || Number.isFinite(cell.v);
              const okStyle = cell.s === undefined || sheet.styles[cell.s] !== undefined;
              if (!okValue || !okStyle) bad.push(`${sheet.name}!R${r}C${c}: ${String(cell.v)} / ${cell.s}`);
            }),
          );
        }
        expect(bad).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('gives the same report for the same workbook (no state leaks between runs)', () => {
    fc.assert(
      fc.property(workbookArb, campaignArb, asOfArb, (grids, campaign, asOf) => {
        const first = consolidate({ grids, campaign, asOf });
        consolidate({ grids: [...grids].reverse(), campaign, asOf });
        expect(consolidate({ grids, campaign, asOf })).toEqual(first);
      }),
      { numRuns: 60 },
    );
  });
});
