import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { consolidate } from '../../src/core/consolidate';
import { PRESETS } from '../../src/core/campaign/presets';
import { bytesToBase64 } from '../../src/taskpane/base64';
import { reportWorkbookBase64 } from '../../src/taskpane/report-workbook';
import { layoutReport } from '../../src/core/report/layout';
import { createDemoGateway } from '../../src/taskpane/demo-gateway';

describe('bytesToBase64', () => {
  it.each([0, 1, 2, 3, 0x8000, 0x8000 * 3 + 7])('matches node’s encoder for %i bytes', (n) => {
    const bytes = new Uint8Array(randomBytes(n));
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('reportWorkbookBase64 ("open the report as its own workbook")', () => {
  it('builds an .xlsx of the report’s sheets, in order, that Excel (here ExcelJS) opens', async () => {
    const grids = await createDemoGateway().readGrids();
    const specs = layoutReport(consolidate({ grids, campaign: PRESETS['bo-y-2025'], asOf: '2025-10-25' }), { chart: true });
    const base64 = await reportWorkbookBase64(specs);
    expect(base64).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(specs.map((s) => s.name));
    expect(workbook.worksheets[0].pageSetup.paperSize).toBe(9);
  });
});
