/**
 * The police's working list at the size of a whole district's mess: no spread of the list into a
 * call (it overflowed the stack at about 125,000 rows), and a CCCD typed on thousands of rows stays
 * one person's row without searching the text built so far.
 */
import { buildMismatches } from '../../../src/core/report/working-list';
import type { ReportIssue } from '../../../src/core/report/model';

const issue = (row: number, cccd: string, sheet = 'Thôn 1'): ReportIssue => ({
  sheet,
  row,
  column: 'E',
  code: 'CCCD_FORMAT',
  severity: 'error',
  message: 'Số CCCD phải có 12 chữ số.',
  messageEn: 'A CCCD has 12 digits.',
  person: { name: `Người ${row}`, birthDate: '01/01/1980', cccd, bhyt: '' },
});

describe('the working list of data errors, at scale', () => {
  test('holds 200,000 people with a problem each', () => {
    const issues = Array.from({ length: 200_000 }, (_, i) => issue(i + 4, String(10_000_000 + i)));
    const rows = buildMismatches(issues, (sheet) => sheet, [], '2025-10-27', '2025-10-27T08:00');
    expect(rows).toHaveLength(200_000);
    expect(rows[199_999]).toMatchObject({ name: 'Người 200003', places: ['Thôn 1!E200003'], status: 'open', current: true });
  });

  test('gathers one CCCD typed on 30,000 rows of two villages into one row, each place once', () => {
    const same = '001080012345';
    const issues = Array.from({ length: 30_000 }, (_, i) => issue(4 + (i % 15_000), same, i < 15_000 ? 'Thôn 1' : 'Thôn 2'));
    issues.push(issue(4, same));
    const [row, ...rest] = buildMismatches(issues, (sheet) => sheet, [], '2025-10-27', '2025-10-27T08:00');
    expect(rest).toHaveLength(0);
    expect(row.entities).toEqual(['Thôn 1', 'Thôn 2']);
    expect(row.problems).toEqual(['Số CCCD phải có 12 chữ số.']);
    const places = row.places;
    expect(places).toHaveLength(30_000);
    expect(new Set(places).size).toBe(30_000);
    expect(places.slice(0, 2)).toEqual(['Thôn 1!E4', 'Thôn 1!E5']);
  });
});
