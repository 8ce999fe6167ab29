import {
  DATE_BAD,
  DATE_EMPTY,
  FEMALE,
  MALE,
  NO,
  SEX_INVALID,
  SEX_UNKNOWN,
  UNRECOGNIZED,
  YES,
  isDateFormat,
  parseBirthDate,
  parseSex,
  parseStatus,
  ymdFromExcelSerial,
} from '../../../src/core/table/cells';
import { consolidate } from '../../../src/core/consolidate';
import { campaignWith, cccd, letterOf, listGrid } from '../../helpers/lists';

const AS_OF = 20251025;

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

describe('Excel date serials', () => {
  it('reads serial 1 as 1 January 1900', () => {
    expect(ymdFromExcelSerial(1)).toBe(19000101);
  });

  it('reads serial 59 as 28 February 1900', () => {
    expect(ymdFromExcelSerial(59)).toBe(19000228);
  });

  it("rejects serial 60, Excel's fictitious 29 February 1900", () => {
    expect(ymdFromExcelSerial(60)).toBeNull();
  });

  it('reads serial 61 as 1 March 1900 (after the 1900 leap-year bug)', () => {
    expect(ymdFromExcelSerial(61)).toBe(19000301);
  });

  it('reads serial 25569 as 1 January 1970 and 31048 as 1 January 1985', () => {
    expect(ymdFromExcelSerial(25569)).toBe(19700101);
    expect(ymdFromExcelSerial(31048)).toBe(19850101);
  });

  it('reads serial 36585 as 29 February 2000 (a real leap day)', () => {
    // 1 Jan 2000 is serial 36526; + 59 days.
    expect(ymdFromExcelSerial(36585)).toBe(20000229);
  });

  it('drops the time of day of a fractional serial', () => {
    expect(ymdFromExcelSerial(31048.75)).toBe(19850101);
  });
});

describe('isDateFormat', () => {
  it.each(['dd/mm/yyyy', 'd/m/yyyy', 'yyyy-mm-dd', 'dd-mmm-yy', '[$-42A]dd/mm/yyyy', 'm/d/yy'])('sees a date in "%s"', (f) => {
    expect(isDateFormat(f)).toBe(true);
  });

  it.each(['General', '@', '0', '#,##0', '0.00', '"Ngày"0', undefined])('sees no date in %p', (f) => {
    expect(isDateFormat(f)).toBe(false);
  });
});

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

describe('cells read through a list', () => {
  const campaign = campaignWith();
  const run = (people: Parameters<typeof listGrid>[1]) =>
    consolidate({ grids: [listGrid('Thôn 1', people)], campaign, asOf: '2025-10-25' });

  it('reports STATUS_UNRECOGNIZED at the cell and counts the value as no', () => {
    const model = run([
      { name: 'Nguyễn Văn An', resident: 'x', level2: 'Đang làm hồ sơ' },
      { name: 'Trần Thị Bình', resident: 'x', level2: 'x' },
    ]);
    const issue = model.issues.find((i) => i.code === 'STATUS_UNRECOGNIZED');
    expect(issue).toMatchObject({ sheet: 'Thôn 1', row: 2, column: letterOf('Định danh mức 2'), severity: 'warning' });
    const v = model.entities[0].indicators.level2_registered;
    expect(v.denominator).toBe(2);
    expect(v.numerator).toBe(1);
  });

  it('reports DATE_INVALID at the birth-date cell for 31/02/1990 and for a future date', () => {
    const model = run([
      { name: 'Nguyễn Văn An', birth: '31/02/1990' },
      { name: 'Trần Thị Bình', birth: '01/01/2030' },
      { name: 'Lê Văn Cường', birth: '01/01/1990' },
    ]);
    const dates = model.issues.filter((i) => i.code === 'DATE_INVALID');
    expect(dates.map((i) => [i.row, i.column, i.severity])).toEqual([
      [2, letterOf('Ngày sinh'), 'error'],
      [3, letterOf('Ngày sinh'), 'error'],
    ]);
  });

  it('reports SEX_INVALID at the sex cell and accepts Nam/Nữ written any way', () => {
    const model = run([
      { name: 'A', sex: 'NAM' },
      { name: 'B', sex: 'nu' },
      { name: 'C', sex: 'Khác' },
    ]);
    const sex = model.issues.filter((i) => i.code === 'SEX_INVALID');
    expect(sex.map((i) => [i.row, i.column])).toEqual([[4, letterOf('Giới tính')]]);
  });

  it('reads a year-only birth date for the CCCD cross-check and finds no mismatch when the years agree', () => {
    const model = run([{ name: 'A', birth: 1985, sex: 'Nam', cccd: cccd(1985, true, 11) }]);
    expect(model.issues).toEqual([]);
  });
});
