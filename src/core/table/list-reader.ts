/**
 * The readers of one list's columns, made once per sheet from its header, and the reading of one row with them:
 * name, birth date, sex, CCCD, BHYT, the Có/Không statuses, what the smartphone, "Không có ĐTTM", "Người giám hộ"
 * and note columns say (table/phone.ts), and on a combined sheet the row's village.
 */
import { type CellValue, type Grid, sheetColumnLetter } from '../grid';
import { type Issue, type IssueCode, type ParamsArg, type ValueIssue, issueAt, placed } from '../issues';
import { placeIn } from '../place';
import { parseCccd, checkCccdAgainstPerson } from '../ids/cccd';
import { parseBhyt } from '../ids/bhyt';
import { type Field, STATUS_FIELDS, type StatusField } from './aliases';
import type { HeaderMatch } from './header';
import { FLAG_BIT, type People } from './people';
import { DATE_BAD, DATE_EMPTY, parseBirthDate, yearOf } from './cells/birth-date';
import { MALE, SEX_INVALID, SEX_UNKNOWN, type Sex, parseSex } from './cells/sex';
import { UNRECOGNIZED, YES, type Status, parseStatus } from './cells/status';
import type { Ymd } from './cells/excel-dates';
import { isExcelError } from './cells/error-values';
import { COLUMN_NUMBER_ROW_REACH, isBlankCell, isColumnNumberRow, isTotalsRow } from './row-kinds';
import { GUARDIAN, NO_SMARTPHONE, type PhoneReading, noteFacts, readGuardianCell, readNoSmartphoneCell, readSmartphoneCell } from './phone';
import { quotableText } from './cells/unread-text';
import { WordColumn, type WordParser } from './word-column';
import { WordRecovery } from './word-recovery';
import { LegacyColumnDecoder } from '../text/legacy-column';
import { type LegacyEncoding, LEGACY_ENCODING_NAMES, mayBeLegacy } from '../text/legacy';

export interface ListContext {
  /** As-of date, yyyymmdd: birth dates after it are invalid. */
  asOfYmd: Ymd;
  issues: Issue[];
  /**
   * A combined list split by its village column: the entity of each row (-1 where the village cell is
   * empty: the row goes to `entityIndex`, with a warning on that cell).
   */
  villages?: { entityOfRow: Int32Array; column: number };
}

/** What a row was: a person stored, a totals row, or neither (blank, the column-number row). */
export const ROW_PERSON = 1;
export const ROW_TOTALS = 2;
const ROW_NONE = 0;

const STATUS_FLAG: Record<StatusField, number> = {
  resident: FLAG_BIT.resident,
  level2: FLAG_BIT.level2,
  activated: FLAG_BIT.activated,
  integrated: FLAG_BIT.integrated,
  sskdt: FLAG_BIT.sskdt,
  smartphone: FLAG_BIT.smartphone,
  digitalSignature: FLAG_BIT.digitalSignature,
};

const statusParser = (resident: boolean): WordParser<Status> => ({
  kind: resident ? 'resident' : 'status',
  parse: (value, dated) => parseStatus(value, resident, dated),
  unclear: (s) => s === UNRECOGNIZED,
  dateAware: true,
});
const STATUS = statusParser(false);
const RESIDENT = statusParser(true);
const SEX: WordParser<Sex> = { kind: 'sex', parse: (value) => parseSex(value), unclear: (s) => s === SEX_INVALID, dateAware: false };
const phoneParser = (kind: string, read: (value: CellValue, dated: boolean) => PhoneReading): WordParser<PhoneReading> => ({
  kind,
  parse: read,
  unclear: (r) => r.status === UNRECOGNIZED,
  dateAware: true,
});
const SMARTPHONE = phoneParser('phone', readSmartphoneCell);
const NO_SMARTPHONE_COLUMN = phoneParser('noSmartphone', readNoSmartphoneCell);

/** A Có/Không column and the flag its "Có" sets. */
interface StatusColumn {
  words: WordColumn<Status>;
  bit: number;
}

export class ListReader {
  private readonly cols: HeaderMatch['columns'];
  private readonly recovery = new WordRecovery();
  /** Legacy text columns (found once per sheet by detectHeader) are decoded cell by cell; the others cost nothing. */
  private readonly decoders: { col: number; decoder: LegacyColumnDecoder }[] = [];
  private readonly nameCol: number;
  private readonly cccdCol: number;
  private readonly bhytCol: number;
  private readonly birthCol: number;
  /** The dossier-received date's column (seed 000 §II.2), -1 when the list has none. */
  private readonly receivedCol: number;
  private readonly nameDecoder: LegacyColumnDecoder | null;
  private readonly noteDecoder: LegacyColumnDecoder | null;
  private readonly guardianDecoder: LegacyColumnDecoder | null;
  private readonly sex: WordColumn<Sex> | null;
  private readonly statuses: StatusColumn[] = [];
  /** The smartphone column also says who has no smartphone or a guardian (table/phone.ts). */
  private readonly smartphone: WordColumn<PhoneReading> | null;
  private readonly noSmartphone: WordColumn<PhoneReading> | null;
  /** With no resident column, everyone on the list counts as a resident (DOMAIN.md, seed 000). */
  private readonly baseFlags: number;

  constructor(
    private readonly grid: Grid,
    private readonly header: HeaderMatch,
    private readonly entityIndex: number,
    private readonly people: People,
    private readonly ctx: ListContext,
  ) {
    const cols = (this.cols = header.columns);
    this.nameCol = cols.fullName ?? -1;
    this.cccdCol = cols.cccd ?? -1;
    this.bhytCol = cols.bhyt ?? -1;
    this.birthCol = cols.birthDate ?? -1;
    this.receivedCol = cols.receivedDate ?? -1;
    this.nameDecoder = this.decoderOf('fullName');
    this.sex = this.wordColumn('sex', SEX);
    this.noteDecoder = this.decoderOf('note');
    for (const f of STATUS_FIELDS) {
      const words = f === 'smartphone' ? null : this.wordColumn(f, f === 'resident' ? RESIDENT : STATUS);
      if (words) this.statuses.push({ words, bit: STATUS_FLAG[f] });
    }
    this.smartphone = this.wordColumn('smartphone', SMARTPHONE);
    this.noSmartphone = this.wordColumn('noSmartphone', NO_SMARTPHONE_COLUMN);
    this.guardianDecoder = this.decoderOf('guardian');
    this.baseFlags = cols.resident === undefined ? FLAG_BIT.resident : 0;
  }

  private letter(col: number): string {
    return sheetColumnLetter(this.grid, col);
  }

  private decoderOf(field: Field): LegacyColumnDecoder | null {
    const encoding = this.header.textEncodings?.[field];
    const col = this.cols[field];
    if (encoding === undefined || col === undefined) return null;
    const decoder = new LegacyColumnDecoder(encoding);
    this.decoders.push({ col, decoder });
    return decoder;
  }

  private wordColumn<T>(field: Field, parser: WordParser<T> | null): WordColumn<T> | null {
    const col = this.cols[field];
    if (col === undefined || parser === null) return null;
    return new WordColumn(col, this.letter(col), parser, this.decoderOf(field), this.recovery);
  }

  private push<C extends IssueCode>(r: number, column: string, code: C, ...params: ParamsArg<C>): void {
    this.ctx.issues.push(issueAt(placeIn(this.grid, r, column), code, ...params));
  }

  private pushFound(r: number, column: string, found: ValueIssue): void {
    this.ctx.issues.push(placed(placeIn(this.grid, r, column), found));
  }

  /** A word cell nobody could read: an Excel error value, or the column's own code, quoting the cell only when it reads as a status (never a note). */
  private unread(r: number, words: WordColumn<unknown>, code: 'STATUS_UNRECOGNIZED' | 'SEX_INVALID'): void {
    const raw = words.raw;
    if (isExcelError(raw)) this.push(r, words.letter, 'CELL_ERROR_VALUE', { value: String(raw) });
    else this.push(r, words.letter, code, { value: quotableText(String(raw)) });
  }

  readRow(row: readonly CellValue[], r: number): number {
    const { nameCol, cccdCol, bhytCol } = this;
    let name = nameCol >= 0 ? row[nameCol] : undefined;
    const cccdRaw = cccdCol >= 0 ? row[cccdCol] : undefined;
    const bhytRaw = bhytCol >= 0 ? row[bhytCol] : undefined;
    // A broken formula in the name column ("#N/A" from a VLOOKUP) is no name: reported, read as empty.
    const nameError = isExcelError(name);
    if (nameError) name = '';
    const noName = isBlankCell(name);
    const noCccd = isBlankCell(cccdRaw);
    const noBhyt = isBlankCell(bhytRaw);
    if (noName && noCccd && noBhyt) return ROW_NONE;
    if (nameError) this.push(r, this.letter(nameCol), 'CELL_ERROR_VALUE', { value: String(row[nameCol]) });
    if (this.nameDecoder !== null && typeof name === 'string') name = this.nameDecoder.decode(name);
    if (typeof name === 'string' && isTotalsRow(name)) return ROW_TOTALS;
    // The "(1) (2) (3)" row sits under the header, sometimes below a second header line or a blank row.
    if (r <= this.header.row + COLUMN_NUMBER_ROW_REACH && isColumnNumberRow(row)) return ROW_NONE;

    const formats = this.grid.formats ? this.grid.formats[r] : undefined;
    let birth = this.birthDate(row, r, formats);
    const male = this.male(row, r, formats);
    let flags = this.baseFlags;
    let cccdKey = NaN;
    if (!noCccd) {
      const res = parseCccd(cccdRaw ?? null, formats?.[cccdCol]);
      const letter = this.letter(cccdCol);
      if (!res.valid && isExcelError(cccdRaw)) this.push(r, letter, 'CELL_ERROR_VALUE', { value: String(cccdRaw) });
      else for (const issue of res.issues) this.pushFound(r, letter, issue);
      cccdKey = res.key;
      if (res.valid) {
        flags |= FLAG_BIT.hasCccd;
        for (const issue of checkCccdAgainstPerson(res, birth > 0 ? yearOf(birth) : null, male)) this.pushFound(r, letter, issue);
        if (birth <= 0 && res.birthYear !== null) birth = res.birthYear * 10000 + 101;
      }
    }
    let bhytKey = NaN;
    if (!noBhyt) {
      const res = parseBhyt(bhytRaw ?? null);
      const letter = this.letter(bhytCol);
      if (!res.valid && isExcelError(bhytRaw)) this.push(r, letter, 'CELL_ERROR_VALUE', { value: String(bhytRaw) });
      else for (const issue of res.issues) this.pushFound(r, letter, issue);
      if (res.valid) {
        flags |= FLAG_BIT.hasBhyt;
        bhytKey = res.last10;
      }
    }
    flags = this.statusFlags(row, r, formats, flags);

    const i = this.people.count++;
    this.people.entity[i] = this.entityOf(row, r, noName, noCccd);
    this.people.row[i] = r;
    this.people.cccdKey[i] = cccdKey;
    this.people.bhytKey[i] = bhytKey;
    this.people.birth[i] = birth > 0 ? birth : 0;
    this.people.received[i] = this.receivedCol < 0 ? 0 : Math.max(0, this.dateIn(this.receivedCol, row, r, formats));
    this.people.flags[i] = flags;
    return ROW_PERSON;
  }

  private birthDate(row: readonly CellValue[], r: number, formats: readonly string[] | undefined): Ymd {
    if (this.birthCol < 0) return DATE_EMPTY;
    return this.dateIn(this.birthCol, row, r, formats);
  }

  /** A date cell (a birth date, the day a dossier was received) as yyyymmdd, by the as-of date at the latest; a bad one is reported. */
  private dateIn(col: number, row: readonly CellValue[], r: number, formats: readonly string[] | undefined): Ymd {
    const raw = row[col];
    const ymd = parseBirthDate(raw ?? null, formats?.[col], this.ctx.asOfYmd);
    if (ymd === DATE_BAD) this.push(r, this.letter(col), isExcelError(raw) ? 'CELL_ERROR_VALUE' : 'DATE_INVALID', { value: String(raw) });
    return ymd;
  }

  private male(row: readonly CellValue[], r: number, formats: readonly string[] | undefined): boolean | null {
    if (this.sex === null) return null;
    const sex = this.sex.read(row, formats);
    if (sex === SEX_INVALID) this.unread(r, this.sex, 'SEX_INVALID');
    return sex === SEX_INVALID || sex === SEX_UNKNOWN ? null : sex === MALE;
  }

  /** The Có/Không flags, and NO_SMARTPHONE and GUARDIAN from the smartphone, "Không có ĐTTM", "Người giám hộ" and note columns. */
  private statusFlags(row: readonly CellValue[], r: number, formats: readonly string[] | undefined, flags: number): number {
    let facts = 0;
    for (let s = 0; s < this.statuses.length; s++) {
      const { words, bit } = this.statuses[s];
      const status = words.read(row, formats);
      if (status === YES) flags |= bit;
      else if (status === UNRECOGNIZED) this.unread(r, words, 'STATUS_UNRECOGNIZED');
    }
    if (this.smartphone !== null) {
      const read = this.smartphone.read(row, formats);
      facts |= read.facts;
      if (read.status === YES) flags |= FLAG_BIT.smartphone;
      else if (read.status === UNRECOGNIZED) this.unread(r, this.smartphone, 'STATUS_UNRECOGNIZED');
    }
    if (this.noSmartphone !== null) {
      const read = this.noSmartphone.read(row, formats);
      facts |= read.facts;
      if (read.status === UNRECOGNIZED) this.unread(r, this.noSmartphone, 'STATUS_UNRECOGNIZED');
    }
    facts |= this.guardianFacts(row, r) | this.noteFactsOf(row, r);
    if (facts === 0) return flags;
    // Neither has a smartphone of their own, whatever another column says.
    flags &= ~FLAG_BIT.smartphone;
    if ((facts & NO_SMARTPHONE) !== 0) flags |= FLAG_BIT.noSmartphone;
    if ((facts & GUARDIAN) !== 0) flags |= FLAG_BIT.guardian;
    return flags;
  }

  private guardianFacts(row: readonly CellValue[], r: number): number {
    const col = this.cols.guardian;
    if (col === undefined) return 0;
    let raw = row[col];
    if (isExcelError(raw)) {
      this.push(r, this.letter(col), 'CELL_ERROR_VALUE', { value: String(raw) });
      return 0;
    }
    if (this.guardianDecoder !== null && typeof raw === 'string') raw = this.guardianDecoder.decode(raw);
    return readGuardianCell(raw ?? null);
  }

  private noteFactsOf(row: readonly CellValue[], r: number): number {
    const col = this.cols.note;
    if (col === undefined) return 0;
    let note = row[col];
    if (this.noteDecoder !== null && typeof note === 'string') note = this.noteDecoder.decode(note);
    else if (isExcelError(note)) {
      this.push(r, this.letter(col), 'CELL_ERROR_VALUE', { value: String(note) });
      return 0;
    }
    if (typeof note !== 'string' || note === '') return 0;
    const found = noteFacts(note);
    // A note typed with a legacy font in a column that is not ("Kh«ng cã §TTM" among Unicode notes).
    if (found !== 0 || this.noteDecoder !== null || !mayBeLegacy(note)) return found;
    const text = this.recovery.recover(note, col, 'note', (t) => noteFacts(t) !== 0);
    return text === null ? 0 : noteFacts(text);
  }

  /** The row's entity: the list's, or on a combined sheet the village its village cell names. */
  private entityOf(row: readonly CellValue[], r: number, noName: boolean, noCccd: boolean): number {
    const villages = this.ctx.villages;
    if (villages === undefined) return this.entityIndex;
    const own = villages.entityOfRow[r];
    if (own >= 0) return own;
    // A ragged row that stops before the village column has no cell there: the person's own cell is named instead.
    const col = villages.column < row.length ? villages.column : !noName ? this.nameCol : !noCccd ? this.cccdCol : this.bhytCol;
    this.push(r, this.letter(col), 'VILLAGE_MISSING');
    return this.entityIndex;
  }

  /** One warning per legacy column, on its header cell. */
  warnLegacyColumns(): void {
    const cells = new Map<number, { encoding: LegacyEncoding; cells: number }>(this.recovery.columns);
    for (const { col, decoder } of this.decoders) {
      cells.set(col, { encoding: decoder.encoding, cells: decoder.converted + (this.recovery.columns.get(col)?.cells ?? 0) });
    }
    for (const [col, { encoding, cells: count }] of [...cells].sort((a, b) => a[0] - b[0])) {
      if (count > 0) this.push(this.header.row, this.letter(col), 'TEXT_LEGACY_ENCODING', { encoding: LEGACY_ENCODING_NAMES[encoding], count });
    }
  }
}
