/**
 * One person list → rows in the People store, with an issue for every cell that is wrong.
 * This is the hot loop of the engine: header and column work is done once per sheet, status and
 * sex words are cached, IDs are parsed with charCodeAt, and issue objects exist only for issues.
 */
import type { Grid } from '../grid';
import { columnLetter } from '../grid';
import { type Issue, type IssueCode, type ParamsArg, type ValueIssue, issueAt, placed } from '../issues';
import { placeIn } from '../place';
import { parseCccd, checkCccdAgainstPerson } from '../ids/cccd';
import { parseBhyt } from '../ids/bhyt';
import { type Field, STATUS_FIELDS, type StatusField } from './aliases';
import type { HeaderMatch } from './header';
import { FLAG_BIT, type People } from './people';
import { DATE_BAD, DATE_EMPTY, parseBirthDate, yearOf } from './cells/birth-date';
import { MALE, SEX_INVALID, SEX_UNKNOWN, parseSex } from './cells/sex';
import { UNRECOGNIZED, YES, parseStatus, type Status } from './cells/status';
import { isDateFormat, type Ymd } from './cells/excel-dates';
import { isExcelError } from './cells/error-values';
import { COLUMN_NUMBER_ROW_REACH, isBlankCell, isColumnNumberRow, isTotalsRow } from './row-kinds';
import { GUARDIAN, NO_SMARTPHONE, noteFacts, readGuardianCell, readNoSmartphoneCell, readSmartphoneCell, withoutGuardianName } from './phone';
import { LegacyColumnDecoder } from '../text/legacy-column';
import { type LegacyEncoding, LEGACY_ENCODINGS, LEGACY_ENCODING_NAMES, decodeLegacy, mayBeLegacy } from '../text/legacy';

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

export interface ListResult {
  /** Persons read (rows with a name, a CCCD or a BHYT number). */
  records: number;
  /** Rows skipped as totals rows. */
  totalsRows: number;
}

const STATUS_FLAG: Record<StatusField, number> = {
  resident: FLAG_BIT.resident,
  level2: FLAG_BIT.level2,
  activated: FLAG_BIT.activated,
  integrated: FLAG_BIT.integrated,
  sskdt: FLAG_BIT.sskdt,
  smartphone: FLAG_BIT.smartphone,
  digitalSignature: FLAG_BIT.digitalSignature,
};

/** Zero-width spaces and joiners, the word joiner and the byte-order mark: invisible, and they split words. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** A word cell the parser did not take, read again: without invisible characters, else as legacy text. */
interface Recovered {
  text: string;
  /** The legacy encoding it was decoded from, or null when only invisible characters were removed. */
  encoding: LegacyEncoding | null;
  /** Another font reads it as a word too ("Chöa": VNI "Chưa", TCVN3 "Chữa"): it says nothing of the column's font. */
  ambiguous: boolean;
}

function recoverWord(raw: string, accepts: (text: string) => boolean): Recovered | null {
  const visible = raw.replace(INVISIBLE, '');
  if (visible !== raw && accepts(visible)) return { text: visible, encoding: null, ambiguous: false };
  if (!mayBeLegacy(visible)) return null;
  let found: Recovered | null = null;
  for (const encoding of LEGACY_ENCODINGS) {
    const decoded = decodeLegacy(visible, encoding);
    if (decoded === visible || !accepts(decoded)) continue;
    if (found) return { ...found, ambiguous: true };
    found = { text: decoded, encoding, ambiguous: false };
  }
  return found;
}

export function readList(grid: Grid, header: HeaderMatch, entityIndex: number, people: People, ctx: ListContext): ListResult {
  const { values, formats } = grid;
  const colOffset = grid.colOffset ?? 0;
  const cols = header.columns;
  const nameCol = cols.fullName ?? -1;
  const cccdCol = cols.cccd ?? -1;
  const bhytCol = cols.bhyt ?? -1;
  const birthCol = cols.birthDate ?? -1;
  const sexCol = cols.sex ?? -1;
  // Legacy text columns (found once per sheet by detectHeader) are decoded cell by cell; the others cost nothing.
  const decoders: { col: number; decoder: LegacyColumnDecoder }[] = [];
  const decoderOf = (field: Field): LegacyColumnDecoder | null => {
    const encoding = header.textEncodings?.[field];
    const col = cols[field];
    if (encoding === undefined || col === undefined) return null;
    const decoder = new LegacyColumnDecoder(encoding);
    decoders.push({ col, decoder });
    return decoder;
  };
  const nameDecoder = decoderOf('fullName');
  const sexDecoder = decoderOf('sex');
  const noteCol = cols.note ?? -1;
  const noteDecoder = decoderOf('note');
  // The smartphone column also says who has no smartphone or a guardian (table/phone.ts).
  const statusCols: { col: number; bit: number; resident: boolean; phone: boolean; letter: string; decoder: LegacyColumnDecoder | null }[] = [];
  for (const f of STATUS_FIELDS) {
    const c = cols[f];
    if (c !== undefined) statusCols.push({ col: c, bit: STATUS_FLAG[f], resident: f === 'resident', phone: f === 'smartphone', letter: columnLetter(c + colOffset), decoder: decoderOf(f) });
  }
  const noSmartphoneCol = cols.noSmartphone ?? -1;
  const noSmartphoneDecoder = decoderOf('noSmartphone');
  const guardianCol = cols.guardian ?? -1;
  const guardianDecoder = decoderOf('guardian');
  // Cells recovered one by one in columns not judged legacy, counted per column for the same warning.
  const recoveredLegacy = new Map<number, { encoding: LegacyEncoding; cells: number; votes?: Record<LegacyEncoding, number> }>();
  const recovered = new Map<string, Recovered | null>();
  const recover = (raw: string, col: number, kind: string, accepts: (text: string) => boolean): string | null => {
    const key = `${kind}\u0000${raw}`;
    let found = recovered.get(key);
    if (found === undefined) {
      found = recoverWord(raw, accepts);
      if (recovered.size < 10_000) recovered.set(key, found);
    }
    if (found === null) return null;
    if (found.encoding !== null) {
      let seen = recoveredLegacy.get(col);
      if (!seen) recoveredLegacy.set(col, (seen = { encoding: found.encoding, cells: 0, votes: { tcvn3: 0, vni: 0 } }));
      seen.cells++;
      // The warning names the font most unambiguous cells were in.
      if (!found.ambiguous && seen.votes) {
        seen.votes[found.encoding]++;
        if (seen.votes[found.encoding] > seen.votes[seen.encoding]) seen.encoding = found.encoding;
      }
    }
    return found.text;
  };
  const isStatus = (resident: boolean) => (text: string) => parseStatus(text, resident, false) !== UNRECOGNIZED;
  const statusWord = isStatus(false);
  const residentWord = isStatus(true);
  const sexWord = (text: string) => parseSex(text) !== SEX_INVALID;
  const smartphoneWord = (text: string) => readSmartphoneCell(text, false).status !== UNRECOGNIZED;
  const noSmartphoneWord = (text: string) => readNoSmartphoneCell(text, false).status !== UNRECOGNIZED;
  const noteWord = (text: string) => noteFacts(text) !== 0;
  // With no resident column, everyone on the list counts as a resident (DOMAIN.md, seed 000).
  const baseFlags = cols.resident === undefined ? FLAG_BIT.resident : 0;
  const letter = (c: number) => columnLetter(c + colOffset);
  const cccdLetter = cccdCol >= 0 ? letter(cccdCol) : '';
  const bhytLetter = bhytCol >= 0 ? letter(bhytCol) : '';
  const birthLetter = birthCol >= 0 ? letter(birthCol) : '';
  const sexLetter = sexCol >= 0 ? letter(sexCol) : '';
  const issues = ctx.issues;
  const villages = ctx.villages;
  const push = <C extends IssueCode>(r: number, column: string, code: C, ...params: ParamsArg<C>) => issues.push(issueAt(placeIn(grid, r, column), code, ...params));
  const pushFound = (r: number, column: string, found: ValueIssue) => issues.push(placed(placeIn(grid, r, column), found));

  let records = 0;
  let totalsRows = 0;
  const end = header.end ?? values.length;
  for (let r = header.row + 1; r < end; r++) {
    const row = values[r];
    if (!row) continue;
    let name = nameCol >= 0 ? row[nameCol] : undefined;
    const cccdRaw = cccdCol >= 0 ? row[cccdCol] : undefined;
    const bhytRaw = bhytCol >= 0 ? row[bhytCol] : undefined;
    // A broken formula in the name column ("#N/A" from a VLOOKUP) is no name: reported, read as empty.
    const nameError = isExcelError(name);
    if (nameError) name = '';
    const noName = isBlankCell(name);
    const noCccd = isBlankCell(cccdRaw);
    const noBhyt = isBlankCell(bhytRaw);
    if (noName && noCccd && noBhyt) continue;
    if (nameError) push(r, letter(nameCol), 'CELL_ERROR_VALUE', { value: String(row[nameCol]) });
    if (nameDecoder !== null && typeof name === 'string') name = nameDecoder.decode(name);
    if (typeof name === 'string' && isTotalsRow(name)) {
      totalsRows++;
      continue;
    }
    // The "(1) (2) (3)" row sits under the header, sometimes below a second header line or a blank row.
    if (r <= header.row + COLUMN_NUMBER_ROW_REACH && isColumnNumberRow(row)) continue;

    const fmtRow = formats ? formats[r] : undefined;
    let flags = baseFlags;

    let birth: Ymd = DATE_EMPTY;
    if (birthCol >= 0) {
      const raw = row[birthCol];
      birth = parseBirthDate(raw ?? null, fmtRow?.[birthCol], ctx.asOfYmd);
      if (birth === DATE_BAD) push(r, birthLetter, isExcelError(raw) ? 'CELL_ERROR_VALUE' : 'DATE_INVALID', { value: String(raw) });
    }
    let male: boolean | null = null;
    if (sexCol >= 0) {
      let raw = row[sexCol];
      if (sexDecoder !== null && typeof raw === 'string') raw = sexDecoder.decode(raw);
      let sex = parseSex(raw ?? null);
      if (sex === SEX_INVALID && typeof raw === 'string') {
        const text = recover(raw, sexCol, 'sex', sexWord);
        if (text !== null) sex = parseSex(text);
      }
      if (sex === SEX_INVALID) push(r, sexLetter, isExcelError(raw) ? 'CELL_ERROR_VALUE' : 'SEX_INVALID', { value: String(raw) });
      else if (sex !== SEX_UNKNOWN) male = sex === MALE;
    }

    let cccdKey = NaN;
    if (!noCccd) {
      const res = parseCccd(cccdRaw ?? null, fmtRow?.[cccdCol]);
      if (!res.valid && isExcelError(cccdRaw)) push(r, cccdLetter, 'CELL_ERROR_VALUE', { value: String(cccdRaw) });
      else for (const issue of res.issues) pushFound(r, cccdLetter, issue);
      cccdKey = res.key;
      if (res.valid) {
        flags |= FLAG_BIT.hasCccd;
        const known = birth > 0 ? yearOf(birth) : null;
        for (const issue of checkCccdAgainstPerson(res, known, male)) pushFound(r, cccdLetter, issue);
        if (birth <= 0 && res.birthYear !== null) birth = res.birthYear * 10000 + 101;
      }
    }

    let bhytKey = NaN;
    if (!noBhyt) {
      const res = parseBhyt(bhytRaw ?? null);
      if (!res.valid && isExcelError(bhytRaw)) push(r, bhytLetter, 'CELL_ERROR_VALUE', { value: String(bhytRaw) });
      else for (const issue of res.issues) pushFound(r, bhytLetter, issue);
      if (res.valid) {
        flags |= FLAG_BIT.hasBhyt;
        bhytKey = res.last10;
      }
    }

    // NO_SMARTPHONE and GUARDIAN, from the smartphone, "Không có ĐTTM", "Người giám hộ" and note columns.
    let facts = 0;
    for (let s = 0; s < statusCols.length; s++) {
      const sc = statusCols[s];
      let raw = row[sc.col];
      if (sc.decoder !== null && typeof raw === 'string') raw = sc.decoder.decode(raw);
      const dated = typeof raw === 'number' && isDateFormat(fmtRow?.[sc.col]);
      let status: Status;
      if (sc.phone) {
        let read = readSmartphoneCell(raw ?? null, dated);
        if (read.status === UNRECOGNIZED && typeof raw === 'string') {
          const text = recover(raw, sc.col, 'phone', smartphoneWord);
          if (text !== null) read = readSmartphoneCell(text, false);
        }
        status = read.status;
        facts |= read.facts;
      } else {
        status = parseStatus(raw ?? null, sc.resident, dated);
        if (status === UNRECOGNIZED && typeof raw === 'string') {
          const text = recover(raw, sc.col, sc.resident ? 'resident' : 'status', sc.resident ? residentWord : statusWord);
          if (text !== null) status = parseStatus(text, sc.resident, false);
        }
      }
      if (status === YES) flags |= sc.bit;
      else if (status === UNRECOGNIZED) push(r, sc.letter, isExcelError(raw) ? 'CELL_ERROR_VALUE' : 'STATUS_UNRECOGNIZED', { value: withoutGuardianName(String(raw)) });
    }

    if (noSmartphoneCol >= 0) {
      let raw = row[noSmartphoneCol];
      if (noSmartphoneDecoder !== null && typeof raw === 'string') raw = noSmartphoneDecoder.decode(raw);
      let read = readNoSmartphoneCell(raw ?? null, typeof raw === 'number' && isDateFormat(fmtRow?.[noSmartphoneCol]));
      if (read.status === UNRECOGNIZED && typeof raw === 'string') {
        const text = recover(raw, noSmartphoneCol, 'noSmartphone', noSmartphoneWord);
        if (text !== null) read = readNoSmartphoneCell(text, false);
      }
      facts |= read.facts;
      if (read.status === UNRECOGNIZED) {
        push(r, letter(noSmartphoneCol), isExcelError(raw) ? 'CELL_ERROR_VALUE' : 'STATUS_UNRECOGNIZED', { value: withoutGuardianName(String(raw)) });
      }
    }

    if (guardianCol >= 0) {
      let raw = row[guardianCol];
      if (isExcelError(raw)) push(r, letter(guardianCol), 'CELL_ERROR_VALUE', { value: String(raw) });
      else {
        if (guardianDecoder !== null && typeof raw === 'string') raw = guardianDecoder.decode(raw);
        facts |= readGuardianCell(raw ?? null);
      }
    }

    if (noteCol >= 0) {
      let note = row[noteCol];
      if (noteDecoder !== null && typeof note === 'string') note = noteDecoder.decode(note);
      else if (isExcelError(note)) {
        push(r, letter(noteCol), 'CELL_ERROR_VALUE', { value: String(note) });
        note = null;
      }
      if (typeof note === 'string' && note !== '') {
        let found = noteFacts(note);
        // A note typed with a legacy font in a column that is not ("Kh«ng cã §TTM" among Unicode notes).
        if (found === 0 && noteDecoder === null && mayBeLegacy(note)) {
          const text = recover(note, noteCol, 'note', noteWord);
          if (text !== null) found = noteFacts(text);
        }
        facts |= found;
      }
    }

    if (facts !== 0) {
      // Neither has a smartphone of their own, whatever another column says.
      flags &= ~FLAG_BIT.smartphone;
      if ((facts & NO_SMARTPHONE) !== 0) flags |= FLAG_BIT.noSmartphone;
      if ((facts & GUARDIAN) !== 0) flags |= FLAG_BIT.guardian;
    }

    let entity = entityIndex;
    if (villages !== undefined) {
      const own = villages.entityOfRow[r];
      if (own >= 0) entity = own;
      // A ragged row that stops before the village column has no cell there: the person's own cell is named instead.
      else push(r, letter(villages.column < row.length ? villages.column : !noName ? nameCol : !noCccd ? cccdCol : bhytCol), 'VILLAGE_MISSING');
    }
    const i = people.count++;
    people.entity[i] = entity;
    people.row[i] = r;
    people.cccdKey[i] = cccdKey;
    people.bhytKey[i] = bhytKey;
    people.birth[i] = birth > 0 ? birth : 0;
    people.flags[i] = flags;
    records++;
  }

  // One warning per legacy column, on its header cell.
  for (const { col, decoder } of decoders) {
    const seen = recoveredLegacy.get(col);
    recoveredLegacy.set(col, { encoding: decoder.encoding, cells: decoder.converted + (seen?.cells ?? 0) });
  }
  for (const [col, { encoding, cells }] of [...recoveredLegacy].sort((a, b) => a[0] - b[0])) {
    if (cells > 0) push(header.row, letter(col), 'TEXT_LEGACY_ENCODING', { encoding: LEGACY_ENCODING_NAMES[encoding], count: cells });
  }
  return { records, totalsRows };
}
