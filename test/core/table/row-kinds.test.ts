import { isColumnNumberRow, isTotalsRow } from '../../../src/core/table/row-kinds';
import { consolidate } from '../../../src/core/consolidate';
import type { CellValue, Grid } from '../../../src/core/grid';
import { LIST_HEADER, campaignWith, cccd, listGrid, personRow } from '../../helpers/lists';

describe('isTotalsRow', () => {
  it.each(['Tổng', 'Cộng', 'Tổng cộng', 'TỔNG CỘNG:', 'Tổng số: 45', 'tổng cộng', 'TONG CONG', 'Cong', 'Tong so 45', '  Tổng cộng  '])(
    'takes "%s" for a totals label',
    (name) => {
      expect(isTotalsRow(name)).toBe(true);
    },
  );

  it('takes a decomposed (NFD) "Tổng cộng" for a totals label', () => {
    expect(isTotalsRow('Tổng cộng'.normalize('NFD'))).toBe(true);
    expect(isTotalsRow('TỔNG CỘNG:'.normalize('NFD'))).toBe(true);
  });

  it.each(['Tống Văn Bình', 'TỐNG VĂN BÌNH', 'Tống Thị Cúc', 'Cống Văn Dũng', 'Nguyễn Văn Tổng', 'Trần Văn Công'])(
    'does not take the person "%s" for a totals row',
    (name) => {
      expect(isTotalsRow(name)).toBe(false);
    },
  );

  it('does not take a decomposed (NFD) "Tống Văn Bình" for a totals row', () => {
    expect(isTotalsRow('Tống Văn Bình'.normalize('NFD'))).toBe(false);
  });

  // Diacritics decide when they are there (row-kinds.ts): "Tống" is a family name, not "Tổng".
  test('does not take a name cell holding only the family name "Tống" for a totals row', () => {
    expect(isTotalsRow('Tống')).toBe(false);
  });

  // Text pasted from the web or other software often starts with a non-breaking space.
  test('takes "\\u00A0Tổng cộng" (leading non-breaking space) for a totals label', () => {
    expect(isTotalsRow('\u00A0Tổng cộng')).toBe(true);
  });
});

describe('isColumnNumberRow', () => {
  it('recognises "(1) (2) (3) …" under a header', () => {
    expect(isColumnNumberRow(['(1)', '(2)', '(3)', '(4)'])).toBe(true);
  });

  it('recognises numbers 1 2 3 … and ignores empty cells among them', () => {
    expect(isColumnNumberRow([1, 2, '', null, 5])).toBe(true);
  });

  it('does not take a person row for a column-number row', () => {
    expect(isColumnNumberRow([1, 'Nguyễn Văn An', '05/01/1985'])).toBe(false);
    expect(isColumnNumberRow([1, '', '', '', '001085000001'])).toBe(false);
  });

  it('needs at least two numbers', () => {
    expect(isColumnNumberRow(['(1)'])).toBe(false);
    expect(isColumnNumberRow([])).toBe(false);
  });
});

describe('rows inside a list', () => {
  const campaign = campaignWith();
  const run = (grid: Grid) => consolidate({ grids: [grid], campaign, asOf: '2025-10-25' });
  const rowOf = (cells: Record<number, CellValue>): CellValue[] => LIST_HEADER.map((_, c) => cells[c] ?? '');

  it('skips blank rows (empty text, null, spaces, ragged) and never counts them', () => {
    const g = listGrid('Thôn 1', [{ name: 'Nguyễn Văn An' }]);
    g.values.push([], ['', null, '  ', '\u00A0'], [null], rowOf({ 0: 5 }), personRow({ name: 'Trần Thị Bình' }, 2));
    const model = run(g);
    expect(model.entities[0].records).toBe(2);
    expect(model.entities[0].counted).toBe(2);
    expect(model.issues).toEqual([]);
  });

  it.each(['Tổng', 'Cộng', 'Tổng cộng', 'TỔNG CỘNG:'])('skips the totals row "%s" in the name column, with its sums', (label) => {
    const g = listGrid('Thôn 1', [
      { name: 'Nguyễn Văn An', resident: 'x', level2: 'x' },
      { name: 'Trần Thị Bình', resident: 'x', level2: 'x' },
    ]);
    g.values.push(rowOf({ 1: label, 6: 2, 7: 2, 8: 0, 9: 0 }));
    const model = run(g);
    expect(model.entities[0].records).toBe(2);
    expect(model.entities[0].indicators.level2_registered).toMatchObject({ numerator: 2, denominator: 2 });
    expect(model.issues).toEqual([]);
  });

  it('skips a totals row written in the STT column with the name column empty', () => {
    const g = listGrid('Thôn 1', [{ name: 'Nguyễn Văn An', resident: 'x' }]);
    g.values.push(rowOf({ 0: 'Tổng cộng', 6: 1, 7: 0 }));
    expect(run(g).entities[0].records).toBe(1);
  });

  it('counts "Tống Văn Bình" (family name Tống) as a person', () => {
    const g = listGrid('Thôn 1', [{ name: 'Tống Văn Bình', resident: 'x', level2: 'x' }, { name: 'TỐNG THỊ CÚC', resident: 'x' }]);
    const model = run(g);
    expect(model.entities[0].records).toBe(2);
    expect(model.entities[0].indicators.level2_registered).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it('counts a row with only a CCCD as a person', () => {
    const g = listGrid('Thôn 1', [{ cccd: cccd(1985, true, 1) }]);
    const model = run(g);
    expect(model.entities[0].records).toBe(1);
    expect(model.entities[0].indicators.level2_registered.denominator).toBe(0); // resident column present, cell blank
  });

  it('counts a row with only a BHYT number as a person', () => {
    const g = listGrid('Thôn 1', [{ bhyt: '0123456789' }]);
    expect(run(g).entities[0].records).toBe(1);
  });

  it('skips the "(1) (2) (3)" column-number row right under the header', () => {
    const g = listGrid('Thôn 1', [{ name: 'Nguyễn Văn An' }]);
    g.values.splice(1, 0, LIST_HEADER.map((_, i) => `(${i + 1})`));
    const model = run(g);
    expect(model.entities[0].records).toBe(1);
    expect(model.issues).toEqual([]);
  });

  it('skips a column-number row of plain numbers right under the header', () => {
    const g = listGrid('Thôn 1', [{ name: 'Nguyễn Văn An' }]);
    g.values.splice(1, 0, LIST_HEADER.map((_, i) => i + 1));
    expect(run(g).entities[0].records).toBe(1);
  });

  // Official forms often have a two-level header ("Tài khoản định danh mức 2" over "Đã cấp | Đã kích hoạt")
  // with the column numbers under the second level, i.e. two rows below the detected header row.
  test('skips the column-number row under a two-level header', () => {
    const g: Grid = {
      sheet: 'Thôn 1',
      values: [
        ['STT', 'Họ và tên', 'Số CCCD', 'Thường trú', 'Tài khoản định danh mức 2', ''],
        ['', '', '', '', 'Đã cấp', 'Đã kích hoạt'],
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
        [1, 'Nguyễn Văn An', cccd(1985, true, 1), 'x', 'x', 'x'],
      ],
    };
    const model = run(g);
    expect(model.entities[0].records).toBe(1);
    expect(model.issues.filter((i) => i.row !== null)).toEqual([]);
  });

  test('skips the column-number row when a blank row separates it from the header', () => {
    const g = listGrid('Thôn 1', [{ name: 'Nguyễn Văn An' }]);
    g.values.splice(1, 0, [], LIST_HEADER.map((_, i) => `(${i + 1})`));
    expect(run(g).entities[0].records).toBe(1);
  });

  // A totals row may also count the CCCDs; "45" cannot be a CCCD, and the row is labelled "Tổng cộng".
  test('skips a "Tổng cộng" row whose CCCD column holds a count', () => {
    const g = listGrid('Thôn 1', [{ name: 'Nguyễn Văn An', cccd: cccd(1985, true, 1), resident: 'x' }]);
    g.values.push(rowOf({ 1: 'Tổng cộng', 4: 1, 6: 1 }));
    const model = run(g);
    expect(model.entities[0].records).toBe(1);
    expect(model.issues).toEqual([]);
  });

  test('skips a totals row whose label has a leading non-breaking space', () => {
    const g = listGrid('Thôn 1', [{ name: 'Nguyễn Văn An', resident: 'x' }]);
    g.values.push(rowOf({ 1: '\u00A0Tổng cộng', 6: 1 }));
    expect(run(g).entities[0].records).toBe(1);
  });

  it('reports SHEET_EMPTY for a header with only blank and totals rows under it', () => {
    const g = listGrid('Thôn 1', []);
    g.values.push([], rowOf({ 1: 'Tổng cộng', 6: 0 }));
    const model = run(g);
    expect(model.entities[0].records).toBe(0);
    expect(model.issues.map((i) => [i.code, i.row])).toEqual([['SHEET_EMPTY', null]]);
  });
});
