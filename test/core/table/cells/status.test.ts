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
