/**
 * An input file → Grids, by what its bytes are rather than its name. Formats the command line
 * cannot read safely are refused with the way to convert them; a container that holds no list (a Word
 * document, a zip of photos, a workbook protected by a password) is refused saying what it is (ISSUE 14 §3).
 */
import { open, readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, resolve, sep } from 'node:path';
import type { Grid } from '../core/grid';
import { identifyFile } from '../files/detect-format';
import { readOdsBytes } from '../files/ods/read-ods';
import { textToGrid } from '../files/read-text';
import { nativeInflate } from '../files/native-inflate';
import { readXlsxBytes } from '../files/read-xlsx';
import { unreadableReason } from '../files/xlsx/unreadable';
import { CliError, errnoOf, EXIT } from './errors';
import { noWorksheet, refusalOf } from './refusals';

/** An input as people name it and as the system opens it. */
export interface InputFile {
  /** The path as people read it: as given, or with a name that is not UTF-8 decoded as Windows-1258. */
  path: string;
  /** What the system opens: the path, or the name's own bytes when they are not UTF-8 (ISSUE 14 §3). */
  fsPath: string | Buffer;
}

/** Text is read as a list only from a name that says text: a "bao-cao.xlsx" holding text is a broken download, not a CSV. */
const TEXT_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);

export async function readInputFile(input: string | InputFile): Promise<Grid[]> {
  const { path, fsPath } = typeof input === 'string' ? await locateInput(input) : input;
  const bytes = await readBytes(path, fsPath);
  const id = identifyFile(bytes);
  if (id.kind === 'text') {
    if (!TEXT_EXTENSIONS.has(extname(path).toLowerCase())) {
      throw new CliError(
        EXIT.unreadable,
        `Không đọc được ${path}: tệp không phải bảng tính .xlsx mà là văn bản; nếu là CSV, hãy đổi đuôi tệp thành .csv.`,
        `Cannot read ${path}: it is text, not an .xlsx workbook; if it is a CSV, rename it to .csv.`,
      );
    }
    return [textToGrid(bytes, basename(path, extname(path)))];
  }
  const refusal = refusalOf(path, id);
  if (refusal) throw refusal;
  let grids: Grid[];
  try {
    grids = id.kind === 'ods' ? readOdsBytes(bytes) : readXlsxBytes(bytes, { inflate: nativeInflate });
  } catch (e) {
    const reason = id.kind === 'ods' ? `không đọc được tệp .ods (not a readable .ods file: ${(e as Error).message})` : unreadableReason(bytes, e as Error);
    throw new CliError(EXIT.unreadable, `Không đọc được ${path}: ${reason}`, `Cannot read ${path}: open it in Excel, save it as .xlsx and try again.`);
  }
  if (grids.length === 0) throw noWorksheet(path);
  return grids;
}

/** The whole file: the readers need its zip directory or all of its text. */
async function readBytes(path: string, fsPath: string | Buffer): Promise<Uint8Array> {
  let file;
  try {
    file = await open(fsPath, 'r');
  } catch (e) {
    throw cannotOpen(path, errnoOf(e));
  }
  try {
    return await file.readFile();
  } catch (e) {
    throw cannotOpen(path, errnoOf(e));
  } finally {
    await file.close();
  }
}

function cannotOpen(path: string, errno: string): CliError {
  if (errno === 'ENOENT') return new CliError(EXIT.unreadable, `Không tìm thấy tệp ${path}: hãy kiểm tra tên và thư mục.`, `File not found: ${path}; check its name and folder.`);
  if (errno === 'EISDIR') return new CliError(EXIT.unreadable, `${path} là một thư mục: hãy ghi tên từng tệp danh sách.`, `${path} is a folder: name each list file.`);
  if (errno === 'EACCES' || errno === 'EPERM') return new CliError(EXIT.unreadable, `Không có quyền đọc tệp ${path}: hãy xin quyền đọc hoặc chép tệp sang thư mục của bạn.`, `No permission to read ${path}: get read access or copy it to your own folder.`);
  if (errno === 'ERR_FS_FILE_TOO_LARGE') {
    return new CliError(EXIT.unreadable, `Tệp ${path} lớn hơn 2 GB: quá lớn để đọc. Hãy tách danh sách thành nhiều tệp.`, `${path} is larger than 2 GB: too large to read. Split the list into several files.`);
  }
  return new CliError(EXIT.unreadable, `Không đọc được tệp ${path} (${errno || 'lỗi hệ thống'}): hãy thử lại hoặc chép tệp sang chỗ khác.`, `Cannot read ${path} (${errno || 'system error'}): try again or copy the file elsewhere.`);
}

const REPLACEMENT = '\ufffd';
const windows1258 = new TextDecoder('windows-1258');

/**
 * Finds a file whose name is not UTF-8 (ISSUE 14 §3). On Linux a name is bytes; one written in Latin-1 or
 * Windows-1258 (a zip made on Windows, unpacked here) reaches the program with each of its letters turned
 * into U+FFFD, and opening that string finds nothing. Each part of the path holding U+FFFD is looked up among
 * its folder's names as bytes: the one name that reads the same is the file. No such name, or two, is said
 * with what to do (rename the file).
 */
export async function locateInput(given: string): Promise<InputFile> {
  const path = isAbsolute(given) ? given : resolve(given);
  if (!path.includes(REPLACEMENT) || (await exists(path))) return { path, fsPath: path };
  const parts = path.split(sep);
  let raw: Buffer = Buffer.from(parts[0] + sep);
  let shown = parts[0] + sep;
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i];
    const last = i === parts.length - 1;
    let bytes: Buffer = Buffer.from(part);
    if (part.includes(REPLACEMENT)) {
      const names = await readdir(raw, { encoding: 'buffer' }).catch(() => [] as Buffer[]);
      const same = names.filter((n) => n.toString('utf8') === part);
      if (same.length !== 1) throw unreadableName(path, same.length);
      bytes = same[0];
    }
    raw = Buffer.concat([raw, bytes, last ? Buffer.alloc(0) : Buffer.from(sep)]);
    shown += (part.includes(REPLACEMENT) ? windows1258.decode(bytes).normalize('NFC') : part) + (last ? '' : sep);
  }
  return { path: shown, fsPath: raw };
}

async function exists(path: string | Buffer): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

function unreadableName(path: string, matches: number): CliError {
  const why = matches > 1 ? { vi: `có ${matches} tệp cùng đọc thành tên này`, en: `${matches} files read as this name` } : { vi: 'không tìm thấy tệp có tên này', en: 'no file of this name was found' };
  return new CliError(
    EXIT.unreadable,
    `Không đọc được tên tệp ${path}: tên có chữ không mã hóa theo UTF-8 (thường do tệp được giải nén từ máy Windows) và ${why.vi}. Hãy đổi tên tệp hoặc thư mục (chỉ dùng chữ không dấu, hoặc đặt lại tên bằng trình quản lý tệp) rồi chạy lại.`,
    `Cannot read the file name ${path}: it holds letters not encoded as UTF-8 (often a file unzipped from a Windows machine) and ${why.en}. Rename the file or folder (plain letters, or retype the name in a file manager) and run again.`,
  );
}

/**
 * The inputs each once (ISSUE 14 §3): the same file given twice (by another path, a link) would make every
 * person their own duplicate. Compared by device + inode; a file that cannot be found is left for the reader
 * to refuse. `repeated` names what was left out.
 */
export async function distinctInputs<T extends string | InputFile>(given: readonly T[]): Promise<{ inputs: T[]; repeated: T[] }> {
  const seen = new Set<string>();
  const inputs: T[] = [];
  const repeated: T[] = [];
  for (const input of given) {
    const { path, fsPath } = typeof input === 'string' ? { path: input, fsPath: input } : input;
    const id = await stat(fsPath).then(
      (s) => `${s.dev}:${s.ino}`,
      () => `path:${path}`,
    );
    if (seen.has(id)) repeated.push(input);
    else {
      seen.add(id);
      inputs.push(input);
    }
  }
  return { inputs, repeated };
}

/** Each input's name for its sheets: the file name, and its folder's when two inputs share a file name ("danhsach – xa-a"). */
export function inputNames(paths: readonly string[]): string[] {
  const base = paths.map((p) => basename(p, extname(p)));
  const count = new Map<string, number>();
  for (const b of base) count.set(b, (count.get(b) ?? 0) + 1);
  return base.map((b, i) => ((count.get(b) ?? 0) > 1 ? `${b} – ${basename(dirname(paths[i]))}` : b));
}
