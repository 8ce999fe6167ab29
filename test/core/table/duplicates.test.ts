import { readLists } from '../../../src/core/pipeline/read-lists';
import { classifySheets } from '../../../src/core/pipeline/classify-sheets';
import { findDuplicates } from '../../../src/core/table/duplicates';
import type { Grid } from '../../../src/core/grid';
import { bhytCard, campaignWith, cccd, letterOf, listGrid } from '../../helpers/lists';

const campaign = campaignWith();
const read = (grids: Grid[]) => readLists(classifySheets(grids, campaign).sheets, campaign, 20251025);
const shared = cccd(1985, true, 42);

describe('findDuplicates returns its marks', () => {
  // Thôn 1 and Thôn 2 are villages, Trường THCS a unit: the unit's copy is normal, Thôn 2's is a duplicate.
  const lists = read([
    listGrid('Thôn 1', [{ name: 'An', cccd: shared }, { name: 'Bình', cccd: cccd(1990, false, 1) }]),
    listGrid('Thôn 2', [{ name: 'Cường', cccd: cccd(1970, true, 2) }, { name: 'An', cccd: shared }]),
    listGrid('Trường THCS', [{ name: 'An', cccd: shared }]),
  ]);
  const before = { entity: [...lists.people.entity], row: [...lists.people.row], flags: [...lists.people.flags], count: lists.people.count };
  const found = findDuplicates(lists.people, lists.listed);

  it('marks the second CCCD of a kind, not the first and not the other kind', () => {
    expect([...found.duplicate]).toEqual([0, 0, 0, 1, 0]);
  });

  it('says so at the later CCCD cell, naming the first', () => {
    expect(found.issues.map((i) => [i.code, i.sheet, i.row, i.column, i.params])).toEqual([
      ['DUPLICATE_CCCD', 'Thôn 2', 3, letterOf('Số CCCD'), { value: shared, firstSheet: 'Thôn 1', firstRow: 2 }],
    ]);
  });

  it('groups the occurrences, first one first, by entity and grid row', () => {
    expect(found.groups).toEqual([{ kind: 'cccd', value: shared, occurrences: [{ entity: 0, row: 1 }, { entity: 1, row: 2 }] }]);
  });

  it('leaves the People store as it was', () => {
    expect({ entity: [...lists.people.entity], row: [...lists.people.row], flags: [...lists.people.flags], count: lists.people.count }).toEqual(before);
  });

  it('marks every holder of one mã số BHXH under two CCCDs, and marks nobody as not counted', () => {
    const b = read([
      listGrid('Thôn 1', [{ name: 'An', cccd: cccd(1980, true, 1), bhyt: bhytCard(7) }]),
      listGrid('Thôn 2', [{ name: 'Bình', cccd: cccd(1981, false, 2), bhyt: bhytCard(7) }]),
    ]);
    const d = findDuplicates(b.people, b.listed);
    expect([...d.duplicate]).toEqual([0, 0]);
    expect(d.issues.map((i) => [i.code, i.sheet, i.row, i.column, i.code === 'DUPLICATE_BHYT' ? i.params.others : null])).toEqual([
      ['DUPLICATE_BHYT', 'Thôn 1', 2, letterOf('Mã thẻ BHYT'), 'Thôn 2, dòng 2'],
      ['DUPLICATE_BHYT', 'Thôn 2', 2, letterOf('Mã thẻ BHYT'), 'Thôn 1, dòng 2'],
    ]);
  });
});
