/**
 * Never lose a file: an output that is an input under another name is refused and the input stays
 * byte for byte; the report replaces an earlier one only whole, through a temporary file.
 */
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/run';
import { writeAtomically } from '../../src/cli/output';

const dir = mkdtempSync(join(tmpdir(), 'sskdt-out-'));
const input = join(dir, 'thon-1.xlsx');
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

async function run(...args: string[]) {
  const { io, err } = capture();
  const code = await runCli([input, '--campaign', 'bo-y-2025', '--as-of', '2025-10-20', '--quiet', ...args], io);
  return { code, err };
}

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Thôn 1');
  ws.addRow(['STT', 'Họ và tên', 'Số CCCD', 'Định danh mức 2']);
  ws.addRow([1, 'Nguyễn Văn An', '051085000123', 'x']);
  await wb.xlsx.writeFile(input);
});

describe('an output that is an input', () => {
  test.each([
    ['a symbolic link', (p: string) => symlinkSync(input, p)],
    ['a hard link', (p: string) => linkSync(input, p)],
  ])('--out through %s is refused with exit 2 and the input is unchanged', async (_, link) => {
    const alias = join(mkdtempSync(join(dir, 'link-')), 'bao-cao.xlsx');
    link(alias);
    const before = readFileSync(input);
    const { code, err } = await run('--out', alias);
    expect(code).toBe(2);
    expect(err[0]).toContain('chính là một tệp danh sách');
    expect(err[1]).toContain('is an input file');
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  test('--json through a link to an input, or the same file as --out, is refused', async () => {
    const alias = join(mkdtempSync(join(dir, 'json-')), 'r.json');
    symlinkSync(input, alias);
    const before = sha(input);
    expect((await run('--out', join(dir, 'ok.xlsx'), '--json', alias)).code).toBe(2);
    // Neither exists yet: the second write would replace the first.
    const clash = await run('--out', join(dir, 'same.xlsx'), '--json', `${dir}/./same.xlsx`);
    expect(clash.code).toBe(2);
    expect(clash.err[0]).toContain('--out và --json');
    expect(readdirSync(dir)).not.toContain('same.xlsx');
    expect(sha(input)).toBe(before);
  });
});

describe('writing the report', () => {
  test('a report that exists is replaced whole, and no temporary file is left', async () => {
    const folder = mkdtempSync(join(dir, 'replace-'));
    const out = join(folder, 'bao-cao.xlsx');
    writeFileSync(out, 'the earlier report');
    expect((await run('--out', out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toContain('Tổng hợp');
    expect(readdirSync(folder)).toEqual(['bao-cao.xlsx']);
  });

  test('a write that fails midway leaves the earlier report whole and removes its temporary file', async () => {
    const folder = mkdtempSync(join(dir, 'crash-'));
    const out = join(folder, 'bao-cao.xlsx');
    writeFileSync(out, 'the earlier report');
    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    const failure = writeAtomically(out, async (temporary) => {
      writeFileSync(temporary, 'half a rep');
      throw full;
    });
    await expect(failure).rejects.toMatchObject({ exitCode: 3, vi: expect.stringContaining('vẫn nguyên vẹn') });
    expect(readFileSync(out, 'utf8')).toBe('the earlier report');
    expect(readdirSync(folder)).toEqual(['bao-cao.xlsx']);
  });

  test('a folder that does not exist: exit 2, Vietnamese then English, nothing created', async () => {
    const missing = join(dir, 'khong-co', 'bao-cao.xlsx');
    const { code, err } = await run('--out', missing);
    expect(code).toBe(2);
    expect(err[0]).toMatch(/^Không có thư mục .*khong-co/);
    expect(err[1]).toMatch(/^Folder .*khong-co does not exist/);
    expect(err).toHaveLength(2);
    expect(readdirSync(dir)).not.toContain('khong-co');
  });

  test('a folder given as --out: exit 2, asks for a file name', async () => {
    const { code, err } = await run('--out', dir);
    expect(code).toBe(2);
    expect(err[0]).toContain('là một thư mục');
  });

  // root may write anywhere: the permission check can only be seen as another user.
  (process.getuid?.() === 0 ? test.skip : test)('a folder without write permission: exit 2, no raw Node error', async () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const { code, err } = await run('--out', join(locked, 'bao-cao.xlsx'));
    chmodSync(locked, 0o700);
    expect(code).toBe(2);
    expect(err[0]).toContain('Không có quyền ghi');
    expect(err.join('\n')).not.toMatch(/EACCES|errno/);
  });
});

// ISSUE 14 §1: a second run the same day with no --out replaced the report the police had typed into.
describe('a second run the same day, without --out', () => {
  test('keeps the earlier report byte for byte and writes the new one under the next free number, saying so', async () => {
    const here = mkdtempSync(join(dir, 'same-day-'));
    const cwd = process.cwd();
    process.chdir(here);
    try {
      const first = await run();
      expect(first.code).toBe(0);
      const name = 'bao-cao-bo-y-2025-2025-10-20.xlsx';
      const before = sha(join(here, name));
      const second = await run();
      expect(second.code).toBe(0);
      expect(second.err[0]).toBe(`Đã có báo cáo ${name} (có thể đã có người ghi vào): giữ nguyên tệp đó, báo cáo mới ghi vào bao-cao-bo-y-2025-2025-10-20-2.xlsx.`);
      expect(second.err[1]).toContain('it is kept');
      expect(sha(join(here, name))).toBe(before);
      expect(readdirSync(here).sort()).toEqual(['bao-cao-bo-y-2025-2025-10-20-2.xlsx', name]);
      expect((await run()).err[0]).toContain('bao-cao-bo-y-2025-2025-10-20-3.xlsx');
    } finally {
      process.chdir(cwd);
    }
  });

  test('an explicit --out still replaces its file whole', async () => {
    const target = join(mkdtempSync(join(dir, 'explicit-')), 'r.xlsx');
    writeFileSync(target, 'old');
    const { code, err } = await run('--out', target);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(readFileSync(target).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
