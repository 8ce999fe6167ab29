/** Rows that sit inside a list without being persons: totals rows and the column-number row under a header. */
import type { CellValue } from '../grid';
import { withoutInvisible } from '../text/invisible';

/** How far below the header the "(1) (2) (3)" row may sit (a second header line or a blank row between). */
export const COLUMN_NUMBER_ROW_REACH = 3;

/** Empty, or only spaces (ordinary or non-breaking). Cheap on the common case: a cell that starts with a letter or digit. */
export function isBlankCell(v: CellValue | undefined): boolean {
  if (v === null || v === undefined || v === '') return true;
  if (typeof v !== 'string') return false;
  const c = v.charCodeAt(0);
  if (c > 32 && c !== 160) return false;
  return v.trim().length === 0;
}

/**
 * "Tổng", "Cộng", "Tổng cộng", "Tổng số: 45" in the name column. Decided on the diacritics when they
 * are there, because "Tống" is a family name (Tống Văn Bình) that folds to the same letters.
 */
export function isTotalsRow(name: string): boolean {
  // Quick rejection for the common case, a person's name: this runs once per row.
  const c0 = name.charCodeAt(0);
  const lower0 = c0 | 0x20;
  if (lower0 === 0x74 || lower0 === 0x63) {
    // "T…"/"C…": only "To…"/"Tô…"/"Tổ…"/"Co…"/"Cộ…" can be a totals label; "Trần", "Chu" cannot.
    const c1 = name.charCodeAt(1);
    if (c1 < 128 && (c1 | 0x20) !== 0x6f) return false;
  } else if (c0 > 32 && c0 !== 0xa0 && c0 !== 0xfeff && (c0 < 0x2000 || c0 > 0x200d)) {
    return false; // not t/c and not a leading space of some kind
  }
  const lower = withoutInvisible(name.normalize('NFC')).replace(/[\s\u00A0]+/g, ' ').trim().toLowerCase();
  if (lower.startsWith('tổng') || lower.startsWith('cộng')) return true;
  // Written without diacritics: only the whole phrase counts, and only when the text has no diacritics at all.
  // eslint-disable-next-line no-control-regex -- the class is every non-ASCII character, so it must start at NUL
  if (/[^\x00-\x7f]/.test(lower)) return false;
  return /^(tong cong|tong so|tong|cong)\W*(\d+)?$/.test(lower);
}

/** The "(1) (2) (3) …" or "1 2 3 …" row many official forms put under the header. */
export function isColumnNumberRow(row: readonly CellValue[]): boolean {
  let seen = 0;
  for (const cell of row) {
    if (cell === null || cell === '') continue;
    const n = typeof cell === 'number' ? cell : /^\(?\d{1,2}\)?$/.test(String(cell).trim()) ? parseInt(String(cell).replace(/\D/g, ''), 10) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > 60) return false;
    seen++;
  }
  return seen >= 2;
}
