import { TEMPLATE_ROWS, layoutListTemplate, templateHeaders } from '../../../src/core/report/layout/template';
import { detectHeader } from '../../../src/core/table/header';
import type { SheetSpec } from '../../../src/core/sheetspec';

const column = (spec: SheetSpec, header: string) => (spec.rows[0] ?? []).findIndex((c) => c?.v === header);

describe('the list template SheetSpec', () => {
  const spec = layoutListTemplate('village', 'Thôn 1');

  test('has the canonical headers, which the engine recognises as a list header', () => {
    expect(spec.name).toBe('Thôn 1');
    const headers = spec.rows[0].map((c) => c?.v);
    expect(headers).toEqual(templateHeaders('village'));
    const found = detectHeader({ sheet: spec.name, values: [headers as string[]] });
    expect(found?.row).toBe(0);
    expect(Object.keys(found?.columns ?? {})).toHaveLength(headers.length);
  });

  test('stores CCCD and BHYT as text in every template row, and no other column', () => {
    expect(spec.rows).toHaveLength(TEMPLATE_ROWS + 1);
    const text = new Set([column(spec, 'Số CCCD'), column(spec, 'Mã thẻ BHYT')]);
    expect([...text].every((c) => c >= 0)).toBe(true);
    for (const r of [1, TEMPLATE_ROWS]) {
      spec.rows[r].forEach((cell, c) => {
        const format = cell?.s ? spec.styles[cell.s]?.numFmt : undefined;
        expect({ c, format }).toEqual({ c, format: text.has(c) ? '@' : undefined });
      });
    }
  });

  test('offers Có/Không on the six status columns, freezes the header and makes the header and one row a table', () => {
    expect(spec.validations?.map((v) => spec.rows[0][v.range.left]?.v)).toEqual(['Thường trú', 'Định danh mức 2', 'Đã kích hoạt', 'Tích hợp BHYT vào SSKĐT', 'SSKĐT', 'Điện thoại thông minh']);
    for (const v of spec.validations ?? []) {
      expect(v.list).toEqual(['Có', 'Không']);
      expect([v.range.top, v.range.bottom, v.range.right - v.range.left]).toEqual([1, TEMPLATE_ROWS, 0]);
    }
    expect(spec.freeze).toEqual({ rows: 1, columns: 0 });
    expect(spec.table).toEqual({ top: 0, left: 0, bottom: 1, right: 12 });
    expect(spec.columnWidths).toHaveLength(13);
  });

  test('a unit list has no "Thường trú" column', () => {
    const unit = layoutListTemplate('unit', 'Trạm Y tế');
    expect(unit.rows[0].map((c) => c?.v)).not.toContain('Thường trú');
    expect(unit.validations).toHaveLength(5);
    expect(unit.table?.right).toBe(11);
  });
});
