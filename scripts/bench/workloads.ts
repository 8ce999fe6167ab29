/**
 * The messes of issue 12 §1, made from the bench's synthetic commune: what a commune really sends
 * when a list is pasted twice, when Excel drops every CCCD's leading zero, or when every row is wrong.
 */
import ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../../src/core/grid';
import { syntheticCommune } from './synthetic';

export const WORKLOADS = ['clean', 'duplicates', 'warnings', 'errors'] as const;
export type Workload = (typeof WORKLOADS)[number];

export const WORKLOAD_LABEL: Record<Workload, string> = {
  clean: 'clean',
  duplicates: '20% duplicates',
  warnings: 'a warning on every row',
  errors: 'an error on every row',
};

const FIRST_DATA_ROW = 3; // title, blank, header
const CCCD = 4;

const isVillage = (g: Grid) => g.sheet.startsWith('Thôn');

/** The CCCD as the 12 digits it was typed as (the commune's numeric cells padded back, planted typos kept). */
function cccdText(v: CellValue): CellValue {
  return typeof v === 'number' ? String(v).padStart(12, '0') : v;
}

function eachPerson(grids: Grid[], fn: (row: CellValue[], r: number, grid: Grid, g: number) => void): void {
  grids.forEach((grid, g) => {
    for (let r = FIRST_DATA_ROW; r < grid.values.length; r++) fn(grid.values[r], r, grid, g);
  });
}

function setFormat(grid: Grid, r: number, col: number, format: string): void {
  const formats = (grid.formats ??= []);
  const row = (formats[r] ??= []);
  while (row.length < col) row.push('');
  row[col] = format;
}

/**
 * `clean`: the synthetic commune with its CCCDs as text (its half a percent of malformed numbers and
 * likely duplicates stay, as in any real list). `duplicates`: in each village after the first, every
 * fifth row is a copy of a row of the village before. `warnings`: every CCCD a numeric cell that lost
 * its leading zero. `errors`: every CCCD one digit short.
 */
export function workloadGrids(kind: Workload, rows: number, sheets = 20): Grid[] {
  const grids = syntheticCommune(rows, sheets, 7);
  eachPerson(grids, (row, r, grid) => {
    row[CCCD] = cccdText(row[CCCD]);
    if (grid.formats?.[r]?.[CCCD] !== undefined) grid.formats[r][CCCD] = '';
  });
  if (kind === 'duplicates') {
    const villages = grids.filter(isVillage);
    for (let v = 1; v < villages.length; v++) {
      const before = villages[v - 1].values;
      const here = villages[v].values;
      for (let r = FIRST_DATA_ROW; r < here.length; r += 5) {
        const source = before[Math.min(r + 1, before.length - 1)];
        if (source) here[r] = [here[r][0], ...source.slice(1)];
      }
    }
  } else if (kind === 'warnings') {
    eachPerson(grids, (row, r, grid) => {
      if (typeof row[CCCD] === 'string' && /^\d{12}$/.test(row[CCCD])) {
        row[CCCD] = Number(row[CCCD]);
        setFormat(grid, r, CCCD, 'General');
      }
    });
  } else if (kind === 'errors') {
    eachPerson(grids, (row) => {
      row[CCCD] = String(row[CCCD]).slice(0, 11);
    });
  }
  return grids;
}

/** Writes Grids to an .xlsx with ExcelJS's streaming writer: values and the number formats the engine reads. */
export async function writeGridsXlsx(grids: readonly Grid[], path: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  for (const grid of grids) {
    const ws = wb.addWorksheet(grid.sheet);
    grid.values.forEach((values, r) => {
      const row = ws.addRow(values);
      grid.formats?.[r]?.forEach((format, c) => {
        if (format && format !== 'General') row.getCell(c + 1).numFmt = format;
      });
      row.commit();
    });
    ws.commit();
  }
  await wb.commit();
}
