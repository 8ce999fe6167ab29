import { classifySheets } from '../../../src/core/pipeline/classify-sheets';
import { readLists } from '../../../src/core/pipeline/read-lists';
import { rowLocator } from '../../../src/core/pipeline/locate';
import { describeIssues } from '../../../src/core/pipeline/describe-issues';
import { issueAt } from '../../../src/core/issues';
import { issueMessage } from '../../../src/core/messages';
import { KCB_HEADER, formGrid } from '../../helpers/forms';
import { campaignWith, cccd, listGrid } from '../../helpers/lists';

const campaign = campaignWith();
// Header on Excel row 1; An on row 2, Bình on row 3.
const village = listGrid('Thôn 1', [
  { name: 'An', cccd: cccd(1980, true, 1), birth: '01/01/1980' },
  { name: 'Bình', cccd: '12345', birth: '02/02/1990' },
]);
const station = formGrid('Trạm Y tế', KCB_HEADER, [{ Tuần: 1, 'Tổng số lượt KCB': 'nhiều' }]);
const grids = [village, station];
const locate = rowLocator(readLists(classifySheets(grids, campaign).sheets, campaign, 20251025));

// In the order the stages found them, not the workbook's.
const found = [
  issueAt({ sheet: 'Ngoài sổ', row: 1, column: null }, 'HISTORY_ROW_INVALID', { problem: 'Tuần: thiếu' }),
  issueAt({ sheet: 'Trạm Y tế', row: 5, column: 'C' }, 'COUNT_INVALID', { value: 'nhiều', column: 'Tổng số lượt KCB', reason: 'text' }),
  issueAt({ sheet: 'Thôn 1', row: 3, column: 'AA' }, 'CELL_ERROR_VALUE', { value: '#N/A' }),
  issueAt({ sheet: 'Thôn 1', row: 3, column: 'E' }, 'CCCD_FORMAT', { value: '12345', reason: 'length', digits: 5 }),
  issueAt({ sheet: 'Thôn 1', row: 3, column: 'C' }, 'DATE_INVALID', { value: '02/02/1990' }),
  issueAt({ sheet: 'Thôn 1', row: 2, column: 'E' }, 'CCCD_LEADING_ZERO_RESTORED', { value: cccd(1980, true, 1), original: cccd(1980, true, 1).slice(1) }),
  issueAt({ sheet: 'Thôn 1', row: 1, column: 'B' }, 'TEXT_LEGACY_ENCODING', { encoding: 'TCVN3', count: 2 }),
  issueAt({ sheet: 'Thôn 1', row: null, column: null }, 'LISTS_STACKED', { count: 2, rows: '1, 10' }),
];

describe('describeIssues', () => {
  const before = structuredClone(found);
  const described = describeIssues(found, grids, locate);

  it('puts the findings in workbook order: sheet, then row (the whole sheet first), then column as Excel orders them', () => {
    expect(described.map((i) => [i.sheet, i.row, i.column, i.code])).toEqual([
      ['Thôn 1', null, null, 'LISTS_STACKED'],
      ['Thôn 1', 1, 'B', 'TEXT_LEGACY_ENCODING'],
      ['Thôn 1', 2, 'E', 'CCCD_LEADING_ZERO_RESTORED'],
      ['Thôn 1', 3, 'C', 'DATE_INVALID'],
      ['Thôn 1', 3, 'E', 'CCCD_FORMAT'],
      ['Thôn 1', 3, 'AA', 'CELL_ERROR_VALUE'],
      ['Trạm Y tế', 5, 'C', 'COUNT_INVALID'],
      ['Ngoài sổ', 1, null, 'HISTORY_ROW_INVALID'],
    ]);
  });

  it('gives each its severity and its sentence in Vietnamese and in English', () => {
    for (const d of described) {
      const issue = found.find((i) => i.sheet === d.sheet && i.row === d.row && i.column === d.column);
      if (!issue) throw new Error(`no issue at ${d.sheet}!${d.column}${d.row}`);
      expect(d).toMatchObject({ severity: issue.severity, message: issueMessage(issue, 'vi'), messageEn: issueMessage(issue, 'en') });
      expect(d.message).not.toBe(d.messageEn);
    }
    expect(described[6]).toMatchObject({ severity: 'error', message: expect.stringContaining('nhiều') });
  });

  it('says who a finding on a list row is about, and nobody for the header row; nothing off the lists', () => {
    expect(described.map((i) => i.person?.name)).toEqual([undefined, '', 'An', 'Bình', 'Bình', 'Bình', undefined, undefined]);
    expect(described[4].person).toEqual({ name: 'Bình', birthDate: '02/02/1990', cccd: '12345', bhyt: '' });
  });

  it('leaves the findings it was given as they were, in their order', () => {
    expect(found).toEqual(before);
  });
});
