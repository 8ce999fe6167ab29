/**
 * An input file → Grids, by what its bytes are rather than its name. Formats the command line
 * cannot read safely are refused with the way to convert them.
 */
import { open, stat } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import type { Grid } from '../core/grid';
import { detectFormat, type FileFormat, SNIFF_BYTES } from '../files/detect-format';
import { readTextFile } from '../files/read-text';
import { readXlsxFile, UnreadableFileError } from '../files/read-xlsx';
import { CliError, errnoOf, EXIT } from './errors';
import { readOdsFile } from '../files/ods/read-ods';

type Reader = (path: string) => Promise<Grid[]>;

/**
 * null: no reader. SheetJS is the only maintained .xls/.ods reader and its fixed builds (0.20.x) are
 * not on the npm registry, whose `xlsx` 0.18.5 has CVE-2023-30533 and CVE-2024-22363.
 */
const READERS: Record<FileFormat, Reader | null> = {
  xlsx: readXlsxFile,
  text: readTextFile,
  xls: null,
  ods: readOdsFile,
};

const FORMAT_NAMES: Record<FileFormat, string> = { xlsx: '.xlsx', text: 'CSV', xls: '.xls (Excel 97–2003)', ods: '.ods (OpenDocument)' };

/** Text is read as a list only from a name that says text: a "bao-cao.xlsx" holding text is a broken download, not a CSV. */
const TEXT_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);

export async function readInputFile(path: string): Promise<Grid[]> {
  const format = await formatOf(path);
  if (format === 'text' && !TEXT_EXTENSIONS.has(extname(path).toLowerCase())) {
    throw new CliError(
      EXIT.unreadable,
      `Không đọc được ${path}: tệp không phải bảng tính .xlsx mà là văn bản; nếu là CSV, hãy đổi đuôi tệp thành .csv.`,
      `Cannot read ${path}: it is text, not an .xlsx workbook; if it is a CSV, rename it to .csv.`,
    );
  }
  const reader = READERS[format];
  if (!reader) throw convertFirst(path, FORMAT_NAMES[format]);
  try {
    return await reader(path);
  } catch (e) {
    if (e instanceof UnreadableFileError) {
      throw new CliError(EXIT.unreadable, `Không đọc được ${e.file}: ${e.reason}`, `Cannot read ${e.file}: open it in Excel, save it as .xlsx and try again.`);
    }
    throw e;
  }
}

function convertFirst(path: string, format: string): CliError {
  return new CliError(
    EXIT.unreadable,
    `Chưa đọc được tệp ${format}: ${path}. Hãy lưu lại thành .xlsx: trong Excel chọn Tệp → Lưu thành → Sổ làm việc Excel (*.xlsx); hoặc chạy soffice --headless --convert-to xlsx "${path}".`,
    `${format} files are not read yet: ${path}. Save it as .xlsx: in Excel, File → Save As → Excel Workbook (*.xlsx); or run soffice --headless --convert-to xlsx "${path}".`,
  );
}

async function formatOf(path: string): Promise<FileFormat> {
  let file;
  try {
    file = await open(path, 'r');
  } catch (e) {
    throw cannotOpen(path, errnoOf(e));
  }
  try {
    const head = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await file.read(head, 0, SNIFF_BYTES, 0);
    return detectFormat(head.subarray(0, bytesRead));
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
  return new CliError(EXIT.unreadable, `Không đọc được tệp ${path} (${errno || 'lỗi hệ thống'}): hãy thử lại hoặc chép tệp sang chỗ khác.`, `Cannot read ${path} (${errno || 'system error'}): try again or copy the file elsewhere.`);
}

/**
 * The inputs each once (ISSUE 14 §3): the same file given twice (by another path, a link) would make every
 * person their own duplicate. Compared by device + inode; a file that cannot be found is left for the reader
 * to refuse. `repeated` names what was left out.
 */
export async function distinctInputs(paths: readonly string[]): Promise<{ inputs: string[]; repeated: string[] }> {
  const seen = new Set<string>();
  const inputs: string[] = [];
  const repeated: string[] = [];
  for (const path of paths) {
    const id = await stat(path).then(
      (s) => `${s.dev}:${s.ino}`,
      () => `path:${path}`,
    );
    if (seen.has(id)) repeated.push(path);
    else {
      seen.add(id);
      inputs.push(path);
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
