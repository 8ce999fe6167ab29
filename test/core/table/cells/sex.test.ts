import { FEMALE, MALE, SEX_INVALID, SEX_UNKNOWN, parseSex } from '../../../../src/core/table/cells/sex';

describe('parseSex', () => {
  it.each(['Nam', 'NAM', 'nam', ' Nam ', 'NAM'.normalize('NFD')])('reads "%s" as male', (text) => {
    expect(parseSex(text)).toBe(MALE);
  });

  it.each(['Nữ', 'NỮ', 'nữ', 'Nu', 'NU', 'Nữ'.normalize('NFD'), 'NỮ'.normalize('NFD')])('reads "%s" as female', (text) => {
    expect(parseSex(text)).toBe(FEMALE);
  });

  it('treats an empty cell as unknown, not invalid', () => {
    expect(parseSex('')).toBe(SEX_UNKNOWN);
    expect(parseSex(null)).toBe(SEX_UNKNOWN);
  });

  it.each(['Khác', 'Nam/Nữ', 'x', '1'])('rejects "%s"', (text) => {
    expect(parseSex(text)).toBe(SEX_INVALID);
  });

  it('rejects numbers and booleans', () => {
    expect(parseSex(1)).toBe(SEX_INVALID);
    expect(parseSex(true)).toBe(SEX_INVALID);
  });
});
