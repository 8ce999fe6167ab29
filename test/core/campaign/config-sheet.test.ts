import { campaignFromConfigGrid, campaignToConfigSheet, CONFIG_LABELS } from '../../../src/core/campaign/config-sheet';
import { PRESETS } from '../../../src/core/campaign/presets';
import type { Campaign } from '../../../src/core/campaign/schema';
import type { CellValue, Grid } from '../../../src/core/grid';
import type { SheetSpec } from '../../../src/core/sheetspec';
import { campaignWith } from '../../helpers/lists';
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

/** Row and column of the cell right of a row's label (or of an indicator id), plus `dc` more columns. */
function cellRight(grid: Grid, label: string, dc = 1): [number, number] {
  const row = grid.values.findIndex((cells) => cells.some((v) => v === label));
  if (row < 0) throw new Error(`no row labelled ${label}`);
  return [row, grid.values[row].indexOf(label) + dc];
}

function edit(grid: Grid, label: string, value: CellValue, dc = 1, format?: string): Grid {
  const [r, c] = cellRight(grid, label, dc);
  grid.values[r][c] = value;
  if (format && grid.formats) grid.formats[r][c] = format;
  return grid;
}

function parsed(grid: Grid): Campaign {
  const result = campaignFromConfigGrid(grid);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.campaign;
}

describe('campaignToConfigSheet', () => {
  const spec = campaignToConfigSheet(BO_Y);
  const text = spec.rows.flat().map((c) => (c?.v === null || c === null ? '' : String(c.v)));

  test('is the "Cấu hình" sheet, readable: a title, the campaign\'s key facts, one row per indicator', () => {
    expect(spec.name).toBe(SHEET.config);
    expect(text[0]).toBe('CẤU HÌNH CHIẾN DỊCH');
    for (const expected of ['bo-y-2025', BO_Y.name, 'ỦY BAN NHÂN DÂN XÃ BỜ Y', '10/10/2025', '15/11/2025', 'Thứ Hai, 09:00']) expect(text).toContain(expected);
    for (const ind of BO_Y.indicators) expect(text).toContain(ind.id);
    expect(text).toContain('> 95%');
    expect(text).toContain('≥ 80%');
    expect(text).toContain('20/10/2025');
  });

  test('marks the editable cells and stores every value cell as text', () => {
    const editable = spec.rows.flat().filter((c) => c?.s === 'editable' && c.v !== null);
    expect(editable.length).toBe(5 + 2 * BO_Y.indicators.length);
    expect(spec.styles.editable.numFmt).toBe('@');
    expect(spec.styles.json.numFmt).toBe('@');
  });
});

describe('campaignFromConfigGrid', () => {
  test.each(Object.keys(PRESETS))('round-trips the preset %s exactly', (id) => {
    expect(campaignFromConfigGrid(gridOf(campaignToConfigSheet(PRESETS[id])))).toEqual({ ok: true, campaign: PRESETS[id] });
  });

  test('round-trips a campaign whose JSON is longer than one Excel cell holds', () => {
    const campaign = campaignWith({
      entities: Array.from({ length: 600 }, (_, i) => ({ sheet: `Sheet ${i}`, name: `Tổ dân phố số ${i} phường Đông`, kind: 'village' as const })),
    });
    const spec = campaignToConfigSheet(campaign);
    const jsonRow = spec.rows.find((cells) => cells[0]?.v === CONFIG_LABELS.json) ?? [];
    expect(jsonRow.length).toBeGreaterThan(2);
    for (const cell of jsonRow) expect(String(cell?.v).length).toBeLessThanOrEqual(32_767);
    expect(parsed(gridOf(spec))).toEqual(campaign);
  });

  test('a value a person changed in a visible row wins over the JSON', () => {
    const grid = gridOf(campaignToConfigSheet(BO_Y));
    edit(grid, CONFIG_LABELS.name, 'Đợt cao điểm tháng 11');
    edit(grid, CONFIG_LABELS.issuingBody, 'UBND XÃ BỜ Y');
    edit(grid, CONFIG_LABELS.end, '30/11/2025');
    edit(grid, CONFIG_LABELS.weekly, 'Thứ Sáu 16h30');
    edit(grid, 'level2_registered', '≥ 90%', 2);
    edit(grid, 'level2_activated', '97,5', 2);
    edit(grid, 'unit_staff_integrated', '', 3);
    const c = parsed(grid);
    expect(c.name).toBe('Đợt cao điểm tháng 11');
    expect(c.issuingBody).toEqual({ ...BO_Y.issuingBody, name: 'UBND XÃ BỜ Y' });
    expect(c.end).toBe('2025-11-30');
    expect(c.reporting).toEqual({ ...BO_Y.reporting, weekday: 5, time: '16:30' });
    expect(c.indicators[0].target).toEqual({ op: '>=', value: 90 });
    expect(c.indicators[1].target).toEqual({ op: '>', value: 97.5 });
    expect(c.indicators[4].deadline).toBeUndefined();
    expect(c.indicators[3]).toEqual(BO_Y.indicators[3]);
  });

  test('reads what Excel made of an edit: a date serial, a percentage typed as 90%', () => {
    const grid = gridOf(campaignToConfigSheet(BO_Y));
    edit(grid, CONFIG_LABELS.start, 45_939, 1, 'dd/mm/yyyy'); // 2025-10-09
    edit(grid, 'bhyt_in_sskdt', 0.85, 2, '0%');
    const c = parsed(grid);
    expect(c.start).toBe('2025-10-09');
    expect(c.indicators[3].target).toEqual({ op: '>=', value: 85 });
  });

  test('ignores edits to read-only rows: the campaign id and the indicator texts come from the JSON', () => {
    const grid = gridOf(campaignToConfigSheet(BO_Y));
    edit(grid, CONFIG_LABELS.id, 'khac');
    edit(grid, 'level2_registered', 'Nội dung khác', 1);
    expect(parsed(grid)).toEqual(BO_Y);
  });

  test('finds rows a person moved, and a sheet read from a used range that does not start at A1', () => {
    const grid = gridOf(campaignToConfigSheet(BO_Y));
    grid.values.splice(3, 0, ['', ''], ['Ghi chú của văn thư', 'đã kiểm tra']);
    grid.values = grid.values.map((cells) => ['', ...cells]);
    grid.formats = undefined;
    grid.rowOffset = 2;
    grid.colOffset = 1;
    edit(grid, 'bhyt_in_sskdt', '> 70%', 2);
    expect(parsed(grid).indicators[3].target).toEqual({ op: '>', value: 70 });
  });

  test('an unreadable edit is reported with its cell, and nothing is guessed', () => {
    const grid = gridOf(campaignToConfigSheet(BO_Y));
    edit(grid, CONFIG_LABELS.start, '32/13/2025');
    edit(grid, 'level2_activated', 'cao', 2);
    const result = campaignFromConfigGrid(grid);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(['start', 'indicators[1].target']);
    expect(result.problems[0].message).toContain('Ô B8');
    expect(result.problems[1].message).toContain('“cao”');
  });

  test('an edit the schema refuses is reported by the schema (end before start)', () => {
    const grid = gridOf(campaignToConfigSheet(BO_Y));
    edit(grid, CONFIG_LABELS.end, '01/10/2025');
    const result = campaignFromConfigGrid(grid);
    expect(result).toEqual({ ok: false, problems: [{ path: 'end', message: 'ngày kết thúc trước ngày bắt đầu (end is before start)' }] });
  });

  test('a sheet without the JSON row, or with broken JSON, is reported, not guessed', () => {
    const grid = gridOf(campaignToConfigSheet(BO_Y));
    const [r, c] = cellRight(grid, CONFIG_LABELS.json);
    grid.values[r][c] = '{"id": "bo-y-2025", ';
    expect(campaignFromConfigGrid(grid)).toMatchObject({ ok: false, problems: [{ path: '', message: expect.stringContaining('JSON') }] });
    grid.values[r] = [];
    expect(campaignFromConfigGrid(grid)).toMatchObject({ ok: false, problems: [{ path: '', message: expect.stringContaining(CONFIG_LABELS.json) }] });
  });
});
