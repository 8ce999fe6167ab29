/** Who a list row is about, as written on the list: for the errors and duplicates sheets the police work from. */
import type { CellValue } from '../grid';
import type { ListedEntity } from '../table/listed-entity';
import { cleanText } from '../text/fold';
import { formatYmd, parseBirthDate, isYearOnly } from '../table/cells/birth-date';
import { isDateFormat } from '../table/cells/excel-dates';
import type { PersonRef } from './model';
import { parseCccd } from '../ids/cccd';
import { parseBhyt } from '../ids/bhyt';
import { type LegacyEncoding, decodeLegacy, detectLegacy, mayBeLegacy } from '../text/legacy';

function text(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  return cleanText(String(v));
}

/** The name as people read it: decoded when its column (or, alone, the cell) is in a legacy encoding; NFC. */
export function nameText(v: CellValue | undefined, columnEncoding: LegacyEncoding | undefined): string {
  if (typeof v !== 'string' || !mayBeLegacy(v)) return text(v);
  const encoding = columnEncoding ?? detectLegacy(v);
  return cleanText(encoding ? decodeLegacy(v, encoding) : v);
}

/** An ID cell as written, or as read when look-alike characters were cleaned ("O01085012345" → "001085012345"). */
function cleanedId(v: CellValue | undefined, parse: (raw: string) => { value: string; issues: readonly { code: string }[] }): string {
  if (typeof v !== 'string') return text(v);
  const parsed = parse(v);
  return parsed.issues.some((i) => i.code === 'ID_CHARACTERS_CLEANED') ? parsed.value : text(v);
}

const NOBODY: PersonRef = Object.freeze({ name: '', birthDate: '', cccd: '', bhyt: '' });

/** Name, birth date, CCCD and BHYT of a zero-based Grid row, read by the header of the list it sits in. */
export function personRef(entity: Pick<ListedEntity, 'grid' | 'header'>, gridRow: number): PersonRef {
  // A finding on the header row (a legacy-encoded column) is about a column, not a person.
  if (gridRow === entity.header.row) return NOBODY;
  const row = entity.grid.values[gridRow] ?? [];
  const cols = entity.header.columns;
  const at = (c: number | undefined) => (c === undefined ? undefined : row[c]);
  const rawBirth = at(cols.birthDate);
  let birthDate = text(rawBirth);
  if (typeof rawBirth === 'number') {
    const format = cols.birthDate === undefined ? undefined : entity.grid.formats?.[gridRow]?.[cols.birthDate];
    const ymd = parseBirthDate(rawBirth, format, 99991231);
    if (ymd > 0) birthDate = formatYmd(ymd, !isDateFormat(format) && isYearOnly(ymd, rawBirth));
  }
  // A CCCD whose zeros Excel dropped, or typed with look-alike characters, is shown as read: the police type it into VNeID.
  const rawCccd = at(cols.cccd);
  const cccd = typeof rawCccd === 'number' ? parseCccd(rawCccd).value || text(rawCccd) : cleanedId(rawCccd, parseCccd);
  const bhyt = cleanedId(at(cols.bhyt), parseBhyt);
  return { name: nameText(at(cols.fullName), entity.header.textEncodings?.fullName), birthDate, cccd, bhyt };
}
