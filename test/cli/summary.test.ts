/** The lines the command line prints say which lists were read for what they are and not counted (issue 10 §3). */
import { consolidate } from '../../src/core/consolidate';
import { PRESETS } from '../../src/core/campaign/presets';
import type { Grid } from '../../src/core/grid';
import { summaryLines } from '../../src/cli/summary';
import { cccd, listGrid } from '../helpers/lists';

describe('the command line summary', () => {
  test('names the side lists and the sheets of an unclear kind beside the figures that leave them out', () => {
    const village = listGrid('Thôn 1', [{ name: 'An', cccd: cccd(1980, true, 1), resident: 'x', integrated: 'x' }]);
    const roster: Grid = { sheet: 'Thôn 1 - Tổ công tác', values: [['STT', 'Họ và tên', 'Chức vụ', 'Lực lượng'], [1, 'Trần Văn Tổ', 'Tổ trưởng', 'Trưởng thôn'], [2, 'Lê Văn An', 'Thành viên', 'Công an viên']] };
    const names: Grid = { sheet: 'Sheet2', values: [['STT', 'Họ và tên'], [1, 'Bình']] };
    const lines = summaryLines(consolidate({ grids: [village, roster, names], campaign: PRESETS['bo-y-2025'], asOf: '2025-10-20' }), 'r.xlsx', null);
    expect(lines).toContain('Không tính (not counted) — Tổ công tác (task-group rosters): 1 danh sách, 2 dòng (rows)');
    expect(lines).toContain('Chưa rõ loại, không tính (kind unclear, not counted): Sheet2');
    // "1 nơi; 1 người", never "1, 1 người", which reads as one number (issue 13 §2).
    expect(lines).toContain('Thôn, tổ dân phố (villages): 1 nơi (places); 1 người (persons)');
  });

  test('writes figures and the deadline as the report does: "1.200 người", "1.140/1.200 = 95,0%", "trước 09:00 thứ Hai, 27/10/2025" (issue 13 §2)', () => {
    const people = Array.from({ length: 1200 }, (_, i) => ({ name: `Người ${i + 1}`, cccd: cccd(1980, i % 2 === 0, i + 1), resident: 'x', integrated: i < 1140 ? 'x' : '' }));
    const lines = summaryLines(consolidate({ grids: [listGrid('Thôn 1', people)], campaign: PRESETS['bo-y-2025'], asOf: '2025-10-20' }), 'r.xlsx', null);
    expect(lines[1]).toBe('Tuần 3 (20/10/2025 – 26/10/2025), số liệu đến 20/10/2025; hạn báo cáo trước 09:00 thứ Hai, 27/10/2025');
    expect(lines).toContain('Thôn, tổ dân phố (villages): 1 nơi (places); 1.200 người (persons)');
    expect(lines).toContain('  Nhân khẩu thường trú tích hợp thẻ BHYT vào Sổ sức khỏe điện tử trên VNeID: 1.140/1.200 = 95,0% → đạt (met)');
    expect(lines.join('\n')).not.toMatch(/\d\.\d%|\d{4}-\d{2}-\d{2}/);
  });
});
