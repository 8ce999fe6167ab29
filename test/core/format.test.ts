import fc from 'fast-check';
import { formatCount, formatDecimal, formatPercent, formatTarget, formatTargetValue, formatVnDate } from '../../src/core/format';
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
