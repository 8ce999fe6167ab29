import type { CellValue, Grid } from '../../../src/core/grid';
import { detectHeader, HEADER_SCAN_ROWS } from '../../../src/core/table/header';
import { consolidate } from '../../../src/core/consolidate';
import { LIST_HEADER, campaignWith, cccd, listGrid } from '../../helpers/lists';

const grid = (values: CellValue[][]): Grid => ({ sheet: 'Thôn 1', values });
const blankRow = (n = LIST_HEADER.length): CellValue[] => new Array(n).fill('');

describe('detectHeader', () => {
  it('finds a header in the first row and maps each field to its column', () => {
    const h = detectHeader(grid([[...LIST_HEADER]]));
    expect(h).not.toBeNull();
    expect(h!.row).toBe(0);
    expect(h!.columns).toEqual({
      stt: 0,
      fullName: 1,
      birthDate: 2,
      sex: 3,
      cccd: 4,
      bhyt: 5,
      resident: 6,
      level2: 7,
      activated: 8,
      integrated: 9,
    });
    expect(h!.fieldCount).toBe(10);
  });

  it('finds the header under two title rows and a blank row', () => {
    const h = detectHeader(
      grid([
        ['ỦY BAN NHÂN DÂN XÃ BỜ Y', '', '', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
        ['DANH SÁCH CÔNG DÂN TÍCH HỢP BHYT VÀO SỔ SỨC KHỎE ĐIỆN TỬ'],
        blankRow(),
        [...LIST_HEADER],
        ['1', 'Nguyễn Văn An', '05/01/1985'],
      ]),
    );
    expect(h?.row).toBe(3);
  });

  it('finds the header under a merged title cell (value in the first cell, the rest empty) and null cells', () => {
    const title: CellValue[] = ['DANH SÁCH CÔNG DÂN THÔN 1 CHƯA CÓ TÀI KHOẢN ĐỊNH DANH MỨC 2', ...new Array(9).fill(null)];
    const h = detectHeader(grid([title, [null, null], [...LIST_HEADER]]));
    expect(h?.row).toBe(2);
  });

  it('finds the header when a merged title repeats its text in every cell of the merge', () => {
    const title: CellValue[] = new Array(10).fill('DANH SÁCH TÍCH HỢP BHYT VÀO SSKĐT');
    const h = detectHeader(grid([title, [...LIST_HEADER]]));
    expect(h?.row).toBe(1);
  });

  it('finds a header that starts in a later column (the list does not start at A)', () => {
    const h = detectHeader(grid([['', '', 'STT', 'Họ và tên', 'Số CCCD']]));
    expect(h?.columns).toEqual({ stt: 2, fullName: 3, cccd: 4 });
  });

  it('keeps the top line\'s fields over a sub-header row under it, which only adds the columns the top left unnamed', () => {
    const h = detectHeader(
      grid([
        ['STT', 'Họ và tên', 'Số CCCD', 'Định danh mức 2', ''],
        ['', 'Họ tên', '', 'Đã kích hoạt', 'Ghi chú'],
      ]),
    );
    expect(h).toMatchObject({ row: 1, columns: { stt: 0, fullName: 1, cccd: 2, level2: 3, note: 4 } });
  });

  it('keeps the leftmost column when two columns name the same field', () => {
    const h = detectHeader(grid([['Họ và tên', 'Số CCCD', 'CCCD']]));
    expect(h?.columns.cccd).toBe(1);
  });

  it('needs a name, CCCD or BHYT column: status columns alone are not a person list', () => {
    expect(detectHeader(grid([['STT', 'Định danh mức 2', 'Đã kích hoạt', 'Tích hợp BHYT']]))).toBeNull();
  });

  it('needs at least two known columns: a lone "Họ và tên" cell (a signature block) is not a header', () => {
    expect(detectHeader(grid([['Người lập biểu'], ['Họ và tên']]))).toBeNull();
  });

  it('finds a header on the last scanned row (row 15) and none on row 16', () => {
    expect(HEADER_SCAN_ROWS).toBe(15);
    const at = (index: number) => grid([...Array.from({ length: index }, () => blankRow()), [...LIST_HEADER]]);
    expect(detectHeader(at(14))?.row).toBe(14);
    expect(detectHeader(at(15))).toBeNull();
  });

  it('finds nothing on a notes sheet', () => {
    const notes = grid([
      ['Ghi chú'],
      ['- Các thôn gửi danh sách về Công an xã trước 9 giờ thứ Hai hằng tuần.'],
      ['- Cột "Tích hợp BHYT" ghi "x" nếu đã tích hợp.'],
      [],
      ['Người lập biểu', '', '', 'Trưởng thôn'],
    ]);
    expect(detectHeader(notes)).toBeNull();
  });

  it('ignores non-text cells and very long text when matching', () => {
    const h = detectHeader(grid([[1, true, 3.5, null, 'Họ và tên', 'x'.repeat(200) + ' Số CCCD', 'Số CCCD']]));
    expect(h?.columns).toEqual({ fullName: 4, cccd: 6 });
  });
});

describe('consolidate: sheets without a header', () => {
  const campaign = campaignWith();

  it('reports SHEET_NO_HEADER (info, no row or column) for a notes sheet and reads no list from it', () => {
    const notes: Grid = { sheet: 'Hướng dẫn', values: [['Ghi chú'], ['Gửi danh sách trước thứ Hai.']] };
    const model = consolidate({ grids: [notes], campaign, asOf: '2025-10-25' });
    expect(model.sheets).toEqual([{ sheet: 'Hướng dẫn', role: 'none', records: 0 }]);
    expect(model.entities).toEqual([]);
    const found = model.issues.filter((i) => i.code === 'SHEET_NO_HEADER');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ sheet: 'Hướng dẫn', row: null, column: null, severity: 'info' });
  });

  it('does not read a list whose header sits on row 16', () => {
    const above = Array.from({ length: 15 }, () => blankRow());
    const g = listGrid('Thôn 2', [{ name: 'Nguyễn Văn An', cccd: cccd(1985, true, 1) }], { above });
    const model = consolidate({ grids: [g], campaign, asOf: '2025-10-25' });
    expect(model.entities).toHaveLength(0);
    expect(model.issues.map((i) => i.code)).toEqual(['SHEET_NO_HEADER']);
  });

  it('reports the header row as the Excel row, shifted by the grid row offset', () => {
    const g = listGrid('Thôn 3', [{ name: 'Nguyễn Văn An' }], { above: [['DANH SÁCH'], blankRow()], rowOffset: 4 });
    const model = consolidate({ grids: [g], campaign, asOf: '2025-10-25' });
    expect(model.entities[0].headerRow).toBe(7);
  });
});
