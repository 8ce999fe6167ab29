/**
 * identity_mismatch_resolved (thuong-ninh-2026, seed 001 chỉ tiêu 4, target 100%) is fed by the police's
 * working list: per village the persons of its lists on the list and how many are marked resolved.
 */
import { consolidate } from '../../../src/core/consolidate';
import { PRESETS } from '../../../src/core/campaign/presets';
import type { Grid } from '../../../src/core/grid';
import { layoutReport } from '../../../src/core/report/layout';
import { ReportModel } from '../../../src/core/report/model';
import { indicatorSentence } from '../../../src/core/report/narrative';
import { compareWithHistory } from '../../../src/core/report/weekly';
import type { SheetSpec } from '../../../src/core/sheetspec';
import { cccd, listGrid, type PersonRow } from '../../helpers/lists';

const CAMPAIGN = PRESETS['thuong-ninh-2026'];
const ID = 'identity_mismatch_resolved';
const asGrid = (spec: SheetSpec): Grid => ({ sheet: spec.name, values: spec.rows.map((row) => row.map((c) => (c ? c.v : null))) });
const errorsOf = (m: ReportModel) => asGrid(layoutReport(m).find((s) => s.name === 'Lỗi dữ liệu')!);

const bad = (name: string, serial: number): PersonRow => ({ name, cccd: `00119000${serial}`, resident: 'x' }); // 10 digits: not a CCCD
const good = (name: string, serial: number): PersonRow => ({ name, cccd: cccd(1980, true, serial), resident: 'x' });

function setStatus(grid: Grid, name: string, status: string): void {
  const header = grid.values.findIndex((row) => row.includes('Trạng thái'));
  const col = grid.values[header].indexOf('Trạng thái');
  grid.values.find((r) => r[1] === name)![col] = status;
}

const village1 = [bad('Lò Văn A', 11), bad('Lò Văn B', 12), good('Lò Văn C', 13)];
const village2 = [bad('Hà Thị D', 21), good('Hà Thị E', 22)];
const run = (lists: PersonRow[][], asOf: string, madeAt: string, earlier: Grid[] = []) =>
  ReportModel.parse(consolidate({ grids: [listGrid('Thôn 1', lists[0]), listGrid('Thôn 2', lists[1])], campaign: CAMPAIGN, asOf, madeAt, earlier }));
const value = (m: ReportModel, entity: string) => {
  const v = m.entities.find((e) => e.name === entity)!.indicators[ID];
  return [v.numerator, v.denominator, v.met];
};

describe('identity_mismatch_resolved from the working list of data errors', () => {
  const first = run([village1, village2], '2026-06-25', '2026-06-25T08:00');
  const worked = errorsOf(first);
  setStatus(worked, 'Lò Văn A', 'Đã xử lý');
  setStatus(worked, 'Hà Thị D', 'Không xử lý được');
  // Next run: Lò Văn B's CCCD was corrected in the list, so the problem left the lists.
  const fixed = [village1[0], good('Lò Văn B', 12), village1[2]];
  const second = run([fixed, village2], '2026-06-27', '2026-06-27T10:00', [worked]);

  test('is configured from the working list, with the seed’s 100% target', () => {
    const info = second.indicators.find((i) => i.id === ID)!;
    expect(info).toMatchObject({ source: 'mismatches', appliesTo: ['village', 'unit'], target: { op: '>=', value: 100 } });
  });

  test('first run: every problem open, per village', () => {
    expect(value(first, 'Thôn 1')).toEqual([0, 2, false]);
    expect(value(first, 'Thôn 2')).toEqual([0, 1, false]);
    expect(first.totals.village.indicators[ID]).toMatchObject({ numerator: 0, denominator: 3 });
  });

  test('second run: resolved by the police or by the list, and "cannot be resolved" stays in the denominator', () => {
    expect(value(second, 'Thôn 1')).toEqual([2, 2, true]);
    expect(value(second, 'Thôn 2')).toEqual([0, 1, false]);
    expect(second.totals.village.indicators[ID]).toMatchObject({ numerator: 2, denominator: 3, met: false });
  });

  test('goes into the history like any indicator', () => {
    const rows = second.history.filter((r) => r.indicator === ID && r.asOf === '2026-06-27').map((r) => [r.kind, r.entity, r.numerator, r.denominator]);
    expect(rows).toEqual(expect.arrayContaining([['village', 'Thôn 1', 2, 2], ['village', 'Thôn 2', 0, 1], ['commune-village', expect.any(String), 2, 3]]));
  });

  test('the weekly narrative counts the whole list and the rows past 24 hours', () => {
    const comparison = compareWithHistory(second).find((c) => c.id === ID)!;
    const sentence = indicatorSentence(second, comparison);
    expect(sentence).toContain('đã xử lý 2/3 trường hợp trong danh sách lỗi dữ liệu (66,7%)');
    // Hà Thị D is "Không xử lý được", not open: nothing is overdue.
    expect(sentence).not.toContain('quá 24 giờ');
    const late = run([village1, village2], '2026-06-27', '2026-06-27T10:00', [errorsOf(first)]);
    expect(indicatorSentence(late, compareWithHistory(late).find((c) => c.id === ID)!)).toContain('3 trường hợp quá 24 giờ chưa xử lý');
  });

  test('a commune with no problems has nothing to resolve: no percentage, no verdict', () => {
    const clean = run([[good('Lò Văn C', 13)], [good('Hà Thị E', 22)]], '2026-06-25', '2026-06-25T08:00');
    expect(value(clean, 'Thôn 1')).toEqual([0, 0, null]);
    expect(indicatorSentence(clean, compareWithHistory(clean).find((c) => c.id === ID)!)).toContain('chưa có trường hợp sai lệch nào');
  });
});

describe('a village whose name holds ", " keeps its working-list figures', () => {
  const named = (lists: PersonRow[][], asOf: string, madeAt: string, earlier: Grid[] = []) =>
    ReportModel.parse(consolidate({ grids: [listGrid('Tổ 1, KP2', lists[0]), listGrid('Thôn 2', lists[1])], campaign: CAMPAIGN, asOf, madeAt, earlier }));
  const first = named([village1, village2], '2026-06-25', '2026-06-25T08:00');

  test('its problems count for it, not for a name cut at the comma', () => {
    expect(first.mismatches.filter((m) => m.entities[0] === 'Tổ 1, KP2')).toHaveLength(2);
    expect(value(first, 'Tổ 1, KP2')).toEqual([0, 2, false]);
    expect(first.totals.village.indicators[ID]).toMatchObject({ numerator: 0, denominator: 3 });
  });

  test('read back from the worked list, resolved and gone rows still count for it', () => {
    const worked = errorsOf(first);
    setStatus(worked, 'Lò Văn A', 'Đã xử lý');
    const second = named([[village1[0], good('Lò Văn B', 12), village1[2]], village2], '2026-06-27', '2026-06-27T10:00', [worked]);
    expect(value(second, 'Tổ 1, KP2')).toEqual([2, 2, true]);
    expect(errorsOf(second).values.some((row) => row[5] === 'Tổ 1, KP2')).toBe(true);
  });
});
