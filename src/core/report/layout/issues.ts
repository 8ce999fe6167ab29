/**
 * The errors sheet the police work from (seed 001, phase 3: name, date of birth, CCCD, BHYT number,
 * where and what is wrong) and the duplicates sheet. IDs are stored as text so no zero is lost again.
 */
import type { ReportModel } from '../model';
import type { SheetSpec } from '../../sheetspec';
import { DECREE30_MARGINS, SheetBuilder, span } from './builder';
import { STYLES } from './styles';
import { SHEET } from '../sheet-names';


const SEVERITY_VI = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' } as const;

function listSheet(name: string, title: string, subtitle: string, headers: readonly string[], widths: number[]): SheetBuilder {
  const b = new SheetBuilder(name, STYLES, widths, {
    paper: 'A4',
    orientation: 'landscape',
    fitToWidth: true,
    margins: DECREE30_MARGINS,
    pageNumbersFromPage2: true,
  });
  const last = headers.length - 1;
  b.merge(span(0, 0, 0, last), title, 'title');
  b.merge(span(1, 0, 1, last), subtitle, 'period');
  headers.forEach((t, c) => b.set(3, c, t, 'th'));
  b.height(3, 32);
  b.spec.freeze = { rows: 4, columns: 0 };
  b.spec.print.repeatRows = { from: 3, to: 3 };
  return b;
}

export function layoutErrors(model: ReportModel): SheetSpec {
  // The printed list is for the commune police: Vietnamese only. The English text is in the JSON report.
  const headers = ['STT', 'Trang', 'Dòng', 'Ô', 'Mức độ', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Mã thẻ BHYT', 'Nội dung, cách xử lý', 'Mã lỗi'];
  const c = model.issueCounts;
  const b = listSheet(
    SHEET.errors,
    'DANH SÁCH LỖI DỮ LIỆU CẦN XỬ LÝ',
    `${c.error} lỗi, ${c.warning} cảnh báo, ${c.info} thông tin. Số liệu đến ngày ${model.asOf.split('-').reverse().join('/')}`,
    headers,
    [5, 14, 6, 6, 9, 22, 11, 15, 17, 58, 27],
  );
  let r = 4;
  model.issues.forEach((i, n) => {
    const p = i.person;
    const cells: (string | number | null)[] = [
      n + 1,
      i.sheet,
      i.row,
      i.column && i.row !== null ? `${i.column}${i.row}` : (i.column ?? ''),
      SEVERITY_VI[i.severity],
      p?.name ?? '',
      p?.birthDate ?? '',
      p?.cccd ?? '',
      p?.bhyt ?? '',
      i.message,
      i.code,
    ];
    const styleOf = (col: number) => (col === 4 ? i.severity : col <= 3 && col !== 1 ? 'tdCenter' : col >= 6 && col <= 8 ? 'tdText' : col === 10 ? 'tdSmall' : 'td');
    cells.forEach((v, col) => b.set(r, col, v, styleOf(col)));
    r++;
  });
  if (model.issues.length === 0) b.merge(span(r, 0, r, headers.length - 1), 'Không phát hiện lỗi dữ liệu.', 'td');
  else b.spec.autoFilter = span(3, 0, r - 1, headers.length - 1);
  return b.fitRowHeights().spec;
}

export function layoutDuplicates(model: ReportModel): SheetSpec {
  const headers = ['STT', 'Loại trùng', 'Số bị trùng', 'Trang', 'Dòng', 'Họ và tên'];
  const b = listSheet(
    SHEET.duplicates,
    'DANH SÁCH TRÙNG LẶP',
    'Trùng CCCD trong cùng nhóm: chỉ tính lần xuất hiện đầu tiên. Trùng mã BHXH giữa các CCCD khác nhau: VNeID sẽ từ chối, cần kiểm tra.',
    headers,
    [5, 16, 16, 18, 7, 28],
  );
  let r = 4;
  let n = 0;
  for (const d of model.duplicates) {
    const first = r;
    for (const o of d.occurrences) {
      b.set(r, 3, o.sheet, 'td').set(r, 4, o.row, 'tdCenter').set(r, 5, o.name, 'td');
      r++;
    }
    n++;
    b.merge(span(first, 0, r - 1, 0), n, 'tdCenter');
    b.merge(span(first, 1, r - 1, 1), d.kind === 'cccd' ? 'CCCD' : 'Mã BHXH (BHYT)', 'tdCenter');
    b.merge(span(first, 2, r - 1, 2), d.value, 'tdText');
  }
  if (n === 0) b.merge(span(r, 0, r, headers.length - 1), 'Không có trường hợp trùng lặp.', 'td');
  return b.fitRowHeights().spec;
}
