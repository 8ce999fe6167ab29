import { consolidate } from '../../../src/core/consolidate';
import { COUNT_FORMAT } from '../../../src/core/report/layout/styles';
import { PRESETS } from '../../../src/core/campaign/presets';
import { layoutReport } from '../../../src/core/report/layout';
import { lineHeight } from '../../../src/core/report/layout/measure';
import type { ReportModel } from '../../../src/core/report/model';
import type { CellSpec, SheetSpec } from '../../../src/core/sheetspec';
import { bhxh, cccd, listGrid, type PersonRow } from '../../helpers/lists';

const BO_Y = PRESETS['bo-y-2025'];

function residents(n: number, yes: number, status: Partial<PersonRow>, serialFrom: number): PersonRow[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `Người ${serialFrom + i}`,
    birth: '01/01/1980',
    cccd: cccd(1980, true, serialFrom + i),
    resident: 'x',
    ...(i < yes ? status : {}),
  }));
}

/** Thôn 1: 19 of 20 with a level-2 account; Thôn 2: 3 of 4; Trạm Y tế: 2 of 2 staff integrated. */
function smallModel(): ReportModel {
  return consolidate({
    grids: [
      listGrid('Thôn 1', residents(20, 19, { level2: 'x', integrated: 'x' }, 1)),
      listGrid('Thôn 2', residents(4, 3, { level2: 'x' }, 100)),
      listGrid('Trạm Y tế', residents(2, 2, { integrated: 'x' }, 200)),
    ],
    campaign: BO_Y,
    asOf: '2025-10-25',
  });
}

const sheetNamed = (sheets: SheetSpec[], name: string) => sheets.find((s) => s.name === name)!;
const text = (cell: CellSpec | null | undefined) => (cell && cell.v !== null ? String(cell.v) : '');

/** [row, col] of every cell whose text satisfies `test`. */
function find(sheet: SheetSpec, test: (s: string) => boolean): [number, number][] {
  const hits: [number, number][] = [];
  sheet.rows.forEach((row, r) => row.forEach((cell, c) => test(text(cell)) && hits.push([r, c])));
  return hits;
}
const findOne = (sheet: SheetSpec, test: (s: string) => boolean) => {
  const hits = find(sheet, test);
  expect(hits).toHaveLength(1);
  return hits[0];
};
const at = (sheet: SheetSpec, r: number, c: number) => sheet.rows[r]?.[c] ?? null;
const styleOf = (sheet: SheetSpec, r: number, c: number) => {
  const s = at(sheet, r, c)?.s;
  return s === undefined ? undefined : sheet.styles[s];
};

describe('layoutReport: the summary sheet', () => {
  const model = smallModel();
  const summary = sheetNamed(layoutReport(model), 'Tổng hợp');

  it('comes after the weekly report, then the errors, duplicates and history sheets', () => {
    expect(layoutReport(model).map((s) => s.name)).toEqual(['Báo cáo tuần', 'Tổng hợp', 'Lỗi dữ liệu', 'Lưu ý danh sách', 'Trùng lặp', 'Lịch sử']);
  });

  it('prints as the appendix of the signed report, not a second "BÁO CÁO" (issue 13 §5)', () => {
    const [tr, tc] = findOne(summary, (s) => s === 'PHỤ LỤC');
    expect(tr).toBe(0);
    expect(styleOf(summary, tr, tc)?.bold).toBe(true);
    expect(find(summary, (s) => s === 'BÁO CÁO')).toEqual([]);
    expect(find(summary, (s) => s === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual([]);
    findOne(summary, (s) => s.includes(BO_Y.name));
    findOne(summary, (s) => s === '(Kèm theo Báo cáo số      /BC-UBND ngày 25/10/2025 của ỦY BAN NHÂN DÂN XÃ BỜ Y)');
  });

  it('states the reporting week and the as-of date', () => {
    const [r, c] = findOne(summary, (s) => s.startsWith('Tuần '));
    const line = text(at(summary, r, c));
    expect(line).toContain('Tuần 3');
    expect(line).toContain('20/10');
    expect(line).toContain('26/10/2025');
    expect(line).toContain('25/10/2025');
  });

  it('prints on A4 landscape, fit to one page wide, in Times New Roman with Decree 30 margins', () => {
    expect(summary.print).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToWidth: true });
    const m = summary.print.margins;
    expect(m.top).toBeGreaterThanOrEqual(20);
    expect(m.top).toBeLessThanOrEqual(25);
    expect(m.bottom).toBeGreaterThanOrEqual(20);
    expect(m.bottom).toBeLessThanOrEqual(25);
    expect(m.left).toBeGreaterThanOrEqual(30);
    expect(m.left).toBeLessThanOrEqual(35);
    expect(m.right).toBeGreaterThanOrEqual(15);
    expect(m.right).toBeLessThanOrEqual(20);
    expect(summary.baseFont.name).toBe('Times New Roman');
  });

  /** The four columns (achieved, population, %, assessment) of an indicator, found from its header cell (repeated after a page break). */
  function indicatorColumns(id: string): { header: number; col: number } {
    const label = BO_Y.indicators.find((i) => i.id === id)!.label.vi;
    const [r, c] = find(summary, (s) => s.startsWith(label))[0];
    expect([0, 1, 2, 3].map((j) => text(at(summary, r + 1, c + j)))).toEqual(['Đạt', 'Tổng số', 'Tỷ lệ', 'Đánh giá']);
    return { header: r, col: c };
  }
  /** A village's or unit's row in the table that holds an indicator (one table holds a few indicators). */
  const rowNamed = (name: string, id = 'level2_registered') => {
    const { header } = indicatorColumns(id);
    const rows = find(summary, (s) => s === name).filter(([r, c]) => c === 1 && r > header).map(([r]) => r);
    return Math.min(...rows);
  };

  it('has one row per entity, with its records under "Số người trong danh sách"', () => {
    const [, recordsCol] = find(summary, (s) => s === 'Số người trong danh sách')[0];
    for (const [name, records] of [['Thôn 1', 20], ['Thôn 2', 4], ['Trạm Y tế', 2]] as const) {
      expect(at(summary, rowNamed(name), recordsCol)?.v).toBe(records);
    }
  });

  it('puts each indicator value in its own columns: achieved, population, the rate as the narrative writes it, assessment', () => {
    const { col } = indicatorColumns('level2_registered');
    const thon1 = rowNamed('Thôn 1');
    expect([0, 1, 2, 3].map((j) => at(summary, thon1, col + j)?.v)).toEqual([19, 20, '95,0%', 'Chưa đạt']);
    // Text, right-aligned: "0.0%" would print "95.0%" on a computer with English settings (issue 13 §2).
    expect(styleOf(summary, thon1, col + 2)).toMatchObject({ numFmt: '@', h: 'right' });
    // Counts stay numbers; their thousands dot is a literal of the format (test/print reads "1.234.567" back).
    expect(styleOf(summary, thon1, col)?.numFmt).toBe(COUNT_FORMAT);
    const thon2 = rowNamed('Thôn 2');
    expect([0, 1, 2, 3].map((j) => at(summary, thon2, col + j)?.v)).toEqual([3, 4, '75,0%', 'Chưa đạt']);
  });

  it('shows "Đạt" where the target is met and "—" where nobody is in the population', () => {
    const integrated = indicatorColumns('bhyt_in_sskdt').col;
    const thon1 = rowNamed('Thôn 1', 'bhyt_in_sskdt');
    expect([0, 1, 3].map((j) => at(summary, thon1, integrated + j)?.v)).toEqual([19, 20, 'Đạt']);
    const activated = indicatorColumns('level2_activated').col;
    const tram = rowNamed('Trạm Y tế', 'level2_activated');
    expect([0, 1, 2, 3].map((j) => at(summary, tram, activated + j)?.v)).toEqual([0, 0, null, '—']);
  });

  it('fills unit_staff_integrated for units only and leaves it empty for villages', () => {
    const { col } = indicatorColumns('unit_staff_integrated');
    expect([0, 1, 2, 3].map((j) => at(summary, rowNamed('Trạm Y tế', 'unit_staff_integrated'), col + j)?.v)).toEqual([2, 2, '100,0%', 'Đạt']);
    expect([0, 1, 2, 3].map((j) => at(summary, rowNamed('Thôn 1', 'unit_staff_integrated'), col + j)?.v ?? null)).toEqual([null, null, null, '—']);
  });

  it('ends each kind with a totals row holding the sums', () => {
    const { col } = indicatorColumns('level2_registered');
    const [, recordsCol] = find(summary, (s) => s === 'Số người trong danh sách')[0];
    const villages = rowNamed('Cộng thôn, tổ dân phố');
    expect(at(summary, villages, recordsCol)?.v).toBe(24);
    expect([0, 1].map((j) => at(summary, villages, col + j)?.v)).toEqual([22, 24]);
    expect(at(summary, villages, col + 2)?.v).toBe('91,7%');
    const units = rowNamed('Cộng cơ quan, đơn vị');
    expect(at(summary, units, recordsCol)?.v).toBe(2);
    expect(villages).toBeGreaterThan(rowNamed('Thôn 2'));
    expect(units).toBeGreaterThan(rowNamed('Trạm Y tế'));
  });

  it('lists villages under section I and units under section II', () => {
    const village = find(summary, (s) => s === 'THÔN, TỔ DÂN PHỐ')[0][0];
    const unit = find(summary, (s) => s === 'CƠ QUAN, ĐƠN VỊ')[0][0];
    expect(village).toBeLessThan(rowNamed('Thôn 1'));
    expect(rowNamed('Thôn 2')).toBeLessThan(unit);
    expect(unit).toBeLessThan(rowNamed('Trạm Y tế'));
  });

  it('keeps every merge inside the sheet and no two merges overlapping', () => {
    for (const sheet of layoutReport(model)) {
      const seen = new Set<string>();
      for (const m of sheet.merges) {
        expect(m.bottom).toBeGreaterThanOrEqual(m.top);
        expect(m.right).toBeGreaterThanOrEqual(m.left);
        expect(m.bottom).toBeLessThan(sheet.rows.length);
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++) {
            expect(seen.has(`${r},${c}`)).toBe(false);
            seen.add(`${r},${c}`);
          }
      }
    }
  });
});

describe('layoutReport: the errors sheet', () => {
  // Birth date in column E; the 4th person sits on Excel row 5.
  const header = ['STT', 'Họ và tên', 'Số CCCD', 'Mã thẻ BHYT', 'Ngày sinh', 'Thường trú'];
  const people: PersonRow[] = [
    { name: 'Nguyễn Văn An', cccd: cccd(1985, true, 1), birth: '01/01/1985' },
    { name: 'Trần Thị Bình', cccd: cccd(1990, false, 2), birth: '01/01/1990' },
    { name: 'Lê Văn Cường', cccd: '001085000003', bhyt: bhxh(77), birth: '01/01/1985' },
    { name: 'Phạm Thị Dung', cccd: '001190000004', bhyt: bhxh(77), birth: '31/02/1990', resident: 'Nước ngoài' },
  ];
  const model = consolidate({
    grids: [listGrid('Thôn 1', people, { header }), { sheet: 'Ghi chú', values: [['Ghi chú']] }],
    campaign: BO_Y,
    asOf: '2025-10-25',
  });
  const errors = sheetNamed(layoutReport(model), 'Lỗi dữ liệu');
  const headerRow = findOne(errors, (s) => s === 'Sai sót, cách xử lý')[0];
  const column = (title: string) => {
    const hits = find(errors, (s) => s === title).filter(([r]) => r === headerRow);
    expect(hits).toHaveLength(1);
    return hits[0][1];
  };
  const rowOf = (name: string) => {
    const hits = find(errors, (s) => s === name).filter(([r, c]) => r > headerRow && c === column('Họ và tên'));
    expect(hits).toHaveLength(1);
    return hits[0][0];
  };

  it('lists each person with a problem once, with every place and every problem', () => {
    const r = rowOf('Phạm Thị Dung');
    // As people read a place (issue 13 §5), not "Thôn 1!D5".
    expect(text(at(errors, r, column('Vị trí trong danh sách')))).toBe('Thôn 1, dòng 5, cột D; Thôn 1, dòng 5, cột E');
    const problems = text(at(errors, r, column('Sai sót, cách xử lý'))).split('\n');
    const expected = model.issues.filter((i) => i.row === 5 && i.sheet === 'Thôn 1' && i.code !== 'STATUS_UNRECOGNIZED').map((i) => i.message);
    expect(problems).toEqual(expected);
    expect(problems.length).toBe(2); // the impossible birth date and the shared BHYT number
    rowOf('Lê Văn Cường');
    expect(find(errors, (s) => s === 'Nguyễn Văn An')).toEqual([]);
  });

  it('opens every new problem as "Chưa xử lý", found now, with a dropdown for the status', () => {
    const r = rowOf('Lê Văn Cường');
    expect(text(at(errors, r, column('Trạng thái')))).toBe('Chưa xử lý');
    // dd/mm/yyyy HH:mm, as every date the report prints (issue 13 §5).
    expect(text(at(errors, r, column('Phát hiện lúc')))).toBe('25/10/2025 00:00');
    expect(errors.validations).toEqual([{ range: { top: headerRow + 1, left: column('Trạng thái'), bottom: headerRow + 2, right: column('Trạng thái') }, list: ['Chưa xử lý', 'Đã xử lý', 'Không xử lý được'] }]);
  });

  it('puts findings that are not the police\'s work on a sheet of their own, each with its sheet and place, under its own header', () => {
    const notes = sheetNamed(layoutReport(model), 'Lưu ý danh sách');
    expect(find(errors, (s) => s.startsWith('LƯU Ý'))).toEqual([]);
    const [h] = findOne(notes, (s) => s === 'Nội dung, cách xử lý');
    expect(notes.rows[h].map(text)).toEqual(['STT', 'Trang', 'Vị trí', 'Họ và tên', 'Nội dung, cách xử lý', 'Mức độ', 'Mã lỗi']);
    expect(notes.print.repeatRows).toEqual({ from: h, to: h });
    const codes = notes.rows.slice(h + 1).map((row) => text(row[6]));
    expect(codes).toEqual(expect.arrayContaining(['STATUS_UNRECOGNIZED', 'SHEET_NO_HEADER']));
    const r = notes.rows.findIndex((row, i) => i > h && text(row[6]) === 'STATUS_UNRECOGNIZED');
    expect([text(at(notes, r, 1)), text(at(notes, r, 2))]).toEqual(['Thôn 1', 'dòng 5, cột F']);
    const whole = notes.rows.findIndex((row, i) => i > h && text(row[6]) === 'SHEET_NO_HEADER');
    expect([text(at(notes, whole, 1)), text(at(notes, whole, 2))]).toEqual(['Ghi chú', 'Cả trang']);
  });

  it('stores CCCD, BHYT and birth-date cells as text (numFmt "@") so no leading zero is lost', () => {
    const r = rowOf('Lê Văn Cường');
    for (const title of ['Số CCCD', 'Mã thẻ BHYT', 'Ngày sinh']) expect(styleOf(errors, r, column(title))?.numFmt).toBe('@');
    expect(text(at(errors, r, column('Số CCCD')))).toBe('001085000003');
  });

  it('prints on A4 landscape fit to width and repeats its header row', () => {
    expect(errors.print).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: { from: headerRow, to: headerRow } });
  });

  it('says so when there is nothing to fix', () => {
    const clean = consolidate({ grids: [listGrid('Thôn 1', [{ name: 'A', cccd: cccd(1985, true, 1) }])], campaign: BO_Y, asOf: '2025-10-25' });
    expect(clean.issues).toEqual([]);
    const sheet = sheetNamed(layoutReport(clean), 'Lỗi dữ liệu');
    findOne(sheet, (s) => s === 'Không có sai sót cần Công an xã xử lý.');
  });
});

describe('layoutReport: the duplicates sheet', () => {
  it('lists each duplicate with its value stored as text and one row per occurrence', () => {
    const id = cccd(1985, true, 9);
    const model = consolidate({
      grids: [listGrid('Thôn 1', [{ name: 'Nguyễn Văn An', cccd: id }]), listGrid('Thôn 2', [{ name: 'Nguyễn Văn An', cccd: id }])],
      campaign: BO_Y,
      asOf: '2025-10-25',
    });
    const dups = sheetNamed(layoutReport(model), 'Trùng lặp');
    const [r, c] = findOne(dups, (s) => s === id);
    expect(styleOf(dups, r, c)?.numFmt).toBe('@');
    expect(find(dups, (s) => s === 'Nguyễn Văn An').map(([row]) => row)).toEqual([r, r + 1]);
    expect(find(dups, (s) => s === 'Thôn 1' || s === 'Thôn 2').map(([row]) => row)).toEqual([r, r + 1]);
  });
});

describe('layoutReport: rows tall enough for their wrapped text', () => {
  const model = consolidate({
    grids: [listGrid('Thôn 1', [{ name: 'Người 1', birth: '1985', cccd: '1.23457E+11', resident: 'x' }])],
    campaign: BO_Y,
    asOf: '2025-10-25',
  });
  const errors = sheetNamed(layoutReport(model), 'Lỗi dữ liệu');

  it('gives an error row with a two-line message more height than a one-line row', () => {
    const [r, c] = findOne(errors, (s) => s.includes('làm tròn'));
    const width = errors.columnWidths[c];
    expect(text(at(errors, r, c)).length).toBeGreaterThan(width * 1.1); // the message cannot fit on one line
    expect(errors.rowHeights?.[r]).toBeGreaterThanOrEqual(2 * lineHeight(11));
  });

  it('leaves the height of a row without wrapped text to the writer', () => {
    const [titleRow] = findOne(errors, (s) => s === 'DANH SÁCH SAI SÓT DỮ LIỆU CẦN XỬ LÝ');
    expect(errors.rowHeights?.[titleRow]).toBeUndefined();
  });
});
