/** Every sheet read, as the report lists it: its role (village, unit, a side list's kind, undecided, none, excluded) and its records. */
import type { ReportModel } from '../report/model';
import type { SheetClass } from './classify-sheets';
import { type ReadLists, listRole } from './read-lists';
import type { ReadForms } from './read-forms';

export function sheetsRead(sheets: readonly SheetClass[], lists: Pick<ReadLists, 'bySheet'>, forms: ReadForms, sideRows: ReadonlyMap<string, number> = new Map()): ReportModel['sheets'] {
  const formRecords = new Map(forms.forms.map((f) => [f.grid, f.read.records]));
  return sheets.flatMap((s): ReportModel['sheets'] => {
    switch (s.role) {
      case 'report':
        return [];
      case 'excluded':
      case 'none':
      case 'undecided':
        return [{ sheet: s.grid.sheet, role: s.role, records: 0 }];
      case 'side':
        return [{ sheet: s.grid.sheet, role: s.side, records: sideRows.get(s.grid.sheet) ?? 0 }];
      case 'form':
        return [{ sheet: s.grid.sheet, role: 'unit', records: formRecords.get(s.grid) ?? 0 }];
      case 'list': {
        const read = lists.bySheet.get(s.grid.sheet);
        if (!read) throw new Error(`list sheet "${s.grid.sheet}" was classified but not read`);
        return [{ sheet: s.grid.sheet, role: listRole(s.grid, read), records: read.records }];
      }
    }
  });
}
