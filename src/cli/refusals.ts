/**
 * Why a file given as a list is refused, said for people (ISSUE 14 §3): the file, what it is, and what to do,
 * Vietnamese first, English second. Never "exit 0 and an empty report" for a file that holds no list.
 */
import type { FileKind, Identified } from '../files/detect-format';
import { CliError, EXIT } from './errors';

const refused = (vi: string, en: string) => new CliError(EXIT.unreadable, vi, en);

/** A format some program can save as .xlsx: how to convert it. */
export function convertFirst(path: string, format: string): CliError {
  return refused(
    `Chưa đọc được tệp ${format}: ${path}. Hãy lưu lại thành .xlsx: trong Excel chọn Tệp → Lưu thành → Sổ làm việc Excel (*.xlsx); hoặc chạy soffice --headless --convert-to xlsx "${path}".`,
    `${format} files are not read yet: ${path}. Save it as .xlsx: in Excel, File → Save As → Excel Workbook (*.xlsx); or run soffice --headless --convert-to xlsx "${path}".`,
  );
}

/** A document that is not a spreadsheet at all: a Word text, a presentation. */
function notASpreadsheet(path: string, vi: string, en: string): CliError {
  return refused(
    `Không đọc được ${path}: tệp là ${vi}, không phải bảng tính. Hãy đưa tệp Excel (.xlsx) chứa danh sách; nếu danh sách là một bảng trong tệp này, hãy chép bảng sang Excel và lưu thành .xlsx.`,
    `Cannot read ${path}: it is ${en}, not a workbook. Give the Excel workbook (.xlsx) that holds the list; if the list is a table in this file, copy it into Excel and save it as .xlsx.`,
  );
}

function passwordProtected(path: string): CliError {
  return refused(
    `Không đọc được ${path}: sổ làm việc được bảo vệ bằng mật khẩu (phải nhập mật khẩu mới mở được), nên không đọc được nội dung. Hãy mở tệp bằng Excel, chọn Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu, lưu một bản sao không có mật khẩu rồi chạy lại với bản sao đó.`,
    `Cannot read ${path}: the workbook is protected by a password (it asks for one when opened), so its contents cannot be read. Open it in Excel, choose File → Info → Protect Workbook → Encrypt with Password, clear the password, save a copy without one and run again with that copy.`,
  );
}

function archive(path: string, id: Identified): CliError {
  const lists = id.lists ?? 0;
  if (lists > 0) {
    return refused(
      `Không đọc được ${path}: tệp là tệp nén (.zip) chứa ${lists} tệp danh sách, không phải một bảng tính. Hãy giải nén rồi ghi tên từng tệp bên trong.`,
      `Cannot read ${path}: it is a zip archive holding ${lists} list file(s), not a workbook itself. Unzip it and give each file inside.`,
    );
  }
  return refused(
    `Không đọc được ${path}: tệp là tệp nén (.zip, ${id.entries ?? 0} tệp bên trong) không chứa bảng tính Excel hay LibreOffice. Hãy đưa tệp danh sách .xlsx, .ods hoặc .csv.`,
    `Cannot read ${path}: it is a zip archive (${id.entries ?? 0} files inside) that holds no Excel or LibreOffice workbook. Give the list as an .xlsx, .ods or .csv file.`,
  );
}

/** The refusal for a file of a kind no reader takes; null for a kind that is read. */
export function refusalOf(path: string, id: Identified): CliError | null {
  const kind: FileKind = id.kind;
  switch (kind) {
    case 'xlsx':
    case 'ods':
    case 'text':
      return null;
    case 'xls':
      return convertFirst(path, '.xls (Excel 97–2003)');
    case 'xlsb':
      return convertFirst(path, '.xlsb (Excel Binary)');
    case 'encrypted':
      return passwordProtected(path);
    case 'docx':
      return notASpreadsheet(path, 'văn bản Word (.docx)', 'a Word document (.docx)');
    case 'doc':
      return notASpreadsheet(path, 'văn bản Word 97–2003 (.doc)', 'a Word 97–2003 document (.doc)');
    case 'pptx':
    case 'ppt':
      return notASpreadsheet(path, 'bản trình chiếu PowerPoint', 'a PowerPoint presentation');
    case 'opendocument':
      return notASpreadsheet(path, 'tài liệu OpenDocument không phải bảng tính (.odt, .odp)', 'an OpenDocument file that is no spreadsheet (.odt, .odp)');
    case 'office97':
      return notASpreadsheet(path, 'tệp Office 97–2003 khác', 'another kind of Office 97–2003 file');
    case 'zip':
      return archive(path, id);
  }
}

/** A workbook whose workbook part lists no worksheet (only chart sheets, or a damaged file). */
export function noWorksheet(path: string): CliError {
  return refused(
    `Không đọc được ${path}: sổ làm việc không có trang tính nào có ô (chỉ có trang biểu đồ, hoặc tệp bị hỏng). Hãy mở tệp bằng Excel, kiểm tra trang danh sách còn trong tệp rồi lưu lại.`,
    `Cannot read ${path}: the workbook holds no worksheet with cells (only chart sheets, or the file is damaged). Open it in Excel, check that the list's sheet is there and save it again.`,
  );
}
