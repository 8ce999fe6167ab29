import { classifySheets } from '../../../src/core/pipeline/classify-sheets';
import { readLists } from '../../../src/core/pipeline/read-lists';
import { evaluate } from '../../../src/core/pipeline/evaluate';
import { findDuplicates } from '../../../src/core/table/duplicates';
import type { MismatchRow } from '../../../src/core/report/mismatches';
import type { Grid } from '../../../src/core/grid';
import { campaignWith, cccd, listGrid } from '../../helpers/lists';

const mismatchIndicator = { source: 'mismatches' as const, id: 'resolved', label: { vi: 'Đã xử lý sai lệch', en: 'Resolved' }, target: { op: '>=' as const, value: 90 } };
const base = campaignWith();
const withMismatch = campaignWith({ indicators: [...base.indicators, mismatchIndicator] });
const shared = cccd(1985, true, 42);

function prepared(grids: Grid[], campaign = base) {
  const lists = readLists(classifySheets(grids, campaign).sheets, campaign, 20251025);
  return { lists, duplicate: findDuplicates(lists.people, lists.listed).duplicate, sheetOrder: new Map(grids.map((g, i) => [g.sheet, i])) };
}
const row = (entities: string, status: MismatchRow['status']): MismatchRow => ({
  key: `name:${entities}`,
  name: 'An',
  birthDate: '',
  cccd: '',
  bhyt: '',
  entities: [entities],
  places: [`${entities}!E2`],
  problems: ['Sai số CCCD'],
  foundAt: '2025-10-24 08:00',
  status,
  resolvedOn: '',
  note: '',
  current: true,
  overdue: false,
});

describe('evaluate', () => {
  const grids = [
    listGrid('Trường THCS', [{ name: 'Dũng', cccd: cccd(1975, true, 9), resident: 'x', level2: 'x' }]),
    listGrid('Thôn 1', [{ name: 'An', cccd: shared, resident: 'x', level2: 'x' }, { name: 'Bình', cccd: cccd(1990, false, 1), resident: 'x' }]),
    listGrid('Thôn 2', [{ name: 'Cường', cccd: cccd(1970, true, 2), resident: 'x' }, { name: 'An', cccd: shared, resident: 'x', level2: 'x' }]),
  ];

  it('counts a duplicate once, lists villages before units, and sums the totals per kind', () => {
    const { lists, duplicate, sheetOrder } = prepared(grids);
    const out = evaluate({ campaign: base, asOfYmd: 20251025, week: 3, lists, duplicate, forms: [], mismatches: [], sheetOrder });
    expect(out.entities.map((e) => [e.name, e.records, e.counted, e.indicators.level2_registered.numerator, e.indicators.level2_registered.denominator])).toEqual([
      ['Thôn 1', 2, 2, 1, 2],
      ['Thôn 2', 2, 1, 0, 1],
      ['Trường THCS', 1, 1, 1, 1],
    ]);
    expect(out.totals.village).toMatchObject({ entities: 2, records: 4, counted: 3 });
    expect(out.totals.village.indicators.level2_registered).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it('computes mismatch indicators per village and kind without changing its inputs', () => {
    const { lists, duplicate, sheetOrder } = prepared(grids, withMismatch);
    const mismatches = [row('Thôn 1', 'done'), row('Thôn 1', 'open'), row('Thôn 2', 'done')];
    const before = structuredClone({ listed: lists.listed, mismatches, duplicate: [...duplicate], flags: [...lists.people.flags] });
    const out = evaluate({ campaign: withMismatch, asOfYmd: 20251025, week: 3, lists, duplicate, forms: [], mismatches, sheetOrder });
    expect(out.entities.map((e) => [e.name, e.indicators.resolved.numerator, e.indicators.resolved.denominator])).toEqual([
      ['Thôn 1', 1, 2],
      ['Thôn 2', 1, 1],
      ['Trường THCS', 0, 0],
    ]);
    expect(out.totals.village.indicators.resolved).toMatchObject({ numerator: 2, denominator: 3 });
    expect({ listed: lists.listed, mismatches, duplicate: [...duplicate], flags: [...lists.people.flags] }).toEqual(before);
  });

  // Issue 9 §4: the working list's entities used to be joined with ", " and split back, so a name holding ", " lost its rows.
  it('keeps the mismatch indicator of a village whose name holds ", "', () => {
    const grid = listGrid('To 1', [{ name: 'An', cccd: cccd(1980, true, 1), resident: 'x' }]);
    const campaign = campaignWith({ indicators: [...base.indicators, mismatchIndicator], entities: [{ sheet: 'To 1', name: 'Tổ 1, KP2', kind: 'village' }] });
    const { lists, duplicate, sheetOrder } = prepared([grid], campaign);
    const out = evaluate({ campaign, asOfYmd: 20251025, week: 3, lists, duplicate, forms: [], mismatches: [row('Tổ 1, KP2', 'done')], sheetOrder });
    expect(out.entities[0].indicators.resolved).toMatchObject({ numerator: 1, denominator: 1 });
  });
});
