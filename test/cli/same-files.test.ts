/**
 * ISSUE 14 §3: the same file given twice became every person's own duplicate; two files of the same name
 * from two folders ("a/danhsach.xlsx", "b/danhsach.xlsx") became one name and mixed their people's findings.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/run';
import { ReportModel } from '../../src/core/report/model';

const dir = mkdtempSync(join(tmpdir(), 'sskdt-same-'));

async function list(path: string, people: [string, string][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Định danh mức 2']);
  people.forEach(([name, cccd], i) => ws.addRow([i + 1, name, '01/01/1980', cccd, 'x']));
  await wb.xlsx.writeFile(path);
}

async function run(...inputs: string[]) {
  const err: string[] = [];
  const json = join(dir, `r-${Math.random().toString(36).slice(2)}.json`);
  const code = await runCli([...inputs, '--campaign', 'bo-y-2025', '--as-of', '2025-10-20', '--out', `${json}.xlsx`, '--json', json, '--quiet'], { out: () => undefined, err: (l) => err.push(l) });
  return { code, err, model: code === 0 ? ReportModel.parse(JSON.parse(readFileSync(json, 'utf8'))) : null };
}

describe('the same file given twice', () => {
  test('is read once, with a notice, and nobody is their own duplicate', async () => {
    const file = join(dir, 'Thôn 1.xlsx');
    await list(file, [['Nguyễn Văn An', '001080000001'], ['Trần Thị Bình', '001180000002']]);
    const link = join(dir, 'lien-ket.xlsx');
    symlinkSync(file, link);
    const { code, err, model } = await run(file, link);
    expect(code).toBe(0);
    expect(err[0]).toBe(`Tệp ${link} đã có trong danh sách tệp (cùng một tệp): chỉ đọc một lần.`);
    expect(model?.duplicates).toEqual([]);
    expect(model?.entities.map((e) => [e.name, e.records])).toEqual([['Thôn 1', 2]]);
  });
});

describe('two files of the same name from two folders', () => {
  test('stay two lists, each named with its folder, their people apart', async () => {
    mkdirSync(join(dir, 'xa-a'));
    mkdirSync(join(dir, 'xa-b'));
    await list(join(dir, 'xa-a', 'danhsach.xlsx'), [['Nguyễn Văn An', '001080000001']]);
    await list(join(dir, 'xa-b', 'danhsach.xlsx'), [['Lê Văn Cường', '00108000000']]);
    const { code, model } = await run(join(dir, 'xa-a', 'danhsach.xlsx'), join(dir, 'xa-b', 'danhsach.xlsx'));
    expect(code).toBe(0);
    expect(model?.entities.map((e) => e.sheet).sort()).toEqual(['danhsach – xa-a', 'danhsach – xa-b']);
    const wrong = model?.issues.find((i) => i.code === 'CCCD_FORMAT');
    expect(wrong).toMatchObject({ sheet: 'danhsach – xa-b', person: { name: 'Lê Văn Cường' } });
  });
});
