import { consolidate } from '../../src/core/consolidate';
import { PRESETS } from '../../src/core/campaign/presets';
import { campaignFromConfigGrid, campaignToConfigSheet } from '../../src/core/campaign/config-sheet';
import { layoutReport } from '../../src/core/report/layout';
import { CHART_SHEET, layoutChart } from '../../src/core/report/layout/chart';
import type { ProgressStep } from '../../src/excel/gateway';
import { ExcelAdapterError } from '../../src/excel/gateway';
import { checkWorkbook, consolidateWorkbook } from '../../src/taskpane/pipeline';
import { withSheetChoice } from '../../src/taskpane/sheet-choices';
import { cccd, listGrid } from '../helpers/lists';
import { FakeGateway, gridOfSpec } from './fake-gateway';
import { SHEET } from '../../src/core/vocabulary';

const BO_Y = PRESETS['bo-y-2025'];
const AS_OF = '2025-10-25';
const MADE_AT = '2025-10-25T08:30';
const GRIDS = [
  listGrid('Thôn 1', [
    { name: 'Nguyễn Văn An', birth: '01/01/1985', cccd: cccd(1985, true, 1), resident: 'x', level2: 'x', activated: 'x', integrated: 'x' },
    { name: 'Trần Thị Bình', birth: '01/01/1990', cccd: cccd(1990, false, 2), resident: 'x', level2: 'x' },
    { name: 'Lê Văn Cường', birth: '31/02/1990', cccd: '12345', resident: 'x' },
  ]),
  listGrid('Trường Tiểu học', [{ name: 'Phạm Thị Dung', birth: '01/01/1980', cccd: cccd(1980, false, 3), integrated: 'x' }]),
];
const request = { campaign: BO_Y, asOf: AS_OF, madeAt: MADE_AT };

/** Every progress report, and the steps in the order they were first announced. */
function recorder() {
  const reports: { step: ProgressStep; fraction: number }[] = [];
  return {
    reports,
    onProgress: (step: ProgressStep, fraction: number) => reports.push({ step, fraction }),
    steps: () => reports.map((r) => r.step).filter((s, i, all) => i === 0 || all[i - 1] !== s),
  };
}

describe('consolidateWorkbook (the pane and the ribbon share it)', () => {
  it('announces reading, checking, counting, writing and done, in that order, with a rising fraction', async () => {
    const gateway = new FakeGateway({ grids: GRIDS, innerProgress: [0.5, 1] });
    const progress = recorder();
    await consolidateWorkbook(gateway, request, { onProgress: progress.onProgress });
    expect(progress.steps()).toEqual(['reading', 'checking', 'counting', 'writing', 'done']);
    const fractions = progress.reports.map((r) => r.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
  });

  it('lets the UI paint after each step is announced', async () => {
    const events: string[] = [];
    await consolidateWorkbook(new FakeGateway({ grids: GRIDS }), request, {
      onProgress: (step) => events.push(step),
      yieldToUi: async () => {
        events.push('paint');
      },
    });
    expect(events).toEqual(['reading', 'paint', 'checking', 'paint', 'counting', 'paint', 'writing', 'paint', 'done', 'paint']);
  });

  it('writes exactly the SheetSpecs layoutReport makes, plus the village chart after the summary', async () => {
    const gateway = new FakeGateway({ grids: GRIDS });
    const outcome = await consolidateWorkbook(gateway, request);
    const written = gateway.calls.filter((c) => c.method === 'writeReport');
    expect(written).toHaveLength(1);
    const specs = written[0].method === 'writeReport' ? written[0].specs : [];

    const model = consolidate({ grids: GRIDS, campaign: BO_Y, asOf: AS_OF, madeAt: MADE_AT });
    expect(outcome.model).toEqual(model);
    expect(specs.filter((s) => s.name !== CHART_SHEET)).toEqual(layoutReport(model));
    expect(specs.find((s) => s.name === CHART_SHEET)).toEqual(layoutChart(model, 'level2_registered'));
    expect(specs).toEqual(layoutReport(model, { chart: true }));
    expect(outcome.refused).toBeNull();
    if (!outcome.refused) expect(outcome.specs).toEqual(specs);
  });

  it('stores the campaign in the config sheet, in a form the engine reads back as the same campaign', async () => {
    const gateway = new FakeGateway({ grids: GRIDS });
    const campaign = withSheetChoice(BO_Y, 'Trường Tiểu học', 'exclude');
    await consolidateWorkbook(gateway, { ...request, campaign }, { saveCampaign: true });
    expect(gateway.methods()).toEqual(['readGrids', 'writeConfig', 'writeReport']);
    const call = gateway.calls[1];
    if (call.method !== 'writeConfig') throw new Error('expected writeConfig');
    expect(call.spec).toEqual(campaignToConfigSheet(campaign));
    expect(campaignFromConfigGrid(gridOfSpec(call.spec))).toEqual({ ok: true, campaign });
  });

  it('leaves the config sheet alone when not asked to store the campaign (the ribbon)', async () => {
    const gateway = new FakeGateway({ grids: GRIDS });
    await consolidateWorkbook(gateway, request);
    expect(gateway.methods()).toEqual(['readGrids', 'writeReport']);
  });

  it('consolidates with the sheet kinds chosen in the pane', async () => {
    const campaign = withSheetChoice(BO_Y, 'Trường Tiểu học', 'village');
    const { model } = await consolidateWorkbook(new FakeGateway({ grids: GRIDS }), { ...request, campaign });
    expect(model.entities.map((e) => [e.sheet, e.kind])).toEqual([
      ['Thôn 1', 'village'],
      ['Trường Tiểu học', 'village'],
    ]);
  });

  it('carries the history sheet the gateway reads back into the next report', async () => {
    const first = await consolidateWorkbook(new FakeGateway({ grids: GRIDS }), request);
    if (first.refused) throw new Error('the report was refused');
    const history = first.specs.find((s) => s.name === SHEET.history);
    if (!history) throw new Error('the report has no history sheet');
    const nextWeek = { ...request, asOf: '2025-11-01', madeAt: '2025-11-01T08:00' };
    const second = await consolidateWorkbook(new FakeGateway({ grids: [...GRIDS, gridOfSpec(history)] }), nextWeek);
    expect([...new Set(second.model.history.map((row) => row.asOf))]).toEqual(['2025-10-25', '2025-11-01']);
    expect(second.model.entities.map((e) => e.sheet)).toEqual(['Thôn 1', 'Trường Tiểu học']);
  });

  it('surfaces a typed gateway failure as it is', async () => {
    const failure = new ExcelAdapterError({ code: 'PAYLOAD_TOO_LARGE' });
    const gateway = new FakeGateway({ grids: GRIDS, failOn: { method: 'readGrids', error: failure } });
    await expect(consolidateWorkbook(gateway, request)).rejects.toBe(failure);
    expect(gateway.methods()).toEqual(['readGrids']);
  });

  it('turns an untyped read failure into READ_FAILED, keeping the cause, and writes nothing', async () => {
    const cause = new Error('InvalidOperation: the workbook is in cell-edit mode');
    const gateway = new FakeGateway({ grids: GRIDS, failOn: { method: 'readGrids', error: cause } });
    const error = await consolidateWorkbook(gateway, request, { saveCampaign: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect(error).toMatchObject({ code: 'READ_FAILED', failure: { code: 'READ_FAILED', problem: 'other' }, cause });
    expect(gateway.methods()).toEqual(['readGrids']);
  });

  it('turns an untyped write failure into WRITE_FAILED and never reports done', async () => {
    const gateway = new FakeGateway({ grids: GRIDS, failOn: { method: 'writeReport', error: new Error('GeneralException') } });
    const progress = recorder();
    await expect(consolidateWorkbook(gateway, request, { onProgress: progress.onProgress })).rejects.toMatchObject({
      name: 'ExcelAdapterError',
      code: 'WRITE_FAILED',
    });
    expect(progress.steps()).toEqual(['reading', 'checking', 'counting', 'writing']);
  });
});

describe('checkWorkbook ("Kiểm tra")', () => {
  it('reads and validates without writing anything', async () => {
    const gateway = new FakeGateway({ grids: GRIDS });
    const progress = recorder();
    const { model } = await checkWorkbook(gateway, request, { onProgress: progress.onProgress });
    expect(gateway.methods()).toEqual(['readGrids']);
    expect(progress.steps()).toEqual(['reading', 'checking', 'done']);
    expect(model.issues.map((i) => [i.sheet, i.code, i.column, i.row])).toEqual(
      expect.arrayContaining([
        ['Thôn 1', 'DATE_INVALID', 'C', 4],
        ['Thôn 1', 'CCCD_FORMAT', 'E', 4],
      ]),
    );
  });
});
