/**
 * From a planned list (persons + how the list writes each of them) to the cells of the sheet and,
 * next to every row, what that row *means* under the rules of DOMAIN.md: the generator's own
 * ground truth. Nothing here calls the engine; each mess the generator puts in says itself what it
 * must cause (an issue, a lost card, an age from the CCCD …).
 */
import type { Rng } from './prng';
import { AS_OF, ageAt, type Person, type Ymd3 } from './people';

export type Kind = 'village' | 'unit';
export type Col = 'stt' | 'fullName' | 'job' | 'birthDate' | 'sex' | 'cccd' | 'bhyt' | 'resident' | 'level2' | 'activated' | 'integrated' | 'note';
export type StatusCol = 'resident' | 'level2' | 'activated' | 'integrated';
const STATUS_COLS: readonly StatusCol[] = ['resident', 'level2', 'activated', 'integrated'];

export type IssueCode =
  | 'CCCD_FORMAT'
  | 'CCCD_PROVINCE'
  | 'CCCD_FOREIGN_BIRTH'
  | 'CCCD_BIRTH_MISMATCH'
  | 'CCCD_SEX_MISMATCH'
  | 'CCCD_LEADING_ZERO_RESTORED'
  | 'CMND_OLD'
  | 'BHYT_FORMAT'
  | 'BHYT_LEVEL_MISMATCH'
  | 'DUPLICATE_CCCD'
  | 'DUPLICATE_BHYT'
  | 'DATE_INVALID'
  | 'STATUS_UNRECOGNIZED'
  | 'SHEET_NO_HEADER'
  | 'COLUMN_MISSING';

export interface CellOut {
  v: string | number | Date;
  /** Excel number format: "@" for IDs typed as text, "dd/mm/yyyy" for real dates. */
  fmt?: string;
}

/** How a list writes a person's CCCD. */
export type CccdMode =
  | 'text' // 12 digits in a Text cell
  | 'number' // a numeric cell: Excel dropped the leading zero(s)
  | 'rounded' // "6.20851E+10" typed or pasted as text: digits lost
  | 'cmnd' // the old 9-digit CMND as text
  | 'cmndNumber' // the old CMND as a number
  | 'badProvince'; // first two digits swapped: "602…" is no province
export type BirthMode = 'date' | 'text' | 'textPadded' | 'year' | 'yearText' | 'blank' | 'invalid';
export type BhytMode = 'card' | 'bhxh' | 'bhxhNumber' | 'typo' | 'levelMismatch';

export interface EntryOpts {
  cccd?: CccdMode;
  birth?: BirthMode;
  bhyt?: BhytMode;
  /** A mã số BHXH written instead of the person's own (copied from a relative's card). */
  bhytWritten?: string;
  /** The list records the wrong sex. */
  flipSex?: boolean;
  /** The list's birth date is this many years off the real one (so it disagrees with the CCCD). */
  listYearOff?: number;
  /** The name as written, when it differs (e.g. a stray "=" in front). */
  name?: string;
  /** Status cells written as given instead of drawn from the sheet's words. */
  force?: Partial<Record<StatusCol, string>>;
  note?: string;
}

export interface Entry {
  person: Person;
  opts: EntryOpts;
}

export interface ListSheetPlan {
  type: 'list';
  name: string;
  kind: Kind;
  title: string[];
  blankBeforeHeader: boolean;
  columns: { col: Col; header: string; width: number }[];
  /** "(1) (2) (3) …" under the header, as official forms have. */
  columnNumberRow: boolean;
  /** Words this sheet writes for yes / no, with weights; "" leaves the cell empty. */
  yes: readonly (readonly [string | number, number])[];
  no: readonly (readonly [string | number, number])[];
  cccdDefault: CccdMode;
  birthDefault: (rng: Rng, p: Person) => BirthMode;
  bhytDefault: (rng: Rng, p: Person) => BhytMode;
  /** 'blank' = an empty row in the middle of the list. */
  entries: (Entry | 'blank')[];
  /** Numbered rows nobody filled in, under the last person. */
  trailingNumbered: number;
  /** A "Tổng cộng" row with column sums at the bottom. */
  totalsRow: boolean;
  rng: Rng;
}

export interface NotesSheetPlan {
  type: 'notes';
  name: string;
  lines: string[];
}

export type SheetPlan = ListSheetPlan | NotesSheetPlan;

/** What one person row means, in the terms of the bo-y-2025 indicators. */
export interface RowTruth {
  /** 1-based Excel row. */
  row: number;
  /** The number the row is matched on for duplicates (CCCD, restored CCCD, CMND, or a CCCD with a bad province), as decimal digits without leading zeros; null when none. */
  cccdKey: string | null;
  /** A valid 12-digit CCCD (DOMAIN.md): not a CMND, not rounded, a real province or a birth abroad. */
  hasCccd: boolean;
  /** Last 10 characters of a valid BHYT number, null when none. */
  bhytKey: string | null;
  /** Aged 14+ at the as-of date, from the list's date, else its bare year, else the CCCD's year. */
  age14: boolean;
  resident: boolean;
  level2: boolean;
  activated: boolean;
  integrated: boolean;
  issues: IssueCode[];
}

export interface RenderedSheet {
  name: string;
  kind: Kind | null;
  /** Cells by zero-based Excel row and column; missing = empty. */
  rows: (CellOut | null)[][];
  /** Zero-based row indexes of the title rows (merged across the table). */
  titleRows: number[];
  /** Zero-based header row, -1 for a notes sheet. */
  headerRow: number;
  widths: number[];
  truths: RowTruth[];
  /** The list's columns (none for a notes sheet): an indicator needing one it lacks has no figure. */
  columns: Col[];
  /** Findings about the whole sheet. */
  sheetIssues: IssueCode[];
}

/** The 63 CCCD province codes of Circular 07/2016 (DOMAIN.md); 101–295 are births registered abroad. */
const PROVINCES = new Set([
  1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42, 44, 45, 46, 48, 49,
  51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96,
]);
function provinceKind(code: number): 'province' | 'foreign' | 'invalid' {
  if (PROVINCES.has(code)) return 'province';
  return code >= 101 && code <= 295 ? 'foreign' : 'invalid';
}

/** Words as DOMAIN.md and the lists use them. */
const YES_WORDS = new Set<string | number>(['x', 'X', 'Có', 'Đã', '✓', 1, 'Thường trú']);
const NO_WORDS = new Set<string | number>(['', 'Chưa', 'Không', 0, 'Tạm trú']);
/** What a village secretary writes when unsure: not a yes, and worth a warning. */
const UNRECOGNIZED_WORDS = new Set<string | number>(['?', 'Chờ duyệt', 'đang làm']);

function meaningOf(token: string | number): 'yes' | 'no' | 'unrecognized' {
  if (YES_WORDS.has(token)) return 'yes';
  if (NO_WORDS.has(token)) return 'no';
  if (UNRECOGNIZED_WORDS.has(token)) return 'unrecognized';
  throw new Error(`sample generator: no meaning decided for status word ${JSON.stringify(token)}`);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function dateCell(b: Ymd3): CellOut {
  return { v: new Date(Date.UTC(b.y, b.m - 1, b.d)), fmt: 'dd/mm/yyyy' };
}

function renderEntry(plan: ListSheetPlan, entry: Entry, row: number, has: Set<Col>): { cells: Partial<Record<Col, CellOut>>; truth: RowTruth } {
  const { person: p, opts } = entry;
  const rng = plan.rng;
  const cells: Partial<Record<Col, CellOut>> = {};
  const issues: IssueCode[] = [];

  cells.fullName = { v: opts.name ?? p.name };
  if (has.has('job') && p.job) cells.job = { v: p.job };

  // CCCD
  let cccdKey: string | null = null;
  let hasCccd = false;
  let cccdYear: number | null = null;
  let cccdMale: boolean | null = null;
  const twelve = (digits: string, restored: boolean) => {
    cccdKey = String(Number(digits));
    if (restored) issues.push('CCCD_LEADING_ZERO_RESTORED');
    const kind = provinceKind(Number(digits.slice(0, 3)));
    if (kind === 'foreign') issues.push('CCCD_FOREIGN_BIRTH');
    if (kind === 'invalid') issues.push('CCCD_PROVINCE');
    hasCccd = kind !== 'invalid';
    const g = Number(digits[3]);
    if (hasCccd) {
      cccdYear = 1900 + 100 * Math.floor(g / 2) + Number(digits.slice(4, 6));
      cccdMale = g % 2 === 0;
    }
  };
  const cccdMode: CccdMode | null = opts.cccd ?? (p.cccd ? plan.cccdDefault : p.cmnd ? 'cmnd' : null);
  if (cccdMode && has.has('cccd')) {
    switch (cccdMode) {
      case 'text':
        cells.cccd = { v: p.cccd!, fmt: '@' };
        twelve(p.cccd!, false);
        break;
      case 'number':
        cells.cccd = { v: Number(p.cccd!) };
        twelve(p.cccd!, true);
        break;
      case 'badProvince': {
        const written = p.cccd![1] + p.cccd![0] + p.cccd!.slice(2);
        cells.cccd = { v: written, fmt: '@' };
        twelve(written, false);
        break;
      }
      case 'rounded':
        cells.cccd = { v: Number(p.cccd!).toExponential(5).toUpperCase() };
        issues.push('CCCD_FORMAT');
        break;
      case 'cmnd':
      case 'cmndNumber':
        cells.cccd = cccdMode === 'cmnd' ? { v: p.cmnd!, fmt: '@' } : { v: Number(p.cmnd!) };
        cccdKey = String(Number(p.cmnd!));
        issues.push('CMND_OLD');
        break;
    }
  }

  // Birth date as listed
  const listed: Ymd3 = { ...p.birth, y: p.birth.y + (opts.listYearOff ?? 0) };
  let listedFull: Ymd3 | null = null;
  let listedYear: number | null = null;
  if (has.has('birthDate')) {
    const mode = opts.birth ?? plan.birthDefault(rng, p);
    switch (mode) {
      case 'date':
        cells.birthDate = dateCell(listed);
        listedFull = listed;
        break;
      case 'text':
        cells.birthDate = { v: `${listed.d}/${listed.m}/${listed.y}` };
        listedFull = listed;
        break;
      case 'textPadded':
        cells.birthDate = { v: `${pad2(listed.d)}/${pad2(listed.m)}/${listed.y}` };
        listedFull = listed;
        break;
      case 'year':
        cells.birthDate = { v: listed.y };
        listedYear = listed.y;
        break;
      case 'yearText':
        cells.birthDate = { v: String(listed.y) };
        listedYear = listed.y;
        break;
      case 'invalid':
        // 31 September does not exist.
        cells.birthDate = { v: `31/09/${listed.y}` };
        issues.push('DATE_INVALID');
        break;
      case 'blank':
        break;
    }
  }
  const knownYear = listedFull ? listedFull.y : listedYear;
  if (hasCccd && knownYear !== null && knownYear !== cccdYear) issues.push('CCCD_BIRTH_MISMATCH');

  if (has.has('sex')) {
    const male = opts.flipSex ? !p.male : p.male;
    cells.sex = { v: male ? 'Nam' : 'Nữ' };
    if (hasCccd && male !== cccdMale) issues.push('CCCD_SEX_MISMATCH');
  }

  // Age at the as-of date: the list's date, else its bare year, else the year the CCCD encodes.
  const age = listedFull ? ageAt(listedFull) : listedYear !== null ? AS_OF.y - listedYear : cccdYear !== null ? AS_OF.y - cccdYear : null;

  // BHYT
  let bhytKey: string | null = null;
  if (has.has('bhyt')) {
    if (opts.bhytWritten) {
      cells.bhyt = { v: opts.bhytWritten, fmt: '@' };
      bhytKey = opts.bhytWritten;
    } else if (p.card) {
      const mode = opts.bhyt ?? plan.bhytDefault(rng, p);
      const last10 = p.card.slice(5);
      switch (mode) {
        case 'card':
          cells.bhyt = { v: p.card, fmt: '@' };
          bhytKey = last10;
          break;
        case 'bhxh':
          cells.bhyt = { v: last10, fmt: '@' };
          bhytKey = last10;
          break;
        case 'bhxhNumber':
          if (last10.startsWith('0')) throw new Error('bhxhNumber needs a mã số BHXH without a leading zero');
          cells.bhyt = { v: Number(last10) };
          bhytKey = last10;
          break;
        case 'typo':
          // One digit of the mã số BHXH left out: 14 characters.
          cells.bhyt = { v: p.card.slice(0, 9) + p.card.slice(10), fmt: '@' };
          issues.push('BHYT_FORMAT');
          break;
        case 'levelMismatch': {
          if (!p.card.startsWith('TE1')) throw new Error('levelMismatch is planned on a TE card');
          // A child's card typed with level 4: a warning, the card still counts.
          cells.bhyt = { v: 'TE4' + p.card.slice(3), fmt: '@' };
          issues.push('BHYT_LEVEL_MISMATCH');
          bhytKey = last10;
          break;
        }
      }
    }
  }

  // Statuses
  const meaning: Partial<Record<StatusCol, 'yes' | 'no' | 'unrecognized'>> = {};
  for (const col of STATUS_COLS) {
    if (!has.has(col)) continue;
    let token: string | number;
    if (opts.force?.[col] !== undefined) token = opts.force[col]!;
    else if (col === 'resident') token = p.resident ? 'Thường trú' : 'Tạm trú';
    else token = rng.weighted(p[col] ? plan.yes : plan.no);
    const m = meaningOf(token);
    meaning[col] = m;
    if (m === 'unrecognized') issues.push('STATUS_UNRECOGNIZED');
    if (token !== '') cells[col] = { v: token };
  }
  if (has.has('note') && opts.note) cells.note = { v: opts.note };

  return {
    cells,
    truth: {
      row,
      cccdKey,
      hasCccd,
      bhytKey,
      age14: age !== null && age >= 14,
      // DOMAIN.md, seed 000: with no resident column everyone on the list is a resident.
      resident: has.has('resident') ? meaning.resident === 'yes' : true,
      level2: meaning.level2 === 'yes',
      activated: meaning.activated === 'yes',
      integrated: meaning.integrated === 'yes',
      issues,
    },
  };
}

/** Fields the bo-y-2025 indicators read: a list without one of them gets one COLUMN_MISSING. */
const NEEDED_BY_BO_Y: readonly Col[] = ['cccd', 'level2', 'activated', 'integrated'];

export function renderSheet(plan: SheetPlan): RenderedSheet {
  if (plan.type === 'notes') {
    return {
      name: plan.name,
      kind: null,
      rows: plan.lines.map((l) => (l === '' ? [] : [{ v: l }])),
      titleRows: [0],
      headerRow: -1,
      widths: [110],
      truths: [],
      columns: [],
      sheetIssues: ['SHEET_NO_HEADER'],
    };
  }
  const rows: (CellOut | null)[][] = [];
  const titleRows: number[] = [];
  for (const t of plan.title) {
    titleRows.push(rows.length);
    rows.push([{ v: t }]);
  }
  if (plan.blankBeforeHeader) rows.push([]);
  const headerRow = rows.length;
  rows.push(plan.columns.map((c) => ({ v: c.header })));
  if (plan.columnNumberRow) rows.push(plan.columns.map((_, i) => ({ v: `(${i + 1})` })));

  const has = new Set(plan.columns.map((c) => c.col));
  const truths: RowTruth[] = [];
  const yesCount: Partial<Record<Col, number>> = {};
  let stt = 0;
  const place = (cells: Partial<Record<Col, CellOut>>) => plan.columns.map((c) => cells[c.col] ?? null);
  for (const e of plan.entries) {
    if (e === 'blank') {
      rows.push([]);
      continue;
    }
    const excelRow = rows.length + 1;
    const { cells, truth } = renderEntry(plan, e, excelRow, has);
    cells.stt = { v: ++stt };
    for (const col of STATUS_COLS) if (col !== 'resident' && cells[col] && meaningOf(cells[col]!.v as string | number) === 'yes') yesCount[col] = (yesCount[col] ?? 0) + 1;
    rows.push(place(cells));
    truths.push(truth);
  }
  for (let i = 0; i < plan.trailingNumbered; i++) rows.push(place({ stt: { v: ++stt } }));
  if (plan.totalsRow) {
    const cells: Partial<Record<Col, CellOut>> = { fullName: { v: 'Tổng cộng' } };
    for (const col of STATUS_COLS) if (yesCount[col] !== undefined) cells[col] = { v: yesCount[col]! };
    rows.push(place(cells));
  }

  const sheetIssues: IssueCode[] = NEEDED_BY_BO_Y.filter((f) => !has.has(f)).map(() => 'COLUMN_MISSING');
  return {
    name: plan.name,
    kind: plan.kind,
    rows,
    titleRows,
    headerRow,
    widths: plan.columns.map((c) => c.width),
    truths,
    columns: plan.columns.map((c) => c.col),
    sheetIssues,
  };
}
