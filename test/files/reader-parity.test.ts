/**
 * The streaming reader hands over exactly the Grids the ExcelJS-based reader did (values, number
 * formats, hidden rows and columns, the AutoFilter) on every workbook the tests read: the fixture
 * corpus, the samples, and the kinds of workbook the golden tests write and read back (a report from
 * our writer, that report edited and saved again by another program, a list written row by row).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PRESETS } from '../../src/core/campaign/presets';
import { consolidate } from '../../src/core/consolidate';
import { layoutReport } from '../../src/core/report/layout';
import { readXlsxFile } from '../../src/files/read-xlsx';
import { writeXlsxFile } from '../../src/files/write-xlsx-file';
import { cccd, listGrid } from '../helpers/lists';
import { referenceGrids } from './exceljs-reference';

const ROOT = join(__dirname, '..', '..');
const committed = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => join(dir, f));

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'reader-parity-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each([...committed('test/fixtures'), ...committed('assets/samples')])('%s reads as it did', async (file) => {
  const path = join(ROOT, file);
  expect(await readXlsxFile(path)).toStrictEqual(await referenceGrids(path));
});

describe('workbooks the golden tests write', () => {
  let report = '';
  beforeAll(async () => {
    const sources = [];
    for (const f of committed('assets/samples')) sources.push(...(await readXlsxFile(join(ROOT, f))));
    report = join(dir, 'bao-cao.xlsx');
    await writeXlsxFile(layoutReport(consolidate({ grids: sources, campaign: PRESETS['bo-y-2025'], asOf: '2025-10-27' })), report);
  });

  test('the report our writer makes (merged titles, number formats, styled empty cells)', async () => {
    expect(await readXlsxFile(report)).toStrictEqual(await referenceGrids(report));
  });

  test('that report edited by hand and saved again: a status chosen, a date typed as a real date', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(report);
    const ws = wb.getWorksheet('Lỗi dữ liệu') ?? wb.worksheets[wb.worksheets.length - 1];
    ws.getCell('J8').value = 'Đã xử lý';
    ws.getCell('K8').value = new Date(Date.UTC(2025, 9, 21));
    ws.getCell('K8').numFmt = 'dd/mm/yyyy';
    const edited = join(dir, 'bao-cao-sua.xlsx');
    await wb.xlsx.writeFile(edited);
    expect(await readXlsxFile(edited)).toStrictEqual(await referenceGrids(edited));
  });

  test('a list written row by row', async () => {
    const wb = new ExcelJS.Workbook();
    const g = listGrid('Thôn 1', [
      { name: 'Nguyễn Văn An', cccd: cccd(1985, true, 1), birth: '01/01/1990' },
      { name: 'Lê Văn Cường', cccd: cccd(1970, true, 3), bhyt: 'XX4010000000077', birth: '01/01/1970' },
    ]);
    const ws = wb.addWorksheet(g.sheet);
    g.values.forEach((row) => ws.addRow(row));
    const lists = join(dir, 'xa.xlsx');
    await wb.xlsx.writeFile(lists);
    expect(await readXlsxFile(lists)).toStrictEqual(await referenceGrids(lists));
  });
});
