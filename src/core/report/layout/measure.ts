/**
 * How wide text prints and how tall a row must be for it, so the layout can size rows and place page breaks
 * before a writer and a printer see the sheet (issue 13 §5). Measured on LibreOffice's PDF of our own report
 * (Times New Roman, for which LibreOffice draws the metric-compatible Liberation Serif): a column of width w is
 * 6·w points (the workbook's Normal font, Times New Roman 12, has digits of 8 px), as in Excel; each character is
 * as wide as the Times advance widths below (1/1000 em), a letter with a Vietnamese mark as wide as its letter,
 * ơ and ư a little wider for the horn.
 */
import type { CellStyle } from '../../sheetspec';

/** Points per unit of Excel column width, in Excel and LibreOffice alike (Normal font Times New Roman 12). */
export const POINTS_PER_WIDTH_UNIT = 6;
/** Space a cell keeps between its borders and its text, both sides together, in points. */
const CELL_PADDING = 3;
/**
 * The share of a cell's width the layout counts on: Excel draws text at whole pixels and may take a little more
 * than the font's widths say, so a line is broken a little early rather than cut.
 */
const WIDTH_SAFETY = 0.98;
/**
 * How far apart the lines of wrapped text are, in points: Times New Roman's ascent and descent (0.891 and 0.216 em),
 * each in whole pixels at 96 dpi as Windows draws them, and the font's line gap of a pixel (Excel); LibreOffice
 * sets them 1.107 em apart, a little closer. 13 points: 15 points a line; 11 points: 12.75.
 */
export function lineHeight(size: number): number {
  const px = (size * 96) / 72;
  return ((Math.round(px * 0.891) + Math.round(px * 0.216) + 1) * 72) / 96;
}

const ASCII_FROM = 32;
/* Advance widths of the characters 32–126, Times Roman then Times Bold (italic is counted as roman). */
const REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333,
  389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278,
  500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389,
  500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333,
  556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
];
/** Letters and signs past ASCII the report writes: [roman, bold]. */
const OTHER: Record<string, readonly [number, number]> = {
  đ: [500, 556],
  Đ: [722, 722],
  ơ: [530, 551],
  ư: [541, 599],
  Ơ: [760, 800],
  Ư: [760, 780],
  '–': [500, 500],
  '—': [1000, 1000],
  '…': [1000, 1000],
  '≥': [549, 549],
  '≤': [549, 549],
  '“': [444, 500],
  '”': [444, 500],
  '‘': [333, 333],
  '’': [333, 333],
  '→': [1000, 1000],
  '×': [564, 570],
  '\u00a0': [250, 250],
};
/** Vietnamese marks but the horn (U+031B), which makes ơ and ư letters of their own. */
const COMBINING = /[\u0300-\u031a\u031c-\u036f]/g;

/** Characters past ASCII met so far, by weight: a working list of 40,000 rows decomposes each letter once. */
const seen = [new Map<string, number>(), new Map<string, number>()];

/** One character's advance in 1/1000 em: by its letter for a Vietnamese letter with marks, 500 for anything unknown. */
function advance(ch: string, bold: boolean): number {
  const code = ch.charCodeAt(0);
  if (code >= ASCII_FROM && code < ASCII_FROM + REGULAR.length) return (bold ? BOLD : REGULAR)[code - ASCII_FROM];
  const cache = seen[bold ? 1 : 0];
  let units = cache.get(ch);
  if (units === undefined) {
    const other = OTHER[ch] as (typeof OTHER)[string] | undefined;
    // "ế" is "e" + marks, "ờ" is "ơ" + a mark: the letter without its marks.
    const base = ch.normalize('NFD').replace(COMBINING, '').normalize('NFC');
    units = other ? other[bold ? 1 : 0] : base !== '' && base !== ch ? advance(base, bold) : 500;
    cache.set(ch, units);
  }
  return units;
}

/** The printed width of a text without line breaks, in points (the report's text is NFC, as every text the engine writes). */
export function textWidth(text: string, size: number, bold = false): number {
  const ascii = bold ? BOLD : REGULAR;
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) - ASCII_FROM;
    units += code >= 0 && code < ascii.length ? ascii[code] : advance(text[i], bold);
  }
  return (units * size) / 1000;
}

/** The width text may take in a cell (or a merge) of `widthUnits` Excel width units, in points. */
export function cellTextWidth(widthUnits: number): number {
  return (widthUnits * POINTS_PER_WIDTH_UNIT - CELL_PADDING) * WIDTH_SAFETY;
}

/** How many lines a text takes when wrapped, word by word, in `width` points (each "\n" starts a line). */
export function wrappedLines(text: string, width: number, size: number, bold = false): number {
  const space = textWidth(' ', size, bold);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      const w = textWidth(word, size, bold);
      if (used > 0 && used + space + w <= width) {
        used += space + w;
        continue;
      }
      if (used > 0) lines++;
      // A word longer than the line is broken where it reaches the edge.
      const extra = w > width ? Math.ceil(w / width) - 1 : 0;
      lines += extra;
      used = w - extra * width;
    }
  }
  return lines;
}

/** The font size and weight a style prints in, on a sheet whose base font is `baseSize` points. */
export function fontOf(style: CellStyle | undefined, baseSize: number): { size: number; bold: boolean } {
  return { size: style?.size ?? baseSize, bold: style?.bold === true };
}
