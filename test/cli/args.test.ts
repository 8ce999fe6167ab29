import { parseCliArgs, UsageError } from '../../src/cli/args';

describe('parseCliArgs --as-of', () => {
  test('refuses a date that is not on the calendar (2025-02-31 is not 3 March)', () => {
    expect(() => parseCliArgs(['list.xlsx', '--campaign', 'bo-y-2025', '--as-of', '2025-02-31'])).toThrow(UsageError);
    expect(() => parseCliArgs(['list.xlsx', '--campaign', 'bo-y-2025', '--as-of', '31/01/2025'])).toThrow(UsageError);
  });

  test('takes a real YYYY-MM-DD date as it is', () => {
    expect(parseCliArgs(['list.xlsx', '--campaign', 'bo-y-2025', '--as-of', '2024-02-29']).asOf).toBe('2024-02-29');
  });
});
