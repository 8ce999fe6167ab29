/**
 * The layers of src/, bottom first: a file may import from its own layer and the layers below it, never from
 * one above. Each entry is a folder or a file under src/; a file belongs to the longest entry that holds it.
 * The README's layer picture is this table.
 */
export const LAYERS: readonly { name: string; paths: readonly string[] }[] = [
  { name: 'contracts and vocabulary', paths: ['core/grid.ts', 'core/sheetspec.ts', 'core/vocabulary.ts', 'core/place.ts', 'core/dates.ts', 'core/numbers.ts', 'core/format.ts', 'core/sheet-limits.ts'] },
  { name: 'issues', paths: ['core/issues.ts', 'core/messages.ts'] },
  { name: 'text', paths: ['core/text'] },
  { name: 'ids', paths: ['core/ids'] },
  { name: 'lists', paths: ['core/table'] },
  { name: 'forms', paths: ['core/forms'] },
  { name: 'campaign', paths: ['core/campaign'] },
  { name: 'history', paths: ['core/history'] },
  { name: 'report', paths: ['core/report'] },
  { name: 'layout', paths: ['core/report/layout'] },
  { name: 'pipeline', paths: ['core/pipeline', 'core/consolidate.ts'] },
  { name: 'adapters', paths: ['files', 'excel'] },
  { name: 'doors', paths: ['taskpane', 'commands', 'cli'] },
];
