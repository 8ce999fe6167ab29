/**
 * Lists stacked on one sheet. Communes paste one list under another: "DANH SÁCH … THÔN 1", its header
 * and people, then "DANH SÁCH … THÔN 2" with its own header; a printout pasted back repeats the column
 * headers on every page; a list grouped by village puts a row "I. Thôn Nà Lạn" before each group; and
 * the signature block ("Người lập biểu", "Trưởng thôn") follows the last person.
 *
 * One pass over the rows below the first header cuts the sheet into blocks, each read by its own
 * header (a copy of the one above for a village group or a repeated header). A row holding a number
 * in an ID or birth-date column is a person and is decided at once, so a clean list costs one look at
 * three cells per row; only rows without those are looked at more closely.
 */
import type { CellValue, Grid } from '../grid';
import { type HeaderMatch, type Detect, headerAt, rememberingDetect, withTextEncodings } from './header';
import { isBlankCell } from './row-kinds';
import { villageKey } from './villages';
import { foldWords } from '../text/fold';
import { decodeLegacy, mayBeLegacy } from '../text/legacy';

export interface ListBlock {
  /** The block's header; `header.row` is the row its people start under, `header.end` where they stop. */
  header: HeaderMatch;
  /** How the block starts: the sheet's first header, another list's header, the same header repeated, or a village group row. */
  start: 'first' | 'header' | 'repeated' | 'group';
  /** The title rows above the block's header (or the group row), as written; empty when none. */
  title: string;
  /** Zero-based row of the title's first line (the header's own row when it has no title). */
  titleRow: number;
  /** The village the title or group row names, as written (null when it names none). */
  village: string | null;
}

/** A village name the campaign configures: keys of its sheet and display name. */
export interface KnownVillage {
  name: string;
  keys: readonly string[];
}

/** Folded words that start a title row: the list's or form's name, not a person. */
const TITLE_WORDS = /^(danh sach|bieu mau|bieu so|bieu tong hop|tong hop|bao cao|ke hoach|kem theo|mau so|phu luc|dsach|ds )/;

/** A line in brackets under a title: "(Kèm theo Kế hoạch số 12/KH-UBND)", "(Số liệu đến ngày 24/10/2025)". */
const NOTE_LINE = /^\s*[([]/;
/** The line saying how current the list is: "Số liệu đến ngày …", "Tính đến ngày …", "Cập nhật ngày …". */
const DATA_DATE_WORDS = /^(so lieu|tinh den|cap nhat|den ngay)\b/;

/** Folded words a signature block or a place-and-date line starts with. */
const FOOTER_WORDS =
  /^(nguoi lap|nguoi tong hop|nguoi ky|truong thon|truong ban|to truong|pho truong|thu truong|chu tich|pho chu tich|xac nhan|tm |t m |kt |ky ghi ro|ky ten|ky va|can bo|cong an xa|truong cong an|bi thu|ban chi huy|ubnd|uy ban|noi nhan)/;

/** A place-and-date line: "Giang Lố, ngày 12 tháng 10 năm 2025". */
const DATE_LINE = /\bngay \d{1,2} thang \d{1,2} nam \d{4}\b/;

/** First words of a village's name, as people write them (folded); "to" only before a number. */
const VILLAGE_WORDS = /^(thon|xom|lang|ap|buon|plei|ban|to dan pho|tdp|khu pho|kp|khom|to) /;
/** How a village word is written with its diacritics, for the words that are also family names or plain words. */
const WRITTEN: Partial<Record<string, string>> = { thon: 'thôn', xom: 'xóm', lang: 'làng', ap: 'ấp', buon: 'buôn', ban: 'bản', to: 'tổ', khom: 'khóm' };
/** Words that end a village's name inside a title. */
const NAME_STOPS = new Set(['xa', 'huyen', 'tinh', 'nam', 'tu', 'du', 'co', 'da', 'chua', 'do', 'tuoi', 'tren', 'duoi', 'thang', 'ngay', 'dot', 'tuan', 'so', 'la', 'gom', 'den', 'tro']);
/** Group markers before a village's name: "I.", "II -", "1.", "A)". */
const GROUP_MARKER = /^\s*(?:[IVXLC]{1,6}|[A-Z]|\d{1,2})\s*[.)/:–-]\s*/;

/** Distinct non-blank cells of a row (a title merged over the row arrives repeated in every cell from ExcelJS). */
function distinctCells(row: readonly CellValue[]): CellValue[] {
  const out: CellValue[] = [];
  for (const cell of row) {
    if (isBlankCell(cell)) continue;
    const v = typeof cell === 'string' ? cell.trim() : cell;
    if (!out.includes(v)) out.push(v);
    if (out.length > 3) break;
  }
  return out;
}

/** Text as people read it: decoded when it is in a legacy font. */
function readable(text: string, detect: Detect): string {
  if (!mayBeLegacy(text)) return text.normalize('NFC');
  const encoding = detect(text);
  return (encoding === null ? text : decodeLegacy(text, encoding)).normalize('NFC');
}

/** "THÔN GIANG LỐ 2" → "Thôn Giang Lố 2": a name found in an upper-case title, written as a name. */
function asName(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/**
 * The village a title or group row names: a configured one when its words appear in the text, else
 * the words after "Thôn", "Tổ dân phố", … up to the next word that is not part of a name.
 */
export function villageInText(text: string, known: readonly KnownVillage[]): string | null {
  const written = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const words = villageKey(written).split(' ');
  let best: { name: string; length: number } | null = null;
  for (const village of known) {
    for (const key of village.keys) {
      const keyWords = key.split(' ');
      if (keyWords.length < 2 || (best && best.length >= keyWords.length)) continue;
      for (let i = 0; i + keyWords.length <= words.length; i++) {
        if (keyWords.every((w, k) => words[i + k] === w)) {
          best = { name: village.name, length: keyWords.length };
          break;
        }
      }
    }
  }
  if (best) return best.name;
  // Unconfigured: the name as written, found on the original words so its diacritics are kept.
  const original = written.split(' ');
  const folded = original.map((w) => foldWords(w));
  for (let i = 0; i < original.length; i++) {
    const rest = folded.slice(i).join(' ') + ' ';
    const m = VILLAGE_WORDS.exec(rest);
    if (!m) continue;
    const prefixWords = m[1].split(' ').length;
    // Written without its diacritics, a village word is also a family name ("Lang Văn Bình", "Tô Thị Hoa"):
    // then only a number after it makes a village ("Thon 1"). "KP" needs a number too.
    const next = folded[i + prefixWords] ?? '';
    const proper = WRITTEN[m[1]];
    if ((m[1] === 'kp' || (proper !== undefined && original[i].toLowerCase() !== proper)) && !/^\d/.test(next)) continue;
    let end = i + prefixWords;
    while (end < original.length && end - i - prefixWords < 4 && folded[end] !== '' && !NAME_STOPS.has(folded[end]) && !original[end].startsWith('(')) {
      end++;
      if (/[,;:)]$/.test(original[end - 1])) break; // "Bản Pục, xã Bờ Y": the comma ends the name
    }
    if (end === i + prefixWords) continue;
    const name = asName(original.slice(i, end).join(' ').replace(/[.,;:)\-–]+$/, ''));
    return name.charAt(0).toUpperCase() + name.slice(1);
  }
  return null;
}

/** True when a cell holds what only a person's row has: a number or a digit-led text (an ID, a date). */
function holdsNumber(cell: CellValue | undefined): boolean {
  if (typeof cell === 'number') return true;
  if (typeof cell !== 'string' || cell.length === 0) return false;
  const c = cell.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** A BHYT card number starts with two letters and a digit ("GD4…"); the header "Mã thẻ BHYT" does not. */
function holdsCardNumber(cell: CellValue | undefined): boolean {
  if (holdsNumber(cell)) return true;
  if (typeof cell !== 'string' || cell.length < 10) return false;
  const c = cell.charCodeAt(2);
  return c >= 48 && c <= 57;
}

type RowKind = 'person' | 'header' | 'title' | 'group' | 'footer' | 'maybeTitle';

interface Layout {
  cccd: number;
  bhyt: number;
  birth: number;
  name: number;
}

function layoutOf(header: HeaderMatch): Layout {
  const c = header.columns;
  return { cccd: c.cccd ?? -1, bhyt: c.bhyt ?? -1, birth: c.birthDate ?? -1, name: c.fullName ?? -1 };
}

interface PendingRow {
  row: number;
  kind: RowKind;
}

/** The sheet's first list: its header, and the title rows above it (from the first row holding one text). */
function firstBlock(values: readonly CellValue[][], first: HeaderMatch, known: readonly KnownVillage[], detect: Detect): ListBlock {
  const title = titleText(values, 0, first.row, detect);
  let titleRow = first.row;
  for (let r = 0; r < first.row && titleRow === first.row; r++) if (titleText(values, r, r + 1, detect) !== '') titleRow = r;
  return { header: first, start: 'first', title, titleRow, village: title === '' ? null : villageInText(title, known) };
}

/** A list under a title with no header of its own, from row r: it goes on under the header above. */
function continuedBlock(values: readonly CellValue[][], above: HeaderMatch, titleRow: number, r: number, known: readonly KnownVillage[], detect: Detect): ListBlock {
  const text = titleText(values, titleRow, r, detect);
  return { header: { ...above, row: r - 1 }, start: 'header', title: text, titleRow, village: villageInText(text, known) };
}

/**
 * A list under the header found on row r, its title from row `from`. With no title and the same columns as
 * the list above, it is that header repeated (a printout's next page) and keeps the legacy text found above.
 */
function headerBlock(grid: Grid, r: number, header: HeaderMatch, from: number, previous: HeaderMatch, known: readonly KnownVillage[], detect: Detect): ListBlock {
  const text = titleText(grid.values, from, r, detect);
  const repeated = text === '' && JSON.stringify(header.columns) === JSON.stringify(previous.columns);
  const block: ListBlock = {
    header: withTextEncodings(grid, { ...header }, detect),
    start: repeated ? 'repeated' : 'header',
    title: text,
    titleRow: from,
    village: text === '' ? null : villageInText(text, known),
  };
  if (repeated && block.header.textEncodings === undefined && previous.textEncodings) block.header.textEncodings = previous.textEncodings;
  return block;
}

/** A village group ("I. Thôn Nà Lạn") on row r, read by the header above. */
function groupBlock(row: readonly CellValue[], r: number, above: HeaderMatch, known: readonly KnownVillage[], detect: Detect): ListBlock {
  const cells = distinctCells(row);
  const text = readable(String(cells[cells.length - 1]), detect).replace(GROUP_MARKER, '');
  return { header: { ...above, row: r }, start: 'group', title: text, titleRow: r, village: villageInText(text, known) };
}

/** Where a list ends before a group row or the sheet's end: after any name in capitals, which was a person after all. */
function cutAfterCapitals(pending: readonly PendingRow[], end: number): number {
  let cut = end;
  for (let k = pending.length - 1; k >= 0 && pending[k].kind !== 'maybeTitle'; k--) cut = pending[k].row;
  return cut;
}

/**
 * The lists of a sheet, from its first header down. Always at least one block: the first header,
 * ending where the next list's title or header, or the signature block, begins.
 */
export function findListBlocks(grid: Grid, first: HeaderMatch, known: readonly KnownVillage[] = []): ListBlock[] {
  const values = grid.values;
  const detect = rememberingDetect();
  const blocks: ListBlock[] = [];
  let current = firstBlock(values, first, known, detect);
  let layout = layoutOf(first);
  let cccdCol = layout.cccd;
  let bhytCol = layout.bhyt;
  let birthCol = layout.birth;
  /** Rows since the last person that are not persons: titles, signature lines, capitals that may be a title. */
  let pending: PendingRow[] = [];
  let inFooter = false;

  const close = (end: number) => {
    current.header = { ...current.header, end };
    blocks.push(current);
  };
  const reset = () => {
    pending = [];
    inFooter = false;
  };

  for (let r = first.row + 1; r < values.length; r++) {
    const row = values[r];
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a Grid built by hand may leave rows out
    if (!row) continue;
    // The common case, a person with an ID or a birth date, costs three cell looks.
    if (holdsNumber(row[cccdCol]) || holdsCardNumber(row[bhytCol]) || holdsNumber(row[birthCol])) {
      reset();
      continue;
    }
    let kind = classify(grid, r, row, layout, known, detect);
    if (kind === null) continue; // blank
    // Under "Người lập biểu" come the signer's name and title: a signature block, not persons.
    if (inFooter && kind !== 'header') kind = 'footer';
    if (kind === 'person') {
      const title = pending.find((p) => p.kind === 'title');
      if (title) {
        // A title ("DANH SÁCH BỔ SUNG") with no header of its own: the list goes on under the header above.
        close(pending[0].row);
        current = continuedBlock(values, current.header, title.row, r, known, detect);
      }
      reset();
      continue;
    }
    if (kind === 'header') {
      // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- classify said 'header' because headerAt found one on this row
      const header = headerAt(grid, r, detect)!;
      const from = pending.length > 0 ? pending[0].row : r;
      close(from);
      current = headerBlock(grid, r, header, from, current.header, known, detect);
      layout = layoutOf(header);
      ({ cccd: cccdCol, bhyt: bhytCol, birth: birthCol } = layout);
      r = header.row;
      reset();
      continue;
    }
    if (kind === 'group') {
      close(cutAfterCapitals(pending, r));
      current = groupBlock(row, r, current.header, known, detect);
      reset();
      continue;
    }
    pending.push({ row: r, kind });
    if (kind === 'footer') inFooter = true;
  }
  // After the last person, titles and a signature block belong to no one; capitals before them are persons.
  close(cutAfterCapitals(pending, values.length));
  // A header with nobody under it before the first group row ("I. Thôn 1") is no list of its own.
  const withRows = blocks.filter((b) => hasRows(values, b.header));
  return withRows.length > 0 ? withRows : blocks.slice(0, 1);
}

function hasRows(values: readonly CellValue[][], header: HeaderMatch): boolean {
  for (let r = header.row + 1; r < (header.end ?? values.length); r++) if (distinctCells(values[r] ?? []).length > 0) return true;
  return false;
}

/** The title rows above a sheet's first header, as read (what the sheet says it lists). */
export function titleAbove(grid: Grid, headerRow: number): string {
  return titleText(grid.values, 0, headerRow, rememberingDetect());
}

/** The title rows between two rows, as read: rows holding one text (merged or not), decoded, joined. */
function titleText(values: readonly CellValue[][], from: number, to: number, detect: Detect): string {
  const lines: string[] = [];
  for (let r = from; r < to; r++) {
    const cells = distinctCells(values[r] ?? []);
    if (cells.length === 1 && typeof cells[0] === 'string') lines.push(readable(cells[0], detect));
  }
  return lines.join(' ');
}

/**
 * Words a header cell naming a person's name, CCCD or BHYT contains (lower case, with or without
 * diacritics). A person's cells never do, so most rows are let through without matching headers.
 */
const IDENTITY_HINT = /tên|\bten\b|cccd|cmnd|căn cước|can cuoc|định danh|dinh danh|bhyt|bhxh|thẻ|\bthe\b/;
/** How titles, notes, group rows and signature lines start (lower case, with or without diacritics). */
const NON_PERSON_START =
  /^\s*(?:[([]|danh|dsach|ds |biểu|bieu|tổng|tong|báo|bao|kế|ke |kèm|kem|mẫu|mau|phụ|phu|số|so |tính|tinh|cập|cap|đến|den|thôn|thon|xóm|xom|làng|lang|ấp|ap |buôn|buon|plei|bản|ban|tổ|to |tdp|khu|kp|khóm|khom|người|nguoi|trưởng|truong|phó|pho|thủ|thu|chủ|chu|xác|xac|tm|t\/m|kt|ký|ky|cán|can|công|cong|bí|bi |ubnd|ủy|uỷ|uy ban|nơi|noi|[ivxlc]+\s*[.)/:–-]|[a-z]\s*[.)]|\d{1,2}\s*[.)])/i;

/** Latin-1 letters Vietnamese uses as they are ("Lê", "Hà"): no sign of a legacy font on their own. */
const VIETNAMESE_LATIN1 = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');

/** Text a legacy font may have typed, holding a letter Vietnamese never writes as it is ("Hä vµ tªn"). */
function looksLegacy(text: string): boolean {
  if (!mayBeLegacy(text)) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && !VIETNAMESE_LATIN1.has(text[i])) return true;
  }
  return false;
}

/** "…, ngày 24 tháng 10 năm 2025": the place-and-date line above the signatures, whatever place it starts with. */
const DATE_LINE_HINT = /ng(?:ày|ay)\s+\d{1,2}\s+th(?:áng|ang)\s+\d/i;

/** True when a text may be a header cell: it names an identity field, or is in a legacy font (decoded later). */
function mayNameIdentity(text: string): boolean {
  return text.length <= 120 && (IDENTITY_HINT.test(text.toLowerCase()) || looksLegacy(text));
}

/** True when a text may start a title, note, group row or signature line; a person's name mostly does not. */
function mayBeNonPerson(text: string): boolean {
  return NON_PERSON_START.test(text) || DATE_LINE_HINT.test(text) || looksLegacy(text) || isCapitals(text);
}

/** Written in capitals: its first two letters are ("NGUYỄN VĂN AN", "DANH SÁCH"), checked without copying the text. */
function isCapitals(text: string): boolean {
  const a = text.charAt(0);
  const b = text.charAt(1);
  return a !== a.toLowerCase() && (b === '' || b === ' ' || b !== b.toLowerCase()) && text === text.toUpperCase();
}

/** What a row without an ID or birth date is. Null for a blank row. */
function classify(grid: Grid, r: number, row: readonly CellValue[], layout: Layout, known: readonly KnownVillage[], detect: Detect): RowKind | null {
  const cells = distinctCells(row);
  if (cells.length === 0) return null;
  const texts = cells.filter((c): c is string => typeof c === 'string');
  if (texts.length >= 2 && texts.some(mayNameIdentity) && headerAt(grid, r, detect) !== null) return 'header';
  // A signature line: in the name column or where the name column is empty, never a note beside a person's name.
  const name = layout.name >= 0 ? row[layout.name] : undefined;
  const footerText = (t: string) => {
    if (!mayBeNonPerson(t)) return false;
    const w = foldWords(readable(t, detect));
    return FOOTER_WORDS.test(w + ' ') || DATE_LINE.test(w);
  };
  if (isBlankCell(name) ? texts.some(footerText) : typeof name === 'string' && footerText(name)) return 'footer';
  // One text (a merged title or group row arrives repeated; a group row may carry its number in the STT column).
  const numbered = cells.length === 2 && (typeof cells[0] === 'number' || GROUP_MARKER.test(`${String(cells[0])}.`)) && typeof cells[1] === 'string';
  if (cells.length !== 1 && !numbered) return 'person';
  const raw = String(cells[cells.length - 1]);
  if (!mayBeNonPerson(raw)) return 'person';
  const text = readable(raw, detect);
  const folded = foldWords(text);
  if (TITLE_WORDS.test(folded + ' ') || NOTE_LINE.test(text) || DATA_DATE_WORDS.test(folded)) return 'title';
  if (isGroupRow(text, known)) return 'group';
  // A name typed in capitals is a person unless a header follows; only then it was a title.
  if (text === text.toUpperCase() && text !== text.toLowerCase() && folded.split(' ').length >= 3) return 'maybeTitle';
  return 'person';
}

/** "Thôn 1", "I. THÔN NÀ LẠN", "Tổ dân phố 3": a row naming a village and nothing more. */
function isGroupRow(text: string, known: readonly KnownVillage[]): boolean {
  const bare = text.replace(GROUP_MARKER, '').trim();
  const name = villageInText(bare, known);
  if (name === null) return false;
  // The row is the village's name, perhaps with a short tail ("Thôn 1 (45 người)"), not a sentence.
  return foldWords(bare).split(' ').length <= foldWords(name).split(' ').length + 3;
}
