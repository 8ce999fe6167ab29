import { isDateFormat, ymdFromExcelSerial } from '../../../../src/core/table/cells/excel-dates';

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
