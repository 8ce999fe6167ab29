/**
 * One SheetSpec → the Office.js commands that draw it on an empty worksheet, each with an estimate of
 * the bytes it adds to a request, so write-report.ts can pack them into a few syncs. Nothing here syncs.
 *
 * Text is written as text: every cell holding a string gets the number format "@" in the same command
 * that writes the values, just before them. Excel then stores the string as typed: "=HYPERLINK(…)" or
 * "+84…" stays text instead of becoming a formula, and neither "001080000001" nor "01/02/1990" is turned
 * into a number or a date. (An apostrophe prefix would cover formulas only, and would eat a name that
 * really starts with an apostrophe.) The visible result is the ExcelJS writer's: strings are shown as written.
 */
import type { CellStyle, CellSpec, ChartSpec, DataBar, Range, SheetSpec } from '../core/sheetspec';
import { columnsAddress, rectAddress, rowsAddress } from './a1';
import type { WriteFeatures } from './features';
import { jsonBytes, utf8Length } from './payload';
import { chartCommandCount, queueChart } from './write-chart';

/** Estimated request bytes of one command besides its data (object path, property name, ids). */
const COMMAND_BYTES = 200;
/** Addresses per getRanges() call; the address string stays short. */
const MAX_AREAS_CHARS = 2000;
const MM_TO_POINTS = 72 / 25.4;
/** Maximum digit width in pixels of the default font (Calibri 11), which Excel's column width unit counts. */
const DIGIT_PX = 7;

export interface SheetCommand {
  bytes: number;
  queue(ws: Excel.Worksheet): void;
}

type CellValueOut = string | number | boolean | null;

/** Excel column width in characters (what ExcelJS writes) → points (what Office.js sets). */
export function widthToPoints(chars: number): number {
  const px = Math.trunc(((256 * chars + Math.trunc(128 / DIGIT_PX)) / 256) * DIGIT_PX);
  return px * 0.75;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function hex(color: string): string {
  return `#${color.toUpperCase()}`;
}

export function planSheet(spec: SheetSpec, features: WriteFeatures, budget: number): SheetCommand[] {
  const width = spec.rows.reduce((w, r) => Math.max(w, r.length), 1);
  const height = spec.rows.length;
  return [
    ...valueCommands(spec, width, budget),
    ...(height > 0 ? [baseFontCommand(spec, height, width)] : []),
    ...styleCommands(spec, features),
    ...mergeCommands(spec.merges),
    ...columnWidthCommands(spec.columnWidths),
    ...rowHeightCommands(spec.rowHeights ?? {}, features),
    ...viewCommands(spec, features),
    ...(features.printLayout ? [pageLayoutCommand(spec), ...pageBreakCommands(spec.print.rowBreaks ?? [])] : []),
    ...(spec.chart ? [chartCommand(spec.chart)] : []),
  ];
}

// ---------------------------------------------------------------- values and number formats

function numberFormatOf(cell: CellSpec | null, styles: SheetSpec['styles']): string {
  if (cell && typeof cell.v === 'string') return '@';
  const style: CellStyle | undefined = cell?.s ? styles[cell.s] : undefined;
  return style?.numFmt || 'General';
}

/** Rows in slices under the budget; each slice is one range: number formats first, then values. */
function valueCommands(spec: SheetSpec, width: number, budget: number): SheetCommand[] {
  const commands: SheetCommand[] = [];
  let values: CellValueOut[][] = [];
  let formats: string[][] = [];
  let top = 0;
  let bytes = COMMAND_BYTES;
  const flush = () => {
    if (values.length === 0) return;
    const [v, f, t] = [values, formats, top];
    commands.push({
      bytes,
      queue: (ws) => {
        const range = ws.getRangeByIndexes(t, 0, v.length, width);
        range.numberFormat = f;
        range.values = v;
      },
    });
    top += values.length;
    values = [];
    formats = [];
    bytes = COMMAND_BYTES;
  };
  for (const cells of spec.rows) {
    const v = new Array<CellValueOut>(width).fill(null);
    const f = new Array<string>(width);
    for (let c = 0; c < width; c++) {
      const cell = cells[c] ?? null;
      v[c] = cell ? cell.v : null;
      f[c] = numberFormatOf(cell, spec.styles);
    }
    const rowBytes = jsonBytes(v) + jsonBytes(f) + 2;
    if (values.length > 0 && bytes + rowBytes > budget) flush();
    values.push(v);
    formats.push(f);
    bytes += rowBytes;
  }
  flush();
  return commands;
}

function baseFontCommand(spec: SheetSpec, height: number, width: number): SheetCommand {
  return {
    bytes: COMMAND_BYTES * 2,
    queue: (ws) => {
      const font = ws.getRangeByIndexes(0, 0, height, width).format.font;
      font.name = spec.baseFont.name;
      font.size = spec.baseFont.size;
    },
  };
}

// ---------------------------------------------------------------- cell styles, grouped

/** Rectangles of cells sharing a style key: runs within a row, stacked while the next row repeats them. */
function styleAreas(spec: SheetSpec): Map<string, Range[]> {
  const areas = new Map<string, Range[]>();
  const close = ({ key, rect }: { key: string; rect: Range }) => pushTo(areas, key, rect);
  let open = new Map<string, { key: string; rect: Range }>(); // "left:right:key" → rectangle reaching the previous row
  spec.rows.forEach((cells, r) => {
    const next = new Map<string, { key: string; rect: Range }>();
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (!cell) continue;
      const key = cell.s ?? '';
      let end = c;
      while (end + 1 < cells.length && cells[end + 1] && (cells[end + 1]?.s ?? '') === key) end++;
      const id = `${c}:${end}:${key}`;
      const above = open.get(id);
      if (above) {
        above.rect.bottom = r;
        open.delete(id);
      }
      next.set(id, above ?? { key, rect: { top: r, left: c, bottom: r, right: end } });
      c = end;
    }
    open.forEach(close);
    open = next;
  });
  open.forEach(close);
  return areas;
}

/** The property assignments a style needs on cells that already carry the base font; defaults are left alone. */
function styleSetters(style: CellStyle, base: SheetSpec['baseFont']): ((f: Excel.RangeFormat, shape: Range) => void)[] {
  const set: ((f: Excel.RangeFormat, shape: Range) => void)[] = [];
  if (style.size !== undefined && style.size !== base.size) set.push((f) => (f.font.size = style.size as number));
  if (style.bold) set.push((f) => (f.font.bold = true));
  if (style.italic) set.push((f) => (f.font.italic = true));
  if (style.underline) set.push((f) => (f.font.underline = 'Single'));
  if (style.color && style.color !== '000000') set.push((f) => (f.font.color = hex(style.color as string)));
  if (style.fill) set.push((f) => (f.fill.color = hex(style.fill as string)));
  if (style.h) set.push((f) => (f.horizontalAlignment = style.h === 'left' ? 'Left' : style.h === 'center' ? 'Center' : 'Right'));
  if (style.v) set.push((f) => (f.verticalAlignment = style.v === 'top' ? 'Top' : style.v === 'middle' ? 'Center' : 'Bottom'));
  if (style.wrap) set.push((f) => (f.wrapText = true));
  // A thin continuous line is Excel's default weight and colour once a style is set.
  if (style.border) {
    set.push((f, shape) => {
      for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const) f.borders.getItem(edge).style = 'Continuous';
      // Inside lines only where the area has them (one row has no inside horizontal line).
      if (shape.bottom > shape.top) f.borders.getItem('InsideHorizontal').style = 'Continuous';
      if (shape.right > shape.left) f.borders.getItem('InsideVertical').style = 'Continuous';
    });
  } else if (style.borderBottom) {
    set.push((f, shape) => {
      f.borders.getItem('EdgeBottom').style = 'Continuous';
      if (shape.bottom > shape.top) f.borders.getItem('InsideHorizontal').style = 'Continuous';
    });
  }
  return set;
}

/**
 * One command per style and group of areas. With ExcelApi 1.9 a group is every rectangle of the style
 * (in address strings of bounded length, through getRanges); below, each rectangle is its own range.
 */
function styleCommands(spec: SheetSpec, features: WriteFeatures): SheetCommand[] {
  const commands: SheetCommand[] = [];
  for (const [key, rects] of styleAreas(spec)) {
    const style = key === '' ? undefined : spec.styles[key];
    if (!style) continue;
    const setters = styleSetters(style, spec.baseFont);
    if (setters.length === 0) continue;
    const perTarget = setters.length * COMMAND_BYTES * 2;
    if (features.rangeAreas) {
      // Areas of one shape share a call, so inside borders are set exactly where an area has inside lines.
      const shapes = new Map<string, Range[]>();
      for (const r of rects) {
        const shape = `${r.bottom > r.top}:${r.right > r.left}`;
        pushTo(shapes, shape, r);
      }
      for (const group of [...shapes.values()].flatMap(addressGroups)) {
        const shape = group.rects[0];
        commands.push({
          bytes: perTarget + utf8Length(group.address),
          queue: (ws) => {
            const format = ws.getRanges(group.address).format;
            for (const set of setters) set(format, shape);
          },
        });
      }
    } else {
      for (const rect of rects) {
        const address = rectAddress(rect);
        commands.push({
          bytes: perTarget + address.length,
          queue: (ws) => {
            const format = ws.getRange(address).format;
            for (const set of setters) set(format, rect);
          },
        });
      }
    }
  }
  return commands;
}

function addressGroups(rects: readonly Range[]): { address: string; rects: Range[] }[] {
  const groups: { address: string; rects: Range[] }[] = [];
  let parts: string[] = [];
  let members: Range[] = [];
  let length = 0;
  for (const rect of rects) {
    const a = rectAddress(rect);
    if (parts.length > 0 && length + a.length + 1 > MAX_AREAS_CHARS) {
      groups.push({ address: parts.join(','), rects: members });
      parts = [];
      members = [];
      length = 0;
    }
    parts.push(a);
    members.push(rect);
    length += a.length + 1;
  }
  if (parts.length > 0) groups.push({ address: parts.join(','), rects: members });
  return groups;
}

// ---------------------------------------------------------------- merges, sizes, views

function mergeCommands(merges: readonly Range[]): SheetCommand[] {
  const perCommand = 500;
  const commands: SheetCommand[] = [];
  for (let i = 0; i < merges.length; i += perCommand) {
    const addresses = merges.slice(i, i + perCommand).map(rectAddress);
    commands.push({
      bytes: addresses.length * COMMAND_BYTES,
      queue: (ws) => {
        for (const a of addresses) ws.getRange(a).merge(false);
      },
    });
  }
  return commands;
}

/** Consecutive columns of one width share a command. */
function columnWidthCommands(widths: readonly number[]): SheetCommand[] {
  const runs: { from: number; to: number; points: number }[] = [];
  widths.forEach((w, c) => {
    const points = widthToPoints(w);
    const last = runs.at(-1);
    if (last && last.to === c - 1 && last.points === points) last.to = c;
    else runs.push({ from: c, to: c, points });
  });
  if (runs.length === 0) return [];
  return [
    {
      bytes: runs.length * COMMAND_BYTES,
      queue: (ws) => {
        for (const run of runs) ws.getRange(columnsAddress(run.from, run.to)).format.columnWidth = run.points;
      },
    },
  ];
}

/** Rows grouped by height: whole-row areas with ExcelApi 1.9, runs of consecutive rows below. */
function rowHeightCommands(heights: Record<number, number>, features: WriteFeatures): SheetCommand[] {
  const byHeight = new Map<number, number[]>();
  for (const [row, points] of Object.entries(heights)) {
    const list = byHeight.get(points) ?? [];
    list.push(Number(row));
    byHeight.set(points, list);
  }
  const commands: SheetCommand[] = [];
  for (const [points, rows] of byHeight) {
    rows.sort((a, b) => a - b);
    const runs: Range[] = [];
    for (const r of rows) {
      const last = runs.at(-1);
      if (last && last.bottom === r - 1) last.bottom = r;
      else runs.push({ top: r, bottom: r, left: 0, right: 0 });
    }
    if (features.rangeAreas) {
      for (const group of addressGroups(runs)) {
        const address = group.rects.map((r) => rowsAddress(r.top, r.bottom)).join(',');
        commands.push({
          bytes: COMMAND_BYTES + address.length,
          queue: (ws) => {
            ws.getRanges(address).format.rowHeight = points;
          },
        });
      }
    } else {
      commands.push({
        bytes: runs.length * COMMAND_BYTES,
        queue: (ws) => {
          for (const run of runs) ws.getRange(rowsAddress(run.top, run.bottom)).format.rowHeight = points;
        },
      });
    }
  }
  return commands;
}

function viewCommands(spec: SheetSpec, features: WriteFeatures): SheetCommand[] {
  const commands: SheetCommand[] = [];
  const freeze = spec.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    commands.push({
      bytes: COMMAND_BYTES,
      queue: (ws) => {
        if (freeze.columns === 0) ws.freezePanes.freezeRows(freeze.rows);
        else if (freeze.rows === 0) ws.freezePanes.freezeColumns(freeze.columns);
        else ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, freeze.rows, freeze.columns));
      },
    });
  }
  const filter = spec.autoFilter;
  if (filter && features.autoFilter) {
    commands.push({ bytes: COMMAND_BYTES, queue: (ws) => ws.autoFilter.apply(ws.getRange(rectAddress(filter))) });
  }
  for (const bar of spec.conditionalFormats ?? []) commands.push(dataBarCommand(bar));
  if (features.dataValidation) {
    for (const v of spec.validations ?? []) {
      const source = v.list.join(',');
      commands.push({
        bytes: COMMAND_BYTES + source.length,
        queue: (ws) => {
          ws.getRange(rectAddress(v.range)).dataValidation.rule = { list: { inCellDropDown: true, source } };
        },
      });
    }
  }
  const table = spec.table;
  if (table) {
    // A Range, not an address string: a bare address would be taken on the active sheet.
    commands.push({ bytes: COMMAND_BYTES, queue: (ws) => void ws.tables.add(ws.getRange(rectAddress(table)), true) });
  }
  const tab = spec.tabColor;
  if (tab) {
    commands.push({
      bytes: COMMAND_BYTES,
      queue: (ws) => {
        ws.tabColor = hex(tab);
      },
    });
  }
  return commands;
}

function dataBarCommand(bar: DataBar): SheetCommand {
  return {
    bytes: COMMAND_BYTES * 5,
    queue: (ws) => {
      const format = ws.getRange(rectAddress(bar.range)).conditionalFormats.add('DataBar');
      const dataBar = format.dataBar;
      dataBar.lowerBoundRule = { type: 'Number', formula: String(bar.min) };
      dataBar.upperBoundRule = { type: 'Number', formula: String(bar.max) };
      dataBar.positiveFormat.fillColor = hex(bar.color);
      dataBar.positiveFormat.gradientFill = false;
    },
  };
}

// ---------------------------------------------------------------- print layout (ExcelApi 1.9)

function pageLayoutCommand(spec: SheetSpec): SheetCommand {
  const p = spec.print;
  return {
    bytes: COMMAND_BYTES * 10,
    queue: (ws) => {
      const layout = ws.pageLayout;
      layout.paperSize = 'A4';
      layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      const m = p.margins;
      layout.setPrintMargins('Points', {
        top: m.top * MM_TO_POINTS,
        bottom: m.bottom * MM_TO_POINTS,
        left: m.left * MM_TO_POINTS,
        right: m.right * MM_TO_POINTS,
        header: m.header * MM_TO_POINTS,
        footer: m.footer * MM_TO_POINTS,
      });
      layout.centerHorizontally = p.centerHorizontally ?? false;
      if (p.repeatRows) layout.setPrintTitleRows(`$${p.repeatRows.from + 1}:$${p.repeatRows.to + 1}`);
      if (p.pageNumbersFromPage2) {
        // Decree 30/2020: the page number centred in the top margin, none on the first page.
        const hf = layout.headersFooters;
        hf.state = 'FirstAndDefault';
        hf.firstPage.centerHeader = '';
        hf.defaultForAllPages.centerHeader = `&"${spec.baseFont.name}"&${spec.baseFont.size}&P`;
      }
    },
  };
}

/** Manual page breaks, a few hundred a command (a commune's work lists break before every village and page). */
function pageBreakCommands(rows: readonly number[]): SheetCommand[] {
  const perCommand = 500;
  const commands: SheetCommand[] = [];
  for (let i = 0; i < rows.length; i += perCommand) {
    const addresses = rows.slice(i, i + perCommand).map((r) => `A${r + 1}`);
    commands.push({
      bytes: addresses.length * COMMAND_BYTES,
      queue: (ws) => {
        for (const a of addresses) ws.horizontalPageBreaks.add(a);
      },
    });
  }
  return commands;
}

function chartCommand(chart: ChartSpec): SheetCommand {
  return { bytes: COMMAND_BYTES * chartCommandCount(chart), queue: (ws) => queueChart(ws, chart) };
}
