/**
 * ISSUE 14 §2: the same CCCD or BHYT typed on every row was quadratic (the same BHYT: 0.8 s at 5,000
 * rows, 61 s at 40,000) and one working-list cell reached 275,594 characters. Each finding names a few
 * others and a count; the person's row names its first places and how many more.
 */
import { consolidate } from '../../../src/core/consolidate';
import { PRESETS } from '../../../src/core/campaign/presets';
import { layoutReport } from '../../../src/core/report/layout';
import { PLACES_SHOWN } from '../../../src/core/report/layout/issues';
import { bhytCard, cccd, listGrid } from '../../helpers/lists';

const ROWS = 20_000;
const BO_Y = PRESETS['bo-y-2025'];

describe('the same number on every row of a 20,000-row list', () => {
  test('one BHYT: every holder is flagged, naming three others and how many more', () => {
    const people = Array.from({ length: ROWS }, (_, i) => ({ name: `Người ${i}`, birth: '01/01/1980', cccd: cccd(1980, true, i + 1), bhyt: bhytCard(77), resident: 'x' }));
    const model = consolidate({ grids: [listGrid('Thôn 1', people)], campaign: BO_Y, asOf: '2025-10-25' });
    const flagged = model.issues.filter((i) => i.code === 'DUPLICATE_BHYT');
    expect(flagged).toHaveLength(ROWS);
    expect(flagged[0].message).toContain('(Thôn 1, dòng 3; Thôn 1, dòng 4; Thôn 1, dòng 5 và 19.996 nơi khác)');
    expect(flagged[5].messageEn).toContain('(Thôn 1, dòng 2; Thôn 1, dòng 3; Thôn 1, dòng 4 and 19,996 more)');
    expect(Math.max(...flagged.slice(0, 100).map((i) => i.message.length))).toBeLessThan(300);
  });

  test("one CCCD: one person's row on the working list, its cell naming the first places and how many more", () => {
    const same = cccd(1980, true, 1);
    const people = Array.from({ length: ROWS }, () => ({ name: 'Nguyễn Văn An', birth: '01/01/1980', cccd: same, resident: 'x' }));
    const model = consolidate({ grids: [listGrid('Thôn 1', people)], campaign: BO_Y, asOf: '2025-10-25' });
    expect(model.mismatches).toHaveLength(1);
    expect(model.mismatches[0].places).toHaveLength(ROWS - 1);
    const sheet = layoutReport(model).find((s) => s.name === 'Lỗi dữ liệu')!;
    const cell = sheet.rows.flat().find((c) => typeof c?.v === 'string' && c.v.includes('vị trí khác'))?.v as string;
    expect(cell.split('; ')).toHaveLength(PLACES_SHOWN + 1);
    expect(cell.endsWith(`… và ${(ROWS - 1 - PLACES_SHOWN).toLocaleString('de')} vị trí khác`)).toBe(true);
  });
});
