/**
 * Golden test: a commune workbook holding a village list, the health station's weekly form in the
 * plan's own words (seed 000 §III.3), the public-service centre's form with real Excel dates
 * (§III.7), a school's family report typed without diacritics (§III.5) and a notes sheet. Written
 * with ExcelJS, read back through the real adapter, consolidated with bo-y-2025 as of Sunday
 * 26/10/2025 (week 3), and the report written and read back: every figure, issue and cell exact.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PRESETS } from '../../src/core/campaign/presets';
import { consolidate } from '../../src/core/consolidate';
import type { CellValue, Grid } from '../../src/core/grid';
import { layoutReport } from '../../src/core/report/layout';
import { ReportModel } from '../../src/core/report/model';
import { readXlsxFile } from '../../src/files/read-xlsx';
import { writeXlsxFile } from '../../src/files/write-xlsx-file';
import { LIST_HEADER, cccd, personRow } from '../helpers/lists';

const dir = mkdtempSync(join(tmpdir(), 'sskdt-forms-'));
const AS_OF = '2025-10-26';
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function writeWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const rows = (name: string, values: CellValue[][] | (CellValue | Date)[][]) => {
    const ws = wb.addWorksheet(name);
    for (const row of values) ws.addRow(row);
    return ws;
  };
  rows('Hướng dẫn', [['Cách điền biểu số liệu'], ['Ghi số nguyên; không ghi chữ vào cột số liệu.']]);
  rows('Thôn Bờ Y', [
    ['DANH SÁCH CÔNG DÂN THÔN BỜ Y'],
    [...LIST_HEADER],
    ...Array.from({ length: 5 }, (_, i) =>
      personRow({ name: `Người ${i + 1}`, birth: '01/01/1980', cccd: cccd(1980, i % 2 === 0, i + 1), resident: 'x', level2: 'x', activated: i < 4 ? 'x' : '', integrated: i < 3 ? 'x' : '' }, i + 1),
    ),
  ]);
  rows('Trạm Y tế', [
    ['TRẠM Y TẾ XÃ BỜ Y'],
    ['BÁO CÁO KẾT QUẢ HƯỚNG DẪN TÍCH HỢP THẺ BHYT VÀO SSKĐT'],
    ['Số liệu đến ngày 26/10/2025'],
    [
      'STT',
      'Tuần',
      'Tổng số lượt khám chữa bệnh',
      'Tổng số có tài khoản định danh mức 2 được tích hợp thông tin thẻ BHYT',
      'Tổng số chưa có tài khoản hướng dẫn qua Công an xã để kích hoạt',
      'Ghi chú',
    ],
    [1, 'Tuần 1', 35, 20, 5],
    [2, 'Tuần 2', 120, 80, 25],
    [3, 'Tuần 3', 140, 115, 20],
    [4, 'Tuần 8', 10, 5, 1, 'gõ nhầm tuần'],
    [5, 'Tuần 3', '12,5', 3, 1],
    ['', 'Tổng cộng', 295, 215, 50],
  ]);
  rows('TT PVHCC', [
    ['TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ BỜ Y'],
    [],
    ['STT', 'Từ ngày', 'Đến ngày', 'Tổng số người đến giao dịch', 'Có TK mức 2 đã tích hợp BHYT', 'Chưa có TK, chuyển Công an'],
    [1, day('2025-10-13'), day('2025-10-19'), 60, 40, 15],
    [2, day('2025-10-20'), day('2025-10-26'), 75, 50, 30],
    [3, '20/10/2025', '24/10/2025', 30, 20, 5],
  ]);
  rows('Trường TH Bờ Y', [
    ['TRUONG TIEU HOC BO Y - TONG HOP BAO CAO CUA GIA DINH HOC SINH'],
    ['STT', 'LOP', 'SO NHAN KHAU TRONG HO', 'SO NHAN KHAU DA TICH HOP'],
    [1, '1A', 95, 60],
    [2, '2A', 110, 'chưa rõ'],
    [3, '3A', 102, 71],
  ]);
  await wb.xlsx.writeFile(path);
}

let model: ReportModel;
let weekly: Grid;

beforeAll(async () => {
  const input = join(dir, 'xa-bo-y-bieu.xlsx');
  await writeWorkbook(input);
  model = ReportModel.parse(consolidate({ grids: await readXlsxFile(input), campaign: PRESETS['bo-y-2025'], asOf: AS_OF }));
  const out = join(dir, 'bao-cao.xlsx');
  await writeXlsxFile(layoutReport(model), out);
  weekly = (await readXlsxFile(out)).find((g) => g.sheet === 'Báo cáo tuần')!;
});

const fractions = (values: ReportModel['entities'][number]['indicators']) => Object.fromEntries(Object.entries(values).map(([id, v]) => [id, [v.numerator, v.denominator]]));

describe('count forms beside a person list (bo-y-2025, 26/10/2025, week 3)', () => {
  test('every sheet gets its role and its number of rows or persons', () => {
    expect(model.sheets).toEqual([
      { sheet: 'Hướng dẫn', role: 'none', records: 0 },
      { sheet: 'Thôn Bờ Y', role: 'village', records: 5 },
      { sheet: 'Trạm Y tế', role: 'unit', records: 5 },
      { sheet: 'TT PVHCC', role: 'unit', records: 3 },
      { sheet: 'Trường TH Bờ Y', role: 'unit', records: 3 },
    ]);
  });

  test('the entities, their forms, header rows, data dates and indicators', () => {
    expect(model.entities.map((e) => ({ sheet: e.sheet, kind: e.kind, form: e.form ?? null, headerRow: e.headerRow, dataDate: e.dataDate, indicators: fractions(e.indicators) }))).toEqual([
      { sheet: 'Thôn Bờ Y', kind: 'village', form: null, headerRow: 2, dataDate: null, indicators: { level2_registered: [5, 5], level2_activated: [4, 5], bhyt_in_sskdt: [3, 5] } },
      { sheet: 'Trạm Y tế', kind: 'unit', form: 'kcb', headerRow: 4, dataDate: '2025-10-26', indicators: { kcb_integrated: [115, 120] } },
      { sheet: 'TT PVHCC', kind: 'unit', form: 'service', headerRow: 3, dataDate: '2025-10-24', indicators: { service_integrated: [20, 25] } },
      { sheet: 'Trường TH Bờ Y', kind: 'unit', form: 'family', headerRow: 2, dataDate: null, indicators: {} },
    ]);
    // Seed 000 §III.3, §III.7: 100% of those with a level-2 account (visits less those referred): 115/120 falls short.
    expect(model.entities[1].indicators.kcb_integrated.met).toBe(false);
    expect(model.entities[2].indicators.service_integrated.met).toBe(false);
  });

  test('the unit totals are the forms’ sums', () => {
    expect({ ...model.totals.unit, indicators: fractions(model.totals.unit.indicators) }).toEqual({
      entities: 3,
      records: 0,
      counted: 0,
      indicators: { kcb_integrated: [115, 120], service_integrated: [20, 25] },
    });
  });

  test('every issue, at its cell', () => {
    expect(model.issues.map((i) => `${i.code} ${i.severity} ${i.sheet}!${i.column ?? ''}${i.row ?? ''}`)).toEqual([
      'SHEET_NO_HEADER info Hướng dẫn!',
      'COUNT_PERIOD_OUTSIDE warning Trạm Y tế!B8',
      'COUNT_INVALID error Trạm Y tế!C9',
      'COUNT_PART_EXCEEDS_WHOLE error TT PVHCC!E5',
      'COUNT_INVALID error Trường TH Bờ Y!D4',
    ]);
    expect(model.issueCounts).toEqual({ error: 3, warning: 1, info: 1 });
    expect(model.mismatches).toEqual([]);
  });

  test('the forms’ rows that count: the station’s own total row is left out, and matches ours', () => {
    expect(model.forms.map((f) => [f.sheet, f.rows.map((r) => [r.row, r.week, r.label, Object.values(r.measures)])])).toEqual([
      [
        'Trạm Y tế',
        [
          [5, 1, 'Tuần 1', [35, 20, 5]],
          [6, 2, 'Tuần 2', [120, 80, 25]],
          [7, 3, 'Tuần 3', [140, 115, 20]],
        ],
      ],
      [
        'TT PVHCC',
        [
          [4, 2, '13/10/2025 – 19/10/2025', [60, 40, 15]],
          [6, 3, '20/10/2025 – 24/10/2025', [30, 20, 5]],
        ],
      ],
      [
        'Trường TH Bờ Y',
        [
          [3, 3, '1A', [95, 60]],
          [5, 3, '3A', [102, 71]],
        ],
      ],
    ]);
  });

  test('completeness counts the forms as units that reported', () => {
    expect(model.completeness.map((c) => [c.name, c.status])).toEqual([
      ['Thôn Bờ Y', 'ok'],
      ['Trạm Y tế', 'ok'],
      ['TT PVHCC', 'ok'],
      ['Trường TH Bờ Y', 'ok'],
    ]);
  });

  test('the weekly report, written and read back, shows each form: week 2, week 3, to date', () => {
    const rows = weekly.values;
    const start = rows.findIndex((r) => r[0] === 'III. SỐ LIỆU TỔNG HỢP CỦA TRẠM Y TẾ, TRUNG TÂM PVHCC, TRƯỜNG HỌC');
    expect(start).toBeGreaterThan(0);
    const section = rows.slice(start + 1).filter((r) => r.some((c) => c !== null && c !== ''));
    // A merged cell reads back with its text in every cell: a form's title row is its first cell.
    const table = section.slice(0, section.findIndex((r) => r[0] === 'Nơi nhận:')).map((r) => (/^\d+\. /.test(String(r[0])) ? [r[0]] : [r[0], r[1], r[5], r[6], r[7]]));
    expect(table).toEqual([
      ['1. Trạm Y tế (Trạm Y tế: khám chữa bệnh)'],
      ['STT', 'Nội dung', 'Tuần 2', 'Tuần 3', 'Lũy kế từ đầu đợt'],
      ['1', 'Tổng số lượt khám chữa bệnh', 120, 140, 295],
      ['2', 'Có tài khoản định danh mức 2 được tích hợp thẻ BHYT', 80, 115, 215],
      ['3', 'Chưa có tài khoản, hướng dẫn qua Công an xã để kích hoạt', 25, 20, 50],
      ['2. TT PVHCC (Trung tâm Phục vụ hành chính công)'],
      ['STT', 'Nội dung', 'Tuần 2', 'Tuần 3', 'Lũy kế từ đầu đợt'],
      ['1', 'Tổng số người dân đến giải quyết thủ tục hành chính', 60, 30, 90],
      ['2', 'Có tài khoản định danh mức 2 được tích hợp thẻ BHYT', 40, 20, 60],
      ['3', 'Chưa có tài khoản, hướng dẫn qua Công an xã để kích hoạt', 15, 5, 20],
      ['3. Trường TH Bờ Y (Trường học: báo cáo của gia đình học sinh)'],
      ['STT', 'Nội dung', 'Tuần 2', 'Tuần 3', 'Lũy kế từ đầu đợt'],
      ['1', 'Số nhân khẩu trong hộ', null, 197, 197],
      ['2', 'Số nhân khẩu đã tích hợp thẻ BHYT', null, 131, 131],
    ]);
  });
});
