import { readGrids } from '../../src/excel/read-grids';
import { writeSheets, type WriteOptions } from '../../src/excel/write-report';
import { widthToPoints } from '../../src/excel/write-sheet';
import { DEFAULT_PAYLOAD_BUDGET } from '../../src/excel/payload';
import { REPORT_SHEETS, TEMP_PREFIX } from '../../src/excel/own-sheets';
import { ExcelAdapterError } from '../../src/excel/gateway';
import { layoutReport } from '../../src/core/report/layout';
import { layoutErrors } from '../../src/core/report/layout/issues';
import { layoutChart } from '../../src/core/report/layout/chart';
import type { ReportModel, ReportIssue } from '../../src/core/report/model';
import type { SheetSpec } from '../../src/core/sheetspec';
import { cccd } from '../helpers/lists';
import { FakeExcel, a1 } from './fake-excel';
import { addVillage, modelOf } from './fixtures';
import { SHEET } from '../../src/core/vocabulary';

const ALL: WriteOptions['features'] = { printLayout: true, suspendScreenUpdating: true, rangeAreas: true, autoFilter: true };
const OLD_HOST: WriteOptions['features'] = { printLayout: false, suspendScreenUpdating: false, rangeAreas: false, autoFilter: false };
const FORMULA_NAME = '=HYPERLINK("http://x","Bấm")';

/** A commune with two villages; one person's name looks like a formula and her CCCD lost its zeros. */
async function commune(fake = new FakeExcel()) {
  addVillage(fake, 'Thôn 1', 30);
  addVillage(fake, 'Thôn 2', 20, { row: 1, col: 0 }, 500);
  const thon2 = fake.sheet('Thôn 2');
  thon2.setValue(3, 1, FORMULA_NAME); // a text cell: pasted, never evaluated
  thon2.setValue(3, 3, '00108012345'); // 11 digits: an error the police must see, with this name
  const grids = await readGrids(fake.context());
  const model = modelOf(grids);
  const specs = [...layoutReport(model), layoutChart(model, 'level2_registered')];
  fake.resetRecords();
  return { fake, model, specs };
}

/** Every cell a spec writes, as the fake holds it: the value and the number format. */
function expectSheetShows(fake: FakeExcel, spec: SheetSpec): void {
  const sheet = fake.sheet(spec.name);
  spec.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (!cell || cell.v === null) return;
      expect({ at: a1({ top: r, left: c, bottom: r, right: c }), value: sheet.value(r, c) }).toEqual({ at: a1({ top: r, left: c, bottom: r, right: c }), value: cell.v });
      const numFmt = typeof cell.v === 'string' ? '@' : (cell.s && spec.styles[cell.s]?.numFmt) || 'General';
      expect(sheet.numberFormat(r, c)).toBe(numFmt);
      expect(sheet.formulas.has(`${r},${c}`)).toBe(false);
    }),
  );
  expect(sheet.merges.map(a1).sort()).toEqual(spec.merges.map(a1).sort());
}

describe('writeSheets: the report, atomically', () => {
  test('writes every report sheet with its values, merges and number formats, in three syncs', async () => {
    const { fake, specs } = await commune();
    await writeSheets(fake.context(), specs, { features: ALL, replace: REPORT_SHEETS, activate: true });

    expect(fake.syncs).toHaveLength(3);
    for (const spec of specs) expectSheetShows(fake, spec);
    expect(fake.sheetNames()).toEqual(['Thôn 1', 'Thôn 2', ...specs.map((s) => s.name)]);
    expect(fake.active?.name).toBe(specs[0].name);
    for (const s of fake.syncs.slice(1, -1)) {
      expect(s.calculationSuspended).toBe(true);
      expect(s.screenUpdatingSuspended).toBe(true);
    }
  });

  test('a name that looks like a formula stays literal text, and an ID keeps its zeros as text', async () => {
    const { fake, specs } = await commune();
    await writeSheets(fake.context(), specs, { features: ALL, replace: REPORT_SHEETS });
    const errors = fake.sheet(SHEET.errors);
    const row = errors.values.findIndex((cells) => cells?.includes(FORMULA_NAME));
    expect(row).toBeGreaterThan(0);
    const nameCol = errors.values[row].indexOf(FORMULA_NAME);
    expect(errors.formulas.size).toBe(0);
    expect(errors.numberFormat(row, nameCol)).toBe('@');
    expect(errors.value(row, nameCol + 2)).toBe('00108012345');
    expect(errors.numberFormat(row, nameCol + 2)).toBe('@');
  });

  test('leaves every source sheet exactly as it was', async () => {
    const { fake, specs } = await commune();
    const before = ['Thôn 1', 'Thôn 2'].map((n) => fake.snapshot(n));
    await writeSheets(fake.context(), specs, { features: ALL, replace: REPORT_SHEETS });
    await writeSheets(fake.context(), specs, { features: ALL, replace: REPORT_SHEETS });
    expect(['Thôn 1', 'Thôn 2'].map((n) => fake.snapshot(n))).toEqual(before);
  });

  test('applies styles, widths, heights, freeze panes, filter, data bars, tab colour, A4 page layout and page breaks', async () => {
    const { fake, specs: report } = await commune();
    // The report's own sheets print without data bars (issue 13 §5); the writer still draws one a spec asks for.
    const withBar = (s: SheetSpec): SheetSpec =>
      s.name === SHEET.summary ? { ...s, conditionalFormats: [{ kind: 'dataBar', range: { top: 10, left: 5, bottom: 12, right: 5 }, color: '5B9BD5', min: 0, max: 1 }] } : s;
    const specs = report.map(withBar);
    await writeSheets(fake.context(), specs, { features: ALL, replace: REPORT_SHEETS });
    const summarySpec = specs.find((s) => s.name === SHEET.summary) as SheetSpec;
    // The report's rates are text now (issue 13 §2), with no data bar; a bar a SheetSpec asks for is still written.
    summarySpec.conditionalFormats = [{ kind: 'dataBar', range: { top: 10, left: 2, bottom: 12, right: 2 }, color: '5B9BD5', min: 0, max: 1 }];
    await writeSheets(fake.context(), specs, { features: ALL, replace: REPORT_SHEETS });
    const summary = fake.sheet(SHEET.summary);
    const header = summarySpec.rows.findIndex((cells) => cells.some((c) => c?.v === 'STT'));
    expect(summary.format(header, 0)).toMatchObject({
      font: { name: 'Times New Roman', size: 11, bold: true },
      fill: '#E7EEF7',
      horizontalAlignment: 'Center',
      borders: { top: 'Continuous', bottom: 'Continuous', left: 'Continuous', right: 'Continuous' },
    });
    expect(summary.columnWidths.get(1)).toBe(widthToPoints(summarySpec.columnWidths[1]));
    expect(summary.freeze).toEqual(summarySpec.freeze);
    expect(summary.tabColor).toBe('#1F4E79');
    expect(summary.conditionalFormats.length).toBe(summarySpec.conditionalFormats?.length);
    expect(summary.conditionalFormats[0].dataBar).toMatchObject({ lowerBoundRule: { type: 'Number', formula: '0' }, upperBoundRule: { type: 'Number', formula: '1' } });
    expect(summary.pageLayout).toMatchObject({
      paperSize: 'A4',
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      headersFooters: { state: 'FirstAndDefault', firstPageCenterHeader: '', defaultCenterHeader: '&"Times New Roman"&12&P' },
    });
    expect(summary.pageLayout?.margins).toEqual({ unit: 'Points', options: expect.objectContaining({ left: expect.closeTo((30 * 72) / 25.4, 6) }) });
    for (const [row, points] of Object.entries(summarySpec.rowHeights ?? {})) expect(summary.rowHeights.get(Number(row))).toBe(points);
    expect(fake.sheet(SHEET.errors).autoFilter).toBe(a1(specs.find((s) => s.name === SHEET.errors)?.autoFilter as never));
    for (const spec of specs) expect(fake.sheet(spec.name).rowBreaks).toEqual([...(spec.print.rowBreaks ?? [])]);
    const broken = { ...summarySpec, name: 'Ngắt trang', print: { ...summarySpec.print, rowBreaks: [7, 20] } };
    await writeSheets(fake.context(), [broken], { features: ALL, replace: ['Ngắt trang'] });
    expect(fake.sheet('Ngắt trang').rowBreaks).toEqual([7, 20]);
  });

  test('draws the chart sheet\'s native chart: clustered columns per village and the target as a line', async () => {
    const { fake, specs, model } = await commune();
    await writeSheets(fake.context(), specs, { features: ALL, replace: REPORT_SHEETS });
    const spec = layoutChart(model, 'level2_registered');
    const chart = spec.chart;
    if (!chart) throw new Error('the chart sheet has a chart');
    expect(fake.sheet(SHEET.chart).charts).toEqual([
      {
        type: 'ColumnClustered',
        source: a1(chart.series[0].values),
        title: chart.title,
        legendPosition: 'Bottom',
        series: [
          { name: 'Tỷ lệ đạt', values: a1(chart.series[0].values), xValues: a1(chart.categories) },
          { name: chart.target?.name, values: a1(chart.target?.values as never), xValues: a1(chart.categories), chartType: 'Line' },
        ],
        position: { start: a1({ ...chart.anchor, bottom: chart.anchor.top, right: chart.anchor.left }), end: a1({ ...chart.anchor, top: chart.anchor.bottom, left: chart.anchor.right }) },
      },
    ]);
  });

  test('replaces the previous report in place, keeping each sheet where it was, and removes report sheets no longer produced', async () => {
    const { fake, specs } = await commune();
    await writeSheets(fake.context(), specs, { features: ALL, replace: REPORT_SHEETS });
    // People moved the summary to the front.
    const list = fake.sheets;
    list.unshift(...list.splice(list.indexOf(fake.sheet(SHEET.summary)), 1));
    const names = fake.sheetNames();
    const withoutChart = specs.filter((s) => s.name !== SHEET.chart);
    await writeSheets(fake.context(), withoutChart, { features: ALL, replace: REPORT_SHEETS });
    expect(fake.sheetNames()).toEqual(names.filter((n) => n !== SHEET.chart));
  });

  test('a failure in the middle of writing leaves the previous report exactly as it was and no temporary sheet', async () => {
    const { fake, specs, model } = await commune();
    await writeSheets(fake.context(), specs, { features: ALL, replace: REPORT_SHEETS });
    const names = fake.sheetNames();
    const before = names.map((n) => fake.snapshot(n));

    // A newer report, written in small batches so "the middle" is several syncs in.
    const newer = [...layoutReport({ ...model, asOf: '2025-10-26' }), layoutChart(model, 'level2_registered')];
    const small = { features: ALL, replace: REPORT_SHEETS, payloadBudget: 20_000 };
    const probe = new FakeExcel();
    for (const n of names) probe.sheets.push(fake.snapshot(n));
    await writeSheets(probe.context(), newer, small);
    expect(probe.syncs.length).toBeGreaterThanOrEqual(5);

    fake.resetRecords();
    fake.failSync(Math.floor(probe.syncs.length / 2));
    const failure = writeSheets(fake.context(), newer, small);
    await expect(failure).rejects.toBeInstanceOf(ExcelAdapterError);
    await expect(failure).rejects.toMatchObject({ failure: { code: 'WRITE_FAILED', report: 'unchanged' } });
    expect(fake.sheetNames()).toEqual(names);
    expect(names.map((n) => fake.snapshot(n))).toEqual(before);
    expect(fake.sheetNames().some((n) => n.startsWith(TEMP_PREFIX))).toBe(false);
  });

  test('a failure inside the swap is rolled forward: the new report complete, nothing temporary left', async () => {
    const { fake, specs } = await commune();
    await writeSheets(fake.context(), specs, { features: ALL, replace: REPORT_SHEETS });
    fake.resetRecords();
    fake.failSync(3, { afterCommands: 2 }); // names, build, swap: two old sheets deleted, then the failure
    await writeSheets(fake.context(), specs, { features: ALL, replace: REPORT_SHEETS });
    expect(fake.syncs).toHaveLength(5); // names, build, the failed swap, then the roll-forward's two
    expect(new Set(fake.sheetNames())).toEqual(new Set(['Thôn 1', 'Thôn 2', ...specs.map((s) => s.name)]));
    for (const spec of specs) expectSheetShows(fake, spec);
  });

  test('the sync count does not grow with rows: a 10-row and a 10,000-row errors sheet', async () => {
    const { model } = await commune();
    const syncsFor = async (n: number, budget?: number) => {
      const fake = new FakeExcel({ maxPayloadBytes: budget ?? 5 * 1024 * 1024 });
      addVillage(fake, 'Thôn 1', 5);
      await writeSheets(fake.context(), [layoutErrors(withIssues(model, n))], { features: ALL, payloadBudget: budget });
      return fake.syncs;
    };
    const huge = 64 * 1024 * 1024;
    expect((await syncsFor(10, huge)).length).toBe(3);
    expect((await syncsFor(10_000, huge)).length).toBe(3);

    const small = await syncsFor(10);
    const large = await syncsFor(10_000);
    const carried = large.reduce((n, s) => n + s.requestBytes, 0);
    expect(small.length).toBe(3);
    expect(large.length).toBeLessThanOrEqual(3 + Math.ceil(carried / DEFAULT_PAYLOAD_BUDGET));
    for (const s of large) expect(s.payloadBytes).toBeLessThanOrEqual(DEFAULT_PAYLOAD_BUDGET);
  });

  test('without ExcelApi 1.9 it still writes the report, one range per styled area, without page layout or filter', async () => {
    const { fake, specs } = await commune(new FakeExcel({ apiVersion: '1.8' }));
    await writeSheets(fake.context(), specs, { features: OLD_HOST, replace: REPORT_SHEETS });
    for (const spec of specs) {
      expectSheetShows(fake, spec);
      expect(fake.sheet(spec.name).pageLayout).toBeNull();
      expect(fake.sheet(spec.name).autoFilter).toBeNull();
    }
    expect(fake.sheet(SHEET.summary).format(0, 0).font.name).toBe('Times New Roman');
  });
});

function withIssues(model: ReportModel, n: number): ReportModel {
  const issues: ReportIssue[] = Array.from({ length: n }, (_, i) => ({
    sheet: `Thôn ${1 + (i % 60)}`,
    row: 5 + i,
    column: 'D',
    code: 'CCCD_FORMAT',
    severity: i % 10 === 0 ? 'warning' : 'error',
    message: 'Số CCCD phải có đúng 12 chữ số; kiểm tra lại trên thẻ Căn cước và sửa trong danh sách của thôn.',
    messageEn: 'A CCCD number has exactly 12 digits.',
    person: { name: `Nguyễn Văn ${i}`, birthDate: '01/01/1980', cccd: cccd(1980, true, i).slice(1), bhyt: 'GD4010123456789' },
  }));
  return { ...model, issues, issueCounts: { error: n, warning: 0, info: 0 } };
}
