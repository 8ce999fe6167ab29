/**
 * Names for sheets that come from files. Village files sent over Zalo are often "Thôn 3.xlsx" with one sheet
 * called "Sheet1": the file names the village then, whether it comes alone or with others (ISSUE 10 §10). Two
 * files with a sheet of the same name get the file name added so both stay apart.
 */
import type { Grid } from '../grid';

const GENERIC_SHEET = /^(sheet|trang tính|trang|bảng tính|worksheet|feuil|tabelle)\s*\d*$/i;

/** A sheet name Excel or LibreOffice gives a new sheet ("Sheet1", "Trang tính1"): it names no village or unit. */
export function isGenericSheetName(sheet: string): boolean {
  return GENERIC_SHEET.test(sheet.normalize('NFC').trim());
}

export interface SourceFile {
  /** File name without folder or extension, e.g. "Thôn 3". */
  baseName: string;
  grids: Grid[];
}

export function nameGridsFromFiles(files: readonly SourceFile[]): Grid[] {
  const named = files.flatMap((file) => {
    const withData = file.grids.filter((g) => g.values.length > 0);
    return file.grids.map((g) => {
      // Only the one sheet that holds data takes the file's name; empty Sheet2, Sheet3 keep theirs.
      const sheet = isGenericSheetName(g.sheet) && withData.length === 1 && withData[0] === g ? file.baseName.normalize('NFC') : g.sheet;
      return { grid: { ...g, sheet }, file: file.baseName };
    });
  });
  const seen = new Map<string, number>();
  for (const n of named) seen.set(n.grid.sheet, (seen.get(n.grid.sheet) ?? 0) + 1);
  return named.map((n) => ((seen.get(n.grid.sheet) ?? 0) > 1 ? { ...n.grid, sheet: `${n.grid.sheet} (${n.file})` } : n.grid));
}
