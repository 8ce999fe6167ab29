import type { CellValue, Grid } from '../../../src/core/grid';
import { detectHeader } from '../../../src/core/table/header';
import { toTcvn3, toVni } from '../text/legacy-encoders';

const grid = (values: CellValue[][]): Grid => ({ sheet: 'Thôn 1', values });

describe('detectHeader: headers typed with legacy fonts', () => {
  it.each([
    ['TCVN3', toTcvn3],
    ['VNI', toVni],
  ] as const)('maps a %s header to the same fields as its Unicode text', (_name, encode) => {
    const header = ['STT', 'Họ và tên', 'Giới tính', 'Số thẻ BHYT', 'Tích hợp BHYT', 'Ghi chú'];
    const h = detectHeader(grid([header.map(encode)]));
    expect(h?.columns).toEqual({ stt: 0, fullName: 1, sex: 2, bhyt: 3, integrated: 4, note: 5 });
  });

  it('decodes a cell that passes for Unicode on its own when the row is legacy ("Giíi tÝnh", "Ghi chó")', () => {
    expect(toTcvn3('Giới tính')).toBe('Giíi tÝnh');
    const h = detectHeader(grid([['Hä vµ tªn', 'Giíi tÝnh', 'Ghi chó']]));
    expect(h?.columns).toEqual({ fullName: 0, sex: 1, note: 2 });
  });

  it('judges the text columns on the first 50 non-empty cells below the header only', () => {
    const rows: CellValue[][] = [['Họ và tên', 'Số CCCD']];
    for (let i = 0; i < 50; i++) rows.push([`Nguoi so ${i}`, '']); // ASCII: reads the same in every encoding
    rows.push([toTcvn3('Nguyễn Văn An'), '']);
    expect(detectHeader(grid(rows))?.textEncodings).toBeUndefined();
    rows.splice(1, 1);
    expect(detectHeader(grid(rows))?.textEncodings).toEqual({ fullName: 'tcvn3' });
  });

  it('leaves textEncodings out for a Unicode list', () => {
    const h = detectHeader(grid([['Họ và tên', 'Giới tính', 'Định danh mức 2'], ['Nguyễn Văn An', 'Nữ', 'Có']]));
    expect(h).not.toBeNull();
    expect('textEncodings' in h!).toBe(false);
  });
});
