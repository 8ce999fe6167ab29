/**
 * Page breaks for a signed report and its appendix (issue 13 §5): no table starts at the foot of a page without
 * its rows, no heading is left alone at the bottom, no table runs onto the next page without its header. Counted on
 * the row heights the layout set (SheetBuilder.fitRowHeights with `every`) and the scale the printer takes to fit
 * the sheet one page wide; a table longer than a page is broken between body rows and its header rows are written
 * again on the next page (the sheet then holds them twice: these sheets are read by people, never read back).
 */
import type { PrintSetup, Range, SheetSpec } from '../../sheetspec';
import type { PageBlock, SheetBuilder } from './builder';
import { POINTS_PER_WIDTH_UNIT } from './measure';

const POINTS_PER_MM = 72 / 25.4;
const A4 = { width: 210, height: 297 };
/** The most of a page left blank to keep a table whole on the next one. */
const MOST_LEFT_BLANK = 1 / 3;
/** Rows of a broken table's body that go to the next page together, at the least. */
const MIN_LAST_ROWS = 2;
/** Room kept on each page for the printer's rounding of row heights and of its scale. */
const SAFETY = 0.98;

/** The points of rows one printed page holds, and the scale the print takes (1 when the sheet is narrow enough). */
export function pageGeometry(spec: SheetSpec): { rowsPerPage: number; scale: number } {
  const { print } = spec;
  const portrait = print.orientation === 'portrait';
  const [paperWidth, paperHeight] = portrait ? [A4.width, A4.height] : [A4.height, A4.width];
  const width = (paperWidth - print.margins.left - print.margins.right) * POINTS_PER_MM;
  const height = (paperHeight - print.margins.top - print.margins.bottom) * POINTS_PER_MM;
  const sheetWidth = spec.columnWidths.reduce((s, w) => s + w, 0) * POINTS_PER_WIDTH_UNIT;
  const scale = print.fitToWidth && sheetWidth > width ? width / sheetWidth : 1;
  return { rowsPerPage: (height / scale) * SAFETY, scale };
}

/** One group of rows as placed: its first and last row and, for a table, what may be broken and repeated. */
type Group = PageBlock;

/** Every row in a group, in order: the declared blocks, a heading joined to the group after it, each other row alone. */
function groupsOf(rowCount: number, blocks: readonly PageBlock[], withNext: ReadonlySet<number>): Group[] {
  const starting = new Map(blocks.map((b) => [b.from, b]));
  const groups: Group[] = [];
  let joined: number | null = null;
  for (let r = 0; r < rowCount; ) {
    const block = starting.get(r);
    const group: Group = block ? { ...block } : { from: r, to: r, headTo: r };
    r = group.to + 1;
    if (joined !== null) {
      group.from = joined;
      joined = null;
    }
    if (withNext.has(group.to) && r < rowCount) {
      joined = group.from;
      continue;
    }
    groups.push(group);
  }
  return groups;
}

/** Rows a merge runs across from the row above: no break may go there. */
function mergedAcross(merges: readonly Range[]): Set<number> {
  const rows = new Set<number>();
  for (const m of merges) for (let r = m.top + 1; r <= m.bottom; r++) rows.add(r);
  return rows;
}

interface Placement {
  /** Old row index of each row of the new sheet; a repeated header row appears again. */
  order: number[];
  /** New row indexes that start a page. */
  breaks: number[];
}

/** Where each group goes: whole on this page, whole on the next, or broken with its header repeated. */
function place(spec: SheetSpec, groups: readonly Group[], rowsPerPage: number): Placement {
  const heightOf = (r: number) => spec.rowHeights?.[r] ?? spec.baseFont.size * 1.3;
  const sum = (from: number, to: number) => {
    let h = 0;
    for (let r = from; r <= to; r++) h += heightOf(r);
    return h;
  };
  const blocked = mergedAcross(spec.merges);
  const out: Placement = { order: [], breaks: [] };
  let used = 0;
  const pageBreak = () => {
    if (out.order.length > 0) out.breaks.push(out.order.length);
    used = 0;
  };
  for (const g of groups) {
    const whole = sum(g.from, g.to);
    // A table that fits a page goes whole to the next one when that leaves less than a third of this one blank;
    // else it starts here, when its head and first rows fit, and goes on under its header repeated.
    const left = rowsPerPage - used;
    const movesWhole = !g.repeat || (whole <= rowsPerPage && left <= rowsPerPage * MOST_LEFT_BLANK) || sum(g.from, g.headTo) > left;
    if (used > 0 && used + whole > rowsPerPage && movesWhole) pageBreak();
    // Its last rows are never left alone on a page: the break goes before them at the latest.
    const lastBreak = (g.bodyTo ?? g.to) - MIN_LAST_ROWS + 1;
    for (let r = g.from; r <= g.to; r++) {
      const rest = r === lastBreak ? sum(r, g.to) : heightOf(r);
      if (g.repeat && r > g.headTo && r <= lastBreak && used + rest > rowsPerPage && !blocked.has(r)) {
        pageBreak();
        for (let k = g.repeat.from; k <= g.repeat.to; k++) out.order.push(k);
        used = sum(g.repeat.from, g.repeat.to);
      }
      out.order.push(r);
      used += heightOf(r);
      // A block taller than a page is broken by the printer itself: count what it leaves on its last page.
      if (used > rowsPerPage) used %= rowsPerPage;
    }
  }
  return out;
}

/** The sheet with its rows in their new order: heights, merges and the other ranges follow their rows. */
function rebuild(spec: SheetSpec, { order, breaks }: Placement): SheetSpec {
  const firstAt = new Map<number, number>();
  order.forEach((old, i) => {
    if (!firstAt.has(old)) firstAt.set(old, i);
  });
  const moved = order.some((old, i) => old !== i);
  const rowBreaks = breaks.length > 0 ? breaks : undefined;
  const print: PrintSetup = rowBreaks ? { ...spec.print, rowBreaks } : spec.print;
  if (!moved) return { ...spec, print };
  const rowHeights: Record<number, number> = {};
  order.forEach((old, i) => {
    const h = spec.rowHeights?.[old];
    if (h !== undefined) rowHeights[i] = h;
  });
  // A merge goes wherever its top row is written, again for a repeated header.
  const byTop = new Map<number, Range[]>();
  for (const m of spec.merges) byTop.set(m.top, [...(byTop.get(m.top) ?? []), m]);
  const merges: Range[] = [];
  order.forEach((old, i) => {
    for (const m of byTop.get(old) ?? []) merges.push({ ...m, top: i, bottom: i + m.bottom - m.top });
  });
  const move = (r: Range): Range => ({ ...r, top: firstAt.get(r.top) ?? r.top, bottom: firstAt.get(r.bottom) ?? r.bottom });
  return {
    ...spec,
    rows: order.map((old) => spec.rows[old] ?? []),
    rowHeights,
    merges,
    ...(spec.conditionalFormats ? { conditionalFormats: spec.conditionalFormats.map((f) => ({ ...f, range: move(f.range) })) } : {}),
    ...(spec.validations ? { validations: spec.validations.map((v) => ({ ...v, range: move(v.range) })) } : {}),
    print,
  };
}

/**
 * The builder's sheet with every row's height set and page breaks placed: call last, once the layout is done.
 * Rows are only repeated (a table's header after a break), never dropped or reordered.
 */
export function paginate(b: SheetBuilder): SheetSpec {
  // A data bar prints behind its figure and hides it (issue 13 §5): a printed report carries none. The chart
  // sheet draws the villages' rates as bars, and the shaded names and "Chưa đạt" say who lags.
  delete b.spec.conditionalFormats;
  b.fitRowHeights({ every: true });
  const { blocks, withNext } = b.pageBlocks;
  const { rowsPerPage } = pageGeometry(b.spec);
  const groups = groupsOf(b.spec.rows.length, blocks, withNext);
  return rebuild(b.spec, place(b.spec, groups, rowsPerPage));
}
