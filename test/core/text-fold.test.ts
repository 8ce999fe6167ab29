import { cleanText, foldKey, foldWords } from '../../src/core/text/fold';

describe('foldWords', () => {
  it('drops case and diacritics and maps đ/Đ to d', () => {
    expect(foldWords('Đã tích hợp BHYT')).toBe('da tich hop bhyt');
    expect(foldWords('ĐỊNH DANH MỨC 2')).toBe('dinh danh muc 2');
  });

  it('folds composed (NFC) and decomposed (NFD) text alike', () => {
    const s = 'Sổ sức khỏe điện tử';
    expect(foldWords(s.normalize('NFD'))).toBe(foldWords(s.normalize('NFC')));
    expect(foldWords(s)).toBe('so suc khoe dien tu');
  });

  it('folds the two tone placements of "khỏe"/"khoẻ" alike', () => {
    expect(foldWords('khoẻ')).toBe(foldWords('khỏe'));
  });

  it('collapses punctuation, line breaks and non-breaking spaces into single spaces and trims', () => {
    expect(foldWords('  Số CCCD/CMND\n(12 số)\u00A0 ')).toBe('so cccd cmnd 12 so');
  });
});

describe('foldKey', () => {
  it('matches "Số CCCD/CMND", "SO CCCD / CMND" and "số cccd-cmnd" as one key', () => {
    expect(foldKey('Số CCCD/CMND')).toBe('socccdcmnd');
    expect(foldKey('SO CCCD / CMND')).toBe('socccdcmnd');
    expect(foldKey('số cccd-cmnd')).toBe('socccdcmnd');
  });
});

describe('cleanText', () => {
  it('gives NFC with plain single spaces, no zero-width characters, trimmed', () => {
    const out = cleanText('\u200B Nguyễn\u00A0\u00A0Văn\tAn '.normalize('NFD'));
    expect(out).toBe('Nguyễn Văn An'.normalize('NFC'));
  });
});
