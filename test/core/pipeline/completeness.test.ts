import { completenessOf } from '../../../src/core/pipeline/completeness';
import type { ListedEntity } from '../../../src/core/table/listed-entity';
import { foldKey } from '../../../src/core/text/fold';
import { campaignWith } from '../../helpers/lists';

const campaign = campaignWith({
  entities: [
    { sheet: 'Thôn 1', kind: 'village' },
    { sheet: 'Thôn 2', kind: 'village' },
    { sheet: 'Thôn 3', name: 'Thôn Ba', kind: 'village' },
    { sheet: 'Thôn 4', kind: 'village' },
    { sheet: 'Thôn 9', exclude: true },
  ],
});
const list = (index: number, sheet: string, kind: 'village' | 'unit', records: number, dataDate: string | null): ListedEntity => ({
  index,
  name: sheet,
  kind,
  grid: { sheet, values: [] },
  header: { row: 0, columns: {}, fieldCount: 0 },
  records,
  dataDate,
  key: foldKey(sheet),
});
// Workbook order: the unit first, then Thôn 4, Thôn 1, Thôn 3; Thôn 2 sent nothing.
const listed = [list(0, 'Trường THCS', 'unit', 5, null), list(1, 'Thôn 4', 'village', 2, '2025-10-01'), list(2, 'thon 1', 'village', 3, '2025-10-21'), list(3, 'Thôn 3', 'village', 0, null)];
const sheetOrder = new Map([['Trường THCS', 0], ['Thôn 4', 1], ['thon 1', 2], ['Thôn 3', 3]]);
const of = (pastDeadline: boolean) => completenessOf({ campaign, listed, forms: [], sheetOrder, periodFrom: '2025-10-20', pastDeadline });

describe('completenessOf', () => {
  it('gives ok, missing, empty and stale per configured village, then the unconfigured lists, villages before units', () => {
    expect(of(false).map((c) => [c.name, c.kind, c.sheet, c.status, c.dataDate, c.overdue])).toEqual([
      ['Thôn 1', 'village', 'thon 1', 'ok', '2025-10-21', false],
      ['Thôn 2', 'village', null, 'missing', null, false],
      ['Thôn Ba', 'village', 'Thôn 3', 'empty', null, false],
      ['Thôn 4', 'village', 'Thôn 4', 'stale', '2025-10-01', false],
      ['Trường THCS', 'unit', 'Trường THCS', 'ok', null, false],
    ]);
  });

  it('marks everything not ok as overdue once the deadline has passed', () => {
    expect(of(true).map((c) => [c.name, c.overdue])).toEqual([
      ['Thôn 1', false],
      ['Thôn 2', true],
      ['Thôn Ba', true],
      ['Thôn 4', true],
      ['Trường THCS', false],
    ]);
  });
});
