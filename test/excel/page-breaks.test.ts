/**
 * Row page breaks in a SheetSpec (the work lists: a new page before each village and each of its pages) reach the
 * page in both writers: the Office.js writer (into the recording fake, in a constant number of syncs) and the file
 * writer (SpreadsheetML's rowBreaks, in the place CT_Worksheet requires).
 */
import { strFromU8, unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { writeSheets, type WriteOptions } from '../../src/excel/write-report';
import { writeXlsxBytes } from '../../src/files/write-xlsx';
import { consolidateWithWorkLists } from '../../src/core/consolidate';
import { PRESETS } from '../../src/core/campaign/presets';
import { layoutWorkLists } from '../../src/core/report/layout/work-lists';
import { FakeExcel } from './fake-excel';
import { AS_OF, COMMUNE, largeVillage } from '../helpers/work-lists';

const ALL: WriteOptions['features'] = { printLayout: true, suspendScreenUpdating: true, rangeAreas: true, autoFilter: true };
const OLD_HOST: WriteOptions['features'] = { printLayout: false, suspendScreenUpdating: false, rangeAreas: false, autoFilter: false };

const specOf = (households: number) =>
  layoutWorkLists(consolidateWithWorkLists({ grids: [largeVillage('Thôn Đông', households), ...COMMUNE], campaign: PRESETS['bo-y-2025'], asOf: AS_OF }).workLists);

describe('row page breaks', () => {
  const spec = specOf(30);
  const breaks = spec.print.rowBreaks ?? [];

  test('the work lists break before each village and each further page of one', () => {
    expect(breaks.length).toBe(7);
    for (const r of breaks) expect(String(spec.rows[r][0]?.v)).toMatch(/ - tờ \d+\/\d+\n/);
  });

  test('the Office.js writer adds a page break above each of those rows, in the same syncs as a sheet without them', async () => {
    const fake = new FakeExcel();
    await writeSheets(fake.context(), [spec], { features: ALL });
    expect(fake.sheet(spec.name).rowBreaks).toEqual([...breaks]);
    const without = new FakeExcel();
    await writeSheets(without.context(), [{ ...spec, print: { ...spec.print, rowBreaks: [] } }], { features: ALL });
    expect(fake.syncs.length).toBe(without.syncs.length);
    // Ten times the pages, still the same syncs.
    const longer = new FakeExcel({ maxPayloadBytes: 64 * 1024 * 1024 });
    const big = specOf(300);
    await writeSheets(longer.context(), [big], { features: ALL, payloadBudget: 64 * 1024 * 1024 });
    expect(longer.sheet(big.name).rowBreaks.length).toBeGreaterThan(40);
    expect(longer.syncs.length).toBe(3);
  });

  test('a host without ExcelApi 1.9 gets the sheet without page layout, and no failed call', async () => {
    const fake = new FakeExcel({ apiVersion: '1.8' });
    await writeSheets(fake.context(), [spec], { features: OLD_HOST });
    expect(fake.sheet(spec.name).rowBreaks).toEqual([]);
    expect(fake.sheet(spec.name).value(spec.print.repeatRows?.from ?? 0, 1)).toBe('Họ và tên');
  });

  test('the file writer writes them as rowBreaks after the page setup, and the file opens', async () => {
    const bytes = writeXlsxBytes([spec]);
    const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']);
    const ids = [...xml.matchAll(/<brk id="(\d+)" max="16383" man="1"\/>/g)].map((m) => Number(m[1]));
    expect(ids).toEqual([...breaks]);
    expect(xml).toContain(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">`);
    expect(xml.indexOf('<pageSetup')).toBeLessThan(xml.indexOf('<rowBreaks'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(book.worksheets[0].name).toBe(spec.name);
  });

  test('a sheet without breaks has no rowBreaks element', () => {
    const xml = strFromU8(unzipSync(writeXlsxBytes([{ ...spec, print: { ...spec.print, rowBreaks: undefined } }]))['xl/worksheets/sheet1.xml']);
    expect(xml).not.toContain('rowBreaks');
  });
});
