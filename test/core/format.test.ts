import fc from 'fast-check';
import { formatCount, formatDeadline, formatDecimal, formatMoment, formatPercent, formatPoints, formatTarget, formatTargetValue, formatVnDate, weekdayName } from '../../src/core/format';
import { formatNumber, formatPercent as paneFormatPercent } from '../../src/taskpane/i18n';
import { InvalidDateError } from '../../src/core/dates';

describe('core/format: figures and dates as the report writes them', () => {
  test('percentages with a decimal comma and one decimal; an em dash for none', () => {
    expect([formatPercent(84.94), formatPercent(100), formatPercent(0), formatPercent(null)]).toEqual(['84,9%', '100,0%', '0,0%', '—']);
    expect(formatDecimal(12.345, 2)).toBe('12,35');
  });

  test('targets as the plan writes them', () => {
    expect(formatTarget({ op: '>=', value: 95 })).toBe('≥ 95%');
    expect(formatTarget({ op: '>', value: 99.5 })).toBe('> 99,5%');
    expect(formatTargetValue(80)).toBe('80');
  });

  test('thousands with a dot', () => {
    expect([formatCount(0), formatCount(999), formatCount(1000), formatCount(1234567), formatCount(-4500)]).toEqual(['0', '999', '1.000', '1.234.567', '-4.500']);
  });

  test('changes in points with their sign and a decimal comma, as the tables print them', () => {
    expect([formatPoints(3.46), formatPoints(-1.25), formatPoints(0), formatPoints(-0.04), formatPoints(20), formatPoints(null)]).toEqual(['+3,5', '-1,3', '0,0', '0,0', '+20,0', '—']);
  });

  test('a moment as "09:00 thứ Hai, 03/11/2025", its weekday from the calendar, not from the browser', () => {
    expect(formatMoment('2025-11-03T09:00')).toBe('09:00 thứ Hai, 03/11/2025');
    expect(formatMoment('2025-11-03T09:00', 'en')).toBe('09:00 Monday, 03/11/2025');
    expect(formatMoment('2025-11-09')).toBe('Chủ nhật, 09/11/2025');
    // Seven days in a row, across a month, a year and a leap day.
    expect(['2024-02-26', '2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02', '2024-03-03'].map((d) => weekdayName(d))).toEqual([
      'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật',
    ]);
    expect([weekdayName('1969-12-31'), weekdayName('2026-01-01', 'en')]).toEqual(['thứ Tư', 'Thursday']);
    expect(formatDeadline('2025-11-03T09:00')).toBe('trước 09:00 thứ Hai, 03/11/2025');
  });

  test('dates as dd/mm/yyyy, refusing a date not on the calendar', () => {
    expect(formatVnDate('2026-01-05')).toBe('05/01/2026');
    expect(() => formatVnDate('2026-02-30')).toThrow(InvalidDateError);
  });

  test('the pane in Vietnamese writes what the report writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (n) => formatNumber(n, 'vi') === formatCount(n) && formatCount(n) === n.toLocaleString('vi-VN')),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (tenths) => {
        const p = tenths / 1000;
        return paneFormatPercent(p, 'vi') === formatPercent(p);
      }),
    );
    // Intl rounded the shortest decimal (84.85 → 84,9) where the report rounds the stored double (84.8499… → 84,8).
    expect([paneFormatPercent(84.85, 'vi'), formatPercent(84.85)]).toEqual(['84,8%', '84,8%']);
    expect([paneFormatPercent(84.94, 'en'), paneFormatPercent(84.85, 'en')]).toEqual(['84.9%', '84.8%']);
  });
});
