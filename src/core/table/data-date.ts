/**
 * The date a list's figures were taken, as villages write it above the header:
 * "Số liệu đến ngày 24/10/2025", "(Tính đến ngày 24/10/2025)", "Cập nhật ngày 24-10-2025".
 * Completeness uses it to tell a list that is up to date from one left over from an earlier week.
 */
import type { Grid } from '../grid';
import { foldWords } from '../text/fold';
import { isValidYmd } from '../dates';

const MARKER = /(so lieu|tinh|cap nhat|du lieu)( den| toi)? ngay (\d{1,2}) (\d{1,2}) (\d{4})/;

/**
 * The ISO date written in a title row above the header (or in the first rows of a sheet without one), or null.
 * `from` is where to start looking: on a sheet of stacked lists, just below the list before (ISSUE 14 §3),
 * so each list keeps its own date and no list rescans the sheet from its top. `nearest` takes the date
 * closest above the header (a list's own line under a sheet-wide one), else the topmost.
 */
export function findDataDate(grid: Grid, headerRow: number | null, from = 0, nearest = false): string | null {
  const last = Math.min(grid.values.length, headerRow ?? 15);
  for (let i = from; i < last; i++) {
    const r = nearest ? last - 1 - (i - from) : i;
    for (const cell of grid.values[r] ?? []) {
      if (typeof cell !== 'string' || cell.length > 200) continue;
      const m = MARKER.exec(foldWords(cell));
      if (!m) continue;
      const d = Number(m[3]);
      const mo = Number(m[4]);
      const y = Number(m[5]);
      if (isValidYmd(y, mo, d)) return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }
  }
  return null;
}
