/**
 * A sheet named like one of the report's is ours unless it holds someone's list: "Tổng hợp" is also
 * what communes call a combined list, and the health station's error list may be called "Lỗi dữ liệu".
 * Such a sheet is read and counted, and the add-in writes nothing until it is renamed.
 */
import { consolidate, consolidateWithWorkLists } from '../../../src/core/consolidate';
import { layoutWorkLists } from '../../../src/core/report/layout/work-lists';
import { PRESETS } from '../../../src/core/campaign/presets';
import { campaignToConfigSheet } from '../../../src/core/campaign/config-sheet';
import type { Grid } from '../../../src/core/grid';
import { layoutReport } from '../../../src/core/report/layout';
import { layoutChart } from '../../../src/core/report/layout/chart';
import { isListWithReportName, isReportSheet, ownSheetNamed } from '../../../src/core/report/own-sheets';
import type { SheetSpec } from '../../../src/core/sheetspec';
import { consolidateWorkbook } from '../../../src/taskpane/pipeline';
import { noticeFromRefusal } from '../../../src/taskpane/errors';
import { planReport } from '../../../src/core/report/layout/plan';
import { FakeGateway } from '../../taskpane/fake-gateway';
import { KCB_HEADER, formGrid } from '../../helpers/forms';
import { cccd, listGrid } from '../../helpers/lists';
import { SHEET } from '../../../src/core/vocabulary';

const BO_Y = PRESETS['bo-y-2025'];
const asGrid = (spec: SheetSpec): Grid => ({ sheet: spec.name, values: spec.rows.map((row) => row.map((c) => (c ? c.v : null))) });
const people = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Người ${i + 1}`, cccd: cccd(1980, true, i + 1), resident: 'x', level2: 'x' }));

describe('our own sheets are recognised as ours', () => {
  // A task group's roster gives the report its annex (issue 10 §3).
  const roster: Grid = { sheet: 'Thôn 1 - Tổ công tác', values: [['STT', 'Họ và tên', 'Chức vụ', 'Lực lượng', 'Số điện thoại'], [1, 'Trần Văn Tổ', 'Tổ trưởng', 'Trưởng thôn', '0912000001']] };
  const lists = [listGrid('Thôn 1', [...people(3), { name: 'Sai Số', cccd: '123' }]), listGrid('Thôn 2', [{ name: 'Người 1', cccd: cccd(1980, true, 1) }]), roster];
  const model = consolidate({ grids: lists, campaign: BO_Y, asOf: '2025-10-27' });
  // A monthly report of Tri Tôn (seed 004) writes "Báo cáo định kỳ".
  const monthly = consolidate({ grids: lists, campaign: PRESETS['tri-ton-2026'], asOf: '2026-07-31', cadence: 'month' });
  // The door-to-door work lists (ISSUE 11 §1), written only when asked for.
  const workLists = layoutWorkLists(consolidateWithWorkLists({ grids: lists, campaign: BO_Y, asOf: '2025-10-27' }).workLists);
  const specs = [...layoutReport(model, { final: true }), layoutChart(model, model.indicators[0].id), campaignToConfigSheet(BO_Y), ...layoutReport(monthly).slice(0, 1), workLists].filter(
    (s): s is SheetSpec => s !== null,
  );

  test.each(Object.values(SHEET))('"%s" as the report writes it', (name) => {
    const spec = specs.find((s) => s.name === name);
    expect(spec).toBeDefined();
    expect(isReportSheet(asGrid(spec!))).toBe(true);
  });

  test('and read back as before: the report workbook given again adds no list', () => {
    const again = consolidate({ grids: [...lists, ...specs.map(asGrid)], campaign: BO_Y, asOf: '2025-10-27' });
    expect(again.sheets.map((s) => s.sheet)).toEqual(['Thôn 1', 'Thôn 2', 'Thôn 1 - Tổ công tác']);
    expect(again.issues.some((i) => i.code === 'SHEET_NAME_RESERVED')).toBe(false);
  });

  test('names compare as Excel compares them: case does not matter', () => {
    expect(ownSheetNamed('TỔNG HỢP')).toBe(SHEET.summary);
    expect(ownSheetNamed('Tổng hợp xã')).toBeNull();
  });
});

describe('a list that took a report sheet’s name', () => {
  test.each(['Tổng hợp', 'tổng hợp', 'Lỗi dữ liệu', 'Trùng lặp', 'Lịch sử'])('"%s" holding persons is read and counted, with a warning', (name) => {
    const grid = listGrid(name, people(4));
    expect(isListWithReportName(grid)).toBe(true);
    const model = consolidate({ grids: [grid], campaign: BO_Y, asOf: '2025-10-27' });
    expect(model.entities.map((e) => [e.sheet, e.records])).toEqual([[name, 4]]);
    const warning = model.issues.find((i) => i.code === 'SHEET_NAME_RESERVED');
    expect(warning).toMatchObject({ sheet: name, row: null, severity: 'warning' });
    expect(warning?.message).toContain(`Đổi tên trang`);
  });

  test('a count form called "Báo cáo tuần" is read as the unit’s figures', () => {
    const form = formGrid('Báo cáo tuần', KCB_HEADER, [{ Tuần: 'Tuần 1', 'Tổng số lượt KCB': 20, 'Số lượt được hướng dẫn': 15 }]);
    const model = consolidate({ grids: [form], campaign: PRESETS['thuong-ninh-2026'], asOf: '2026-06-27' });
    expect(model.forms.map((f) => f.sheet)).toEqual(['Báo cáo tuần']);
  });

  test('the add-in writes nothing while the list has that name, and says which sheet to rename', async () => {
    const gateway = new FakeGateway({ grids: [listGrid('Thôn 1', people(2)), listGrid('Tổng hợp', people(3))] });
    const outcome = await consolidateWorkbook(gateway, { campaign: BO_Y, asOf: '2025-10-27', madeAt: '2025-10-27T08:00' }, { saveCampaign: true });
    expect(outcome.refused).toEqual({ code: 'SHEET_NAME_RESERVED', sheets: ['Tổng hợp'] });
    expect(gateway.methods()).not.toContain('writeReport');
    expect(gateway.methods()).not.toContain('writeConfig');
    const notice = noticeFromRefusal({ code: 'SHEET_NAME_RESERVED', sheets: ['Tổng hợp'] });
    expect(notice).toMatchObject({ intent: 'warning', body: { vi: expect.stringContaining('Trang "Tổng hợp" là danh sách'), en: expect.stringContaining('Sheet "Tổng hợp" is a list') } });
  });

  test('planReport refuses, naming every list with a report sheet’s name, and lays out the report otherwise', () => {
    const blocked = consolidate({ grids: [listGrid('Lịch sử', people(2)), listGrid('Thôn 1', people(2)), listGrid('Tổng hợp', people(3))], campaign: BO_Y, asOf: '2025-10-27' });
    expect(planReport(blocked)).toEqual({ refused: { code: 'SHEET_NAME_RESERVED', sheets: ['Lịch sử', 'Tổng hợp'] } });
    const fine = consolidate({ grids: [listGrid('Thôn 1', people(2))], campaign: BO_Y, asOf: '2025-10-27' });
    expect(planReport(fine, { chart: true })).toEqual({ refused: null, specs: layoutReport(fine, { chart: true }) });
  });
});
