/**
 * One sheet for the whole commune, with each person's village in a column: the villages it holds,
 * matched against the campaign's configured entities, and which village each row belongs to.
 * Worked out once per sheet; the rows are then read as any list, each into its village's entity.
 */
import type { CellValue, Grid } from '../grid';
import type { HeaderMatch } from './header';
import { entityKindFromName } from './entity-kind';
import { villageIndex, villageKey } from './villages';
import { cleanText, foldWords } from '../text/fold';
import { LegacyColumnDecoder } from '../text/legacy-column';
import type { EntityKind } from '../vocabulary';

export interface ConfiguredVillage {
  /** The configured entity's sheet name, the key completeness matches on. */
  sheet: string;
  name: string;
  kind: EntityKind;
}

export interface CombinedVillage {
  name: string;
  kind: EntityKind;
  /** The configured entity it matched, or null for a name the campaign does not know. */
  configured: ConfiguredVillage | null;
  /** Zero-based grid row of its first cell, where an unknown name is reported. */
  firstRow: number;
}

export interface CombinedSheet {
  /** Village index per grid row, -1 where the cell is empty. */
  villageOfRow: Int32Array;
  villages: CombinedVillage[];
  /** Some row with a person has no village: the sheet's own entity is needed. */
  hasRowsWithoutVillage: boolean;
}

function isEmpty(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && cleanText(v) === '');
}

/**
 * The villages of a combined sheet, or null when the sheet is a single village's list: no village
 * column, every named village is the sheet's own, or an "Địa chỉ" column holds addresses rather than villages.
 */
export function combinedSheet(grid: Grid, header: HeaderMatch, configured: readonly ConfiguredVillage[]): CombinedSheet | null {
  const col = header.columns.village;
  if (col === undefined) return null;
  const byKey = villageIndex(configured);
  const encoding = header.textEncodings?.village;
  const decoder = encoding === undefined ? null : new LegacyColumnDecoder(encoding);
  const identity = [header.columns.fullName, header.columns.cccd, header.columns.bhyt].filter((c): c is number => c !== undefined);

  const villageOfRow = new Int32Array(grid.values.length).fill(-1);
  const villages: CombinedVillage[] = [];
  const indexOfKey = new Map<string, number>();
  const indexOfText = new Map<string, number>();
  let hasRowsWithoutVillage = false;
  let villageLike = 0;
  let cells = 0;
  const end = header.end ?? grid.values.length;
  for (let r = header.row + 1; r < end; r++) {
    const row = grid.values[r];
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a Grid built by hand may leave rows out
    if (!row || identity.every((c) => isEmpty(row[c]))) continue;
    const raw = row[col];
    if (isEmpty(raw)) {
      hasRowsWithoutVillage = true;
      continue;
    }
    const text = typeof raw === 'string' ? raw : String(raw);
    let index = indexOfText.get(text);
    if (index === undefined) {
      const written = cleanText(decoder !== null ? decoder.decode(text) : text);
      const key = villageKey(written);
      index = indexOfKey.get(key);
      if (index === undefined) {
        const match = byKey.get(key) ?? null;
        index = villages.length;
        villages.push({ name: match?.name ?? written, kind: match?.kind ?? 'village', configured: match, firstRow: r });
        indexOfKey.set(key, index);
      }
      indexOfText.set(text, index);
    }
    villageOfRow[r] = index;
    cells++;
    if (villages[index].configured !== null || entityKindFromName(villages[index].name) === 'village') villageLike++;
  }
  if (villages.length === 0) return null;
  const headerText = grid.values[header.row]?.[col];
  if (typeof headerText === 'string' && foldWords(headerText).startsWith('dia chi') && villageLike * 2 <= cells) return null;
  const ownKey = villageKey(grid.sheet);
  if (villages.length === 1 && !hasRowsWithoutVillage && (villageKey(villages[0].name) === ownKey || villages[0].configured?.sheet === grid.sheet)) return null;
  return { villageOfRow, villages, hasRowsWithoutVillage };
}
