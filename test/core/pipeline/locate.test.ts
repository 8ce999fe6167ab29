import { classifySheets } from '../../../src/core/pipeline/classify-sheets';
import { readLists } from '../../../src/core/pipeline/read-lists';
import { rowLocator } from '../../../src/core/pipeline/locate';
import type { Grid } from '../../../src/core/grid';
import { campaignWith, cccd } from '../../helpers/lists';

const campaign = campaignWith();
const FIRST = ['STT', 'Họ và tên', 'Số CCCD', 'Thường trú', 'Định danh mức 2'];
const SECOND = ['STT', 'Số CCCD', 'Họ và tên', 'Thường trú', 'Định danh mức 2'];
// Read from row 11 of the sheet (rowOffset 10): grid row r is Excel row r + 11.
const stacked: Grid = {
  sheet: 'Thôn 2',
  rowOffset: 10,
  values: [['DANH SÁCH THÔN 2'], FIRST, [1, 'An', cccd(1980, true, 1), 'x', 'x'], [], ['DANH SÁCH TRẺ EM'], SECOND, [1, cccd(1980, true, 2), 'Bé', 'x', '']],
};
const lists = readLists(classifySheets([stacked], campaign).sheets, campaign, 20251025);
const locate = rowLocator(lists);

describe('rowLocator', () => {
  it('maps an Excel row of the first list to its header and grid row, past the row offset', () => {
    const at = locate.listAt('Thôn 2', 13);
    expect(at).toMatchObject({ gridRow: 2, header: { row: 1 } });
    expect(at?.entity.name).toBe('Thôn 2');
  });

  it('maps an Excel row of the second list to the second header', () => {
    expect(locate.listAt('Thôn 2', 17)).toMatchObject({ gridRow: 6, header: { row: 5, columns: { cccd: 1, fullName: 2 } } });
  });

  it('gives the first list for rows above it and nothing off the lists', () => {
    expect(locate.listAt('Thôn 2', 11)?.header.row).toBe(1);
    expect(locate.listAt('Thôn 2', null)).toBeUndefined();
    expect(locate.listAt('Thôn 9', 13)).toBeUndefined();
  });

  it('names the header a person row was read by, from its entity and grid row', () => {
    expect(locate.headerOfRow(0, 6).row).toBe(5);
    expect(locate.headerOfRow(0, 2).row).toBe(1);
  });
});
