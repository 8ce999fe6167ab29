/**
 * OpenDocument spreadsheets (.ods, LibreOffice's own format): content.xml → one Grid per table, with
 * the same zip and tokenizer as the .xlsx reader. Values as Office.js would hand them over: a date as
 * a 1900-system serial ("dd/mm/yyyy"), a number with "General" (or "0%" for a percentage), text as
 * its paragraphs joined by line breaks. Repeated rows and cells are expanded only when something
 * follows them, so a sheet's trailing "the rest is empty" run costs nothing.
 */
import type { CellValue, Grid } from '../../core/grid';
import { UnreadableFileError, readWorkbookBytes } from '../read-xlsx';
import { isoSerial } from '../xlsx/excel-date';
import { scanPart } from '../xlsx/xml-part';
import type { TagAttributes, XmlHandler } from '../xlsx/xml-text';
import { zipEntries } from '../xlsx/zip';
import { EXCEL_COLUMNS, EXCEL_ROWS } from '../../core/sheet-limits';
import { beyondExcel } from '../xlsx/limits';
import { DENSE_UP_TO, SparseRow, placeSparseRows } from '../xlsx/sparse-columns';

const MAX_REPEAT = 1 << 20;

class OdsBuilder implements XmlHandler {
  readonly grids: Grid[] = [];
  private grid: Grid | null = null;
  private hiddenRows: number[] = [];
  private hiddenColumns: number[] = [];
  private column = 0;
  private row = 0;
  private rowRepeat = 1;
  private rowHidden = false;
  private cells: CellValue[] = [];
  private formats: string[] | null = null;
  /** Cells put in the row being read, and the row itself when it is mostly empty columns (xlsx/sparse-columns.ts). */
  private written = 0;
  private sparse: SparseRow | null = null;
  private sparseRows: SparseRow[] = [];
  private col = 0;
  private cellRepeat = 1;
  private value: CellValue = null;
  private format: string | undefined;
  private paragraphs: string[] | null = null;
  private inAnnotation = false;
  private paragraph = '';
  private depthInP = 0;

  open(name: string, tag: TagAttributes): void {
    switch (name) {
      case 'table':
        this.grid = { sheet: tag.attr('name') ?? '', values: [], formats: [] };
        this.row = 0;
        this.column = 0;
        this.hiddenRows = [];
        this.hiddenColumns = [];
        this.sparseRows = [];
        return;
      case 'table-column': {
        const n = Math.min(MAX_REPEAT, parseInt(tag.attr('number-columns-repeated') ?? '1', 10) || 1);
        if (tag.attr('visibility') === 'collapse' && this.column + n < EXCEL_COLUMNS) for (let i = 0; i < n; i++) this.hiddenColumns.push(this.column + i);
        this.column += n;
        return;
      }
      case 'table-row':
        this.rowRepeat = Math.min(MAX_REPEAT, parseInt(tag.attr('number-rows-repeated') ?? '1', 10) || 1);
        this.rowHidden = (tag.attr('visibility') ?? 'visible') !== 'visible';
        this.cells = [];
        this.formats = null;
        this.col = 0;
        this.written = 0;
        this.sparse = null;
        return;
      case 'table-cell':
      case 'covered-table-cell':
        this.openCell(tag);
        return;
      case 'annotation':
        this.inAnnotation = true;
        return;
      case 'p':
        if (this.paragraphs && !this.inAnnotation) {
          this.depthInP = 1;
          this.paragraph = '';
        }
        return;
      case 's':
        if (this.depthInP > 0) this.paragraph += ' '.repeat(parseInt(tag.attr('c') ?? '1', 10) || 1);
        return;
      case 'tab':
        if (this.depthInP > 0) this.paragraph += '\t';
        return;
      case 'line-break':
        if (this.depthInP > 0) this.paragraph += '\n';
        return;
    }
  }

  private openCell(tag: TagAttributes): void {
    this.cellRepeat = Math.min(MAX_REPEAT, parseInt(tag.attr('number-columns-repeated') ?? '1', 10) || 1);
    this.value = null;
    this.format = undefined;
    this.paragraphs = [];
    switch (tag.attr('value-type')) {
      case 'float':
      case 'currency':
        this.value = parseFloat(tag.attr('value') ?? '');
        this.format = 'General';
        break;
      case 'percentage':
        this.value = parseFloat(tag.attr('value') ?? '');
        this.format = '0%';
        break;
      case 'date':
        this.value = isoSerial(tag.attr('date-value') ?? '');
        this.format = 'dd/mm/yyyy';
        break;
      case 'boolean':
        this.value = tag.attr('boolean-value') === 'true';
        break;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'annotation':
        this.inAnnotation = false;
        return;
      case 'p':
        if (this.depthInP > 0 && this.paragraphs) this.paragraphs.push(this.paragraph);
        this.depthInP = 0;
        return;
      case 'table-cell':
      case 'covered-table-cell':
        this.closeCell();
        return;
      case 'table-row':
        if (this.grid) this.closeRow(this.grid);
        return;
      case 'table':
        if (this.grid) this.closeTable(this.grid);
        return;
    }
  }

  text(content: string): void {
    if (this.depthInP > 0) this.paragraph += content;
  }

  private closeCell(): void {
    let value = this.value;
    if (value === null && this.paragraphs && this.paragraphs.length > 0) value = this.paragraphs.join('\n');
    this.paragraphs = null;
    if (value !== null && value !== '') {
      if (this.col >= EXCEL_COLUMNS) throw beyondExcel('column', this.col + 1);
      // A value repeated past Excel's last column reaches that column: LibreOffice's sheets are wider.
      const repeat = Math.min(this.cellRepeat, EXCEL_COLUMNS - this.col);
      if (this.sparse === null && this.col >= DENSE_UP_TO && this.written * 4 < this.col) this.sparse = this.sparseOf(this.cells, this.formats);
      if (this.sparse !== null) for (let i = 0; i < repeat; i++) this.sparse.add(this.col + i, value, this.format);
      else {
        while (this.cells.length < this.col) this.cells.push(null);
        for (let i = 0; i < repeat; i++) {
          this.cells[this.col + i] = value;
          if (this.format) (this.formats ??= [])[this.col + i] = this.format;
        }
        this.written += repeat;
      }
    }
    this.col += this.cellRepeat;
  }

  /** The row so far as its cells alone: it is mostly empty columns. */
  private sparseOf(cells: readonly CellValue[], formats: readonly string[] | null): SparseRow {
    const sparse = new SparseRow(this.row);
    for (let c = 0; c < cells.length; c++) if (cells[c] !== null) sparse.add(c, cells[c], formats?.[c]);
    return sparse;
  }

  private closeRow(grid: Grid): void {
    const rowFormats = this.formats;
    const written = this.sparse !== null || this.cells.length > 0;
    if (written && this.row + this.rowRepeat > EXCEL_ROWS) throw beyondExcel('row', this.row + this.rowRepeat);
    if (this.sparse !== null) {
      const sparse = this.sparse;
      for (let i = 0; i < this.rowRepeat; i++) {
        this.sparseRows.push(i === 0 ? sparse : sparse.copyTo(this.row + i));
        if (this.rowHidden) this.hiddenRows.push(this.row + i);
      }
    } else if (this.cells.length > 0) {
      for (let i = 0; i < this.rowRepeat; i++) {
        grid.values[this.row + i] = i === 0 ? this.cells : [...this.cells];
        if (rowFormats) (grid.formats ??= [])[this.row + i] = Array.from({ length: this.cells.length }, (_, c) => rowFormats[c] ?? '');
        if (this.rowHidden) this.hiddenRows.push(this.row + i);
      }
    }
    this.row += this.rowRepeat;
  }

  private closeTable(grid: Grid): void {
    // Rows that are mostly empty columns: the Grid keeps only the columns that hold something.
    const map = this.sparseRows.length > 0 ? placeSparseRows({ values: grid.values, formats: (grid.formats ??= []), sparse: this.sparseRows, keep: [] }) : null;
    for (let r = 0; r < grid.values.length; r++) if (!grid.values[r]) grid.values[r] = [];
    const hiddenColumns = map === null ? this.hiddenColumns : this.hiddenColumns.map((c) => map.indexOf(c)).filter((c) => c >= 0);
    if (map !== null) grid.columns = map;
    if (this.hiddenRows.length > 0 || hiddenColumns.length > 0) {
      grid.hidden = { ...(this.hiddenRows.length > 0 ? { rows: this.hiddenRows } : {}), ...(hiddenColumns.length > 0 ? { columns: hiddenColumns } : {}) };
    }
    this.grids.push(grid);
    this.grid = null;
  }
}

export function readOdsBytes(zip: Uint8Array): Grid[] {
  const content = zipEntries(zip).get('content.xml');
  if (!content) throw new Error('no content.xml');
  const builder = new OdsBuilder();
  scanPart(zip, content, builder);
  return builder.grids;
}

export async function readOdsFile(path: string): Promise<Grid[]> {
  const bytes = await readWorkbookBytes(path);
  try {
    return readOdsBytes(bytes);
  } catch (e) {
    throw new UnreadableFileError(path, `không đọc được tệp .ods (not a readable .ods file: ${(e as Error).message})`);
  }
}
