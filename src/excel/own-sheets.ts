import { SHEET } from '../core/vocabulary';
/**
 * The sheets the add-in owns (core's SHEET names). The writer replaces only them; every other sheet is
 * a source sheet and is never written. The reader hands them to the engine, which skips them or reads
 * them back (the history, to compare weeks; the errors list, for the statuses the police set).
 */

/**
 * What a new report replaces: every sheet of ours but the config, so a sheet from an earlier report (a chart, a final
 * report) does not linger, and but the work lists, which are written only when asked for.
 */
export const REPORT_SHEETS: readonly string[] = Object.values(SHEET).filter((name) => name !== SHEET.config && name !== SHEET.workLists);

/** Sheets being built before an atomic swap are named "~SSKĐT <run> <n>"; left over only after a failed clean-up. */
export const TEMP_PREFIX = '~SSKĐT ';

const OWN_SHEETS: readonly string[] = Object.values(SHEET);

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();
}

export function isOwnSheet(name: string): boolean {
  return name.startsWith(TEMP_PREFIX) || OWN_SHEETS.some((own) => sameSheetName(own, name));
}

/**
 * The sheets readGrids hands to the engine: every sheet but the temporary ones of a write. The engine
 * itself tells our report sheets (skipped, or read back: the history and the police's statuses) from a
 * list someone named like one of them ("Tổng hợp"), which it reads and which must never be overwritten.
 */
export function isReadByEngine(name: string): boolean {
  return !name.startsWith(TEMP_PREFIX);
}
