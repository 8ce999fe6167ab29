/** The sex column: Nam / Nữ and their usual spellings. Each distinct text is folded once and remembered. */
import type { CellValue } from '../../grid';
import { foldWords } from '../../text/fold';

export const MALE = 1;
export const FEMALE = 0;
export const SEX_UNKNOWN = -1;
export const SEX_INVALID = -2;
export type Sex = typeof MALE | typeof FEMALE | typeof SEX_UNKNOWN | typeof SEX_INVALID;

const sexCache = new Map<string, Sex>();
function sexOfText(text: string): Sex {
  const w = foldWords(text);
  if (w === '') return SEX_UNKNOWN;
  if (w === 'nam' || w === 'm' || w === 'male' || w === 'trai') return MALE;
  if (w === 'nu' || w === 'f' || w === 'female' || w === 'gai') return FEMALE;
  return SEX_INVALID;
}

export function parseSex(value: CellValue): Sex {
  if (value === null || value === '') return SEX_UNKNOWN;
  if (typeof value !== 'string') return SEX_INVALID;
  let s = sexCache.get(value);
  if (s === undefined) {
    s = sexOfText(value);
    if (sexCache.size < 1000) sexCache.set(value, s);
  }
  return s;
}
