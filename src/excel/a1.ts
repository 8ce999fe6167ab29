/** A1 addresses: what Office.js returns ("'Thôn 1'!B3:F20") and what the writer sends ("B3:F20", "5:9", "B:D"). */
import { columnLetter } from '../core/grid';
import type { Range } from '../core/sheetspec';

/** Zero-based column of letters "A" … "XFD". */
function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
}

/**
 * Zero-based top-left of an address such as "'Thôn 1'!$B$3:$F$20" or "Sheet1!A1", or of whole rows
 * ("'Thôn 1'!1:200", column A) or whole columns ("A:Z", row 1), as Excel writes a range that spans
 * every column or every row (a used range reaching XFD, or row 1,048,576).
 */
export function topLeftOf(address: string): { row: number; col: number } {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const m = /^\$?([A-Z]*)\$?(\d*)(?::|$)/.exec(local);
  if (!m || (m[1] === '' && m[2] === '')) throw new Error(`Unexpected range address "${address}"`);
  return { row: m[2] === '' ? 0 : Number(m[2]) - 1, col: m[1] === '' ? 0 : columnIndex(m[1]) };
}

/** "B3:F20", or "B3" for one cell. */
export function rectAddress(r: Range): string {
  const tl = `${columnLetter(r.left)}${r.top + 1}`;
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${columnLetter(r.right)}${r.bottom + 1}`;
}

/** Whole rows "5:9" (zero-based, inclusive). */
export function rowsAddress(from: number, to: number): string {
  return `${from + 1}:${to + 1}`;
}

/** Whole columns "B:D" (zero-based, inclusive). */
export function columnsAddress(from: number, to: number): string {
  return `${columnLetter(from)}:${columnLetter(to)}`;
}
