/**
 * Every string the task pane shows, Vietnamese first and English second. A key missing a language
 * fails to compile (and test/taskpane/i18n.test.ts checks the values: non-empty, Vietnamese in NFC,
 * the same {placeholders} in both languages).
 */
import type { IssueCode, Severity } from '../core/issues';
import { formatCount, formatPercent as formatVnPercent } from '../core/numbers';
import type { ExcelAdapterError, OfficeProblem, ReportLeft } from '../excel/gateway';
import type { Refusal } from '../core/report/layout/plan';

export type Lang = 'vi' | 'en';
export type Translation = { readonly vi: string; readonly en: string };

export const STRINGS = {
  appTitle: { vi: 'Tổng hợp SSKĐT', en: 'SSKĐT Rollup' },
  appSubtitle: {
    vi: 'Tích hợp thẻ BHYT vào Sổ sức khỏe điện tử trên VNeID',
    en: 'Health insurance cards in the electronic health book on VNeID',
  },
  otherLanguage: { vi: 'English', en: 'Tiếng Việt' },
  otherLanguageLabel: { vi: 'Switch to English', en: 'Chuyển sang tiếng Việt' },
  loadingWorkspace: { vi: 'Đang tải bảng điều khiển…', en: 'Loading the panel…' },

  openFromExcelTitle: { vi: 'Hãy mở từ Excel', en: 'Open this add-in from Excel' },
  openFromExcelBody: {
    vi: 'Trên thẻ Trang chủ, bấm Mở bảng điều khiển hoặc Tổng hợp.',
    en: 'On the Home tab, click Open the panel or Consolidate.',
  },
  about: {
    vi: 'Tổng hợp kết quả tích hợp BHYT vào Sổ sức khỏe điện tử trên VNeID của các thôn, tổ dân phố và cơ quan, đơn vị thành một báo cáo của xã: số liệu của từng nơi, tỷ lệ so với chỉ tiêu và danh sách lỗi cần sửa. Dữ liệu không rời khỏi sổ làm việc.',
    en: 'Consolidates the villages’, residential groups’ and agencies’ results of linking health insurance (BHYT) to the electronic health book on VNeID into one commune report: figures for each place, rates against targets and a list of errors to fix. The data never leaves the workbook.',
  },
  demoNotice: {
    vi: 'Bản trình diễn với dữ liệu mẫu, ngoài Excel: không đọc hay ghi sổ làm việc nào.',
    en: 'Demo with sample data, outside Excel: no workbook is read or written.',
  },

  campaignTitle: { vi: 'Kế hoạch', en: 'Campaign' },
  campaignLabel: { vi: 'Kế hoạch áp dụng', en: 'Campaign plan' },
  campaignStored: { vi: 'Cấu hình trong sổ này', en: 'Stored in this workbook' },
  campaignStoredAbsent: { vi: 'chưa có', en: 'none yet' },
  campaignStoredInvalid: { vi: 'có lỗi', en: 'has errors' },
  campaignLoading: { vi: 'Đang đọc cấu hình…', en: 'Reading the configuration…' },
  campaignDates: { vi: 'Từ {start} đến {end}', en: 'From {start} to {end}' },
  campaignSavedHint: {
    vi: 'Khi bấm Tổng hợp, kế hoạch này được lưu vào trang “Cấu hình” để lần sau dùng lại.',
    en: 'Consolidating saves this campaign to the “Cấu hình” sheet for next time.',
  },
  storedInvalidTitle: { vi: 'Trang cấu hình có lỗi', en: 'The configuration sheet has errors' },
  storedInvalidBody: {
    vi: 'Sửa các mục dưới đây trên trang cấu hình, hoặc chọn một kế hoạch mẫu rồi bấm Tổng hợp để ghi lại cấu hình.',
    en: 'Fix the items below on the configuration sheet, or pick a preset and consolidate to write it again.',
  },
  asOfLabel: { vi: 'Số liệu tính đến ngày', en: 'Figures as of' },
  asOfInvalid: { vi: 'Ngày chưa đúng: {reason}', en: 'Not a date: {reason}' },
  asOfHint: { vi: 'Ngày/tháng/năm, vd. 27/10/2025.', en: 'Day/month/year, e.g. 27/10/2025.' },
  asOfPlaceholder: { vi: 'dd/mm/yyyy', en: 'dd/mm/yyyy' },
  calendarButton: { vi: 'Lịch', en: 'Calendar' },
  calendarOpen: { vi: 'Chọn ngày trên lịch', en: 'Pick the date on a calendar' },
  calendarLabel: { vi: 'Lịch chọn ngày số liệu', en: 'Calendar for the as-of date' },
  calendarPrevious: { vi: 'Tháng trước', en: 'Previous month' },
  calendarNext: { vi: 'Tháng sau', en: 'Next month' },
  calendarKeys: {
    vi: 'Phím mũi tên: đổi ngày; PageUp, PageDown: đổi tháng; Enter: chọn; Esc: đóng.',
    en: 'Arrow keys: move; PageUp, PageDown: month; Enter: choose; Esc: close.',
  },
  cadenceLabel: { vi: 'Kỳ báo cáo', en: 'Reporting period' },
  cadenceWeek: { vi: 'Báo cáo tuần', en: 'Weekly report' },
  cadenceMonth: { vi: 'Báo cáo tháng', en: 'Monthly report' },
  cadenceQuarter: { vi: 'Báo cáo quý', en: 'Quarterly report' },
  cadenceHalfYear: { vi: 'Báo cáo 6 tháng', en: 'Six-month report' },
  cadenceYear: { vi: 'Báo cáo năm', en: 'Yearly report' },
  reportPeriod: {
    vi: 'Báo cáo {period} ({from} – {to}), hạn {deadline}.',
    en: 'Report for {period} ({from} – {to}), due {deadline}.',
  },
  periodEnded: { vi: 'Kỳ vừa kết thúc, chưa đến hạn báo cáo.', en: 'The period just ended; its report is not due yet.' },
  periodToday: { vi: 'Kỳ đang diễn ra.', en: 'The current period.' },
  switchPeriod: { vi: 'Chuyển sang {period} ({from} – {to})', en: 'Switch to {period} ({from} – {to})' },
  asOfOutsideTitle: { vi: 'Ngày số liệu nằm ngoài thời gian của đợt', en: 'The as-of date is outside the campaign' },

  sheetsTitle: { vi: 'Các trang trong sổ làm việc', en: 'Sheets in this workbook' },
  sheetsReload: { vi: 'Đọc lại', en: 'Reload' },
  sheetsLoading: { vi: 'Đang đọc các trang…', en: 'Reading the sheets…' },
  sheetsEmpty: {
    vi: 'Chưa có trang nào. Dán danh sách vào một trang, hoặc tạo mẫu danh sách ở dưới.',
    en: 'No sheets yet. Paste a list into a sheet, or create a list template below.',
  },
  sheetKindLabel: { vi: 'Loại danh sách của trang {sheet}', en: 'List kind of sheet {sheet}' },
  sheetPeople: { vi: 'Số người: {count}', en: 'People: {count}' },
  sheetNotAList: { vi: 'Không phải danh sách', en: 'Not a list' },
  sheetRoster: { vi: 'Tổ công tác (không tính)', en: 'Task group (not counted)' },
  sheetMismatchList: { vi: 'Sai lệch của Trạm Y tế → Lỗi dữ liệu', en: 'Station mismatches → errors list' },
  sheetNoLevel2: { vi: 'Chưa có mức 2 (không tính)', en: 'No level 2 yet (not counted)' },
  sheetUndecided: { vi: 'Chưa rõ loại: xem Kiểm tra', en: 'Kind unclear: see Check' },
  sheetCountForm: { vi: 'Biểu số liệu: {form}', en: 'Count form: {form}' },
  kindVillage: { vi: 'Thôn, tổ dân phố', en: 'Village, residential group' },
  kindUnit: { vi: 'Cơ quan, đơn vị', en: 'Agency, unit' },
  kindExcluded: { vi: 'Không tổng hợp', en: 'Leave out' },

  templateTitle: { vi: 'Tạo mẫu danh sách', en: 'Create a list template' },
  templateHint: {
    vi: 'Thêm một trang danh sách đúng mẫu: cột CCCD và BHYT định dạng Văn bản, ô Có/Không chọn sẵn, dòng tiêu đề cố định.',
    en: 'Adds a list sheet in the right shape: CCCD and BHYT columns formatted as text, Yes/No dropdowns, a frozen header.',
  },
  templateKind: { vi: 'Loại danh sách', en: 'List kind' },
  templateName: { vi: 'Tên trang', en: 'Sheet name' },
  templateNamePlaceholder: { vi: 'Ví dụ: Thôn 1', en: 'e.g. Thôn 1' },
  templateNameRequired: { vi: 'Nhập tên trang.', en: 'Enter a sheet name.' },
  templateCreate: { vi: 'Tạo mẫu danh sách', en: 'Create the template' },
  templateCreated: { vi: 'Đã tạo trang “{sheet}”. Dán hoặc nhập danh sách vào đó.', en: 'Sheet “{sheet}” created. Paste or type the list into it.' },
  templateNoDropdowns: {
    vi: 'Phiên bản Excel này chưa tạo được ô chọn Có/Không; các cột khác vẫn đúng mẫu.',
    en: 'This Excel cannot add Yes/No dropdowns; the other columns are still set up.',
  },

  check: { vi: 'Kiểm tra', en: 'Check' },
  consolidate: { vi: 'Tổng hợp', en: 'Consolidate' },
  actionsHint: {
    vi: 'Kiểm tra chỉ đọc danh sách và liệt kê lỗi. Tổng hợp ghi báo cáo vào sổ làm việc; các trang danh sách không bị sửa.',
    en: 'Check only reads the lists and shows the issues. Consolidate writes the report into the workbook; list sheets are never changed.',
  },
  progressLabel: { vi: 'Tiến độ', en: 'Progress' },
  stepReading: { vi: 'Đang đọc danh sách…', en: 'Reading the lists…' },
  stepChecking: { vi: 'Đang kiểm tra…', en: 'Checking…' },
  stepCounting: { vi: 'Đang tính chỉ tiêu…', en: 'Computing the indicators…' },
  stepWriting: { vi: 'Đang ghi báo cáo…', en: 'Writing the report…' },
  stepDone: { vi: 'Xong', en: 'Done' },

  issuesTitle: { vi: 'Kết quả kiểm tra', en: 'Check results' },
  issuesHeadingError: { vi: 'Lỗi cần sửa', en: 'Errors to fix' },
  issuesHeadingWarning: { vi: 'Cảnh báo nên xem lại', en: 'Warnings to look at' },
  issuesHeadingInfo: { vi: 'Ghi chú', en: 'Notes' },
  issuesSheetCount: { vi: '{sheet} ({count})', en: '{sheet} ({count})' },
  announceChecked: { vi: 'Đã kiểm tra xong: {errors} lỗi, {warnings} cảnh báo, {notes} ghi chú.', en: 'Check done: {errors} errors, {warnings} warnings, {notes} notes.' },
  announceConsolidated: { vi: 'Đã tổng hợp xong: đã ghi {sheets} trang báo cáo vào sổ làm việc.', en: 'Consolidation done: {sheets} report sheets written into the workbook.' },
  resultStale: {
    vi: 'Kế hoạch, ngày hoặc kỳ báo cáo đã đổi sau lần chạy trước: bấm Kiểm tra hoặc Tổng hợp để có kết quả mới.',
    en: 'The plan, date or period changed after the last run: press Check or Consolidate for fresh results.',
  },
  demoTitle: { vi: 'Bản trình diễn', en: 'Demo' },
  issuesNone: { vi: 'Không phát hiện lỗi nào trong các danh sách.', en: 'No issues found in the lists.' },
  issuesHint: { vi: 'Bấm vào một mục để chọn ô đó trong sổ làm việc.', en: 'Click an item to select its cell in the workbook.' },
  severityError: { vi: 'Lỗi', en: 'Errors' },
  severityWarning: { vi: 'Cảnh báo', en: 'Warnings' },
  severityInfo: { vi: 'Ghi chú', en: 'Notes' },
  issueAt: { vi: 'Ô {cell}', en: 'Cell {cell}' },
  issueSeparator: { vi: ' – ', en: ' – ' },
  issueRow: { vi: 'Dòng {row}', en: 'Row {row}' },
  issueWholeSheet: { vi: 'Cả trang', en: 'Whole sheet' },
  showMore: { vi: 'Xem thêm {count}', en: 'Show {count} more' },

  resultTitle: { vi: 'Kết quả tổng hợp', en: 'Consolidation result' },
  resultPeriod: {
    vi: '{period} ({from} – {to}), hạn {deadline}',
    en: '{period} ({from} – {to}), report due {deadline}',
  },
  resultVillages: { vi: 'Các thôn, tổ dân phố', en: 'Villages' },
  resultUnits: { vi: 'Các cơ quan, đơn vị', en: 'Agencies, units' },
  resultTarget: { vi: 'Chỉ tiêu {target}', en: 'Target {target}' },
  resultValue: { vi: '{numerator}/{denominator} người', en: '{numerator}/{denominator} people' },
  met: { vi: 'Đạt', en: 'Met' },
  notMet: { vi: 'Chưa đạt', en: 'Not met' },
  noData: { vi: 'Chưa có số liệu', en: 'No data' },
  recordedTitle: { vi: 'Không có điện thoại thông minh, có người giám hộ', en: 'Without a smartphone, with a guardian' },
  recordedLine: {
    vi: '{kind}: {noSmartphone} người không có điện thoại thông minh, {guardian} người có người giám hộ giữ tài khoản',
    en: '{kind}: {noSmartphone} people without a smartphone, {guardian} with a guardian holding their account',
  },
  belowTitle: { vi: 'Thôn, tổ dân phố chưa đạt', en: 'Villages below target' },
  belowNone: { vi: 'Mọi thôn, tổ dân phố đều đạt chỉ tiêu.', en: 'Every village meets its targets.' },
  forecastTitle: { vi: 'Dự báo không kịp hạn', en: 'Will miss the deadline' },
  forecastDeadline: { vi: 'hạn {deadline}', en: 'due {deadline}' },
  forecastNone: { vi: 'Theo tốc độ các lần tổng hợp gần nhất, không nơi nào chậm so với hạn.', en: 'At the recent pace, nowhere is behind its deadline.' },
  forecastPast: { vi: 'Đã qua hạn của mọi chỉ tiêu: không còn gì để dự báo.', en: 'Every deadline has passed: nothing left to forecast.' },
  forecastTooLittle: {
    vi: 'Chưa đủ số liệu để dự báo: cần ít nhất hai lần tổng hợp.',
    en: 'Too little history to forecast: at least two consolidations are needed.',
  },
  sheetsWritten: { vi: 'Đã ghi các trang báo cáo: {sheets}', en: 'Report sheets written: {sheets}' },
  openWorkbook: { vi: 'Mở báo cáo thành tệp riêng', en: 'Open the report as its own workbook' },
  openWorkbookBusy: { vi: 'Đang tạo tệp báo cáo…', en: 'Building the report file…' },
  openWorkbookWriting: { vi: 'Đang ghi tệp báo cáo: {percent}%', en: 'Writing the report file: {percent}%' },
  openWorkbookOpening: { vi: 'Excel đang mở tệp báo cáo, xin chờ…', en: 'Excel is opening the report file, please wait…' },
  openWorkbookUnavailable: {
    vi: 'Cần Excel hỗ trợ ExcelApi 1.8 (Microsoft 365 hoặc Excel trên web) để mở báo cáo thành tệp riêng.',
    en: 'Opening the report as its own workbook needs ExcelApi 1.8 (Microsoft 365 or Excel on the web).',
  },
  printLayoutTitle: { vi: 'Khổ in A4', en: 'A4 print layout' },
  printLayoutBody: {
    vi: 'Phiên bản Excel này không cho add-in đặt khổ giấy, lề và dòng tiêu đề in. Bấm “Mở báo cáo thành tệp riêng”: tệp riêng đã được đặt sẵn khổ A4 để in.',
    en: 'This Excel does not let add-ins set the paper, margins and print titles. Click “Open the report as its own workbook”: that file is already set up for A4 printing.',
  },

  workListsTitle: { vi: 'Danh sách rà soát từng người', en: 'Door-to-door work lists' },
  workListsHint: {
    vi: 'Những người còn việc phải làm (chưa có tài khoản mức 2, chưa kích hoạt, chưa tích hợp BHYT…) của từng thôn, đơn vị, theo hộ, để Tổ công tác đi từng nhà. Ghi vào trang “{sheet}”, mỗi thôn một tập trang in A4; số CCCD, thẻ BHYT chỉ ghi 4 ký tự cuối.',
    en: 'The people still to do (no level-2 account, not activated, BHYT not integrated…) of each village and unit, by household, for the teams that go door to door. Written to the “{sheet}” sheet, each village on its own A4 pages; CCCD and BHYT numbers by their last 4 characters only.',
  },
  workListsPick: { vi: 'Thôn, đơn vị', en: 'Villages and units' },
  workListsAll: { vi: 'Tất cả thôn, đơn vị', en: 'All villages and units' },
  workListsPickHint: { vi: 'Bấm Kiểm tra hoặc Tổng hợp để chọn từng nơi.', en: 'Check or consolidate first to pick single places.' },
  workListsWrite: { vi: 'Lập danh sách rà soát', en: 'Make the work lists' },
  workListsBusy: { vi: 'Đang lập danh sách…', en: 'Making the work lists…' },
  workListsWritten: {
    vi: 'Đã ghi trang “{sheet}”: {people} người cần đến, {guardian} người không có ĐTTM hoặc có người giám hộ, ở {lists} thôn, đơn vị ({done} nơi không còn ai).',
    en: 'Sheet “{sheet}” written: {people} people to visit, {guardian} without a smartphone or with a guardian, in {lists} villages and units ({done} with no one left).',
  },

  dismiss: { vi: 'Đóng', en: 'Dismiss' },
  errorUnexpectedTitle: { vi: 'Đã xảy ra lỗi không mong muốn', en: 'Something unexpected went wrong' },
  errorUnexpectedNext: {
    vi: 'Bấm lại một lần nữa. Nếu vẫn lỗi, lưu sổ làm việc, đóng rồi mở lại Excel, và gửi nội dung này cho người hỗ trợ.',
    en: 'Try once more. If it fails again, save the workbook, restart Excel and send this message to whoever supports you.',
  },
  errorDetails: { vi: 'Chi tiết: {details}', en: 'Details: {details}' },
  sheetToCell: { vi: '“{sheet}” (đến ô {lastCell})', en: '“{sheet}” (to cell {lastCell})' },

  // The ribbon's Tổng hợp button: what its dialog says (src/commands).
  ribbonWrittenTitle: { vi: 'Đã lập báo cáo', en: 'The report is written' },
  ribbonWrittenBody: {
    vi: 'Kế hoạch “{campaign}”, số liệu đến ngày {asOf}. Đã ghi các trang báo cáo: {sheets}.',
    en: 'Campaign “{campaign}”, figures as of {asOf}. Report sheets written: {sheets}.',
  },
  ribbonWrittenNext: {
    vi: 'Các danh sách có {errors} lỗi cần sửa và {warnings} cảnh báo. Bấm Mở bảng điều khiển để xem từng lỗi, hoặc để tổng hợp cho ngày khác.',
    en: 'The lists have {errors} errors to fix and {warnings} warnings. Choose Open task pane to see each one, or to consolidate for another date.',
  },
  ribbonNoCampaignTitle: { vi: 'Sổ làm việc này chưa có kế hoạch', en: 'This workbook has no campaign yet' },
  ribbonNoCampaignBody: {
    vi: 'Nút Tổng hợp dùng kế hoạch lưu trong trang “Cấu hình” của sổ làm việc. Sổ này chưa có trang đó, nên chưa tổng hợp gì.',
    en: 'The Consolidate button uses the campaign stored in the workbook’s “Cấu hình” sheet. This workbook has none, so nothing was consolidated.',
  },
  ribbonNoCampaignNext: {
    vi: 'Trong bảng điều khiển (nếu chưa thấy, bấm Mở bảng điều khiển trên thẻ Trang chủ), chọn kế hoạch của xã rồi bấm Tổng hợp: kế hoạch được lưu vào trang “Cấu hình” cho những lần sau.',
    en: 'In the task pane (if it is not showing, choose Open task pane on the Home tab), pick the commune’s campaign and choose Consolidate: it is saved to the “Cấu hình” sheet for next time.',
  },
  ribbonNoCampaignPaneOpened: {
    vi: 'Bảng điều khiển đã mở bên cạnh sổ làm việc: chọn kế hoạch của xã (hoặc bấm Thiết lập kế hoạch của xã) rồi bấm Tổng hợp: kế hoạch được lưu vào trang “Cấu hình” cho những lần sau.',
    en: 'The task pane is now open beside the workbook: pick the commune’s campaign (or choose Set up your commune’s plan) and choose Consolidate: it is saved to the “Cấu hình” sheet for next time.',
  },
  ribbonClose: { vi: 'Đóng', en: 'Close' },

  // The set-up form (issue 13 §1): a commune that is not a preset makes its own campaign.
  setupOpen: { vi: 'Thiết lập kế hoạch của xã…', en: 'Set up your commune’s plan…' },
  setupTitle: { vi: 'Thiết lập kế hoạch của xã', en: 'Set up your commune’s plan' },
  setupIntro: {
    vi: 'Điền các mục dưới đây rồi bấm Lưu: kế hoạch được lưu vào trang “Cấu hình” của sổ này (mỗi mục một dòng, sửa được ngay trên trang).',
    en: 'Fill in the items below and click Save: the plan is stored in this workbook’s “Cấu hình” sheet (one item a row, editable on the sheet).',
  },
  setupStartFrom: { vi: 'Bắt đầu từ', en: 'Start from' },
  setupStartCurrent: { vi: 'Kế hoạch đang chọn', en: 'The plan now selected' },
  setupStartBlank: { vi: 'Để trống (xã tự điền)', en: 'Blank (the commune fills it in)' },
  setupStartPreset: { vi: 'Mẫu: {place}', en: 'Preset: {place}' },
  setupSectionBody: { vi: 'Cơ quan ban hành', en: 'Issuing body' },
  setupSupervising: { vi: 'Cơ quan cấp trên', en: 'Supervising body' },
  setupSupervisingHint: { vi: 'Dòng đầu của tiêu đề, vd. UBND TỈNH QUẢNG NGÃI', en: 'The header’s first line, e.g. UBND TỈNH QUẢNG NGÃI' },
  setupBody: { vi: 'Tên xã (cơ quan ban hành)', en: 'Commune (issuing body)' },
  setupBodyHint: { vi: 'vd. ỦY BAN NHÂN DÂN XÃ BỜ Y', en: 'e.g. ỦY BAN NHÂN DÂN XÃ BỜ Y' },
  setupPlace: { vi: 'Địa danh ghi ngày tháng', en: 'Place in the date line' },
  setupPlaceHint: { vi: 'In thành “{place}, ngày … tháng … năm …”', en: 'Printed as “{place}, ngày … tháng … năm …”' },
  setupSymbol: { vi: 'Số, ký hiệu văn bản', en: 'Document number' },
  setupSymbolHint: { vi: 'In thành “Số: …/{symbol}”, số để trống ghi tay khi vào sổ', en: 'Printed as “Số: …/{symbol}”, the number left blank to write in' },
  setupSectionCampaign: { vi: 'Chiến dịch', en: 'Campaign' },
  setupName: { vi: 'Tên chiến dịch (in trong tên báo cáo)', en: 'Campaign name (in the report’s title)' },
  setupId: { vi: 'Mã chiến dịch', en: 'Campaign code' },
  setupIdHint: { vi: 'Chữ thường không dấu và “-”; để trống thì tự đặt theo địa danh và năm', en: 'Lower case and “-”; blank: made from the place and the year' },
  setupStart: { vi: 'Ngày bắt đầu (dd/mm/yyyy)', en: 'Start date (dd/mm/yyyy)' },
  setupEnd: { vi: 'Ngày kết thúc (dd/mm/yyyy)', en: 'End date (dd/mm/yyyy)' },
  setupFinalDue: { vi: 'Hạn báo cáo tổng kết: trước ngày (dd/mm/yyyy)', en: 'Final report due before (dd/mm/yyyy)' },
  setupFinalDueHint: { vi: 'Để trống: hết ngày kết thúc', en: 'Blank: by the end date' },
  setupWeekday: { vi: 'Hạn báo cáo tuần', en: 'Weekly report due' },
  setupTime: { vi: 'Lúc (HH:mm)', en: 'At (HH:mm)' },
  setupSectionSigner: { vi: 'Người ký và nơi nhận', en: 'Signer and recipients' },
  setupAuthority: { vi: 'Thẩm quyền ký', en: 'Signing authority' },
  setupAuthorityTM: { vi: 'TM. Ủy ban nhân dân: Chủ tịch ký', en: 'TM: the chairman signs for the committee' },
  setupAuthorityKT: { vi: 'KT. Chủ tịch: Phó Chủ tịch ký thay', en: 'KT: a deputy signs for the chairman' },
  setupSignTop: { vi: 'Dòng trên chữ ký', en: 'Line above the signature' },
  setupSignTitle: { vi: 'Chức vụ người ký', en: 'Signer’s title' },
  setupSigner: { vi: 'Họ và tên người ký', en: 'Signer’s name' },
  setupSignerHint: { vi: 'In dưới chỗ ký; để trống thì ghi tay', en: 'Printed under the signature; blank to write by hand' },
  setupRecipients: { vi: 'Nơi nhận (mỗi dòng một nơi)', en: 'Recipients (one a line)' },
  setupSectionEntities: { vi: 'Thôn, đơn vị phải gửi danh sách', en: 'Villages and units expected' },
  setupEntitiesHint: {
    vi: 'Mỗi dòng một tên, như tên trang tính của danh sách: báo cáo nêu nơi nào chưa gửi.',
    en: 'One name a line, as the list’s sheet is named: the report names those that have not sent theirs.',
  },
  setupVillages: { vi: 'Thôn, tổ dân phố', en: 'Villages, residential groups' },
  setupUnits: { vi: 'Cơ quan, đơn vị', en: 'Agencies, units' },
  setupSectionTargets: { vi: 'Chỉ tiêu', en: 'Targets' },
  setupOp: { vi: 'Mức', en: 'Level' },
  setupOpAbove: { vi: 'Trên', en: 'Above' },
  setupOpAtLeast: { vi: 'Từ … trở lên', en: 'At least' },
  setupTarget: { vi: 'Tỷ lệ (%)', en: 'Rate (%)' },
  setupDeadline: { vi: 'Hạn hoàn thành (dd/mm/yyyy)', en: 'Deadline (dd/mm/yyyy)' },
  setupDeadlineHint: { vi: 'Để trống: hết chiến dịch', en: 'Blank: the campaign’s end' },
  setupSave: { vi: 'Lưu vào sổ làm việc', en: 'Save to the workbook' },
  setupSaving: { vi: 'Đang lưu…', en: 'Saving…' },
  setupCancel: { vi: 'Hủy', en: 'Cancel' },
  setupErrorsTitle: { vi: 'Còn {count} mục cần sửa', en: '{count} items to fix' },
  setupErrorsBody: { vi: 'Lỗi ghi ngay dưới từng mục. Chưa lưu gì.', en: 'Each error is under its item. Nothing was saved.' },
  setupSaved: { vi: 'Đã lưu kế hoạch vào trang “Cấu hình”. Kế hoạch này đang được dùng.', en: 'The plan is saved in the “Cấu hình” sheet and is now in use.' },
} as const satisfies Record<string, Translation>;

export type StringKey = keyof typeof STRINGS;

/** What each adapter failure is called, what happened and what to do next: the only place these sentences live. */
export const ADAPTER_ERRORS = {
  HOST_TOO_OLD: {
    title: { vi: 'Phiên bản Excel quá cũ', en: 'This Excel is too old' },
    body: {
      vi: 'Phiên bản Excel này quá cũ cho add-in (cần Excel 2019 trở lên, Microsoft 365 hoặc Excel trên web).',
      en: 'This version of Excel is too old for the add-in (it needs Excel 2019 or later, Microsoft 365 or Excel on the web).',
    },
    next: {
      vi: 'Cập nhật Office, hoặc mở sổ tính bằng Excel trên web (office.com) hay Microsoft 365, hoặc tổng hợp các tệp .xlsx bằng công cụ dòng lệnh.',
      en: 'Update Office, or open the workbook in Excel on the web (office.com) or Microsoft 365, or consolidate the .xlsx files with the command line.',
    },
  },
  PAYLOAD_TOO_LARGE: {
    title: { vi: 'Dữ liệu quá lớn để gửi một lần', en: 'Too much data for one request' },
    body: { vi: 'Dữ liệu quá lớn cho một lần trao đổi với Excel.', en: 'Too much data for one exchange with Excel.' },
    next: {
      vi: 'Chia danh sách rất lớn thành nhiều trang, hoặc dùng Excel trên máy tính.',
      en: 'Split very large lists over several sheets, or use Excel on the desktop.',
    },
  },
  WRITE_FAILED: {
    title: { vi: 'Không ghi được vào sổ làm việc', en: 'Could not write to the workbook' },
    body: { vi: 'Excel không ghi được vào sổ làm việc.', en: 'Excel could not write to the workbook.' },
    next: {
      vi: 'Thoát chế độ sửa ô (nhấn Enter hoặc Esc), kiểm tra sổ tính không bị khóa, đóng các hộp thoại đang mở, rồi bấm lại.',
      en: 'Leave cell editing (press Enter or Esc), check that the workbook is not protected, close any open dialog, then try again.',
    },
  },
  READ_FAILED: {
    title: { vi: 'Không đọc được các trang', en: 'Could not read the sheets' },
    body: { vi: 'Excel không trả về nội dung các trang.', en: 'Excel did not return the contents of the sheets.' },
    next: {
      vi: 'Thoát chế độ sửa ô (nhấn Enter hoặc Esc), rồi bấm lại.',
      en: 'Leave cell editing (press Enter or Esc), then try again.',
    },
  },
  NOT_SUPPORTED: {
    title: { vi: 'Excel này chưa hỗ trợ chức năng này', en: 'This Excel does not support that' },
    body: {
      vi: 'Phiên bản Excel này không mở được báo cáo thành sổ tính riêng (cần ExcelApi 1.8). Báo cáo vẫn có trong sổ tính này.',
      en: 'This version of Excel cannot open the report as its own workbook (ExcelApi 1.8 is needed). The report is in this workbook.',
    },
    next: { vi: 'In từ trang “Tổng hợp”, hoặc dùng Excel trên web hay Microsoft 365.', en: 'Print it from the "Tổng hợp" sheet, or use Excel on the web or Microsoft 365.' },
  },
  // {sheet}, {cells}, {limit}, {lastCell}, {sheets}: the failure's data (taskpane/errors.ts fills them).
  SHEET_TOO_LARGE: {
    title: { vi: 'Trang “{sheet}” vượt quá giới hạn đọc', en: 'Sheet “{sheet}” is beyond what the add-in reads' },
    body: {
      vi: 'Dữ liệu trên trang “{sheet}” trải đến ô {lastCell}: {cells} ô, quá giới hạn {limit} ô một trang mà add-in đọc được. Chưa tổng hợp; sổ làm việc không bị thay đổi.',
      en: 'The data on sheet “{sheet}” runs to cell {lastCell}: {cells} cells, more than the {limit} cells a sheet the add-in reads. Nothing was consolidated; the workbook is unchanged.',
    },
    next: {
      vi: 'Đến ô {lastCell} (gõ vào Hộp Tên bên trái thanh công thức, hoặc nhấn Ctrl+End trên trang đó), xóa các ô thừa nằm xa danh sách, hoặc chia danh sách rất lớn sang nhiều trang, rồi bấm lại.',
      en: 'Go to cell {lastCell} (type it into the Name Box left of the formula bar, or press Ctrl+End on that sheet), delete the stray cells far from the list, or split a very large list over several sheets, then try again.',
    },
  },
  WORKBOOK_TOO_LARGE: {
    title: { vi: 'Sổ làm việc vượt quá giới hạn đọc', en: 'The workbook is beyond what the add-in reads' },
    body: {
      vi: 'Các trang có tổng cộng {cells} ô dữ liệu, quá giới hạn {limit} ô mà add-in đọc được một lần; lớn nhất là {sheets}. Chưa tổng hợp; sổ làm việc không bị thay đổi.',
      en: 'The sheets hold {cells} cells of data in all, more than the {limit} cells the add-in reads at once; the largest are {sheets}. Nothing was consolidated; the workbook is unchanged.',
    },
    next: {
      vi: 'Chuyển các danh sách không cần tổng hợp sang một sổ làm việc khác, hoặc xóa các ô thừa nằm xa danh sách, rồi bấm lại.',
      en: 'Move the lists that are not to be consolidated to another workbook, or delete stray cells far from the lists, then try again.',
    },
  },
} as const satisfies Record<ExcelAdapterError['code'], { title: Translation; body: Translation; next: Translation }>;

/** What a failed write left behind ({prefix}: how the temporary sheets' names start). */
export const REPORT_LEFT = {
  unchanged: { vi: 'Báo cáo cũ vẫn được giữ nguyên.', en: 'The previous report is unchanged.' },
  temporarySheetsLeft: {
    vi: 'Báo cáo cũ vẫn được giữ nguyên; hãy xóa các trang có tên bắt đầu bằng “{prefix}”.',
    en: 'The previous report is unchanged; delete the sheets whose names start with "{prefix}".',
  },
  notSwapped: {
    vi: 'Báo cáo mới đã được tạo trong các trang có tên bắt đầu bằng “{prefix}” nhưng chưa thay được báo cáo cũ.',
    en: 'The new report was built in sheets whose names start with "{prefix}" but could not replace the old one.',
  },
} as const satisfies Record<ReportLeft, Translation>;

/** The next step for the Office failures a user can do something about. */
export const OFFICE_PROBLEMS = {
  cellEditing: { vi: 'Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi thử lại.', en: 'Excel is editing a cell: press Enter or Esc and try again.' },
  protected: { vi: 'Sổ tính hoặc trang tính đang được bảo vệ: bỏ bảo vệ rồi thử lại.', en: 'The workbook or sheet is protected: unprotect it and try again.' },
  notFound: {
    vi: 'Không tìm thấy trang hoặc ô cần dùng (có thể đã bị đổi tên hoặc xóa): chạy lại Kiểm tra.',
    en: 'A sheet or cell was not found (it may have been renamed or deleted): run Check again.',
  },
} as const satisfies Record<Exclude<OfficeProblem, 'other'>, Translation>;

/** What to do with one of our sheets that can no longer be read back: mend its header, or keep it under another name. */
const MEND_OR_KEEP = {
  vi: 'Đặt lại tên cột như cũ, hoặc đổi tên trang để giữ làm bản lưu, rồi bấm Tổng hợp lại.',
  en: 'Restore the column header, or rename the sheet to keep it, and consolidate again.',
} as const;

/** The engine's refusals to write the report: what is wrong ({sheets} quoted and joined) and what to do. */
export const REFUSALS = {
  SHEET_NAME_RESERVED: {
    title: { vi: 'Chưa ghi báo cáo: danh sách trùng tên trang báo cáo', en: 'Report not written: a list has a report sheet’s name' },
    body: {
      vi: 'Trang {sheets} là danh sách nhưng trùng tên với trang báo cáo, nên báo cáo chưa được ghi để không mất danh sách.',
      en: 'Sheet {sheets} is a list with the name of a report sheet, so the report was not written (it would replace the list).',
    },
    next: { vi: 'Đổi tên trang (ví dụ thêm chữ "xã") rồi bấm Tổng hợp lại.', en: 'Rename the sheet and consolidate again.' },
  },
  SHEET_NAME_TAKEN: {
    title: { vi: 'Chưa ghi báo cáo: trang của xã trùng tên trang báo cáo', en: 'Report not written: a sheet of the commune’s has a report sheet’s name' },
    body: {
      vi: 'Trang {sheets} trùng tên với trang báo cáo nhưng không do công cụ lập, nên báo cáo chưa được ghi để không ghi đè lên trang đó.',
      en: 'Sheet {sheets} has the name of a report sheet but was not made by the add-in, so the report was not written (it would replace the sheet).',
    },
    next: { vi: 'Đổi tên trang (ví dụ thêm chữ "xã") rồi bấm Tổng hợp lại.', en: 'Rename the sheet and consolidate again.' },
  },
  WORKING_LIST_UNREADABLE: {
    title: { vi: 'Chưa ghi báo cáo: không đọc lại được trang Lỗi dữ liệu', en: 'Report not written: the Lỗi dữ liệu sheet cannot be read back' },
    body: {
      vi: 'Trang {sheets} thiếu cột cần để đọc lại trạng thái Công an đã nhập, nên báo cáo chưa được ghi để không mất những gì đã nhập.',
      en: 'Sheet {sheets} lacks a column needed to read back the statuses the police typed, so the report was not written (it would lose them).',
    },
    next: MEND_OR_KEEP,
  },
  HISTORY_UNREADABLE: {
    title: { vi: 'Chưa ghi báo cáo: không đọc lại được trang Lịch sử', en: 'Report not written: the history sheet cannot be read back' },
    body: {
      vi: 'Trang {sheets} thiếu cột cần để đọc lại các lần tổng hợp trước, nên báo cáo chưa được ghi để không mất lịch sử.',
      en: 'Sheet {sheets} lacks a column needed to read back earlier consolidations, so the report was not written (it would lose the history).',
    },
    next: MEND_OR_KEEP,
  },
  WORK_LISTS_TYPED_IN: {
    title: { vi: 'Chưa lập danh sách rà soát: trang cũ đã có kết quả ghi vào', en: 'Work lists not made: the old sheet has results typed in' },
    body: {
      vi: 'Trang {sheets} có nội dung đã ghi vào cột Ngày đến, Kết quả hoặc Ghi chú, nên danh sách mới chưa được ghi để không mất những gì đã ghi.',
      en: 'Sheet {sheets} has entries typed into Ngày đến, Kết quả or Ghi chú, so the new work lists were not written (they would replace them).',
    },
    next: { vi: 'Đổi tên trang đó để giữ làm bản lưu, rồi bấm Lập danh sách rà soát lại.', en: 'Rename that sheet to keep it, and make the work lists again.' },
  },
} as const satisfies Record<Refusal['code'], { title: Translation; body: Translation; next: Translation }>;

/** A short name for each issue code, for the group headings of the issue list. */
export const ISSUE_TITLES = {
  CCCD_FORMAT: { vi: 'Số CCCD sai định dạng', en: 'Invalid CCCD' },
  CCCD_PROVINCE: { vi: 'Mã tỉnh trong số CCCD không tồn tại', en: 'Unknown province code in CCCD' },
  CCCD_FOREIGN_BIRTH: { vi: 'CCCD khai sinh ở nước ngoài', en: 'CCCD with birth registered abroad' },
  CCCD_BIRTH_MISMATCH: { vi: 'Năm sinh không khớp số CCCD', en: 'Birth year does not match the CCCD' },
  CCCD_SEX_MISMATCH: { vi: 'Giới tính không khớp số CCCD', en: 'Sex does not match the CCCD' },
  CCCD_LEADING_ZERO_RESTORED: { vi: 'Số CCCD bị mất số 0 ở đầu', en: 'CCCD lost its leading zero' },
  ID_CHARACTERS_CLEANED: { vi: 'Số có ký tự gõ nhầm, đã đọc lại', en: 'Look-alike characters in a number, read' },
  CMND_OLD: { vi: 'Còn dùng CMND 9 số', en: 'Old 9-digit CMND' },
  BHYT_FORMAT: { vi: 'Mã thẻ BHYT sai định dạng', en: 'Invalid BHYT number' },
  BHYT_OBJECT_CODE: { vi: 'Mã đối tượng BHYT không có trong danh mục', en: 'Unknown BHYT object code' },
  BHYT_BENEFIT_LEVEL: { vi: 'Mức hưởng BHYT không hợp lệ', en: 'Invalid BHYT benefit level' },
  BHYT_ISSUER: { vi: 'Mã nơi cấp thẻ BHYT không hợp lệ', en: 'Invalid BHYT issuer code' },
  BHYT_LEVEL_MISMATCH: { vi: 'Mức hưởng BHYT ít gặp', en: 'Unusual BHYT benefit level' },
  DUPLICATE_CCCD: { vi: 'Trùng số CCCD', en: 'Duplicate CCCD' },
  DUPLICATE_BHYT: { vi: 'Trùng mã số BHXH', en: 'Duplicate social-insurance number' },
  DATE_INVALID: { vi: 'Ngày sinh không đọc được', en: 'Unreadable birth date' },
  SEX_INVALID: { vi: 'Giới tính không đọc được', en: 'Unreadable sex' },
  STATUS_UNRECOGNIZED: { vi: 'Giá trị Có/Không không rõ', en: 'Unclear yes/no value' },
  TEXT_LEGACY_ENCODING: { vi: 'Cột gõ bằng bảng mã cũ (TCVN3, VNI)', en: 'Column in a legacy encoding (TCVN3, VNI)' },
  SHEET_NO_HEADER: { vi: 'Trang không có dòng tiêu đề danh sách', en: 'No list header on the sheet' },
  SHEET_EMPTY: { vi: 'Danh sách chưa có người', en: 'Empty list' },
  COLUMN_MISSING: { vi: 'Danh sách thiếu cột', en: 'Missing column' },
  CELL_ERROR_VALUE: { vi: 'Ô có lỗi công thức', en: 'Formula error in a cell' },
  VILLAGE_UNKNOWN: { vi: 'Tên thôn không có trong danh sách', en: 'Unknown village name' },
  VILLAGE_MISSING: { vi: 'Dòng chưa ghi thôn', en: 'Row without a village' },
  ROWS_HIDDEN: { vi: 'Trang có dòng bị ẩn (vẫn được tính)', en: 'Hidden rows (still counted)' },
  COLUMNS_HIDDEN: { vi: 'Trang có cột bị ẩn (vẫn được đọc)', en: 'Hidden columns (still read)' },
  LIST_FILTERED: { vi: 'Danh sách đang lọc (vẫn tính mọi dòng)', en: 'Filtered list (every row counted)' },
  LISTS_STACKED: { vi: 'Nhiều danh sách trên một trang', en: 'Several lists on one sheet' },
  HEADER_REPEATED: { vi: 'Dòng tiêu đề lặp lại, đã bỏ qua', en: 'Repeated header row, skipped' },
  SHEET_NAME_RESERVED: { vi: 'Danh sách trùng tên trang báo cáo', en: 'A list has a report sheet’s name' },
  HISTORY_ROW_INVALID: { vi: 'Dòng lịch sử bị sửa hoặc hỏng', en: 'Edited or damaged history row' },
  WORKING_LIST_UNREADABLE: { vi: 'Không đọc lại được danh sách Công an xử lý', en: 'The police working list cannot be read back' },
  HISTORY_UNREADABLE: { vi: 'Không đọc lại được trang Lịch sử', en: 'The history sheet cannot be read back' },
  COUNT_INVALID: { vi: 'Số liệu không phải số nguyên không âm', en: 'Count is not a whole number of zero or more' },
  COUNT_PART_EXCEEDS_WHOLE: { vi: 'Số thành phần lớn hơn tổng số', en: 'A part exceeds its whole' },
  COUNT_PERIOD_INVALID: { vi: 'Kỳ báo cáo không đọc được', en: 'Unreadable reporting period' },
  COUNT_PERIOD_OUTSIDE: { vi: 'Kỳ báo cáo ngoài thời gian chiến dịch', en: 'Period outside the campaign' },
  COUNT_COLUMN_MISSING: { vi: 'Biểu số liệu thiếu cột', en: 'Count form lacks a column' },
  ENTITY_UNPLACED: { vi: 'Tên không khớp thôn, đơn vị nào của kế hoạch', en: 'A name the campaign cannot place' },
  SHEET_KIND_UNDECIDED: { vi: 'Không rõ trang là danh sách gì (chưa tính)', en: 'Sheet kind unclear (not counted)' },
  SIDE_LIST: { vi: 'Danh sách kèm theo (không tính vào chỉ tiêu)', en: 'Side list (not counted)' },
  FORMULA_NOT_CALCULATED: { vi: 'Công thức chưa được tính (chưa biết giá trị)', en: 'Formula never calculated (value unknown)' },
  WORKING_STATUS_KEPT: { vi: 'Trạng thái ghi theo lời riêng, giữ nguyên', en: 'A status in other words, kept as typed' },
  SHEET_NAME_TAKEN: { vi: 'Trang của xã trùng tên trang báo cáo', en: 'A sheet of the commune’s has a report sheet’s name' },
} as const satisfies Record<IssueCode, Translation>;

export const SEVERITY_KEYS: Record<Severity, StringKey> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

export type Params = Readonly<Record<string, string | number>>;

/** Fills {name} placeholders; a placeholder without a value stays visible rather than vanishing. */
export function fill(text: string, params: Params = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function pick(translation: Translation, lang: Lang, params?: Params): string {
  return fill(translation[lang], params);
}

export type Translate = (key: StringKey, params?: Params) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => pick(STRINGS[key], lang, params);
}

/** Numbers the way each language writes them: 1.234 in Vietnamese, 1,234 in English. */
export function formatNumber(value: number, lang: Lang): string {
  return lang === 'vi' ? formatCount(value) : value.toLocaleString('en-GB');
}

/** A percentage with one decimal, e.g. "95,2%" / "95.2%", rounded as the report rounds it; an em dash when there is no value. */
export function formatPercent(value: number | null, lang: Lang): string {
  if (lang === 'vi' || value === null) return formatVnPercent(value);
  return `${value.toFixed(1)}%`;
}
