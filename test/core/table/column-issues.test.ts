/**
 * ISSUE 12 §1: one issue per column where the cause is the column. A CCCD column Excel stores as
 * numbers loses every leading zero at once; the village gets one sentence with the count and the
 * rows, not a line per person. Errors about a person's own number stay one per row.
 */
import { consolidate } from '../../../src/core/consolidate';
import { PRESETS } from '../../../src/core/campaign/presets';
import type { Grid } from '../../../src/core/grid';
import { type Issue, issueAt } from '../../../src/core/issues';
import { ReportModel } from '../../../src/core/report/model';
import { groupByColumn } from '../../../src/core/table/column-issues';
import { cccd, letterOf, listGrid, type PersonRow } from '../../helpers/lists';

const at = (row: number | null, column: string | null = 'E', sheet = 'Thôn 1') => ({ sheet, row, column });
const zero = (row: number, column = 'E', sheet = 'Thôn 1') => issueAt(at(row, column, sheet), 'CCCD_LEADING_ZERO_RESTORED', { value: `0${row}`, original: String(row) });

describe('groupByColumn', () => {
  test('makes the findings of one sheet, column and code one issue at the first cell, with the count and the rows', () => {
    const issues = [zero(3), zero(4), zero(5), zero(9), zero(4, 'F')];
    const out = groupByColumn(issues);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ sheet: 'Thôn 1', row: 3, column: 'E', code: 'CCCD_LEADING_ZERO_RESTORED', params: { value: '03', cells: 4, rows: '3–5, 9' } });
    // A single cell in its column stays as it was found.
    expect(out[1]).toBe(issues[4]);
  });

  test('keeps other sheets, other codes and whole-sheet findings apart and in the order found', () => {
    const format = issueAt(at(4), 'CCCD_FORMAT', { value: '12', reason: 'length', digits: 2 });
    const sheet = issueAt(at(null, null), 'SHEET_EMPTY');
    const out = groupByColumn([zero(3), format, zero(3, 'E', 'Thôn 2'), zero(5), sheet, zero(6, 'E', 'Thôn 2')]);
    expect(out.map((i) => [i.sheet, i.code, i.row])).toEqual([
      ['Thôn 1', 'CCCD_LEADING_ZERO_RESTORED', 3],
      ['Thôn 1', 'CCCD_FORMAT', 4],
      ['Thôn 2', 'CCCD_LEADING_ZERO_RESTORED', 3],
      ['Thôn 1', 'SHEET_EMPTY', null],
    ]);
  });

  test('never groups a wrong number: each CCCD_FORMAT stays on its row for the police', () => {
    const issues: Issue[] = Array.from({ length: 50 }, (_, i) => issueAt(at(i + 3), 'CCCD_FORMAT', { value: '1', reason: 'length', digits: 1 }));
    expect(groupByColumn(issues)).toEqual(issues);
  });

  test('groups 200,000 findings without spreading them into a call', () => {
    const issues = Array.from({ length: 200_000 }, (_, i) => zero(i + 3));
    const [one, ...rest] = groupByColumn(issues);
    expect(rest).toHaveLength(0);
    expect(one.params).toMatchObject({ cells: 200_000, rows: '3–200002' });
  });
});

describe('consolidate: a CCCD column stored as numbers', () => {
  const people: PersonRow[] = Array.from({ length: 30 }, (_, i) => ({ name: `Người ${i + 1}`, birth: '01/01/1980', cccd: Number(cccd(1980, i % 2 === 0, i + 1)), resident: 'x' }));
  const grid: Grid = listGrid('Thôn 1', people);
  const model = consolidate({ grids: [grid], campaign: PRESETS['bo-y-2025'], asOf: '2025-10-25' });

  test('is one warning for the column, with the count and rows, in Vietnamese and English, about no one person', () => {
    ReportModel.parse(model);
    const zeros = model.issues.filter((i) => i.code === 'CCCD_LEADING_ZERO_RESTORED');
    expect(zeros).toHaveLength(1);
    const [issue] = zeros;
    expect(issue).toMatchObject({ sheet: 'Thôn 1', row: 2, column: letterOf('Số CCCD'), cells: 30 });
    expect(issue.person).toBeUndefined();
    expect(issue.message).toContain('Cột này có 30 số CCCD bị Excel bỏ số 0 ở đầu');
    expect(issue.message).toContain('(dòng 2–31)');
    expect(issue.messageEn).toContain('30 CCCD numbers');
  });

  test('still reads and counts every person with the restored number', () => {
    expect(model.entities.find((e) => e.sheet === 'Thôn 1')).toMatchObject({ records: 30, counted: 30 });
    expect(model.mismatches).toHaveLength(0);
  });
});
