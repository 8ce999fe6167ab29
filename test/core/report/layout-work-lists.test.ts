/**
 * The work-list sheet "Rà soát từng người" (ISSUE 11 §1) as it prints: one village per page set, each page opening
 * with the repeated header and a line naming the village with its counts, a cut household named again, the team's
 * columns left empty, and no whole CCCD or BHYT number anywhere.
 */
import { consolidateWithWorkLists } from '../../../src/core/consolidate';
import { PRESETS } from '../../../src/core/campaign/presets';
import { layoutWorkLists } from '../../../src/core/report/layout/work-lists';
import type { WorkLists, WorkPerson } from '../../../src/core/report/work-lists';
import { reportSheetOf } from '../../../src/core/pipeline/classify-sheets';
import type { Grid } from '../../../src/core/grid';
import type { SheetSpec } from '../../../src/core/sheetspec';
import { SHEET } from '../../../src/core/vocabulary';
import { AS_OF, COMMUNE, largeVillage } from '../../helpers/work-lists';

/** A4 portrait inside the sheet's top and bottom margins, in points. */
const printable = (spec: SheetSpec) => ((297 - spec.print.margins.top - spec.print.margins.bottom) * 72) / 25.4;
const text = (spec: SheetSpec, r: number, c = 0) => spec.rows[r]?.[c]?.v;
const heightOf = (spec: SheetSpec, r: number) => spec.rowHeights?.[r] ?? 15;

/** The printed pages: the rows from each manual break (the first from under the header) to the next. */
function pages(spec: SheetSpec): { from: number; to: number }[] {
  const header = spec.print.repeatRows?.from ?? 0;
  const starts = [header + 1, ...(spec.print.rowBreaks ?? [])];
  return starts.map((from, i) => ({ from, to: (starts[i + 1] ?? spec.rows.length) - 1 }));
}

const work = consolidateWithWorkLists({ grids: [largeVillage('Thôn Đông', 30), ...COMMUNE], campaign: PRESETS['bo-y-2025'], asOf: AS_OF }).workLists;
const spec = layoutWorkLists(work);
const header = spec.print.repeatRows?.from ?? -1;

describe('the work-list sheet', () => {
  test('prints on A4 portrait, one page wide, its column header repeated on every page', () => {
    expect(spec.name).toBe(SHEET.workLists);
    expect(spec.print).toMatchObject({ paper: 'A4', orientation: 'portrait', fitToWidth: true, repeatRows: { from: header, to: header } });
    expect(spec.rows[header].map((c) => c?.v)).toEqual([
      'STT',
      'Họ và tên',
      'Năm sinh',
      'CCCD (4 số cuối)',
      'BHYT (4 số cuối)',
      'Quan hệ với chủ hộ',
      'Điện thoại',
      'Việc cần làm',
      'Ngày đến',
      'Kết quả',
      'Ghi chú',
    ]);
  });

  test('opens every page with one line naming its village, the page of its pages and its counts', () => {
    const bands = pages(spec).map((p) => String(text(spec, p.from)));
    expect(bands.map((b) => b.split('\n')[0])).toEqual([
      'Thôn Đông - tờ 1/5',
      'Thôn Đông - tờ 2/5',
      'Thôn Đông - tờ 3/5',
      'Thôn Đông - tờ 4/5',
      'Thôn Đông - tờ 5/5',
      'Thôn Nà Lạn - tờ 1/1',
      'Thôn Bản Phố - tờ 1/1',
      'Trường THCS Bờ Y - tờ 1/1',
    ]);
    expect(bands[5].split('\n')[1]).toBe('4 người cần đến, 3 hộ (Làm ĐDĐT mức 2: 2; Kích hoạt mức 2: 1; Tích hợp BHYT: 4); không có ĐTTM hoặc có người giám hộ: 1 người.');
    // No other village's line inside a page: a team's pages hold its own people only.
    for (const p of pages(spec)) {
      for (let r = p.from + 1; r <= p.to; r++) expect(spec.styles[spec.rows[r][0]?.s ?? '']).not.toBe(spec.styles.band);
    }
  });

  test('fits every page: its rows and the repeated header (on the first, the title too) are within A4 less the margins', () => {
    for (const [i, p] of pages(spec).entries()) {
      let used = heightOf(spec, header);
      if (i === 0) for (let r = 0; r < header; r++) used += heightOf(spec, r);
      for (let r = p.from; r <= p.to; r++) used += heightOf(spec, r);
      expect({ page: p.from, fits: used <= printable(spec) }).toEqual({ page: p.from, fits: true });
    }
  });

  test('says the Decree 13/2023 rule and the villages with no one left above the lists', () => {
    const top = Array.from({ length: header }, (_, r) => String(text(spec, r) ?? '')).join('\n');
    expect(top).toContain('Nghị định 13/2023/NĐ-CP');
    expect(top).toContain('số CCCD và số thẻ BHYT chỉ ghi 4 ký tự cuối');
    expect(top).toContain('Không còn ai cần đến: Thôn Khuổi Ngọa.');
  });

  test('leaves Ngày đến, Kết quả and Ghi chú empty, with borders to write in', () => {
    const person = spec.rows.findIndex((row) => row[1]?.v === 'Lò Thị Mai');
    expect(spec.rows[person].slice(5).map((c) => c?.v)).toEqual(['Vợ', null, 'Kích hoạt mức 2, Tích hợp BHYT', null, null, null]);
    for (const c of spec.rows[person].slice(8)) expect(spec.styles[c?.s ?? ''].border).toBe(true);
  });

  test('shows a CCCD and a BHYT number by their last 4 characters only, as text', () => {
    const cells = spec.rows.flatMap((row) => row.map((c) => c?.v));
    expect(cells.some((v) => typeof v === 'string' && /\d{9,}/.test(v.replace(/\s/g, '')) && !/^0\d{9}$/.test(v))).toBe(false);
    const mai = spec.rows.find((row) => row[1]?.v === 'Lò Thị Mai') ?? [];
    expect([mai[3]?.v, mai[4]?.v]).toEqual(['0002', '0002']);
    expect(spec.styles[mai[3]?.s ?? ''].numFmt).toBe('@');
  });

  test('is read back as the add-in’s own sheet, never as a village’s list', () => {
    const grid: Grid = { sheet: spec.name, values: spec.rows.map((row) => row.map((c) => c?.v ?? null)) };
    expect(reportSheetOf(grid)).toEqual({ own: SHEET.workLists, readBack: false });
    const someonesList: Grid = { sheet: SHEET.workLists, values: [['STT', 'Họ và tên', 'Số CCCD', 'Định danh mức 2'], [1, 'Nguyễn Văn A', '001080000001', 'x']] };
    expect(reportSheetOf(someonesList)).toBeNull();
  });
});

describe('a household longer than a page', () => {
  const person = (i: number): WorkPerson => ({ name: `Người ${i}`, birthYear: 1990, relation: 'Con', phone: '', cccdLast4: '', bhytLast4: '', steps: ['integrated'] });
  const big: WorkLists = {
    asOf: AS_OF,
    campaign: { id: 'bo-y-2025', name: 'Chiến dịch' },
    steps: ['integrated'],
    columns: { relation: true, phone: false },
    lists: [
      {
        name: 'Thôn Dài',
        kind: 'village',
        sheets: ['Thôn Dài'],
        groups: [{ label: { kind: 'household', number: '7', head: 'Người 0' }, people: Array.from({ length: 40 }, (_, i) => person(i + 1)) }],
        guardian: [{ label: null, people: Array.from({ length: 30 }, (_, i) => person(i + 41)) }],
        people: 40,
        guardianPeople: 30,
        households: 1,
        byStep: { integrated: 40 },
        missingColumns: [],
      },
    ],
  };
  const long = layoutWorkLists(big);

  test('is named again at the top of the next page, and the guardian list’s heading too', () => {
    const firstRows = pages(long).map((p) => [String(text(long, p.from)).split('\n')[0], text(long, p.from + 1)]);
    expect(firstRows.length).toBeGreaterThanOrEqual(3);
    expect(firstRows[0]).toEqual([`Thôn Dài - tờ 1/${firstRows.length}`, 'Hộ số 7 - Chủ hộ: Người 0']);
    expect(firstRows[1]).toEqual([`Thôn Dài - tờ 2/${firstRows.length}`, 'Hộ số 7 - Chủ hộ: Người 0 (tiếp theo)']);
    expect(String(firstRows.at(-1)?.[1])).toMatch(/^Người không có điện thoại thông minh .* \(tiếp theo\)$/);
  });

  test('numbers its people 1 to 70 across its pages, each once', () => {
    const numbers = long.rows.flatMap((row) => (typeof row[0]?.v === 'number' && row[1]?.v !== undefined ? [row[0].v] : []));
    expect(numbers).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
  });
});
