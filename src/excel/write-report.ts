/**
 * Office.js adapter, output side: SheetSpecs → the add-in's sheets, replaced atomically.
 *   sync 1   sheet names and positions;
 *   sync 2…  every new sheet built under a temporary name, commands packed under the payload budget
 *            (one sync for a normal report), with calculation and screen updating suspended;
 *   last     the swap: old sheets deleted, new ones renamed into their places, in one sync.
 * A failure before the swap deletes the temporary sheets and leaves the previous sheets untouched. A
 * failure in the swap (Excel may have applied part of it) is rolled forward: the new sheets are
 * complete by then. Only sheets named in the specs or in `replace` are ever deleted; no other sheet is
 * written.
 */
import type { SheetSpec } from '../core/sheetspec';
import { ExcelAdapterError, type ReportLeft } from './gateway';
import { officeProblem } from './errors';
import type { WriteFeatures } from './features';
import { TEMP_PREFIX, sameSheetName } from './own-sheets';
import { DEFAULT_PAYLOAD_BUDGET, packBatches, syncEachBatch } from './payload';
import { planSheet } from './write-sheet';

export interface WriteOptions {
  features: WriteFeatures;
  /** Further sheets the new set replaces (e.g. a chart sheet from an earlier report). */
  replace?: readonly string[];
  /** Activate the first new sheet once written. */
  activate?: boolean;
  payloadBudget?: number;
  onProgress?: (fraction: number) => void;
}

interface Existing {
  sheet: Excel.Worksheet;
  name: string;
  position: number;
}

interface Command {
  bytes: number;
  queue(): void;
}

const ADD_SHEET_BYTES = 200;

export async function writeSheets(context: Excel.RequestContext, specs: readonly SheetSpec[], options: WriteOptions): Promise<void> {
  if (specs.length === 0) return;
  const budget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/position');
  await context.sync();
  const existing: Existing[] = worksheets.items.map((sheet) => ({ sheet, name: sheet.name, position: sheet.position }));

  const run = Date.now().toString(36).slice(-5);
  const temps = specs.map((_, i) => `${TEMP_PREFIX}${run} ${i + 1}`);
  const created: Excel.Worksheet[] = [];
  const commands: Command[] = specs.flatMap((spec, i) => [
    {
      bytes: ADD_SHEET_BYTES,
      queue: () => {
        created[i] = worksheets.add(temps[i]);
      },
    },
    ...planSheet(spec, options.features, budget).map((c) => ({ bytes: c.bytes, queue: () => c.queue(created[i]) })),
  ]);
  try {
    await syncEachBatch(context, packBatches(commands, budget), {
      queue: (batch) => {
        context.application.suspendApiCalculationUntilNextSync();
        if (options.features.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
        for (const c of batch) c.queue();
      },
      onProgress: (f) => options.onProgress?.(f * 0.95),
    });
  } catch (e) {
    await deleteTemporarySheets(context, temps, e);
    throw writeFailed(e, 'unchanged');
  }

  const replaced = (name: string) => specs.some((s) => sameSheetName(s.name, name)) || (options.replace ?? []).some((r) => sameSheetName(r, name));
  const old = existing.filter((e) => replaced(e.name));
  try {
    for (const o of old) o.sheet.delete();
    specs.forEach((spec, i) => (created[i].name = spec.name));
    for (const { index, position } of placesOfReplacedSheets(existing, old, specs)) created[index].position = position;
    if (options.activate && created.length > 0) created[0].activate();
    await context.sync();
  } catch (e) {
    await rollForward(context, specs, temps, old.map((o) => o.name), e);
  }
  options.onProgress?.(1);
}

/**
 * Where each new sheet goes: the place of the sheet it replaces, so "Tổng hợp" stays where people keep
 * it. Positions are counted after the old sheets are deleted and are applied in increasing order.
 */
function placesOfReplacedSheets(existing: readonly Existing[], old: readonly Existing[], specs: readonly SheetSpec[]): { index: number; position: number }[] {
  const kept = existing.filter((e) => !old.includes(e));
  const places: { index: number; was: number }[] = [];
  specs.forEach((spec, index) => {
    const previous = old.find((o) => sameSheetName(o.name, spec.name));
    if (previous) places.push({ index, was: previous.position });
  });
  places.sort((a, b) => a.was - b.was);
  // Before each new sheet: the kept sheets that were before its predecessor, and the new sheets placed already.
  return places.map((p, k) => ({ index: p.index, position: kept.filter((e) => e.position < p.was).length + k }));
}

async function deleteTemporarySheets(context: Excel.RequestContext, temps: readonly string[], cause: unknown): Promise<void> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    for (const ws of worksheets.items) if (temps.some((t) => sameSheetName(t, ws.name))) ws.delete();
    await context.sync();
  } catch {
    throw writeFailed(cause, 'temporarySheetsLeft');
  }
}

/** The swap failed part-way: every new sheet is complete, so finish the swap rather than undo it. */
async function rollForward(context: Excel.RequestContext, specs: readonly SheetSpec[], temps: readonly string[], oldNames: readonly string[], cause: unknown): Promise<void> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    const find = (name: string) => worksheets.items.find((ws) => sameSheetName(ws.name, name));
    specs.forEach((spec, i) => {
      const temp = find(temps[i]);
      if (!temp) return;
      find(spec.name)?.delete();
      temp.name = spec.name;
    });
    // An old sheet with no successor (a chart from an earlier report) that the swap did not reach.
    for (const name of oldNames) if (!specs.some((s) => sameSheetName(s.name, name))) find(name)?.delete();
    await context.sync();
  } catch {
    throw writeFailed(cause, 'notSwapped');
  }
}

function writeFailed(cause: unknown, report: ReportLeft): ExcelAdapterError {
  return new ExcelAdapterError({ code: 'WRITE_FAILED', problem: officeProblem(cause), report }, { cause });
}
