import { NO, UNRECOGNIZED, YES, parseStatus } from '../../../../src/core/table/cells/status';

describe('parseStatus: yes and no words', () => {
  it.each([
    ['Có', 'Có'],
    ['có', 'có'],
    ['CÓ (NFD)', 'CÓ'.normalize('NFD')],
    ['Co (no diacritics)', 'Co'],
    ['x', 'x'],
    ['X', 'X'],
    ['✓', '✓'],
    ['✓ with spaces', ' ✓ '],
    ['Đã', 'Đã'],
    ['đã', 'đã'],
    ['"1" as text', '1'],
    ['"TRUE" as text', 'TRUE'],
    ['Rồi', 'Rồi'],
    ['  Có  ', '  Có  '],
  ])('reads %s as yes', (_, text) => {
    expect(parseStatus(text, false, false)).toBe(YES);
  });

  it('reads the number 1 and boolean TRUE as yes', () => {
    expect(parseStatus(1, false, false)).toBe(YES);
    expect(parseStatus(true, false, false)).toBe(YES);
  });

  it.each([
    ['empty text', ''],
    ['spaces only', '   '],
    ['Không', 'Không'],
    ['KHÔNG (NFD)', 'KHÔNG'.normalize('NFD')],
    ['Chưa', 'Chưa'],
    ['"0" as text', '0'],
    ['"FALSE" as text', 'FALSE'],
  ])('reads %s as no', (_, text) => {
    expect(parseStatus(text, false, false)).toBe(NO);
  });

  it('reads null, the number 0 and boolean FALSE as no', () => {
    expect(parseStatus(null, false, false)).toBe(NO);
    expect(parseStatus(0, false, false)).toBe(NO);
    expect(parseStatus(false, false, false)).toBe(NO);
  });

  it.each(['Đang làm', 'abc', '2', 'Thường trú', 'Tạm trú'])('does not recognise "%s" in an ordinary status column', (text) => {
    expect(parseStatus(text, false, false)).toBe(UNRECOGNIZED);
  });

  // A question mark says "unknown", not "no": the secretary must hear about it (spec: anything else is unrecognised).
  test('does not recognise a lone "?"', () => {
    expect(parseStatus('?', false, false)).toBe(UNRECOGNIZED);
  });

  it('does not recognise a number other than 0 and 1 unless it is formatted as a date', () => {
    expect(parseStatus(2, false, false)).toBe(UNRECOGNIZED);
    expect(parseStatus(45930, false, true)).toBe(YES);
  });

  it('reads "Thường trú" as yes and "Tạm trú" as no in the resident column, any case or diacritics', () => {
    expect(parseStatus('Thường trú', true, false)).toBe(YES);
    expect(parseStatus('THUONG TRU', true, false)).toBe(YES);
    expect(parseStatus('thường trú'.normalize('NFD'), true, false)).toBe(YES);
    expect(parseStatus('Tạm trú', true, false)).toBe(NO);
    expect(parseStatus('tam tru', true, false)).toBe(NO);
    expect(parseStatus('x', true, false)).toBe(YES);
    expect(parseStatus('Nước ngoài', true, false)).toBe(UNRECOGNIZED);
  });

  it('answers the same for a word whether or not it was seen before in the other kind of column', () => {
    expect(parseStatus('Tạm trú', false, false)).toBe(UNRECOGNIZED);
    expect(parseStatus('Tạm trú', true, false)).toBe(NO);
    expect(parseStatus('Tạm trú', false, false)).toBe(UNRECOGNIZED);
  });
});

// ISSUE 10 §1: a status is read by its leading word, as villages write it. Seed 000 §II.3 ("tích hợp thẻ BHYT vào
// SSKĐT … đạt tỷ lệ tối thiểu 80%") is what a village writing "Đã tích hợp" is judged against (test/core/status-words.test.ts).
describe('parseStatus: a status read by its leading word', () => {
  it.each(['Đã tích hợp', 'Đã kích hoạt', 'Đã TH', 'Đã cấp', 'Đã làm', 'Đã TH 12/10', 'Đã tích hợp (14/10/2025)', 'Đã cấp ngày 12/10', 'Rồi 12/10', 'Xong', 'Xong hết', 'Hoàn thành', 'Hoàn thành 13/10', 'OK', 'ok rồi'])(
    'reads "%s" as yes',
    (text) => {
      expect(parseStatus(text, false, false)).toBe(YES);
    },
  );

  it.each(['Da tich hop', 'DA KICH HOAT', 'da TH 12/10', 'hoan thanh', 'Đã tích hợp'.normalize('NFD')])('reads "%s", without diacritics or decomposed, as yes', (text) => {
    expect(parseStatus(text, false, false)).toBe(YES);
  });

  it.each(['Chưa tích hợp', 'Chưa kích hoạt', 'Chua tich hop', 'Chưa có TK', 'Không tích hợp', 'Không đạt', 'Khong co the', 'K', 'K có', 'Ko', 'Ko TH', 'k tich hop', 'Chưa hoàn thành'])(
    'reads "%s" as no',
    (text) => {
      expect(parseStatus(text, false, false)).toBe(NO);
    },
  );

  // What stays unclear is reported: a yes with a denial after it, an act undone, "not known".
  it.each(['Đã cấp, chưa kích hoạt', 'Đã cấp (chưa kích hoạt)', 'Có - không có ĐTTM', 'Đã hủy', 'Đã xóa TK', 'Đã mất', 'Đã chuyển đi', 'Đã từ chối', 'Không rõ', 'Chưa biết', 'Chưa xác định', 'Đang làm', '(đã KH)'])(
    'leaves "%s" unclear',
    (text) => {
      expect(parseStatus(text, false, false)).toBe(UNRECOGNIZED);
    },
  );

  it('still reads "KH" alone as no, and "x (đã KH)" as yes: "KH" in a note is "kích hoạt"', () => {
    expect(parseStatus('KH', false, false)).toBe(NO);
    expect(parseStatus('x (đã KH)', false, false)).toBe(YES);
  });

  it('reads the resident column by its residence, never by "Đã …"', () => {
    expect(parseStatus('Thường trú thôn 2', true, false)).toBe(YES);
    expect(parseStatus('Tạm trú từ 2024', true, false)).toBe(NO);
    expect(parseStatus('Không thường trú', true, false)).toBe(NO);
    expect(parseStatus('Đã chuyển đi', true, false)).toBe(UNRECOGNIZED);
    expect(parseStatus('Đã tích hợp', true, false)).toBe(UNRECOGNIZED);
    expect(parseStatus('Thường trú, chưa nhập khẩu', true, false)).toBe(UNRECOGNIZED);
  });

  it('does not take the family name "Khổng" for "Không"', () => {
    expect(parseStatus('Khổng Văn Bình', false, false)).toBe(UNRECOGNIZED);
    expect(parseStatus('Không có', false, false)).toBe(NO);
  });
});
