import { consolidate } from '../../../src/core/consolidate';
import { PRESETS } from '../../../src/core/campaign/presets';
import { layoutReport } from '../../../src/core/report/layout';
import { SHEET } from '../../../src/core/vocabulary';
import { listGrid, cccd, bhxh } from '../../helpers/lists';

const BO_Y = PRESETS['bo-y-2025'];
const grids = [listGrid('Thôn 1', [{ name: 'Nguyễn Văn A', cccd: cccd(1980, true, 1), bhyt: bhxh(1), resident: 'Có', level2: 'Có' }])];
const model = consolidate({ grids, campaign: BO_Y, asOf: '2025-10-25', madeAt: '2025-10-25T08:00' });

describe('layoutReport: where the chart goes', () => {
  test('with chart: the chart sheet right after the summary, charting the first village indicator', () => {
    const specs = layoutReport(model, { chart: true, final: false });
    const names = specs.map((s) => s.name);
    expect(names.indexOf(SHEET.chart)).toBe(names.indexOf(SHEET.summary) + 1);
    const first = model.indicators.find((i) => i.appliesTo.includes('village'));
    expect(specs[names.indexOf(SHEET.chart)].chart?.title).toContain(first?.label.vi);
    expect(specs.filter((s) => s.name !== SHEET.chart)).toEqual(layoutReport(model, { final: false }));
  });

  test('without chart (the command line), or with no village indicator: no chart sheet', () => {
    expect(layoutReport(model).map((s) => s.name)).not.toContain(SHEET.chart);
    const unitsOnly = { ...model, indicators: model.indicators.map((i) => ({ ...i, appliesTo: i.appliesTo.filter((k) => k !== 'village') })) };
    expect(layoutReport(unitsOnly, { chart: true }).map((s) => s.name)).not.toContain(SHEET.chart);
  });
});
