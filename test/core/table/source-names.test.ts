import { nameGridsFromFiles } from '../../../src/core/table/source-names';
import type { Grid } from '../../../src/core/grid';

const list = (sheet: string): Grid => ({ sheet, values: [['Họ và tên', 'Số CCCD'], ['Nguyễn Văn An', '001085000001']] });
const empty = (sheet: string): Grid => ({ sheet, values: [] });

describe('nameGridsFromFiles', () => {
  it('names a lone generic sheet after its file when several files are consolidated', () => {
    const names = nameGridsFromFiles([
      { baseName: 'Thôn 3', grids: [list('Sheet1')] },
      { baseName: 'Thôn 4', grids: [list('Trang tính1')] },
    ]).map((g) => g.sheet);
    expect(names).toEqual(['Thôn 3', 'Thôn 4']);
  });

  it('keeps a sheet that has a real name', () => {
    const names = nameGridsFromFiles([
      { baseName: 'Tổng hợp', grids: [list('Thôn 5'), list('Thôn 6')] },
      { baseName: 'Trạm', grids: [list('Trạm Y tế')] },
    ]).map((g) => g.sheet);
    expect(names).toEqual(['Thôn 5', 'Thôn 6', 'Trạm Y tế']);
  });

  // ISSUE 10 §10: "Thôn Giang Lố.xlsx" given alone, its one sheet "Sheet1", is the village Thôn Giang Lố (it was a unit "Sheet1").
  it('names a lone generic sheet after its file when the file comes alone', () => {
    expect(nameGridsFromFiles([{ baseName: 'Thôn Giang Lố', grids: [list('Sheet1')] }]).map((g) => g.sheet)).toEqual(['Thôn Giang Lố']);
  });

  it('keeps the generic names of a lone file with two lists in it', () => {
    expect(nameGridsFromFiles([{ baseName: 'Xã', grids: [list('Sheet1'), list('Sheet2')] }]).map((g) => g.sheet)).toEqual(['Sheet1', 'Sheet2']);
  });

  it('adds the file name to two sheets of the same name from different files', () => {
    const names = nameGridsFromFiles([
      { baseName: 'Xã', grids: [list('Thôn 5')] },
      { baseName: 'Thôn 5 bổ sung', grids: [list('Thôn 5')] },
    ]).map((g) => g.sheet);
    expect(names).toEqual(['Thôn 5 (Xã)', 'Thôn 5 (Thôn 5 bổ sung)']);
  });

  it('gives the file name in NFC even when the file system hands it over decomposed (macOS)', () => {
    const names = nameGridsFromFiles([
      { baseName: 'Thôn 3'.normalize('NFD'), grids: [list('Sheet1')] },
      { baseName: 'Thôn 4', grids: [list('Sheet1')] },
    ]).map((g) => g.sheet);
    expect(names[0]).toBe('Thôn 3'.normalize('NFC'));
  });

  it('never changes the cells, only the name', () => {
    const g = list('Sheet1');
    const [named] = nameGridsFromFiles([
      { baseName: 'Thôn 3', grids: [g] },
      { baseName: 'Thôn 4', grids: [list('Sheet1')] },
    ]);
    expect(named.values).toBe(g.values);
  });

  // Excel files made with default settings carry empty "Sheet2"/"Sheet3" next to the list in "Sheet1";
  // the reader (src/files/read-xlsx.ts) hands every worksheet over, empty ones included.
  test('names the list "Thôn 3" when its file also holds empty Sheet2 and Sheet3, and keeps every name unique', () => {
    const named = nameGridsFromFiles([
      { baseName: 'Thôn 3', grids: [list('Sheet1'), empty('Sheet2'), empty('Sheet3')] },
      { baseName: 'Thôn 4', grids: [list('Sheet1')] },
    ]).map((g) => g.sheet);
    expect(named[0]).toBe('Thôn 3');
    expect(new Set(named).size).toBe(named.length);
  });
});
