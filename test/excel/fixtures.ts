/** Commune workbooks for the fake: village lists of any length, and what the engine makes of them. */
import type { Grid } from '../../src/core/grid';
import { consolidate } from '../../src/core/consolidate';
import { PRESETS } from '../../src/core/campaign/presets';
import type { ReportModel } from '../../src/core/report/model';
import { cccd, bhxh } from '../helpers/lists';
import type { FakeExcel, Value } from './fake-excel';

export const BO_Y = PRESETS['bo-y-2025'];
export const AS_OF = '2025-10-25';

const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Mã thẻ BHYT', 'Thường trú', 'Định danh mức 2', 'Đã kích hoạt'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ'];
const GIVEN = ['Văn An', 'Thị Bình', 'Hữu Cường', 'Thị Dung', 'Minh Đức'];

export interface ListSheet {
  rows: Value[][];
  formats: string[][];
}

/** A village list: a header and `people` rows; CCCD and BHYT typed as text, birth dates as date serials. */
export function villageList(people: number, serialFrom = 1): ListSheet {
  const rows: Value[][] = [[...HEADER]];
  const formats: string[][] = [HEADER.map(() => 'General')];
  for (let i = 0; i < people; i++) {
    const n = serialFrom + i;
    rows.push([i + 1, `${FAMILY[n % FAMILY.length]} ${GIVEN[n % GIVEN.length]}`, 29_000 + (n % 9000), cccd(1980, n % 2 === 0, n % 1_000_000), bhxh(n), 'x', n % 5 === 0 ? '' : 'x', n % 3 === 0 ? '' : 'x']);
    formats.push(['General', 'General', 'dd/mm/yyyy', '@', '@', 'General', 'General', 'General']);
  }
  return { rows, formats };
}

/** Adds a village list to the fake, at A1 or elsewhere. */
export function addVillage(fake: FakeExcel, name: string, people: number, origin?: { row: number; col: number }, serialFrom = 1): ListSheet {
  const list = villageList(people, serialFrom);
  fake.addSheet(name, list.rows, { formats: list.formats, origin });
  return list;
}

/** The Grid the reader should produce for a list placed at `origin`. */
export function expectedGrid(sheet: string, list: ListSheet, origin = { row: 0, col: 0 }): Grid {
  return { sheet, values: list.rows, formats: list.formats, rowOffset: origin.row, colOffset: origin.col };
}

/** The engine's report model for Grids read from a workbook. */
export function modelOf(grids: Grid[]): ReportModel {
  return consolidate({ grids, campaign: BO_Y, asOf: AS_OF, madeAt: `${AS_OF}T10:00` });
}
