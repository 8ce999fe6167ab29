/**
 * "Lập danh sách rà soát" (ISSUE 11 §1): the pane reads and consolidates the workbook as "Tổng hợp" does and writes the
 * work lists' sheet alone, for every village and unit or for those picked; a list with that sheet's name is never replaced.
 */
import { PRESETS } from '../../src/core/campaign/presets';
import type { ProgressStep } from '../../src/excel/gateway';
import { writeWorkLists } from '../../src/taskpane/pipeline';
import { SHEET } from '../../src/core/vocabulary';
import { AS_OF, COMMUNE } from '../helpers/work-lists';
import { FakeGateway, gridOfSpec } from './fake-gateway';
import { consolidateWithWorkLists } from '../../src/core/consolidate';
import { layoutWorkLists } from '../../src/core/report/layout/work-lists';
import type { SheetSpec } from '../../src/core/sheetspec';

const request = { campaign: PRESETS['bo-y-2025'], asOf: AS_OF, madeAt: `${AS_OF}T10:00` };
/** The village or unit named on each page's first line. */
const villagesOn = (spec: SheetSpec) => [...new Set(spec.rows.flatMap((row) => (typeof row[0]?.v === 'string' && / - tờ \d+\/\d+\n/.test(row[0].v) ? [row[0].v.split(' - tờ')[0]] : [])))];

describe('writeWorkLists', () => {
  it('writes only the work lists’ sheet, of every village and unit with someone to visit, and says how many', async () => {
    const gateway = new FakeGateway({ grids: COMMUNE });
    const steps: ProgressStep[] = [];
    const outcome = await writeWorkLists(gateway, request, [], { onProgress: (step) => steps.push(step) });
    expect(gateway.methods()).toEqual(['readGrids', 'writeWorkLists']);
    const call = gateway.calls[1];
    if (call.method !== 'writeWorkLists') throw new Error('no work lists written');
    expect(call.spec.name).toBe(SHEET.workLists);
    expect(villagesOn(call.spec)).toEqual(['Thôn Nà Lạn', 'Thôn Bản Phố', 'Trường THCS Bờ Y']);
    expect(outcome).toEqual({ refused: null, lists: 4, people: 9, guardian: 2, done: 1 });
    expect([...new Set(steps)]).toEqual(['reading', 'checking', 'writing', 'done']);
  });

  it('writes the places picked and no other', async () => {
    const gateway = new FakeGateway({ grids: COMMUNE });
    const outcome = await writeWorkLists(gateway, request, ['Thôn Bản Phố']);
    const call = gateway.calls[1];
    if (call.method !== 'writeWorkLists') throw new Error('no work lists written');
    expect(villagesOn(call.spec)).toEqual(['Thôn Bản Phố']);
    expect(outcome).toEqual({ refused: null, lists: 1, people: 2, guardian: 1, done: 0 });
  });

  it('refuses to write over a list someone named like the work lists’ sheet, writing nothing', async () => {
    const theirs = { ...COMMUNE[1], sheet: SHEET.workLists };
    const gateway = new FakeGateway({ grids: [COMMUNE[0], theirs] });
    const outcome = await writeWorkLists(gateway, request, []);
    expect(outcome).toEqual({ refused: { code: 'SHEET_NAME_RESERVED', sheets: [SHEET.workLists] } });
    expect(gateway.methods()).toEqual(['readGrids']);
  });

  it('replaces the last work lists while nobody typed into them, and keeps them once a team did', async () => {
    const last = gridOfSpec(layoutWorkLists(consolidateWithWorkLists({ grids: COMMUNE, campaign: request.campaign, asOf: AS_OF }).workLists));
    const untouched = new FakeGateway({ grids: [...COMMUNE, last] });
    expect((await writeWorkLists(untouched, request, [])).refused).toBeNull();
    expect(untouched.methods()).toEqual(['readGrids', 'writeWorkLists']);

    const mai = last.values.findIndex((row) => row[1] === 'Lò Thị Mai');
    const typed = structuredClone(last);
    typed.values[mai][last.values[mai].length - 2] = 'Đã kích hoạt'; // Kết quả, typed by the team
    const kept = new FakeGateway({ grids: [...COMMUNE, typed] });
    expect(await writeWorkLists(kept, request, [])).toEqual({ refused: { code: 'WORK_LISTS_TYPED_IN', sheets: [SHEET.workLists] } });
    expect(kept.methods()).toEqual(['readGrids']);
  });
});
