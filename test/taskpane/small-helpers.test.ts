import { localDateTime, todayIso } from '../../src/taskpane/dates';
import { isIsoDate } from '../../src/core/dates';
import { gatewaySource } from '../../src/taskpane/gateway-choice';
import { isDarkColor, officeThemeIsDark } from '../../src/taskpane/theme';

describe('dates', () => {
  it('takes today in the local calendar', () => {
    expect(todayIso(new Date(2025, 0, 5, 0, 30))).toBe('2025-01-05');
    expect(localDateTime(new Date(2025, 10, 3, 9, 7))).toBe('2025-11-03T09:07');
  });

  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('')).toBe(false);
    expect(isIsoDate('05/01/2025')).toBe(false);
  });
});

describe('gatewaySource: the demo workbook never inside Excel', () => {
  it.each([
    [true, '', 'office'],
    [true, '?demo=1', 'office'],
    [false, '?demo=1', 'demo'],
    [false, '?demo=0', 'none'],
    [false, '', 'none'],
  ] as const)('inside Excel %p, query %p → %p', (inside, search, expected) => {
    expect(gatewaySource(inside, search)).toBe(expected);
  });
});

describe('the Office theme', () => {
  it('is dark for the dark and black Office themes, light otherwise', () => {
    expect(officeThemeIsDark({ bodyBackgroundColor: '#262626' })).toBe(true);
    expect(officeThemeIsDark({ bodyBackgroundColor: '#000000' })).toBe(true);
    expect(officeThemeIsDark({ bodyBackgroundColor: '#FFFFFF' })).toBe(false);
    expect(officeThemeIsDark({ bodyBackgroundColor: '#E6E6E6' })).toBe(false);
    expect(officeThemeIsDark(undefined)).toBe(false);
    expect(isDarkColor('not a colour')).toBe(false);
  });
});
