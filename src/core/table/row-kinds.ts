/** Rows that sit inside a list without being persons: totals rows and the column-number row under a header. */
import type { CellValue } from '../grid';

/**
 * "Tổng", "Cộng", "Tổng cộng", "Tổng số: 45" in the name column. Decided on the diacritics when they
 * are there, because "Tống" is a family name (Tống Văn Bình) that folds to the same letters.
 */
export function isTotalsRow(name: string): boolean {
  const first = name.charCodeAt(0) | 0x20; // ASCII lower case, for the quick test
  if (first !== 0x74 && first !== 0x63 && name.charCodeAt(0) > 32 && name.charCodeAt(0) < 128) return false; // not t/c
  const lower = name.normalize('NFC').replace(/[\s\u00A0\u200B-\u200D\uFEFF]+/g, ' ').trim().toLowerCase();
  if (lower.startsWith('tổng') || lower.startsWith('cộng')) return true;
  // Written without diacritics: only the whole phrase counts, and only when the text has no diacritics at all.
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
