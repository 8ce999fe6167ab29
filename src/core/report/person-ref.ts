/** Who a list row is about, as written on the list: for the errors and duplicates sheets the police work from. */
import type { CellValue } from '../grid';
import type { ListedEntity } from '../consolidate';
import { cleanText } from '../text/fold';
import { formatYmd, isDateFormat, parseBirthDate, isYearOnly } from '../table/cells';
import type { PersonRef } from './model';
import { parseCccd } from '../ids/cccd';

function text(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  return cleanText(String(v));
}

/** Name, birth date, CCCD and BHYT of a zero-based Grid row of a listed entity. */
export function personRef(entity: ListedEntity, gridRow: number): PersonRef {
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
  // A CCCD whose zeros Excel dropped is shown restored, as the police will type it into VNeID.
  const rawCccd = at(cols.cccd);
  const cccd = typeof rawCccd === 'number' ? parseCccd(rawCccd).value || text(rawCccd) : text(rawCccd);
  return { name: text(at(cols.fullName)), birthDate, cccd, bhyt: text(at(cols.bhyt)) };
}
