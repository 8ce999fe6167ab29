/** The one issue constructor: the Excel row from the grid row and the read range's offset, severity from the code, params typed per code. */
import { QUOTE_LIMIT, excerpt, issueAt, placed } from '../../src/core/issues';
import { issueMessage } from '../../src/core/messages';
import { excelRowOf, gridRowOf, placeIn, rowPlace } from '../../src/core/place';

describe('place', () => {
  test('grid row 0 is Excel row 1, shifted by the read range’s first row', () => {
    expect(excelRowOf({ sheet: 'Thôn 1' }, 0)).toBe(1);
    expect(excelRowOf({ sheet: 'Thôn 1', rowOffset: 4 }, 2)).toBe(7);
    expect(gridRowOf({ sheet: 'Thôn 1', rowOffset: 4 }, 7)).toBe(2);
    expect(rowPlace({ sheet: 'Thôn 1', rowOffset: 4 }, 2, 'E')).toEqual({ sheet: 'Thôn 1', gridRow: 2, excelRow: 7, column: 'E' });
  });

  test('a whole sheet has no row, a whole row no column', () => {
    expect(placeIn({ sheet: 'Thôn 1', rowOffset: 4 })).toEqual({ sheet: 'Thôn 1', row: null, column: null });
    expect(placeIn({ sheet: 'Thôn 1', rowOffset: 4 }, 0)).toEqual({ sheet: 'Thôn 1', row: 5, column: null });
  });
});

describe('issueAt', () => {
  test('takes its severity from the code and keeps the params', () => {
    const issue = issueAt(placeIn({ sheet: 'Thôn 1', rowOffset: 1 }, 3, 'E'), 'CCCD_LEADING_ZERO_RESTORED', { value: '001090012345', original: '1090012345' });
    expect(issue).toEqual({ sheet: 'Thôn 1', row: 5, column: 'E', code: 'CCCD_LEADING_ZERO_RESTORED', severity: 'warning', params: { value: '001090012345', original: '1090012345' } });
    expect(issueMessage(issue, 'en')).toBe('Excel dropped the CCCD\'s leading zero; restored as "001090012345". Format the column as Text.');
  });

  test('a code without params needs none', () => {
    expect(issueAt({ sheet: 'Thôn 1', row: 9, column: null }, 'HEADER_REPEATED')).toMatchObject({ severity: 'info', params: {} });
  });

  test('a value’s finding is placed where the value sits', () => {
    expect(placed({ sheet: 'Thôn 1', row: 2, column: 'F' }, { code: 'BHYT_ISSUER', params: { value: 'GD4XX12345678', issuer: 'XX' } })).toMatchObject({ row: 2, column: 'F', severity: 'error' });
  });

  // ts-jest type-checks this file (diagnostics are errors): an @ts-expect-error that finds no error fails the run.
  test('params are checked against the code', () => {
    // @ts-expect-error a misspelt key does not compile
    issueAt({ sheet: 'Thôn 1', row: 2, column: 'E' }, 'CMND_OLD', { valeu: '123456789' });
    // @ts-expect-error a code that needs params cannot go without
    issueAt({ sheet: 'Thôn 1', row: 2, column: 'E' }, 'COLUMN_MISSING');
  });
});

// ISSUE 14 §2: a message quoted a whole cell (65,697 characters), a row the report could not even write.
describe('a finding quotes a short excerpt of a long cell', () => {
  test('cuts a long value to QUOTE_LIMIT characters, marked with "…", whole characters only', () => {
    const long = 'Nguyễn Văn Tâm '.repeat(5_000);
    const issue = issueAt({ sheet: 'Thôn 1', row: 5, column: 'B' }, 'DATE_INVALID', { value: long });
    const { value } = issue.params as { value: string };
    expect(Array.from(value)).toHaveLength(QUOTE_LIMIT);
    expect(value.endsWith('…')).toBe(true);
    expect(long.startsWith(value.slice(0, -1))).toBe(true);
    expect(issueMessage(issue, 'vi').length).toBeLessThan(300);
  });

  test('leaves a short value as it was, the same params object', () => {
    const params = { value: '31/02/1990' };
    expect(issueAt({ sheet: 'Thôn 1', row: 5, column: 'C' }, 'DATE_INVALID', params).params).toBe(params);
    expect(excerpt('😀'.repeat(100))).toBe(`${'😀'.repeat(QUOTE_LIMIT - 1)}…`);
  });
});
