import { createOfficeGateway } from '../../src/excel/office-gateway';
import { ExcelAdapterError } from '../../src/excel/gateway';
import { TEMPLATE_ROWS, templateHeaders } from '../../src/core/report/layout/template';
import { readGrids } from '../../src/excel/read-grids';
import { detectHeader } from '../../src/core/table/header';
import { campaignFromConfigGrid, campaignToConfigSheet } from '../../src/core/campaign/config-sheet';
import { layoutReport } from '../../src/core/report/layout';
import { consolidate } from '../../src/core/consolidate';
import { FakeExcel } from './fake-excel';
import { BO_Y, addVillage, modelOf } from './fixtures';
import { SHEET } from '../../src/core/vocabulary';

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function host(apiVersion?: string): FakeExcel {
  const fake = new FakeExcel({ apiVersion });
  uninstall = fake.install();
  return fake;
}

describe('createOfficeGateway', () => {
  test('reports what the host supports', () => {
    host('1.12');
    expect(createOfficeGateway().capabilities()).toEqual({ printLayout: true, suspendScreenUpdating: true, createWorkbook: true, dataValidation: true });
    uninstall?.();
    host('1.8');
    expect(createOfficeGateway().capabilities()).toEqual({ printLayout: false, suspendScreenUpdating: false, createWorkbook: true, dataValidation: true });
    uninstall?.();
    host('1.7');
    expect(createOfficeGateway().capabilities()).toEqual({ printLayout: false, suspendScreenUpdating: false, createWorkbook: false, dataValidation: false });
  });

  test('on a host without ExcelApi 1.9 the report is still written, without page layout, and capabilities say so', async () => {
    const fake = host('1.8');
    addVillage(fake, 'Thôn 1', 25);
    const gateway = createOfficeGateway();
    const specs = layoutReport(modelOf(await gateway.readGrids()));
    const steps: string[] = [];
    await gateway.writeReport(specs, (step) => steps.push(step));
    expect(gateway.capabilities().printLayout).toBe(false);
    for (const spec of specs) expect(fake.sheet(spec.name).pageLayout).toBeNull();
    expect(fake.sheet(SHEET.summary).value(0, 0)).toBe('PHỤ LỤC');
    expect(new Set(steps)).toEqual(new Set(['writing']));
  });

  test('refuses a host below ExcelApi 1.7 with a plain message and what to use instead', async () => {
    host('1.6');
    const failure = createOfficeGateway().readGrids();
    await expect(failure).rejects.toBeInstanceOf(ExcelAdapterError);
    await expect(failure).rejects.toMatchObject({ code: 'HOST_TOO_OLD' });
  });

  test('creates a list template the engine recognises, with CCCD and BHYT stored as text and Có/Không dropdowns', async () => {
    const fake = host();
    addVillage(fake, 'Thôn 1', 2);
    const gateway = createOfficeGateway();
    const name = await gateway.createListTemplate('village', 'Thôn 1');
    expect(name).toBe('Thôn 1 (2)');

    const [grid] = await readGrids(fake.context(), { include: (n) => n === name });
    expect(grid.values[0]).toEqual(templateHeaders('village'));
    const header = detectHeader(grid);
    expect(header?.row).toBe(0);
    expect(Object.keys(header?.columns ?? {}).sort()).toEqual(
      ['stt', 'fullName', 'birthDate', 'sex', 'cccd', 'bhyt', 'resident', 'level2', 'activated', 'integrated', 'sskdt', 'smartphone', 'note'].sort(),
    );
    const sheet = fake.sheet(name);
    const [cccdCol, bhytCol] = [header?.columns.cccd as number, header?.columns.bhyt as number];
    for (const r of [1, 500, TEMPLATE_ROWS]) {
      expect(sheet.numberFormat(r, cccdCol)).toBe('@');
      expect(sheet.numberFormat(r, bhytCol)).toBe('@');
    }
    expect(sheet.numberFormat(TEMPLATE_ROWS + 1, cccdCol)).toBe('General');
    expect(sheet.dataValidations).toHaveLength(6);
    expect(sheet.dataValidations[0].rule).toEqual({ list: { inCellDropDown: true, source: 'Có,Không' } });
    expect(sheet.freeze).toEqual({ rows: 1, columns: 0 });
    expect(sheet.tables).toEqual([{ address: 'A1:M2', hasHeaders: true }]);
    expect(fake.active?.name).toBe(name);
  });

  test('a unit list template has no "Thường trú" column, and no dropdowns where the host has no data validation', async () => {
    const fake = host('1.7');
    const name = await createOfficeGateway().createListTemplate('unit', 'Trạm Y tế');
    expect(templateHeaders('unit')).not.toContain('Thường trú');
    expect(fake.sheet(name).dataValidations).toEqual([]);
    expect(fake.sheet(name).value(0, 5)).toBe('Mã thẻ BHYT');
  });

  test('selectCell activates the sheet and selects the cell', async () => {
    const fake = host();
    addVillage(fake, 'Thôn 1', 5);
    addVillage(fake, 'Thôn 2', 5);
    await createOfficeGateway().selectCell('Thôn 2', 'D4');
    expect(fake.active?.name).toBe('Thôn 2');
    expect(fake.selection).toEqual({ sheet: 'Thôn 2', address: 'D4' });
  });

  test('selectCell on a sheet that no longer exists says what to do', async () => {
    host();
    await expect(createOfficeGateway().selectCell('Thôn 9', 'A1')).rejects.toMatchObject({ failure: { code: 'READ_FAILED', problem: 'notFound' } });
  });

  test('stores the campaign in "Cấu hình" and reads back exactly the same campaign', async () => {
    const fake = host();
    addVillage(fake, 'Thôn 1', 5);
    const gateway = createOfficeGateway();
    expect(await gateway.readConfigGrid()).toBeNull();
    await gateway.writeConfig(campaignToConfigSheet(BO_Y));
    const grid = await gateway.readConfigGrid();
    expect(grid?.sheet).toBe(SHEET.config);
    expect(campaignFromConfigGrid(grid as NonNullable<typeof grid>)).toEqual({ ok: true, campaign: BO_Y });
    // The config sheet is handed over like every sheet, and the engine reads no list from it.
    expect(modelOf(await gateway.readGrids()).sheets.map((s) => s.sheet)).toEqual(['Thôn 1']);
    await gateway.writeReport(layoutReport(modelOf(await gateway.readGrids())));
    expect(fake.sheetNames()).toContain(SHEET.config);
  });

  test('a person’s edits to the "Cấu hình" rows in Excel are read back; a long campaign costs no more syncs to write', async () => {
    const fake = host();
    const gateway = createOfficeGateway();
    await gateway.writeConfig(campaignToConfigSheet(BO_Y));
    const small = fake.syncs.length;
    const sheet = fake.sheet(SHEET.config);
    const rowOf = (label: string, nth = 0) => sheet.values.flatMap((cells, i) => (cells[0] === label ? [i] : []))[nth];
    // A signer, a village and a changed target typed into their rows, as someone would in Excel.
    sheet.setValue(rowOf('Người ký'), 1, 'Trần Thị Lan');
    sheet.setValue(rowOf('Thôn, tổ dân phố'), 1, 'Thôn Gò Da');
    const target = sheet.values.findIndex((cells, i) => i > rowOf('Chỉ tiêu', 3) && cells[0] === 'Mức chỉ tiêu');
    sheet.setValue(target, 1, '≥ 85%');
    const grid = await gateway.readConfigGrid();
    const read = campaignFromConfigGrid(grid as NonNullable<typeof grid>);
    expect(read.ok && read.campaign.report.signature.name).toBe('Trần Thị Lan');
    expect(read.ok && read.campaign.entities).toEqual([{ sheet: 'Thôn Gò Da', kind: 'village' }]);
    expect(read.ok && read.campaign.indicators[3].target).toEqual({ op: '>=', value: 85 });

    fake.resetRecords();
    const many = { ...BO_Y, entities: Array.from({ length: 400 }, (_, i) => ({ sheet: `Tổ dân phố ${i + 1}`, kind: 'village' as const })) };
    await gateway.writeConfig(campaignToConfigSheet(many));
    expect(fake.syncs.length).toBe(small);
    const again = await gateway.readConfigGrid();
    expect(campaignFromConfigGrid(again as NonNullable<typeof again>)).toEqual({ ok: true, campaign: many });
  });

  test('the history written with one report is read back by the next: weeks accumulate, nothing rejected', async () => {
    const fake = host();
    addVillage(fake, 'Thôn 1', 25);
    const gateway = createOfficeGateway();
    const run = async (asOf: string) => {
      const model = consolidate({ grids: await gateway.readGrids(), campaign: BO_Y, asOf, madeAt: `${asOf}T10:00` });
      await gateway.writeReport(layoutReport(model));
      return model;
    };
    await run('2025-10-18');
    const second = await run('2025-10-25');
    expect(new Set(second.history.map((h) => h.asOf))).toEqual(new Set(['2025-10-18', '2025-10-25']));
    expect(second.historyRejected).toEqual([]);
  });

  test('opens the report as its own workbook where the host can, and says why not elsewhere', async () => {
    const fake = host('1.8');
    await createOfficeGateway().openWorkbook('UEsDBA==');
    expect(fake.createdWorkbooks).toEqual(['UEsDBA==']);
    uninstall?.();
    host('1.7');
    await expect(createOfficeGateway().openWorkbook('UEsDBA==')).rejects.toMatchObject({ code: 'NOT_SUPPORTED' });
  });

  test('a write that fails becomes a WRITE_FAILED error with a next step, never a raw exception', async () => {
    const fake = host();
    addVillage(fake, 'Thôn 1', 5);
    const gateway = createOfficeGateway();
    const specs = layoutReport(modelOf(await gateway.readGrids()));
    fake.failSync(2, { code: 'InvalidOperationInCellEditMode' });
    const failure = gateway.writeReport(specs);
    await expect(failure).rejects.toMatchObject({ failure: { code: 'WRITE_FAILED', problem: 'cellEditing', report: 'unchanged' } });
    expect(fake.sheetNames()).toEqual(['Thôn 1']);
  });
});
