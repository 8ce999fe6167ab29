/**
 * "Tạo mẫu danh sách" in the open workbook: the engine's list template (core/report/layout/template.ts)
 * written into a new sheet under a name no sheet has yet. Two syncs: the sheet names, then everything else.
 */
import type { EntityKind } from '../core/vocabulary';
import { layoutListTemplate } from '../core/report/layout/template';
import type { WriteFeatures } from './features';
import { isOwnSheet, sameSheetName } from './own-sheets';
import { planSheet } from './write-sheet';

const MAX_NAME = 31;

/** A legal sheet name that no sheet has yet (nor any of the add-in's): "Thôn 1", then "Thôn 1 (2)", "Thôn 1 (3)"… */
export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  const base =
    wanted
      .replace(/[\\/?*[\]:]/g, '-')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, MAX_NAME) || 'Danh sách';
  const free = (name: string) => !isOwnSheet(name) && !taken.some((t) => sameSheetName(t, name));
  if (free(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, MAX_NAME - suffix.length).trimEnd()}${suffix}`;
    if (free(name)) return name;
  }
}

export async function createListTemplate(context: Excel.RequestContext, kind: EntityKind, wanted: string, features: WriteFeatures): Promise<string> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const name = uniqueSheetName(
    wanted,
    worksheets.items.map((ws) => ws.name),
  );
  const ws = worksheets.add(name);
  // A new sheet holds nothing to replace, so the commands go straight onto it: no atomic swap, one sync.
  for (const command of planSheet(layoutListTemplate(kind, name), features, Number.POSITIVE_INFINITY)) command.queue(ws);
  ws.activate();
  await context.sync();
  return name;
}
