import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/run';
import { PRESETS } from '../../src/core/campaign/presets';
import { ReportModel } from '../../src/core/report/model';

const dir = mkdtempSync(join(tmpdir(), 'sskdt-print-'));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('--print-campaign: a preset as a campaign file to start from', () => {
  test.each(Object.keys(PRESETS))('prints %s as JSON on the standard output, every default written out', async (id) => {
    const { io, out, err } = capture();
    expect(await runCli(['--print-campaign', id], io)).toBe(0);
    expect(err).toEqual([]);
    expect(JSON.parse(out.join('\n'))).toEqual(PRESETS[id]);
  });

  test('writes it to --out, and --campaign reads that file back, a commune’s own edits included', async () => {
    const file = join(dir, 'xa-moi.json');
    const { io, err } = capture();
    expect(await runCli(['--print-campaign', 'bo-y-2025', '--out', file], io)).toBe(0);
    expect(err[0]).toContain('xa-moi.json');
    const campaign = JSON.parse(readFileSync(file, 'utf8')) as typeof PRESETS['bo-y-2025'];
    expect(campaign).toEqual(PRESETS['bo-y-2025']);
    campaign.id = 'ba-to-2025';
    campaign.issuingBody = { supervising: 'UBND TỈNH QUẢNG NGÃI', name: 'ỦY BAN NHÂN DÂN XÃ BA TƠ', place: 'Ba Tơ' };
    campaign.report.recipients = ['UBND tỉnh (để b/c)', 'Lưu: VT'];
    writeFileSync(file, JSON.stringify(campaign, null, 2));

    const list = join(dir, 'thon-1.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Thôn 1');
    ws.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Định danh mức 2']);
    ws.addRow([1, 'Nguyễn Văn An', '12/04/1985', '051085000123', 'x']);
    await wb.xlsx.writeFile(list);
    const json = join(dir, 'bao-cao.json');
    const run = capture();
    const code = await runCli([list, '--campaign', file, '--as-of', '20/10/2025', '--out', join(dir, 'bao-cao.xlsx'), '--json', json, '--quiet'], run.io);
    expect(run.err).toEqual([]);
    expect(code).toBe(0);
    const model = ReportModel.parse(JSON.parse(readFileSync(json, 'utf8')));
    expect(model.campaign.id).toBe('ba-to-2025');
    expect(model.campaign.issuingBody.place).toBe('Ba Tơ');
    expect(model.campaign.report.recipients).toEqual(['UBND tỉnh (để b/c)', 'Lưu: VT']);
  });

  test('an unknown preset, or a list named beside it, is a usage error (exit 2) said in Vietnamese then English', async () => {
    const unknown = capture();
    expect(await runCli(['--print-campaign', 'ba-to'], unknown.io)).toBe(2);
    expect(unknown.err[0]).toContain('Không có chiến dịch "ba-to"');
    expect(unknown.err[1]).toContain('Unknown campaign "ba-to"');
    const withList = capture();
    expect(await runCli(['--print-campaign', 'bo-y-2025', 'thon-1.xlsx'], withList.io)).toBe(2);
    expect(withList.err[0]).toContain('--print-campaign không đọc danh sách');
  });
});
