/**
 * One worksheet's XML from its SheetSpec, as a sequence of chunks: the rows are turned into text a
 * block at a time, so a list of 200,000 problem rows never exists as one string. Elements are in the
 * order CT_Worksheet requires (ECMA-376 Part 1, 18.3.1.99).
 */
import type { DataBar, Range, SheetSpec } from '../../core/sheetspec';
import { columnLetter } from '../../core/grid';
import { rangeAddress } from '../../core/sheetspec';
import { EXCEL_COLUMNS } from '../../core/sheet-limits';
import type { StyleTable } from './styles';
import { NS_MAIN, NS_REL, NS_X14, NS_XM, XML_DECLARATION, xmlText } from './xml';

const MM_PER_INCH = 25.4;
export const ROWS_PER_CHUNK = 512;
/** x14 extension URIs: a conditional format's link to its Excel 2010 form, and the list of those forms. */
const EXT_CF_RULE = '{B025F937-C7B1-47D3-B67F-A62EFF666E3E}';
const EXT_CF_LIST = '{78C0D931-6437-407d-A8EE-F0AAD7539E65}';

/** The workbook's text cells, each distinct string stored once. */
export class SharedStrings {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  count = 0;
  of(s: string): number {
    this.count++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

export interface SheetContext {
  /** One-based position of the sheet in the workbook. */
  number: number;
  styles: StyleTable;
  strings: SharedStrings;
  /** The sheet's table: its part's relationship id and its column names, which its header cells must show. */
  table?: { relId: string; range: Range; names: readonly string[] };
  /** The relationship id of the sheet's drawing (its chart), when it has one. */
  drawingRelId?: string;
}

/** The largest of many numbers without spreading them into a call (a list can have 200,000 rows). */
function largest(values: Iterable<number>, floor: number): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

const address = (r: Range) => rangeAddress(r, columnLetter);
const inches = (mm: number) => String(mm / MM_PER_INCH);
/** A fixed, well-formed GUID per data bar: the file is the same each time it is written. */
const barGuid = (sheet: number, i: number) => `{00000000-0000-4000-8000-${(sheet * 65_536 + i).toString(16).toUpperCase().padStart(12, '0')}}`;

function sheetProperties(spec: SheetSpec): string {
  const tab = spec.tabColor ? `<tabColor rgb="FF${spec.tabColor.toUpperCase()}"/>` : '';
  const fit = spec.print.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : '';
  return tab || fit ? `<sheetPr>${tab}${fit}</sheetPr>` : '';
}

function sheetViews(spec: SheetSpec, first: boolean): string {
  const selected = first ? ' tabSelected="1"' : '';
  const f = spec.freeze;
  if (!f || (f.rows <= 0 && f.columns <= 0)) return `<sheetViews><sheetView${selected} workbookViewId="0"/></sheetViews>`;
  const pane = f.rows > 0 && f.columns > 0 ? 'bottomRight' : f.rows > 0 ? 'bottomLeft' : 'topRight';
  const split = `${f.columns > 0 ? ` xSplit="${f.columns}"` : ''}${f.rows > 0 ? ` ySplit="${f.rows}"` : ''}`;
  const topLeft = `${columnLetter(Math.max(0, f.columns))}${Math.max(0, f.rows) + 1}`;
  return `<sheetViews><sheetView${selected} workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`;
}

function columns(spec: SheetSpec): string {
  const cols = spec.columnWidths.flatMap((w, c) => (Number.isFinite(w) && w > 0 ? [`<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`] : []));
  return cols.length ? `<cols>${cols.join('')}</cols>` : '';
}

/**
 * Per style key, the text of a cell's style attribute with the quote that closes its reference before it: `" s="7"`,
 * or just `"` for the sheet's base style 0. Made once per sheet, so a cell costs a lookup, not a number to text.
 */
function styleAttributes(spec: SheetSpec, ctx: SheetContext): { of: (key: string | undefined) => string } {
  const { byKey, base } = ctx.styles.sheetStyles(spec);
  const attribute = (style: number) => (style ? `" s="${style}"` : '"');
  const known = new Map<string, string>();
  for (const [key, style] of byKey) known.set(key, attribute(style));
  const fallback = attribute(base);
  return { of: (key) => (key === undefined ? fallback : (known.get(key) ?? fallback)) };
}

/**
 * The rows as `<row>` elements, a block of ROWS_PER_CHUNK rows a chunk. A commune's work lists and working list are
 * a million cells: each cell is a few concatenations of text made once (its column's letter, the row's number, its
 * style), nothing per cell is formatted twice.
 */
function* sheetData(spec: SheetSpec, ctx: SheetContext, letters: readonly string[]): Generator<string> {
  const styles = styleAttributes(spec, ctx);
  const heights: Partial<Record<number, number>> = spec.rowHeights ?? {};
  const rowCount = largest(
    Object.keys(heights).map((r) => Number(r) + 1),
    spec.rows.length,
  );
  const table = ctx.table;
  const strings = ctx.strings;
  const opens = letters.map((l) => `<c r="${l}`);
  let chunk = '<sheetData>';
  for (let r = 0; r < rowCount; r++) {
    const cells = spec.rows[r] ?? [];
    const no = String(r + 1);
    const height = heights[r];
    let body = '';
    for (let c = 0; c < cells.length; c++) {
      let cell = cells[c];
      if (table && r === table.range.top && c >= table.range.left && c <= table.range.right) cell = { v: table.names[c - table.range.left], s: cell?.s };
      if (!cell) continue;
      const v = cell.v;
      const head = opens[c] + no + styles.of(cell.s);
      if (typeof v === 'string') body += head + ' t="s"><v>' + String(strings.of(v)) + '</v></c>';
      else if (typeof v === 'number' && Number.isFinite(v)) body += head + '><v>' + String(v) + '</v></c>';
      else if (typeof v === 'boolean') body += head + ' t="b"><v>' + (v ? '1' : '0') + '</v></c>';
      else body += head + '/>';
    }
    if (height !== undefined) chunk += '<row r="' + no + '" ht="' + String(height) + '" customHeight="1">' + body + '</row>';
    else if (body) chunk += '<row r="' + no + '">' + body + '</row>';
    if ((r + 1) % ROWS_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk + '</sheetData>';
}

function dataBars(bars: readonly DataBar[], sheet: number): string {
  return bars
    .map((bar, i) => {
      const link = `<extLst><ext uri="${EXT_CF_RULE}" xmlns:x14="${NS_X14}"><x14:id>${barGuid(sheet, i)}</x14:id></ext></extLst>`;
      const rule = `<cfRule type="dataBar" priority="${i + 1}"><dataBar><cfvo type="num" val="${bar.min}"/><cfvo type="num" val="${bar.max}"/><color rgb="FF${bar.color.toUpperCase()}"/></dataBar>${link}</cfRule>`;
      return `<conditionalFormatting sqref="${address(bar.range)}">${rule}</conditionalFormatting>`;
    })
    .join('');
}

/** The Excel 2010 form of each data bar: solid, no border, from 0 to the full width of the cell. */
function dataBarExtensions(bars: readonly DataBar[], sheet: number): string {
  if (bars.length === 0) return '';
  const each = bars.map((bar, i) => {
    const cfvo = (v: number) => `<x14:cfvo type="num"><xm:f>${v}</xm:f></x14:cfvo>`;
    const body = `<x14:dataBar minLength="0" maxLength="100" border="0" gradient="0">${cfvo(bar.min)}${cfvo(bar.max)}<x14:fillColor rgb="FF${bar.color.toUpperCase()}"/></x14:dataBar>`;
    return `<x14:conditionalFormatting xmlns:xm="${NS_XM}"><x14:cfRule type="dataBar" id="${barGuid(sheet, i)}">${body}</x14:cfRule><xm:sqref>${address(bar.range)}</xm:sqref></x14:conditionalFormatting>`;
  });
  return `<extLst><ext uri="${EXT_CF_LIST}" xmlns:x14="${NS_X14}"><x14:conditionalFormattings>${each.join('')}</x14:conditionalFormattings></ext></extLst>`;
}

function validations(spec: SheetSpec): string {
  const list = spec.validations ?? [];
  if (list.length === 0) return '';
  const each = list.map((v) => `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${address(v.range)}"><formula1>${xmlText(`"${v.list.join(',')}"`)}</formula1></dataValidation>`);
  return `<dataValidations count="${each.length}">${each.join('')}</dataValidations>`;
}

function printSetup(spec: SheetSpec): string {
  const p = spec.print;
  const m = p.margins;
  const center = p.centerHorizontally ? '<printOptions horizontalCentered="1"/>' : '';
  const margins = `<pageMargins left="${inches(m.left)}" right="${inches(m.right)}" top="${inches(m.top)}" bottom="${inches(m.bottom)}" header="${inches(m.header)}" footer="${inches(m.footer)}"/>`;
  const fit = p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
  const setup = `<pageSetup paperSize="9" orientation="${p.orientation}"${fit}/>`;
  // Decree 30/2020: the page number centred in the top margin, none on the first page.
  const header = p.pageNumbersFromPage2 ? `<headerFooter differentFirst="1"><oddHeader>${xmlText(`&C&"${spec.baseFont.name}"&12&P`)}</oddHeader></headerFooter>` : '';
  return `${center}${margins}${setup}${header}`;
}

/** Manual page breaks above the rows the spec names (ECMA-376 Part 1, 18.3.1.73: a break's id is the zero-based row below it). */
function rowBreaks(spec: SheetSpec): string {
  const rows = spec.print.rowBreaks ?? [];
  if (rows.length === 0) return '';
  return `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${rows.map((r) => `<brk id="${r}" max="${EXCEL_COLUMNS - 1}" man="1"/>`).join('')}</rowBreaks>`;
}

/** Every merge covers cells no other merge covers (Excel repairs a file whose merges overlap): one pass. */
export function assertDisjoint(sheet: string, merges: readonly Range[]): void {
  const covered = new Set<number>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const key = r * EXCEL_COLUMNS + c;
        if (covered.has(key)) throw new Error(`Cannot merge already merged cells: ${sheet}!${address(m)}`);
        covered.add(key);
      }
    }
  }
}

export function* worksheetXml(spec: SheetSpec, ctx: SheetContext): Generator<string> {
  assertDisjoint(spec.name, spec.merges);
  const width = largest(
    spec.rows.map((r) => r.length),
    Math.max(1, spec.columnWidths.length),
  );
  const letters = Array.from({ length: width }, (_, c) => columnLetter(c));
  const height = Math.max(1, spec.rows.length);
  yield `${XML_DECLARATION}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${sheetProperties(spec)}<dimension ref="A1:${letters[width - 1]}${height}"/>${sheetViews(spec, ctx.number === 1)}<sheetFormatPr defaultRowHeight="15"/>${columns(spec)}`;
  yield* sheetData(spec, ctx, letters);
  const tail: string[] = [];
  if (spec.autoFilter) tail.push(`<autoFilter ref="${address(spec.autoFilter)}"/>`);
  if (spec.merges.length) tail.push(`<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${address(m)}"/>`).join('')}</mergeCells>`);
  const bars = spec.conditionalFormats ?? [];
  tail.push(dataBars(bars, ctx.number), validations(spec), printSetup(spec), rowBreaks(spec));
  if (ctx.drawingRelId) tail.push(`<drawing r:id="${ctx.drawingRelId}"/>`);
  if (ctx.table) tail.push(`<tableParts count="1"><tablePart r:id="${ctx.table.relId}"/></tableParts>`);
  tail.push(dataBarExtensions(bars, ctx.number), '</worksheet>');
  yield tail.join('');
}
