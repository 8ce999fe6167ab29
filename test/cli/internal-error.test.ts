/** A fault inside the engine is reported as the program's fault, with the hint to tell the team: never as a bad --as-of. */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/run';

jest.mock('../../src/core/consolidate', () => ({
  consolidate: () => {
    throw new RangeError('Maximum call stack size exceeded');
  },
}));

test('an engine RangeError: exit 4, Vietnamese then English, the hint to send it, no report written', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sskdt-internal-'));
  const input = join(dir, 'thon-1.xlsx');
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Thôn 1').addRow(['STT', 'Họ và tên']);
  await wb.xlsx.writeFile(input);
  const err: string[] = [];
  const code = await runCli([input, '--campaign', 'bo-y-2025', '--as-of', '2025-10-20', '--out', join(dir, 'r.xlsx')], { out: () => {}, err: (l) => err.push(l) });
  expect(code).toBe(4);
  expect(err).toEqual([
    'Lỗi của chương trình khi tổng hợp số liệu: Maximum call stack size exceeded. Hãy gửi nguyên văn thông báo này cho nhóm phát triển.',
    'Internal error while consolidating: Maximum call stack size exceeded. Please send this message to the team.',
  ]);
  expect(readdirSync(dir)).toEqual(['thon-1.xlsx']);
});
