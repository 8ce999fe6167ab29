/** The sheets the add-in owns and rewrites. They are never read as lists, and nothing else is ever written. */
export const SHEET = {
  weekly: 'Báo cáo tuần',
  final: 'Báo cáo tổng kết',
  summary: 'Tổng hợp',
  chart: 'Biểu đồ',
  errors: 'Lỗi dữ liệu',
  duplicates: 'Trùng lặp',
  history: 'Lịch sử',
  config: 'Cấu hình',
} as const;

export const OWN_SHEETS: ReadonlySet<string> = new Set(Object.values(SHEET));

/** Our sheets the engine reads back on the next run: the history, and the police's statuses on the errors list. */
export const READ_BACK_SHEETS: ReadonlySet<string> = new Set([SHEET.history, SHEET.errors]);
