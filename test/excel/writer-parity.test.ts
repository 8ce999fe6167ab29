/**
 * The command line is a faithful test of the add-in only if both writers show the same thing from
 * the same SheetSpecs: the Office.js writer (into the recording fake) and the file writer (into
 * an .xlsx, read back) must agree on every value, number format, merge, frozen pane and page setup.
 */
import ExcelJS from 'exceljs';
import { writeSheets } from '../../src/excel/write-report';
import { REPORT_SHEETS } from '../../src/excel/own-sheets';
import { writeXlsxBytes } from '../../src/files/write-xlsx';
import { layoutReport } from '../../src/core/report/layout';
import type { SheetSpec } from '../../src/core/sheetspec';
import { readGrids } from '../../src/excel/read-grids';
import { FakeExcel, a1 } from './fake-excel';
import { addVillage, modelOf } from './fixtures';
import { TEMPLATE_ROWS, layoutListTemplate } from '../../src/core/report/layout/template';
import { createListTemplate } from '../../src/excel/templates';
import { detectFeatures } from '../../src/excel/features';
import { columnLetter } from '../../src/core/grid';

async function bothWriters(): Promise<{ specs: SheetSpec[]; fake: FakeExcel; book: ExcelJS.Workbook }> {
  const fake = new FakeExcel();
  addVillage(fake, 'Thôn 1', 40);
  addVillage(fake, 'Thôn 2', 25, undefined, 300);
  fake.sheet('Thôn 2').setValue(2, 1, '=1+1');
  fake.sheet('Thôn 2').setValue(3, 3, '00108012345');
  const specs = layoutReport(modelOf(await readGrids(fake.context())), { final: true });
  await writeSheets(fake.context(), specs, { features: { printLayout: true, suspendScreenUpdating: true, rangeAreas: true, autoFilter: true }, replace: REPORT_SHEETS });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(writeXlsxBytes(specs).buffer as ArrayBuffer);
  return { specs, fake, book };
}

/** What a cell shows as a plain value: ExcelJS's null and Office.js's "" are both an empty cell. */
const shown = (v: unknown) => (v === null || v === undefined ? '' : v);
/** ExcelJS answers the master's value for every cell of a merge; only the master holds it. */
const fileValue = (cell: ExcelJS.Cell) => (cell.isMerged && cell.master.address !== cell.address ? '' : shown(cell.value));

describe('the Office.js and file writers, from the same SheetSpecs', () => {
  let run: Awaited<ReturnType<typeof bothWriters>>;
  beforeAll(async () => {
    run = await bothWriters();
  });

  test('write the same sheets in the same order', () => {
    const names = run.specs.map((s) => s.name);
    expect(run.book.worksheets.map((w) => w.name)).toEqual(names);
    expect(run.fake.sheetNames().filter((n) => names.includes(n))).toEqual(names);
  });

  test('hold the same value in every cell, text as text', () => {
    for (const spec of run.specs) {
      const office = run.fake.sheet(spec.name);
      const file = run.book.getWorksheet(spec.name)!;
      const height = Math.max(spec.rows.length, office.values.length);
      for (let r = 0; r < height; r++) {
        const width = Math.max(spec.rows[r]?.length ?? 0, office.values[r]?.length ?? 0);
        for (let c = 0; c < width; c++) {
          const at = `${spec.name}!${a1({ top: r, left: c, bottom: r, right: c })}`;
          expect({ at, v: fileValue(file.getCell(r + 1, c + 1)) }).toEqual({ at, v: shown(office.value(r, c)) });
        }
      }
    }
  });

  test('give numbers the same number format', () => {
    for (const spec of run.specs) {
      const office = run.fake.sheet(spec.name);
      const file = run.book.getWorksheet(spec.name)!;
      spec.rows.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          if (!cell || typeof cell.v !== 'number') return;
          const excelJs = file.getCell(r + 1, c + 1).numFmt || 'General';
          expect({ at: `${spec.name}!${r + 1}:${c + 1}`, f: excelJs }).toEqual({ at: `${spec.name}!${r + 1}:${c + 1}`, f: office.numberFormat(r, c) });
        }),
      );
    }
  });

  test('merge the same ranges and freeze the same panes', () => {
    for (const spec of run.specs) {
      const office = run.fake.sheet(spec.name);
      const file = run.book.getWorksheet(spec.name)!;
      const fileMerges = ((file.model as unknown as { merges: string[] }).merges ?? []).slice().sort();
      expect(fileMerges).toEqual(office.merges.map(a1).sort());
      const view = file.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
      const fileFreeze = view?.state === 'frozen' ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } : null;
      expect(fileFreeze).toEqual(office.freeze);
    }
  });

  test('print on A4 in the same orientation, one page wide', () => {
    for (const spec of run.specs) {
      const office = run.fake.sheet(spec.name).pageLayout;
      const file = run.book.getWorksheet(spec.name)!.pageSetup;
      expect(file.paperSize).toBe(9);
      expect(office?.paperSize).toBe('A4');
      expect(file.orientation).toBe(spec.print.orientation);
      expect(office?.orientation?.toLowerCase()).toBe(spec.print.orientation);
      expect(file.fitToWidth).toBe(1);
      expect(office?.zoom).toMatchObject({ horizontalFitToPages: 1 });
    }
  });
});

describe('the Office.js and file writers, from the list template', () => {
  const spec = layoutListTemplate('village', 'Thôn 1');
  let fake: FakeExcel;
  let file: ExcelJS.Worksheet;
  beforeAll(async () => {
    fake = new FakeExcel({ apiVersion: '1.12' });
    const uninstall = fake.install();
    try {
      await createListTemplate(fake.context(), 'village', 'Thôn 1', detectFeatures());
    } finally {
      uninstall();
    }
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(writeXlsxBytes([spec]).buffer as ArrayBuffer);
    file = book.getWorksheet(spec.name)!;
  });

  test('show the same headers and give the same columns the text format', () => {
    const office = fake.sheet(spec.name);
    spec.rows[0].forEach((_, c) => {
      expect(shown(file.getCell(1, c + 1).value)).toEqual(shown(office.value(0, c)));
      for (const r of [1, TEMPLATE_ROWS]) {
        const at = `${r}:${c}`;
        expect({ at, f: file.getCell(r + 1, c + 1).numFmt || 'General' }).toEqual({ at, f: office.numberFormat(r, c) });
      }
    });
  });

  test('offer the same Có/Không dropdowns, freeze the header and make the same table', () => {
    const office = fake.sheet(spec.name);
    const officeLists = office.dataValidations.map((v) => v.address.replace(/\d+/g, '')).sort();
    const fileLists = spec.rows[0]
      .map((_, c) => ({ c, v: file.getCell(TEMPLATE_ROWS + 1, c + 1).dataValidation }))
      .filter((x) => x.v?.type === 'list')
      .map((x) => {
        expect(x.v.formulae).toEqual(['"Có,Không"']);
        return `${columnLetter(x.c)}:${columnLetter(x.c)}`;
      })
      .sort();
    expect(fileLists).toEqual(officeLists);
    expect(officeLists).toHaveLength(6);
    const view = file.views?.[0] as { state?: string; ySplit?: number; xSplit?: number };
    expect({ rows: view.ySplit, columns: view.xSplit }).toEqual(office.freeze);
    const table = file.getTable(`Table${file.id}`) as unknown as { table: { tableRef: string } };
    expect([table.table.tableRef]).toEqual(office.tables.map((t) => t.address));
  });
});
