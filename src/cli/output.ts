/**
 * Where the report goes. An output that is an input under another name (a symbolic or hard link,
 * "./x" for "x") is refused, compared by real path and by device + inode, so a village workbook is
 * never replaced by a report. The report is written to a temporary file beside it and renamed into
 * place: a crash mid-write leaves the earlier report whole, and no half-written file behind.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { CliError, errnoOf, EXIT, internalError } from './errors';

/** A wrong --out or --json: exit 2, without the whole usage, which would bury the one line that matters. */
function refuse(vi: string, en: string): CliError {
  return new CliError(EXIT.usage, vi, en);
}

/** A file's real path and device + inode (-1 for a file not written yet: its folder's real path and its name). */
interface Identity {
  real: string;
  dev: number;
  ino: number;
}

async function identityOf(path: string | Buffer): Promise<Identity | null> {
  try {
    const [s, real] = await Promise.all([stat(path), realpath(path)]);
    return { real, dev: s.dev, ino: s.ino };
  } catch {
    return null;
  }
}

/**
 * Refuses (exit 2) an output whose folder is missing or not writable, that is a folder, or that
 * is one of `readOnly` (inputs, earlier reports) or another output.
 */
export async function checkOutputs(outputs: readonly string[], readOnly: readonly (string | Buffer)[]): Promise<void> {
  const protectedFiles = (await Promise.all(readOnly.map(identityOf))).filter((i): i is Identity => i !== null);
  const seen: Identity[] = [];
  for (const out of outputs) {
    await checkFolder(out);
    const id = (await identityOf(out)) ?? { real: join(await realpath(dirname(out)), basename(out)), dev: -1, ino: -1 };
    if (id.dev >= 0 && (await stat(out)).isDirectory()) {
      throw refuse(`${out} là một thư mục: hãy ghi cả tên tệp báo cáo (vd. ${join(out, 'bao-cao.xlsx')}).`, `${out} is a folder: give the report's file name (e.g. ${join(out, 'report.xlsx')}).`);
    }
    const same = (other: Identity) => other.real === id.real || (id.dev >= 0 && other.dev === id.dev && other.ino === id.ino);
    if (protectedFiles.some(same)) {
      throw refuse(
        `Tệp báo cáo ${out} chính là một tệp danh sách (hoặc liên kết tới nó): không bao giờ ghi đè dữ liệu gốc. Hãy chọn tên khác cho --out.`,
        `The report ${out} is an input file (or a link to one): inputs are never overwritten. Choose another name for --out.`,
      );
    }
    if (seen.some(same)) throw refuse(`--out và --json cùng chỉ tới ${out}: hãy chọn hai tên khác nhau.`, `--out and --json both name ${out}: choose two different names.`);
    seen.push(id);
  }
}

async function checkFolder(out: string): Promise<void> {
  const folder = dirname(out);
  let isFolder: boolean;
  try {
    isFolder = (await stat(folder)).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) {
    throw refuse(`Không có thư mục ${folder} để ghi ${basename(out)}: hãy tạo thư mục trước hoặc chọn thư mục khác.`, `Folder ${folder} does not exist: create it first or choose another folder for ${basename(out)}.`);
  }
  try {
    await access(folder, constants.W_OK);
  } catch {
    throw refuse(`Không có quyền ghi vào thư mục ${folder}: hãy chọn thư mục khác cho ${basename(out)}.`, `No permission to write in ${folder}: choose another folder for ${basename(out)}.`);
  }
}

/** Writes `path` through `write(temporary)` and a rename; the temporary file is removed if anything fails. */
export async function writeAtomically(path: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await write(temporary);
    await rename(temporary, path);
  } catch (e) {
    await rm(temporary, { force: true });
    const errno = errnoOf(e);
    // Only a failed file operation is the disk's doing; anything else is a fault in the writer.
    if (!errno) throw internalError({ vi: `ghi ${basename(path)}`, en: `writing ${basename(path)}` }, e);
    throw new CliError(
      EXIT.notWritten,
      `Không ghi được ${path} (${errno}): tệp báo cáo cũ (nếu có) vẫn nguyên vẹn; hãy kiểm tra chỗ trống trên đĩa và quyền ghi rồi chạy lại.`,
      `Could not write ${path} (${errno}): any earlier report is intact; check disk space and write permission, then run again.`,
    );
  }
}

/**
 * The default report name, or when a report of that name is already there (the police may have typed
 * their statuses into it), the first free numbered one beside it: "bao-cao-…-2.xlsx". Never replaced
 * without being asked: an explicit --out is the way to replace a report (ISSUE 14 §1).
 */
export async function freeReportPath(path: string): Promise<{ path: string; kept: string | null }> {
  const exists = async (p: string) => (await identityOf(p)) !== null;
  if (!(await exists(path))) return { path, kept: null };
  const ext = extname(path);
  const stem = path.slice(0, path.length - ext.length);
  for (let n = 2; n < 1000; n++) {
    const candidate = `${stem}-${n}${ext}`;
    if (!(await exists(candidate))) return { path: candidate, kept: path };
  }
  throw refuse(
    `Đã có quá nhiều báo cáo cùng tên ${basename(path)} trong thư mục: hãy chọn tên bằng --out.`,
    `Too many reports named ${basename(path)} in the folder: choose a name with --out.`,
  );
}
