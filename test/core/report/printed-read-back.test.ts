/**
 * What the report prints for people (issue 13 §5: "Thôn Bờ Y, dòng 133, cột E", "27/10/2025 08:30", 27/10/2025) is
 * also what the next consolidation reads back from the errors list and the history: both forms, the printed one and
 * the one earlier reports wrote, give the same place, time and date.
 */
import { formatVnDateTime, readVnDateTime } from '../../../src/core/dates';
import { placeText, readPlaceText } from '../../../src/core/place';
import { parsePlace, placeForPeople, placeFromPeople, readMismatchSheet } from '../../../src/core/report/mismatches';
import { readHistory, HISTORY_COLUMNS } from '../../../src/core/history/history';
import { consolidate } from '../../../src/core/consolidate';
import { PRESETS } from '../../../src/core/campaign/presets';
import { layoutReport } from '../../../src/core/report/layout';
import type { Grid } from '../../../src/core/grid';
import type { SheetSpec } from '../../../src/core/sheetspec';
import { listGrid } from '../../helpers/lists';

const asGrid = (spec: SheetSpec): Grid => ({ sheet: spec.name, values: spec.rows.map((row) => row.map((c) => (c ? c.v : null))) });

describe('a place as people read it', () => {
  test('names the sheet, the row and the column in words', () => {
    expect(placeText({ sheet: 'Thôn Bờ Y', row: 133, column: 'E' })).toBe('Thôn Bờ Y, dòng 133, cột E');
    expect(placeText({ sheet: 'Thôn Bờ Y', row: 133, column: null })).toBe('Thôn Bờ Y, dòng 133');
    expect(placeText({ sheet: 'Thôn Bờ Y', row: 133, column: 'AB' }, false)).toBe('dòng 133, cột AB');
    expect(placeForPeople('Thôn Bờ Y!E133')).toBe('Thôn Bờ Y, dòng 133, cột E');
    // A sheet's name may hold "!" and ", ": the cell is what follows the last "!", the row what follows the last "dòng".
    expect(placeForPeople('Xóm 1!, Bắc!E5')).toBe('Xóm 1!, Bắc, dòng 5, cột E');
    expect(readPlaceText('Xóm 1!, Bắc, dòng 5, cột E')).toEqual({ sheet: 'Xóm 1!, Bắc', row: 5, column: 'E' });
  });

  test('is read back as the place the report keeps, whichever form the sheet holds', () => {
    expect(placeFromPeople('Thôn Bờ Y, dòng 133, cột E')).toBe('Thôn Bờ Y!E133');
    expect(placeFromPeople('Thôn Bờ Y, dòng 133')).toBe('Thôn Bờ Y!133');
    expect(placeFromPeople('Thôn Bờ Y!E133')).toBe('Thôn Bờ Y!E133');
    expect(parsePlace(placeFromPeople('Thôn Bờ Y, dòng 133, cột E'))).toEqual({ sheet: 'Thôn Bờ Y', row: 133 });
    // The tail of a long cell is no place and stays as it is.
    expect(placeFromPeople('… và 3 vị trí khác')).toBe('… và 3 vị trí khác');
  });
});

describe('a time as people read it', () => {
  test('prints dd/mm/yyyy HH:mm and reads back both forms', () => {
    expect(formatVnDateTime('2025-10-27T08:30')).toBe('27/10/2025 08:30');
    expect(formatVnDateTime('2025-10-27 08:30')).toBe('27/10/2025 08:30');
    expect(readVnDateTime('27/10/2025 08:30')).toBe('2025-10-27T08:30');
    expect(readVnDateTime('2025-10-27 08:30')).toBe('2025-10-27T08:30');
    expect(readVnDateTime('31/02/2025 08:30')).toBeNull();
    expect(readVnDateTime('27/10/2025 24:00')).toBeNull();
  });
});

describe('the errors list and the history, printed for people, read back by the next consolidation', () => {
  const model = consolidate({
    grids: [listGrid('Thôn 1', [{ name: 'Nguyễn Văn An', birth: '01/01/1985', cccd: '00108500000', resident: 'x' }])],
    campaign: PRESETS['bo-y-2025'],
    asOf: '2025-10-27',
    madeAt: '2025-10-27T08:30',
  });
  const sheets = layoutReport(model);

  test('the errors list prints the place and the time found as people read them, and reads them back as they were', () => {
    const printed = asGrid(sheets.find((s) => s.name === 'Lỗi dữ liệu')!);
    const cells = printed.values.flat().map(String);
    expect(cells).toContain('Thôn 1, dòng 2, cột E');
    expect(cells).toContain('27/10/2025 08:30');
    const [row] = readMismatchSheet(printed).rows.map((r) => r.row);
    expect(row.places).toEqual(model.mismatches[0].places);
    expect(row.foundAt).toBe(model.mismatches[0].foundAt);
  });

  test('the history prints 27/10/2025 and 27/10/2025 08:30 and reads back the same rows as before', () => {
    const printed = asGrid(sheets.find((s) => s.name === 'Lịch sử')!);
    const asOf = HISTORY_COLUMNS.findIndex((c) => c.field === 'asOf');
    const madeAt = HISTORY_COLUMNS.findIndex((c) => c.field === 'madeAt');
    const first = printed.values[3];
    expect([first[asOf], first[madeAt]]).toEqual(['27/10/2025', '27/10/2025 08:30']);
    const read = readHistory(printed);
    expect(read.rejected).toEqual([]);
    expect(read.rows).toEqual(model.history);
    // An earlier report's history, in YYYY-MM-DD and YYYY-MM-DDTHH:mm, still reads.
    const earlier: Grid = { ...printed, values: printed.values.map((r, i) => (i < 3 ? r : r.map((v, c) => (c === asOf ? '2025-10-27' : c === madeAt ? '2025-10-27T08:30' : v)))) };
    expect(readHistory(earlier).rows).toEqual(model.history);
  });
});
