/**
 * The "Lịch sử" sheet: every snapshot so far, one row per date, entity and indicator, then any row
 * that failed validation, unchanged, with what is wrong beside it. The add-in reads it back next time.
 */
import { HISTORY_COLUMNS, HISTORY_TITLE, type HistoryRow } from '../../history/history';
import { formatVnDate } from '../../format';
import { formatVnDateTime } from '../../dates';
import type { ReportModel } from '../model';
import type { SheetSpec } from '../../sheetspec';
import { DECREE30_MARGINS, SheetBuilder, span } from './builder';
import { STYLES } from './styles';
import { SHEET } from '../../vocabulary';

const TEXT_FIELDS = new Set(['campaignId', 'asOf', 'entity', 'kind', 'indicator', 'madeAt']);

/** Dates and times as people read them, 27/10/2025 and 27/10/2025 08:30 (issue 13 §5); readHistory takes both shapes back. */
function printed(row: HistoryRow, field: (typeof HISTORY_COLUMNS)[number]['field']): string | number {
  if (field === 'asOf') return formatVnDate(row.asOf);
  if (field === 'madeAt') return formatVnDateTime(row.madeAt);
  return row[field];
}

export function layoutHistory(model: ReportModel): SheetSpec {
  const width = HISTORY_COLUMNS.length;
  // "Chỉ tiêu" as wide as the longest preset id (new_dossiers_activated_integrated), which was cut.
  const b = new SheetBuilder(SHEET.history, STYLES, [16, 6, 14, 30, 16, 32, 9, 9, 9, 17, 50], {
    paper: 'A4',
    orientation: 'landscape',
    fitToWidth: true,
    margins: DECREE30_MARGINS,
  });
  b.merge(span(0, 0, 0, width - 1), HISTORY_TITLE, 'title');
  b.merge(
    span(1, 0, 1, width - 1),
    'Trang này do phần mềm ghi và đọc lại để so sánh giữa các tuần. Không sửa tay: dòng bị sửa sai sẽ không được dùng (History written and read back by the add-in; do not edit).',
    'note',
  );
  HISTORY_COLUMNS.forEach((c, i) => b.set(2, i, c.header, 'th'));
  let r = 3;
  for (const row of [...model.history, ...model.historyOther]) {
    HISTORY_COLUMNS.forEach(({ field }, c) => b.set(r, c, printed(row, field), TEXT_FIELDS.has(field) ? 'tdText' : 'tdInt'));
    r++;
  }
  for (const rejected of model.historyRejected) {
    rejected.cells.forEach((v, c) => b.set(r, c, v, 'tdText'));
    b.set(r, width, `Dòng lỗi, không dùng: ${rejected.problem}`, 'warning');
    r++;
  }
  b.spec.freeze = { rows: 3, columns: 0 };
  // Its header on every printed page, as on the other lists.
  b.spec.print.repeatRows = { from: 2, to: 2 };
  b.spec.autoFilter = span(2, 0, Math.max(2, r - 1), width - 1);
  return b.fitRowHeights().spec;
}
