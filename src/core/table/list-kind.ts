/**
 * What kind of list a header and its title are (issue 10 §3). Besides the lists the campaign counts, communes put
 * lists in the workbook that are read for what they are and never counted as people:
 * - a task group's roster (seed 000 §III.12: "Báo cáo danh sách thành viên Tổ công tác … để theo dõi, chỉ đạo";
 *   seed 001 phase 1: the village support groups): its members, per village;
 * - the health station's list of records the national database did not match (seed 001 phase 3: "Trạm Y tế lập
 *   danh sách (gồm họ tên, ngày, tháng, năm sinh, số CCCD, Mã thẻ BHYT) chuyển ngay cho Công an xã"): the police's
 *   work;
 * - a list of people still without a level-2 account (seed 000 §III.5: "lập danh sách … học sinh từ đủ 14 tuổi trở
 *   lên chưa có tài khoản định danh điện tử mức độ 2", due 15/10/2025): how many, by class.
 * The sheet's name, the title above the header and the header's own columns each say what they can. A header with
 * a Có/Không column the indicators read is a list to count unless its name or title says a side list; a list whose
 * name, title and columns say two kinds, or a list of names only (no status, no CCCD, no BHYT) that says none,
 * cannot be decided.
 */
import { foldWords } from '../text/fold';
import { ALIASES, type Field, SIDE_SIGNAL_COLUMNS, type SideColumn, STATUS_FIELDS } from './aliases';
import type { HeaderMatch } from './header';
import { SIDE_LIST_KINDS, type SideListKind } from '../vocabulary';

/** roster: a task group's members; mismatch: the health station's mismatch list; noLevel2: people without a level-2 account. */
export type SideKind = SideListKind;

/** Why a list's kind could not be decided. */
export type UndecidedReason =
  /** The sheet's name or title says a roster or a mismatch list but the header has a Có/Không column the indicators count. */
  | { reason: 'sideWithStatus'; side: SideKind; column: string }
  /** The name, title or header say two different side lists. */
  | { reason: 'twoKinds'; sides: SideKind[] }
  /** Names only: no status column, no CCCD or BHYT, and nothing that says a side list. */
  | { reason: 'namesOnly' };

export type ListKind = { kind: 'count' } | { kind: SideKind } | { kind: 'undecided'; why: UndecidedReason };

/** Folded phrases of a sheet's name, each with the side list it names. */
const NAME_PHRASES: readonly [RegExp, SideKind][] = [
  [/\b(to cong tac|to ct|tct|to luu dong|to ho tro|to cong nghe so|to cns|thanh vien to|thanh vien)\b/, 'roster'],
  [/\b(sai lech|khong trung khop|khong khop|khong tim thay|loi dinh danh|sai thong tin|thong tin sai)\b/, 'mismatch'],
  [/\bchua (co |duoc |duoc cap |cap |lam )?((tai khoan |tk )?(dinh danh|dddt|muc 2|muc do 2|md2|vneid)|tai khoan|tk)\b/, 'noLevel2'],
];

/** Folded phrases of a title: a members' list, a list of cases that do not match, people without a level-2 account. */
const TITLE_PHRASES: readonly [RegExp, SideKind][] = [
  [/\b(thanh vien (cac |cua )?(to|doi) |danh sach (cac )?(to|doi) (cong tac|ct|luu dong|ho tro|cong nghe so|xung kich)|luc luong tham gia (cac )?to)/, 'roster'],
  [/\b(sai lech|khong trung khop|khong khop|khong tim thay cong dan|loi dinh danh)\b/, 'mismatch'],
  [
    /\bchua (co |duoc |duoc cap |cap |lam )?(tai khoan|tk) ((dinh danh (dien tu )?|dddt )?(muc|md)( do)? 2|(dinh danh (dien tu )?)?vneid)\b|\bchua (duoc )?(dinh danh|dddt) (dien tu )?(muc|md)( do)? 2\b/,
    'noLevel2',
  ],
];

/** A title that lists both who has and who has not an account is a list to count ("đã có và chưa có tài khoản"). */
const BOTH_SIDES = /\bda (co|duoc)\b.*\bchua (co|duoc)\b/;

/** Status columns that make a list one to count (living here, "Thường trú", says nothing of the campaign). */
const COUNTED_STATUS: readonly Field[] = STATUS_FIELDS.filter((f) => f !== 'resident');

function sidesIn(text: string, phrases: readonly [RegExp, SideKind][]): SideKind[] {
  if (text === '') return [];
  const folded = ` ${foldWords(text)} `;
  if (BOTH_SIDES.test(folded)) return phrases.filter(([, k]) => k !== 'noLevel2').flatMap(([re, k]) => (re.test(folded) ? [k] : []));
  return phrases.flatMap(([re, k]) => (re.test(folded) ? [k] : []));
}

/** The side lists a sheet's name says, e.g. "Thôn 1 - Tổ công tác" a roster, "TYT - Sai lệch" a mismatch list. */
export function sidesInName(sheet: string): SideKind[] {
  return sidesIn(sheet, NAME_PHRASES);
}

/** The side lists a title says, e.g. "DANH SÁCH THÀNH VIÊN TỔ CÔNG TÁC THÔN 1". */
export function sidesInTitle(title: string): SideKind[] {
  return sidesIn(title, TITLE_PHRASES);
}

/** The same phrases, each matching a whole run of words. */
const WHOLE_NAME_PHRASES = NAME_PHRASES.map(([re]) => new RegExp(`^(?:${re.source})$`));
/** Words around the owner's name that say nothing of it: "DS", "Danh sách", separators. */
const FILLER = /^(ds|dsach|danh sach|danh sach cac|cua|-|–)$/;

/**
 * A side sheet's name with the words that make it a side list taken out, as written: "Thôn 1 - Tổ công tác" →
 * "Thôn 1", "THCS - Chưa có mức 2" → "THCS", "Tổ công tác" → "" (the title or the rows must name the village).
 */
export function nameWithoutSide(sheet: string): string {
  let words = sheet.normalize('NFC').trim().split(/\s+/);
  for (let found = true; found; ) {
    found = false;
    for (let i = 0; i < words.length && !found; i++) {
      for (let j = words.length; j > i && !found; j--) {
        const folded = foldWords(words.slice(i, j).join(' '));
        if (folded !== '' && WHOLE_NAME_PHRASES.some((re) => re.test(folded))) {
          words = [...words.slice(0, i), ...words.slice(j)];
          found = true;
        }
      }
    }
  }
  const kept = words.filter((w) => !FILLER.test(foldWords(w) || w));
  return kept.join(' ').replace(/^[\s\-–:,.()]+|[\s\-–:,.()]+$/g, '');
}

/** The side list a header's own columns say: a task group's forces ("Lực lượng"), what does not match ("Nội dung sai lệch"). */
function sidesInHeader(header: HeaderMatch): SideKind[] {
  const out: SideKind[] = [];
  for (const column of Object.keys(header.side ?? {}) as SideColumn[]) {
    const side = SIDE_SIGNAL_COLUMNS[column];
    if (side !== undefined && !out.includes(side)) out.push(side);
  }
  return out;
}

export interface ListKindInput {
  /** The sheet's name when the list is the sheet's first (a list stacked under another has only its title). */
  sheet: string | null;
  /** The title rows above the header, as read. */
  title: string;
  header: HeaderMatch;
}

/** What a list is: to count, one of the side lists, or undecided (and why). */
export function listKindOf({ sheet, title, header }: ListKindInput): ListKind {
  const said = [...new Set([...(sheet === null ? [] : sidesInName(sheet)), ...sidesInTitle(title)])];
  const status = COUNTED_STATUS.find((f) => header.columns[f] !== undefined);
  if (status !== undefined) {
    // A Có/Không column counts, and side columns ("Lực lượng" on a militia's staff list) do not overrule it. A list
    // of people without a level-2 account may still carry one (moot for them); a roster or a mismatch list may not.
    const other = said.filter((k) => k !== 'noLevel2');
    if (other.length > 0) return { kind: 'undecided', why: { reason: 'sideWithStatus', side: other[0], column: ALIASES[status][0] } };
    return said.includes('noLevel2') ? { kind: 'noLevel2' } : { kind: 'count' };
  }
  const sides = [...new Set([...said, ...sidesInHeader(header)])];
  if (sides.length > 1) return { kind: 'undecided', why: { reason: 'twoKinds', sides } };
  if (sides.length === 1) return { kind: sides[0] };
  const ids = header.columns.cccd !== undefined || header.columns.bhyt !== undefined;
  return ids ? { kind: 'count' } : { kind: 'undecided', why: { reason: 'namesOnly' } };
}

/** True for the kinds read as a side list. */
export function isSideKind(kind: ListKind['kind']): kind is SideKind {
  return (SIDE_LIST_KINDS as readonly string[]).includes(kind);
}
