import { LegacyColumnDecoder, columnFollows, voteColumnEncoding } from '../../../src/core/text/legacy-column';
import { toTcvn3, toVni } from './legacy-encoders';

const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em'];

describe('voteColumnEncoding', () => {
  it('finds the encoding of a name column typed with .VnTime or VNI', () => {
    expect(voteColumnEncoding(NAMES.map(toTcvn3))).toBe('tcvn3');
    expect(voteColumnEncoding(NAMES.map(toVni))).toBe('vni');
  });

  it('finds TCVN3 status words among ASCII marks, which do not vote', () => {
    expect(voteColumnEncoding(['x', 'x', 'Cã', 'Ch\u00ada', 'Kh«ng', 'x'])).toBe('tcvn3');
  });

  it('finds nothing in Unicode or ASCII columns', () => {
    expect(voteColumnEncoding(NAMES)).toBeNull();
    expect(voteColumnEncoding(['x', 'Có', 'Chưa', 'Nam', 'Nữ'])).toBeNull();
    expect(voteColumnEncoding(['x', '1', 'ok'])).toBeNull();
    expect(voteColumnEncoding([])).toBeNull();
  });

  it('needs more than half of the non-ASCII cells: one pasted legacy name among Unicode ones is not a legacy column', () => {
    expect(voteColumnEncoding([...NAMES, toTcvn3('Đỗ Thị Giang')])).toBeNull();
    expect(voteColumnEncoding([NAMES[0], ...NAMES.slice(1, 4).map(toTcvn3)])).toBe('tcvn3');
  });
});

describe('columnFollows', () => {
  it('lets a column of "Cã" and "x" follow the TCVN3 of its sheet', () => {
    expect(columnFollows(['x', 'Cã', 'Cã', ''], 'tcvn3')).toBe(true);
  });

  it('keeps a column holding Unicode letters beyond Latin-1, or nothing to decode', () => {
    expect(columnFollows(['Cã', 'Chưa'], 'tcvn3')).toBe(false);
    expect(columnFollows(['x', 'Nam'], 'tcvn3')).toBe(false);
  });
});

describe('LegacyColumnDecoder', () => {
  it('decodes each cell, counts the ones it changed and keeps Unicode cells as they are', () => {
    const decoder = new LegacyColumnDecoder('tcvn3');
    expect(decoder.decode('Cã')).toBe('Có');
    expect(decoder.decode('Cã')).toBe('Có');
    expect(decoder.decode('x')).toBe('x');
    expect(decoder.decode('Nguyễn Văn An')).toBe('Nguyễn Văn An');
    expect(decoder.converted).toBe(2);
  });
});
