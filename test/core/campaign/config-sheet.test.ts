import { campaignFromConfigGrid, campaignToConfigSheet, CONFIG_LABELS } from '../../../src/core/campaign/config-sheet';
import { knownLabels } from '../../../src/core/campaign/config-rows';
import { PRESETS } from '../../../src/core/campaign/presets';
import type { Campaign } from '../../../src/core/campaign/schema';
import type { CellValue, Grid } from '../../../src/core/grid';
import type { SheetSpec } from '../../../src/core/sheetspec';
import { foldKey } from '../../../src/core/text/fold';
import { campaignWith } from '../../helpers/lists';
import { legacyConfigGrid } from '../../helpers/legacy-config-sheet';
import { SHEET } from '../../../src/core/vocabulary';

const BO_Y = PRESETS['bo-y-2025'];

/** The sheet as a reader hands it back: values ("" for empty cells) and number formats. */
function gridOf(spec: SheetSpec): Grid {
  return {
    sheet: spec.name,
    values: spec.rows.map((cells) => cells.map((c) => c?.v ?? '')),
    formats: spec.rows.map((cells) => cells.map((c) => (c?.s && spec.styles[c.s]?.numFmt) || 'General')),
  };
}

/** The index of the `nth` row labelled `label` (in column A). */
function rowOf(grid: Grid, label: string, nth = 0): number {
  const rows = grid.values.flatMap((cells, i) => (cells[0] === label ? [i] : []));
  if (rows[nth] === undefined) throw new Error(`no row ${nth} labelled ${label}`);
  return rows[nth];
}

/** The row of an indicator's setting: the first row so labelled after that indicator's "Chỉ tiêu" row. */
function indicatorRow(grid: Grid, id: string, label: string): number {
  const start = grid.values.findIndex((cells) => cells[0] === CONFIG_LABELS.indicator && cells[1] === id);
  const row = grid.values.findIndex((cells, i) => i > start && cells[0] === label);
  if (start < 0 || row < 0) throw new Error(`no ${label} for ${id}`);
  return row;
}

function set(grid: Grid, row: number, value: CellValue, col = 1, format?: string): void {
  grid.values[row][col] = value;
  if (format && grid.formats) grid.formats[row][col] = format;
}

function insertRow(grid: Grid, at: number, cells: CellValue[]): void {
  grid.values.splice(at, 0, cells);
  grid.formats?.splice(at, 0, cells.map(() => '@'));
}

function parsed(grid: Grid): Campaign {
  const result = campaignFromConfigGrid(grid);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.campaign;
}

function problems(grid: Grid): string[] {
  const result = campaignFromConfigGrid(grid);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map((p) => p.message);
}

describe('campaignToConfigSheet: the settings as rows people read', () => {
  const spec = campaignToConfigSheet(BO_Y);
  const grid = gridOf(spec);
  const cellsOf = (label: string, nth = 0) => grid.values[rowOf(grid, label, nth)].slice(1).filter((v) => v !== '');

  test('is the "Cấu hình" sheet, one setting a row: label in column A, value beside it', () => {
    expect(spec.name).toBe(SHEET.config);
    expect(grid.values[0][0]).toBe('CẤU HÌNH CHIẾN DỊCH');
    expect(cellsOf(CONFIG_LABELS.id)).toEqual(['bo-y-2025']);
    expect(cellsOf(CONFIG_LABELS.issuingBody)).toEqual(['ỦY BAN NHÂN DÂN XÃ BỜ Y']);
    expect(cellsOf(CONFIG_LABELS.place)).toEqual(['Bờ Y']);
    expect(cellsOf(CONFIG_LABELS.start)).toEqual(['10/10/2025']);
    expect(cellsOf(CONFIG_LABELS.weekly)).toEqual(['Thứ Hai, 09:00']);
    expect(cellsOf('Thẩm quyền ký (TM hoặc KT)')).toEqual(['TM']);
    expect(cellsOf('Ký hiệu văn bản (Số …/…)')).toEqual(['BC-UBND']);
  });

  test('writes each recipient on its own row, and each indicator as a block with its target and deadline', () => {
    const recipients = grid.values.filter((cells) => cells[0] === CONFIG_LABELS.recipient).map((cells) => cells[1]);
    expect(recipients).toEqual(BO_Y.report.recipients);
    expect(grid.values[indicatorRow(grid, 'level2_registered', CONFIG_LABELS.target)][1]).toBe('> 95%');
    expect(grid.values[indicatorRow(grid, 'unit_staff_integrated', CONFIG_LABELS.deadline)][1]).toBe('20/10/2025');
    // A population's conditions one to a cell, in words: "thường trú", "có CCCD".
    expect(grid.values[indicatorRow(grid, 'level2_registered', 'Mẫu số: những người')].slice(1, 3)).toEqual(['thường trú', 'có CCCD']);
    // A form's figure by its code, its name beside it.
    expect(grid.values[indicatorRow(grid, 'kcb_integrated', 'Mẫu số: số liệu')].slice(1, 3)).toEqual(['visits', 'Tổng số lượt khám chữa bệnh']);
  });

  test('holds no JSON: no cell is longer than a setting, none starts with "{"', () => {
    const texts = grid.values.flat().filter((v): v is string => typeof v === 'string');
    expect(texts.some((t) => t.trim().startsWith('{'))).toBe(false);
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThan(600);
  });

  test('shows where the villages and units go when the campaign names none, and stores every value as text', () => {
    expect(grid.values.filter((cells) => cells[0] === 'Thôn, tổ dân phố' || cells[0] === 'Cơ quan, đơn vị')).toHaveLength(2);
    expect(spec.styles.value.numFmt).toBe('@');
    expect(spec.styles.editable.numFmt).toBe('@');
  });

  test('no two labels fold alike, so each row is read back as what it is', () => {
    const keys = knownLabels().map(foldKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('campaignFromConfigGrid: the rows read back', () => {
  test.each(Object.keys(PRESETS))('round-trips the preset %s exactly (campaign → rows → campaign)', (id) => {
    expect(campaignFromConfigGrid(gridOf(campaignToConfigSheet(PRESETS[id])))).toEqual({ ok: true, campaign: PRESETS[id] });
  });

  test('round-trips villages and units, renamed and left-out sheets, signature lines and a monthly report', () => {
    const campaign = campaignWith({
      source: 'Kế hoạch số 12/KH-UBND',
      entities: [
        { sheet: 'Thôn 1', kind: 'village' },
        { sheet: 'TYT', name: 'Trạm Y tế xã', kind: 'unit' },
        { sheet: 'Nháp', exclude: true },
        ...Array.from({ length: 300 }, (_, i) => ({ sheet: `Tổ dân phố số ${i}`, kind: 'village' as const })),
      ],
      reporting: { cadence: 'weekly', weekday: 2, time: '15:00', cadences: [{ period: 'month', dueBeforeDay: 10 }, { period: 'year' }], finalReportDue: '2025-11-10' },
      report: { signature: { authority: 'KT', name: 'Nguyễn Văn An', lines: ['TỔ TRƯỞNG', ''] } },
    });
    expect(parsed(gridOf(campaignToConfigSheet(campaign)))).toEqual(campaign);
  });

  test('reads a recipient someone added as a row, a changed target, deadline, weekly deadline and signer', () => {
    const grid = gridOf(campaignToConfigSheet(BO_Y));
    insertRow(grid, rowOf(grid, CONFIG_LABELS.recipient, 2) + 1, [CONFIG_LABELS.recipient, 'Bưu điện xã (để phối hợp)']);
    set(grid, indicatorRow(grid, 'level2_registered', CONFIG_LABELS.target), '≥ 90%');
    set(grid, indicatorRow(grid, 'level2_activated', CONFIG_LABELS.target), '97,5');
    set(grid, indicatorRow(grid, 'unit_staff_integrated', CONFIG_LABELS.deadline), '');
    set(grid, indicatorRow(grid, 'bhyt_in_sskdt', CONFIG_LABELS.deadline), '31/10/2025');
    set(grid, rowOf(grid, CONFIG_LABELS.weekly), 'Thứ Sáu 16h30');
    set(grid, rowOf(grid, CONFIG_LABELS.signer), 'Trần Văn Bình');
    set(grid, rowOf(grid, CONFIG_LABELS.name), 'Đợt cao điểm tháng 11');
    const c = parsed(grid);
    expect(c.report.recipients).toEqual([...BO_Y.report.recipients.slice(0, 3), 'Bưu điện xã (để phối hợp)', ...BO_Y.report.recipients.slice(3)]);
    expect(c.indicators[0].target).toEqual({ op: '>=', value: 90 });
    expect(c.indicators[1].target).toEqual({ op: '>=', value: 97.5 });
    expect(c.indicators[4].deadline).toBeUndefined();
    expect(c.indicators[3].deadline).toBe('2025-10-31');
    expect(c.reporting).toEqual({ ...BO_Y.reporting, weekday: 5, time: '16:30' });
    expect(c.report.signature.name).toBe('Trần Văn Bình');
    expect(c.name).toBe('Đợt cao điểm tháng 11');
  });

  test('a row with a blank label continues the list above it; deleted recipient rows are gone', () => {
    const grid = gridOf(campaignToConfigSheet(BO_Y));
    const last = rowOf(grid, CONFIG_LABELS.recipient, 4);
    grid.values.splice(rowOf(grid, CONFIG_LABELS.recipient, 1), 2);
    grid.formats?.splice(rowOf(grid, CONFIG_LABELS.recipient, 1), 2);
    insertRow(grid, last - 1, ['', 'Thôn Gò Da']);
    expect(parsed(grid).report.recipients).toEqual([BO_Y.report.recipients[0], BO_Y.report.recipients[3], BO_Y.report.recipients[4], 'Thôn Gò Da']);
  });

  test('reads villages and units typed into their rows, so completeness knows who should send a list', () => {
    const grid = gridOf(campaignToConfigSheet(BO_Y));
    set(grid, rowOf(grid, 'Thôn, tổ dân phố'), 'Thôn Bờ Y');
    insertRow(grid, rowOf(grid, 'Thôn, tổ dân phố') + 1, ['Thôn, tổ dân phố', 'Thôn Gò Da']);
    set(grid, rowOf(grid, 'Cơ quan, đơn vị'), 'TYT');
    set(grid, rowOf(grid, 'Cơ quan, đơn vị'), 'Trạm Y tế xã', 2);
    expect(parsed(grid).entities).toEqual([
      { sheet: 'Thôn Bờ Y', kind: 'village' },
      { sheet: 'Thôn Gò Da', kind: 'village' },
      { sheet: 'TYT', name: 'Trạm Y tế xã', kind: 'unit' },
    ]);
  });

  test('reads what Excel made of an edit: a date serial, a percentage typed as 85%', () => {
    const grid = gridOf(campaignToConfigSheet(BO_Y));
    set(grid, rowOf(grid, CONFIG_LABELS.start), 45_939, 1, 'dd/mm/yyyy'); // 2025-10-09
    set(grid, indicatorRow(grid, 'bhyt_in_sskdt', CONFIG_LABELS.target), 0.85, 1, '0%');
    const c = parsed(grid);
    expect(c.start).toBe('2025-10-09');
    expect(c.indicators[3].target).toEqual({ op: '>=', value: 85 });
  });

  test('finds rows a person moved or noted, in a sheet read from a used range that does not start at A1', () => {
    const grid = gridOf(campaignToConfigSheet(BO_Y));
    insertRow(grid, 5, ['Ghi chú của văn thư', 'đã kiểm tra ngày 12/10']);
    const [moved] = grid.values.splice(rowOf(grid, CONFIG_LABELS.place), 1);
    grid.values.push(moved);
    grid.values = grid.values.map((cells) => ['', ...cells]);
    grid.formats = undefined;
    grid.rowOffset = 2;
    grid.colOffset = 1;
    expect(parsed(grid)).toEqual(BO_Y);
  });

  test('an unreadable value is reported with its row and cell, and nothing is guessed', () => {
    const grid = gridOf(campaignToConfigSheet(BO_Y));
    const start = rowOf(grid, CONFIG_LABELS.start);
    const target = indicatorRow(grid, 'level2_activated', CONFIG_LABELS.target);
    set(grid, start, '32/13/2025');
    set(grid, target, 'cao');
    const result = campaignFromConfigGrid(grid);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(['start', 'indicators[1].target']);
    expect(result.problems[0].message).toBe(`Trang “Cấu hình”, Dòng ${start + 1}, ô B${start + 1} (“Ngày bắt đầu”): “32/13/2025” không đọc được: ghi ngày dd/mm/yyyy, vd. 20/10/2025 (write a date dd/mm/yyyy)`);
    expect(result.problems[1].message).toContain(`Dòng ${target + 1}, ô B${target + 1} (“Mức chỉ tiêu”): “cao” không đọc được`);
  });

  test('what the schema refuses is said at the row it came from (end before start, a target over 100%)', () => {
    const grid = gridOf(campaignToConfigSheet(BO_Y));
    const end = rowOf(grid, CONFIG_LABELS.end);
    set(grid, end, '01/10/2025');
    expect(campaignFromConfigGrid(grid)).toEqual({
      ok: false,
      problems: [{ path: 'end', message: `Trang “Cấu hình”, Dòng ${end + 1}, ô B${end + 1} (“Ngày kết thúc”): ngày kết thúc trước ngày bắt đầu (end is before start)` }],
    });
    const over = gridOf(campaignToConfigSheet(BO_Y));
    const target = indicatorRow(over, 'bhyt_in_sskdt', CONFIG_LABELS.target);
    set(over, target, '≥ 120%');
    expect(problems(over)).toEqual([expect.stringMatching(new RegExp(`^Trang “Cấu hình”, Dòng ${target + 1}, ô B${target + 1} \\(“Mức chỉ tiêu”\\): .*100`))]);
  });

  test('a deleted row that must be there is named; a misspelt label or a row its indicator has no use for is said, not dropped', () => {
    const grid = gridOf(campaignToConfigSheet(BO_Y));
    const place = rowOf(grid, CONFIG_LABELS.place);
    grid.values.splice(place, 1);
    grid.formats?.splice(place, 1);
    expect(problems(grid)).toEqual([expect.stringContaining('Trang “Cấu hình” chưa có dòng “Địa danh ghi ngày tháng”')]);

    const typo = gridOf(campaignToConfigSheet(BO_Y));
    insertRow(typo, rowOf(typo, CONFIG_LABELS.recipient), ['Nơi gửi', 'Huyện đoàn']);
    insertRow(typo, indicatorRow(typo, 'level2_registered', CONFIG_LABELS.target), ['Biểu số liệu', 'kcb']);
    const said = problems(typo);
    expect(said[0]).toContain('(“Nơi gửi”): không có mục nào tên như vậy');
    expect(said[1]).toContain('chỉ tiêu level2_registered lấy số liệu từ persons, không dùng dòng này');
  });

  test('a sheet with none of its rows is said to be something else', () => {
    expect(problems({ sheet: 'Cấu hình', values: [['Ghi chép riêng', 'x']] })[0]).toContain('không có dòng “Mã chiến dịch”');
  });
});

describe('an old workbook: the campaign as JSON in one row', () => {
  test.each(Object.keys(PRESETS))('still reads the preset %s', (id) => {
    expect(campaignFromConfigGrid(legacyConfigGrid(PRESETS[id]))).toEqual({ ok: true, campaign: PRESETS[id] });
  });

  test('an edited visible row still wins over its JSON, and a bare target keeps its sign', () => {
    const grid = legacyConfigGrid(BO_Y);
    const row = (first: string) => grid.values.findIndex((cells) => cells[0] === first);
    grid.values[row('Ngày kết thúc')][1] = '30/11/2025';
    grid.values[row('level2_activated')][2] = '97,5';
    expect(parsed(grid).end).toBe('2025-11-30');
    expect(parsed(grid).indicators[1].target).toEqual({ op: '>', value: 97.5 });
  });

  test('broken JSON is reported with its cell, not guessed', () => {
    const grid = legacyConfigGrid(BO_Y);
    const row = grid.values.findIndex((cells) => cells[0] === CONFIG_LABELS.legacyJson);
    grid.values[row][1] = '{"id": "bo-y-2025", ';
    expect(problems(grid)[0]).toMatch(new RegExp(`^Ô B${row + 1}: dữ liệu JSON bị hỏng`));
  });
});
