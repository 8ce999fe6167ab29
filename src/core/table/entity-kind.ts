/**
 * Is a sheet a village (thôn, tổ dân phố: the territorial entity) or a unit (cơ quan, đơn vị)?
 * Decided from the sheet's name; a campaign may override it per sheet.
 */
import { foldWords } from '../text/fold';
import type { EntityKind } from '../vocabulary';

/** Folded first words that name a village-level entity. */
const VILLAGE_PREFIXES = ['thon', 'xom', 'lang', 'ap', 'buon', 'plei', 'to dan pho', 'tdp', 'khu pho', 'kp', 'to', 'ban'];

export function entityKindFromName(sheetName: string): EntityKind {
  const folded = foldWords(sheetName);
  const first = folded.split(' ', 1)[0];
  // "Bản" (hamlet) and "Ban" (a board, e.g. Ban Chỉ huy Quân sự) fold to one word: only the
  // written hook of "Bản", or a bare "Ban" followed by a number, makes a village.
  if (first === 'ban') {
    const word = sheetName.normalize('NFC').trim().split(/\s+/, 1)[0].toLowerCase();
    return word === 'bản' || /^ban \d/.test(folded) ? 'village' : 'unit';
  }
  for (const prefix of VILLAGE_PREFIXES) {
    if (folded === prefix || folded.startsWith(prefix + ' ')) return 'village';
  }
  // "Thôn1", "TDP3": a prefix glued to a number.
  if (/^(thon|xom|tdp|to|kp)\d/.test(folded)) return 'village';
  return 'unit';
}
