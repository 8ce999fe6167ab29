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

describe('headers and columns in more than one font', () => {
  it('reads each header cell in the font it was detected in: a header pasted from a VNI and a TCVN3 file', () => {
    const h = detectHeader(grid([['STT', toVni('Họ và tên'), 'Số CCCD', toTcvn3('Tích hợp BHYT vào SSKĐT')], [1, toVni('Nguyễn Văn An'), '001080000001', 'x']]));
    expect(h?.columns).toEqual({ stt: 0, fullName: 1, cccd: 2, integrated: 3 });
  });

  it('reads a lone TCVN3 header cell in a Unicode header ("Giíi tÝnh")', () => {
    const h = detectHeader(grid([['Họ và tên', toTcvn3('Giới tính'), 'Số CCCD'], ['Nguyễn Văn An', 'Nam', '001080000001']]));
    expect(h?.columns).toEqual({ fullName: 0, sex: 1, cccd: 2 });
  });

  it('keeps a Unicode status column beside a TCVN3 name column as it is: "Có" is not TCVN3 "Cú"', () => {
    const rows: CellValue[][] = [['Họ và tên', 'Định danh mức 2', 'Giới tính']];
    for (let i = 0; i < 5; i++) rows.push([toTcvn3(`Nguyễn Văn Hùng ${i}`), i % 2 ? 'Có' : 'Không', 'Nữ']);
    expect(detectHeader(grid(rows))?.textEncodings).toEqual({ fullName: 'tcvn3' });
  });

  it('a status column in VNI beside TCVN3 names follows VNI, the font its words read in', () => {
    const rows: CellValue[][] = [['Họ và tên', 'Định danh mức 2']];
    for (let i = 0; i < 5; i++) rows.push([toTcvn3(`Nguyễn Văn Hùng ${i}`), toVni(i % 2 ? 'Rồi' : 'Có rồi')]);
    expect(detectHeader(grid(rows))?.textEncodings).toEqual({ fullName: 'tcvn3', level2: 'vni' });
  });
});
