/**
 * Finds a list's header row: title rows, blank rows and merged title cells come first in real
 * lists, so the first 15 rows are scanned and the row naming the most known fields wins.
 * Headers typed with a legacy font (.VnTime, VNI) are decoded before they are matched, and the
 * list's text columns are judged once here, so rows are decoded without a check per cell.
 */
import type { CellValue, Grid } from '../grid';
import { type Field, IDENTITY_FIELDS, STATUS_FIELDS, type SideColumn, TEXT_FIELDS, matchHeader, matchSideHeader } from './aliases';
import { SEX_INVALID, parseSex } from './cells/sex';
import { UNRECOGNIZED, parseStatus } from './cells/status';
import { type LegacyEncoding, LEGACY_ENCODINGS, decodeLegacy, detectLegacy, mayBeLegacy } from '../text/legacy';
import { LEGACY_SAMPLE_SIZE, columnFollows, voteColumnEncoding } from '../text/legacy-column';

export const HEADER_SCAN_ROWS = 15;

/** Rows looked at, at most, to find a column's sample of non-empty cells. */
const LEGACY_SAMPLE_REACH = 20 * LEGACY_SAMPLE_SIZE;

export type SideColumns = Partial<Record<SideColumn, number>>;

export interface HeaderMatch {
  /** Zero-based row index in the Grid. */
  row: number;
  /** Zero-based column index per field found (the leftmost column wins when two name one field). */
  columns: Partial<Record<Field, number>>;
  /** How many distinct fields the header names. */
  fieldCount: number;
  /**
   * Zero-based column per side-list column the header names where it names no person field (a roster's
   * "Chức vụ", "Lực lượng"; a mismatch list's "Nội dung sai lệch"; a class): absent when none (table/list-kind.ts).
   */
  side?: SideColumns;
  /** Text columns typed in a legacy encoding, decoded as they are read; absent when there are none. */
  textEncodings?: Partial<Record<Field, LegacyEncoding>>;
  /**
   * Zero-based row where the list stops (exclusive): another list, its title or the signature block
   * follows on the same sheet. The end of the Grid when absent.
   */
  end?: number;
}

export type Detect = (text: string) => LegacyEncoding | null;

/** detectLegacy, remembering its answers for one sheet: the same words fill many cells. */
export function rememberingDetect(): Detect {
  const seen = new Map<string, LegacyEncoding | null>();
  return (text) => {
    let encoding = seen.get(text);
    if (encoding === undefined) {
      encoding = detectLegacy(text);
      seen.set(text, encoding);
    }
    return encoding;
  };
}

/** The side-list columns a row names in the cells that name no field, legacy text decoded; null when none. */
function sideColumnsOf(cells: readonly CellValue[], fields: readonly (Field | null)[], detect: Detect): SideColumns | null {
  let side: SideColumns | null = null;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (fields[c] !== null || typeof cell !== 'string' || cell.length === 0 || cell.length > 120) continue;
    const legacy = detect(cell);
    const column = matchSideHeader(legacy === null ? cell : decodeLegacy(cell, legacy));
    if (column !== null && side?.[column] === undefined) (side ??= {})[column] = c;
  }
  return side;
}

/** The field each cell of a row names (null where none), legacy text decoded. */
function matchCells(cells: readonly CellValue[], detect: Detect): (Field | null)[] {
  const fields: (Field | null)[] = new Array<Field | null>(cells.length).fill(null);
  const detected: (LegacyEncoding | null)[] = new Array<LegacyEncoding | null>(cells.length).fill(null);
  let encoding: LegacyEncoding | null = null;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (typeof cell !== 'string' || cell.length === 0 || cell.length > 120) continue;
    // Decoded first: legacy text can match the wrong field as it stands ("TÝch hîp BHYT" holds "BHYT").
    const legacy = detect(cell);
    detected[c] = legacy;
    if (legacy !== null) encoding ??= legacy;
    fields[c] = matchHeader(legacy === null ? cell : decodeLegacy(cell, legacy));
  }
  // A header typed with a legacy font is legacy in every cell, also where a cell passes for Unicode
  // ("Giíi tÝnh", "Ghi chó") or for another header as it stands ("Sè thÎ BHYT" next to "TÝch hîp BHYT").
  // Cells detected in a font of their own keep it (a header pasted together from a TCVN3 and a VNI file);
  // in a Unicode header, a lone legacy cell that names a header in one of the fonts is read in it.
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (typeof cell !== 'string' || cell.length > 120 || detected[c] !== null || !mayBeLegacy(cell)) continue;
    if (encoding === null && fields[c] !== null) continue;
    // The row's font first, then the other: a header pasted together from two files has both.
    for (const font of encoding === null ? LEGACY_ENCODINGS : [encoding, ...LEGACY_ENCODINGS.filter((e) => e !== encoding)]) {
      const field = matchHeader(decodeLegacy(cell, font));
      if (field !== null) {
        fields[c] = field;
        break;
      }
    }
  }
  return fields;
}

function columnsOf(fields: readonly (Field | null)[]): HeaderMatch['columns'] {
  const columns: HeaderMatch['columns'] = {};
  fields.forEach((field, c) => {
    if (field && columns[field] === undefined) columns[field] = c;
  });
  return columns;
}

/** The header row of a person list, or null when the sheet holds none (notes, a chart, a count form). */
export function detectHeader(grid: Grid): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  const detect = rememberingDetect();
  const last = Math.min(grid.values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    const found = headerLine(grid.values[r], r, detect);
    if (found && (!best || found.fieldCount > best.fieldCount)) best = found;
  }
  if (best) best = withSecondLine(grid, best, detect);
  if (best) withTextEncodings(grid, best, detect);
  return best;
}

/**
 * One row read as a header line: at least two known columns, one of them a name, CCCD or BHYT. A side list's
 * columns count towards the two ("Họ và tên | Chức vụ | Lực lượng": a task group's roster), not towards fieldCount.
 */
function headerLine(row: readonly CellValue[] | undefined, r: number, detect: Detect): HeaderMatch | null {
  if (!row) return null;
  const fields = matchCells(row, detect);
  const columns = columnsOf(fields);
  const fieldCount = Object.keys(columns).length;
  if (!IDENTITY_FIELDS.some((f) => columns[f] !== undefined)) return null;
  const side = sideColumnsOf(row, fields, detect);
  if (fieldCount + (side === null ? 0 : Object.keys(side).length) < 2) return null;
  return side === null ? { row: r, columns, fieldCount } : { row: r, columns, fieldCount, side };
}

/**
 * The header of a list that starts on row `r` further down a sheet (lists stacked one under another),
 * with its second line when it has one; legacy text columns are judged later, once its end is known.
 */
export function headerAt(grid: Grid, r: number, detect: Detect): HeaderMatch | null {
  const line = headerLine(grid.values[r], r, detect);
  return line && withSecondLine(grid, line, detect);
}

/** Judges the header's legacy text columns from the cells under it (up to its end), in place. */
export function withTextEncodings(grid: Grid, header: HeaderMatch, detect: Detect): HeaderMatch {
  const textEncodings = detectTextEncodings(grid, header, detect);
  if (textEncodings) header.textEncodings = textEncodings;
  else delete header.textEncodings;
  return header;
}

/** True when a top-line cell is a group label merged over several columns as ExcelJS hands it over: the text repeated (Office.js leaves the rest blank). */
function isRepeatedCell(top: readonly CellValue[], c: number): boolean {
  const cell = top[c];
  return typeof cell === 'string' && cell.trim() !== '' && (top[c - 1] === cell || top[c + 1] === cell);
}

/**
 * A header split over two lines: "Tình trạng" (or "Tài khoản định danh mức 2") merged over "Định danh
 * mức 2 | Kích hoạt | Tích hợp" on the line below. The lower line's fields fill the columns the top line
 * left unnamed or named only with a group, and the list starts under the lower line.
 */
function withSecondLine(grid: Grid, top: HeaderMatch, detect: Detect): HeaderMatch {
  const topCells = grid.values[top.row] ?? [];
  if (top.row + 1 >= grid.values.length) return top;
  const below = grid.values[top.row + 1];
  const topFields = matchCells(topCells, detect);
  const lowerFields = matchCells(below, detect);
  // A person under the header holds a name or a number where the top line names one: no second line.
  for (const f of IDENTITY_FIELDS) {
    const c = top.columns[f];
    const cell = c === undefined ? undefined : below[c];
    if (c !== undefined && cell !== null && cell !== undefined && cell !== '' && lowerFields[c] !== f) return top;
  }
  const lowerNamed = new Set(lowerFields.filter((f) => f !== null));
  const fields = [...topFields];
  let added = 0;
  for (let c = 0; c < lowerFields.length; c++) {
    const field = lowerFields[c];
    if (field === null) continue;
    const topField = topFields[c] ?? null;
    if (topField === field) continue;
    if (topField === null || lowerNamed.has(topField) || isRepeatedCell(topCells, c)) {
      fields[c] = field;
      added++;
    }
  }
  if (added === 0) return top;
  const columns = columnsOf(fields);
  // Side columns of either line that the merged line does not name as a person field.
  const sideEntries = Object.entries({ ...sideColumnsOf(below, lowerFields, detect), ...top.side }).filter(([, c]) => fields[c] === null);
  const merged = { row: top.row + 1, columns, fieldCount: Object.keys(columns).length };
  return sideEntries.length === 0 ? merged : { ...merged, side: Object.fromEntries(sideEntries) };
}

/**
 * Which text columns are legacy: those where most sampled cells are, then the others of the sheet
 * when all their cells read well in the sheet's encoding (a status column of "Cã" beside a TCVN3
 * name column). A legacy header alone decides nothing: old templates get filled in Unicode.
 */
function detectTextEncodings(grid: Grid, header: HeaderMatch, detect: Detect): HeaderMatch['textEncodings'] {
  const samples: [Field, string[]][] = [];
  for (const field of TEXT_FIELDS) {
    const col = header.columns[field];
    if (col !== undefined) samples.push([field, sampleColumn(grid, header.row, header.end ?? grid.values.length, col)]);
  }
  const found: Partial<Record<Field, LegacyEncoding>> = {};
  let sheetEncoding: LegacyEncoding | null = null;
  for (const [field, sample] of samples) {
    const encoding = voteColumnEncoding(sample, detect);
    if (encoding === null) continue;
    found[field] = encoding;
    sheetEncoding ??= encoding;
  }
  if (sheetEncoding === null) return undefined;
  for (const [field, sample] of samples) {
    // A column of Unicode words ("Có", "Không", "Nữ") stays as it is, though they decode to words too ("Cú", "Khụng").
    if (found[field] !== undefined || readsAsItIs(field, sample, null)) continue;
    // The sheet's font first; a status column must read as status words in the font it follows ("Roài" is VNI).
    for (const font of [sheetEncoding, ...LEGACY_ENCODINGS.filter((e) => e !== sheetEncoding)]) {
      if (columnFollows(sample, font) && (!isWordField(field) || readsAsItIs(field, sample, font))) {
        found[field] = font;
        break;
      }
    }
  }
  return Object.keys(found).length > 0 ? found : undefined;
}

const isWordField = (field: Field) => field === 'sex' || (STATUS_FIELDS as readonly Field[]).includes(field);

/** True when every sampled cell with a non-ASCII letter is a status or sex word as it stands (`font` null) or decoded in `font`. */
function readsAsItIs(field: Field, sample: readonly string[], font: LegacyEncoding | null): boolean {
  if (!isWordField(field)) return false;
  // eslint-disable-next-line no-control-regex -- the class is every non-ASCII character, so it must start at NUL
  const nonAscii = sample.filter((t) => /[^\x00-\x7f]/.test(t));
  const read = (t: string) => (font === null ? t : decodeLegacy(t, font));
  return nonAscii.length > 0 && nonAscii.every((t) => (field === 'sex' ? parseSex(read(t)) !== SEX_INVALID : parseStatus(read(t), field === 'resident', false) !== UNRECOGNIZED));
}

/** The first LEGACY_SAMPLE_SIZE non-empty cells under the header that hold text. */
function sampleColumn(grid: Grid, headerRow: number, listEnd: number, col: number): string[] {
  const texts: string[] = [];
  let nonEmpty = 0;
  const end = Math.min(listEnd, headerRow + 1 + LEGACY_SAMPLE_REACH);
  for (let r = headerRow + 1; r < end && nonEmpty < LEGACY_SAMPLE_SIZE; r++) {
    const cell = grid.values[r]?.[col];
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a row shorter than the header reads undefined past its end
    if (cell === null || cell === undefined || cell === '') continue;
    nonEmpty++;
    if (typeof cell === 'string' && cell.trim() !== '') texts.push(cell);
  }
  return texts;
}
