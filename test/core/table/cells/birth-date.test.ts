import { DATE_BAD, DATE_EMPTY, parseBirthDate } from '../../../../src/core/table/cells/birth-date';

const AS_OF = 20251025;

describe('parseBirthDate', () => {
  it('reads a real date: a serial with a date format', () => {
    expect(parseBirthDate(31048, 'dd/mm/yyyy', AS_OF)).toBe(19850101);
  });

  it('reads serial 61 with a date format as 1 March 1900', () => {
    expect(parseBirthDate(61, 'dd/mm/yyyy', AS_OF)).toBe(19000301);
  });

  it('reads d/m/yyyy text, with one or two digits and other separators', () => {
    expect(parseBirthDate('5/1/1985', undefined, AS_OF)).toBe(19850105);
    expect(parseBirthDate('05/01/1985', undefined, AS_OF)).toBe(19850105);
    expect(parseBirthDate('05.01.1985', undefined, AS_OF)).toBe(19850105);
    expect(parseBirthDate('05-01-1985', undefined, AS_OF)).toBe(19850105);
    expect(parseBirthDate(' 29/02/2000 ', undefined, AS_OF)).toBe(20000229);
  });

  it('reads ISO text, with or without a time after it', () => {
    expect(parseBirthDate('1985-01-05', undefined, AS_OF)).toBe(19850105);
    expect(parseBirthDate('1985-1-5', undefined, AS_OF)).toBe(19850105);
    expect(parseBirthDate('1985-01-05T00:00:00', undefined, AS_OF)).toBe(19850105);
    expect(parseBirthDate('1985-01-05 00:00', undefined, AS_OF)).toBe(19850105);
  });

  it('rejects text with extra digits around a date', () => {
    expect(parseBirthDate('05/01/19850', undefined, AS_OF)).toBe(DATE_BAD);
    expect(parseBirthDate('105/01/1985', undefined, AS_OF)).toBe(DATE_BAD);
    expect(parseBirthDate('1985-01-051', undefined, AS_OF)).toBe(DATE_BAD);
    expect(parseBirthDate('19850', undefined, AS_OF)).toBe(DATE_BAD);
    expect(parseBirthDate('198', undefined, AS_OF)).toBe(DATE_BAD);
  });

  // The regex parser before commit 461265d allowed spaces around the separators; the hand-written one does not.
  test('reads "05 / 01 / 1985" with spaces around the slashes', () => {
    expect(parseBirthDate('05 / 01 / 1985', undefined, AS_OF)).toBe(19850105);
  });

  it('reads a bare year as a number (General format) and as text, as 1 January', () => {
    expect(parseBirthDate(1985, 'General', AS_OF)).toBe(19850101);
    expect(parseBirthDate(1985, undefined, AS_OF)).toBe(19850101);
    expect(parseBirthDate('1985', undefined, AS_OF)).toBe(19850101);
  });

  it('treats an empty cell as no date, not a bad one', () => {
    expect(parseBirthDate('', undefined, AS_OF)).toBe(DATE_EMPTY);
    expect(parseBirthDate(null, undefined, AS_OF)).toBe(DATE_EMPTY);
  });

  it.each([
    ['31/02/1990', 'no 31 February'],
    ['29/02/1990', '1990 is not a leap year'],
    ['00/01/1990', 'no day 0'],
    ['15/13/1990', 'no month 13'],
    ['1990-02-30', 'ISO with no 30 February'],
    ['12/25/1985', 'month/day order'],
    ['05/01/85', 'two-digit year'],
    ['ngày 5 tháng 1', 'words'],
    ['1899', 'before 1900'],
  ])('rejects "%s" (%s)', (text) => {
    expect(parseBirthDate(text, undefined, AS_OF)).toBe(DATE_BAD);
  });

  it('rejects dates after the as-of date, as text, year and serial', () => {
    expect(parseBirthDate('26/10/2025', undefined, AS_OF)).toBe(DATE_BAD);
    expect(parseBirthDate('25/10/2025', undefined, AS_OF)).toBe(20251025);
    expect(parseBirthDate(2030, undefined, AS_OF)).toBe(DATE_BAD);
    expect(parseBirthDate('2030', undefined, AS_OF)).toBe(DATE_BAD);
    // 1 January 2029 is serial 47119 (45658 = 1/1/2025, plus 4 years with one leap day).
    expect(parseBirthDate(47119, 'dd/mm/yyyy', AS_OF)).toBe(DATE_BAD);
  });

  it('rejects negative numbers, Infinity and booleans', () => {
    expect(parseBirthDate(-5, undefined, AS_OF)).toBe(DATE_BAD);
    expect(parseBirthDate(Infinity, undefined, AS_OF)).toBe(DATE_BAD);
    expect(parseBirthDate(true, undefined, AS_OF)).toBe(DATE_BAD);
  });

  // NaN has no date in it; the engine must say so rather than return a non-date.
  test('rejects NaN as a bad date', () => {
    expect(parseBirthDate(NaN, undefined, AS_OF)).toBe(DATE_BAD);
  });
});
