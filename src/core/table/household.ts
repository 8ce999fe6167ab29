/**
 * The household a list row belongs to, for the door-to-door work lists (seed 001 §III.5: "rà soát danh sách số hộ,
 * số người …"). A list may give the household's number ("Số hộ", "Mã hộ"), its head ("Chủ hộ": the head's name on the
 * members' rows, or a mark on the head's own row) or each person's relation to the head ("Quan hệ với chủ hộ": "Chủ
 * hộ", "Vợ", "Con"). Household lists put the members under their head, and a number or a name merged down a
 * household's rows is read on its first row only: a blank cell keeps the household of the row above.
 */
import type { CellValue } from '../grid';
import type { HeaderMatch } from './header';
import { cleanText, foldWords } from '../text/fold';
import { decodeLegacy, type LegacyEncoding } from '../text/legacy';
import { YES, parseStatus } from './cells/status';

export interface HouseholdColumns {
  number?: number;
  head?: number;
  relation?: number;
  headEncoding?: LegacyEncoding;
  relationEncoding?: LegacyEncoding;
}

/** The household columns a list's header names, or null when it names none. */
export function householdColumns(header: Pick<HeaderMatch, 'columns' | 'textEncodings'>): HouseholdColumns | null {
  const { householdNo: number, householdHead: head, relation } = header.columns;
  if (number === undefined && head === undefined && relation === undefined) return null;
  return { number, head, relation, headEncoding: header.textEncodings?.householdHead, relationEncoding: header.textEncodings?.relation };
}

export interface HouseholdOfRow {
  /** Equal for the rows of one household: its number, else its head's name, else the head's row. */
  key: string;
  /** The household's number as written, or null. */
  number: string | null;
  /** The head's name when the row names it or is the head's own, else null. */
  head: string | null;
  /** The person's relation to the head as written ("Vợ", "Con"), '' when the list says none. */
  relation: string;
}

/** Relations that make the person the head: "Chủ hộ", "CH", "Bản thân". */
const HEAD_RELATIONS = new Set(['chu ho', 'ch', 'chu', 'ban than', 'chu ho gia dinh']);

function textOf(v: CellValue | undefined, encoding: LegacyEncoding | undefined): string {
  if (v === null || v === undefined || typeof v === 'boolean') return '';
  const text = cleanText(String(v));
  return encoding !== undefined && text !== '' ? cleanText(decodeLegacy(text, encoding)) : text;
}

/** A mark on the head's own row in the "Chủ hộ" column: "x", "Có", "✓", 1, or the word itself. */
function isHeadMark(text: string): boolean {
  return HEAD_RELATIONS.has(foldWords(text)) || parseStatus(text, false, false) === YES;
}

/** Reads the rows of one list in order; a new list (another header) takes a reader of its own. */
export class HouseholdReader {
  private current: HouseholdOfRow | null = null;
  private made = 0;

  /** `scope` keeps the keys of households known only by their head's row apart from another list's. */
  constructor(
    private readonly cols: HouseholdColumns,
    private readonly scope: string,
  ) {}

  private cell(row: readonly CellValue[], col: number | undefined, encoding?: LegacyEncoding): string {
    return col === undefined ? '' : textOf(row[col], encoding);
  }

  /** The household of one row; `nameOf` gives the person's own name as read (asked only of a head's row). */
  read(row: readonly CellValue[], nameOf: () => string): HouseholdOfRow {
    const relation = this.cell(row, this.cols.relation, this.cols.relationEncoding);
    const number = this.cell(row, this.cols.number);
    const headCell = this.cell(row, this.cols.head, this.cols.headEncoding);
    const markedHead = headCell !== '' && isHeadMark(headCell);
    const isHead = markedHead || (relation !== '' && HEAD_RELATIONS.has(foldWords(relation)));
    const headName = headCell !== '' && !markedHead ? headCell : isHead ? nameOf() : null;
    let found: HouseholdOfRow;
    if (number !== '') found = { key: `n:${foldWords(number)}`, number, head: headName, relation };
    else if (this.cols.number !== undefined && this.current?.number) found = { ...this.current, head: headName, relation };
    else if (headCell !== '' && !markedHead) found = { key: `h:${foldWords(headCell)}`, number: null, head: headCell, relation };
    else if (isHead || this.current === null) found = { key: `p:${this.scope}:${this.made++}`, number: null, head: headName, relation };
    else found = { ...this.current, head: null, relation };
    this.current = found;
    return found;
  }
}
