/**
 * What each issue says to a person, Vietnamese first and English second: what is wrong and what to do.
 * Built from the issue's code and params at the edge; the engine itself only records codes.
 */
import { formatCount } from './format';
import type { IssueCode, IssueParamsOf, ValueIssue } from './issues';
import { SHEET, type SideListKind } from './vocabulary';

export type Lang = 'vi' | 'en';
/** One sentence per code, each reading its own code's params: a missing code or a misspelt key does not compile. */
type Messages = { [C in IssueCode]: (p: IssueParamsOf<C>) => string };

/** The fonts that type a legacy encoding, as people know them. */
const legacyFonts = (p: { encoding: string }) => (p.encoding === 'VNI' ? 'VNI-Times' : '.VnTime, ABC');

/** What a status cell may say (cells/status.ts: read by its leading word). */
const STATUS_HINT_VI = 'Ghi "Có", "x" hoặc "Đã …" (Đã tích hợp, Đã TH 12/10) khi đã làm; "Không", "Chưa …" hoặc để trống khi chưa.';
/** A column whose unclear cells include notes: they may name a relative, so they are not quoted (ISSUE 14 §3). */
const NOTES_VI = 'Có ô ghi chú không đọc được, không trích lại ở đây vì có thể có thông tin cá nhân.';
const NOTES_EN = 'Some cells hold notes, not quoted here: they may hold personal data.';
const STATUS_HINT_EN = 'Write "Có", "x" or "Đã …" (Đã tích hợp, Đã TH 12/10) when done; "Không", "Chưa …" or leave blank when not.';
/** Each side list as a commune officer calls it, and the sheet name that makes a sheet one. */
const SIDE_VI: Record<SideListKind, { list: string; rename: string }> = {
  roster: { list: 'danh sách thành viên Tổ công tác', rename: '"Thôn 1 - Tổ công tác"' },
  mismatch: { list: 'danh sách sai lệch thông tin của Trạm Y tế', rename: '"Trạm Y tế - Sai lệch"' },
  noLevel2: { list: 'danh sách người chưa có tài khoản định danh mức 2', rename: '"Trường THCS - Chưa có mức 2"' },
};
const SIDE_EN: Record<SideListKind, string> = {
  roster: "a task group's member list",
  mismatch: "the health station's list of identity mismatches",
  noLevel2: 'a list of people without a level-2 account',
};

/** What to do about a sheet whose kind cannot be decided (issue 10 §3), Vietnamese. */
function undecidedVi(p: IssueParamsOf<'SHEET_KIND_UNDECIDED'>): string {
  const head = `Không xác định được trang "${p.sheet}" là danh sách gì nên trang chưa được tính.`;
  if (p.reason === 'sideWithStatus') {
    const side = SIDE_VI[p.side].list;
    return `${head} Tên hoặc tiêu đề trang ghi là ${side} nhưng trang có cột "${p.column}" của danh sách tính chỉ tiêu. Nếu là ${side}, xóa cột "${p.column}"; nếu là danh sách của thôn, đơn vị để tính chỉ tiêu, đổi tên trang theo thôn, đơn vị (ví dụ "Thôn 1") và sửa tiêu đề.`;
  }
  if (p.reason === 'twoKinds') {
    return `${head} Tên, tiêu đề hoặc các cột của trang vừa giống ${p.sides.map((k) => SIDE_VI[k].list).join(', vừa giống ')}. Đổi tên trang cho đúng một loại, ví dụ ${p.sides.map((k) => SIDE_VI[k].rename).join(' hoặc ')}.`;
  }
  return `${head} Trang chỉ có họ tên: không có cột Số CCCD, Mã thẻ BHYT hay cột tình trạng (Định danh mức 2, Đã kích hoạt, Tích hợp BHYT vào SSKĐT). Nếu là danh sách để tính chỉ tiêu, thêm các cột đó; nếu là danh sách thành viên Tổ công tác, đổi tên trang thành ${SIDE_VI.roster.rename} hoặc thêm cột "Lực lượng".`;
}

function undecidedEn(p: IssueParamsOf<'SHEET_KIND_UNDECIDED'>): string {
  const head = `Cannot tell what sheet "${p.sheet}" lists, so it is not counted.`;
  if (p.reason === 'sideWithStatus') {
    return `${head} Its name or title says ${SIDE_EN[p.side]} but it has the column "${p.column}" of a list to count. If it is ${SIDE_EN[p.side]}, delete the column "${p.column}"; if it is a village's or unit's list to count, name the sheet after the village or unit (e.g. "Thôn 1") and fix its title.`;
  }
  if (p.reason === 'twoKinds') {
    return `${head} Its name, title or columns say both ${p.sides.map((k) => SIDE_EN[k]).join(' and ')}. Rename the sheet for one of them, e.g. ${p.sides.map((k) => SIDE_VI[k].rename).join(' or ')}.`;
  }
  return `${head} It has names only: no CCCD, BHYT or status column (level 2, activated, BHYT integrated). If it is a list to count, add those columns; if it lists a task group's members, rename the sheet ${SIDE_VI.roster.rename} or add a "Lực lượng" column.`;
}

const VI: Messages = {
  CCCD_FORMAT: (p) =>
    p.reason === 'rounded'
      ? `Số CCCD "${p.value}" đã bị Excel làm tròn (dạng số mũ), không khôi phục được. Nhập lại đủ 12 chữ số và định dạng cột là Văn bản (Text).`
      : p.reason === 'century'
        ? `Số CCCD "${p.value}" có chữ số thứ 4 (thế kỷ, giới tính) không hợp lệ: với người đang sống chỉ có thể là 0, 1, 2 hoặc 3. Kiểm tra lại trên thẻ Căn cước.`
        : p.reason === 'length'
          ? `Số CCCD "${p.value}" có ${p.digits ?? ''} chữ số, phải đúng 12 chữ số (bắt đầu bằng 0). Kiểm tra lại trên thẻ Căn cước.`
          : `Số CCCD "${p.value}" không hợp lệ: chỉ gồm đúng 12 chữ số (bắt đầu bằng 0). Kiểm tra lại trên thẻ Căn cước.`,
  CCCD_PROVINCE: (p) => `Số CCCD "${p.value}" có mã nơi đăng ký khai sinh "${p.code}" không tồn tại. Kiểm tra lại 3 chữ số đầu.`,
  CCCD_FOREIGN_BIRTH: (p) => `Số CCCD "${p.value}" có mã ${p.code}: khai sinh ở nước ngoài. Đề nghị xác minh lại.`,
  CCCD_BIRTH_MISMATCH: (p) =>
    `Số CCCD "${p.value}" ứng với năm sinh ${p.cccdYear} nhưng cột ngày sinh ghi năm ${p.listYear}. Đối chiếu với thẻ Căn cước và sửa bên sai.`,
  CCCD_SEX_MISMATCH: (p) =>
    `Số CCCD "${p.value}" ứng với giới tính ${p.cccdMale === 1 ? 'Nam' : 'Nữ'} nhưng cột giới tính ghi ${p.cccdMale === 1 ? 'Nữ' : 'Nam'}. Đối chiếu với thẻ Căn cước.`,
  CCCD_LEADING_ZERO_RESTORED: (p) =>
    p.cells
      ? `Cột này có ${formatCount(p.cells)} số CCCD bị Excel bỏ số 0 ở đầu vì ô ở dạng số (dòng ${p.rows ?? ''}); đã khôi phục đủ 12 chữ số để đọc (ví dụ "${p.value}"). Định dạng cột CCCD là Văn bản (Text) để tránh lỗi này.`
      : `Số CCCD bị Excel bỏ số 0 ở đầu, đã khôi phục thành "${p.value}". Nên định dạng cột CCCD là Văn bản (Text) để tránh lỗi này.`,
  ID_CHARACTERS_CLEANED: (p) =>
    `"${p.value}" có ký tự gõ nhầm trong số (chữ số toàn khổ, chữ O thay số 0, chữ l hoặc I thay số 1), đã đọc thành "${p.cleaned}". Kiểm tra lại và sửa trong danh sách.`,
  CMND_OLD: (p) => `"${p.value}" là số CMND 9 số cũ, chưa phải CCCD. Đề nghị cập nhật số CCCD 12 số.`,
  BHYT_FORMAT: (p) =>
    p.reason === 'leadingZeroLost'
      ? `Mã số BHXH "${p.value}" có vẻ bị Excel bỏ số 0 ở đầu. Định dạng cột là Văn bản (Text) và nhập lại đủ 10 chữ số.`
      : `Mã thẻ BHYT "${p.value}" không hợp lệ: phải là 10 chữ số (mã số BHXH) hoặc 15 ký tự. Kiểm tra lại trên thẻ hoặc VssID.`,
  BHYT_OBJECT_CODE: (p) => `Mã thẻ BHYT "${p.value}" có mã đối tượng "${p.code}" không có trong danh mục. Kiểm tra 2 chữ cái đầu.`,
  BHYT_BENEFIT_LEVEL: (p) => `Mã thẻ BHYT "${p.value}" có mức hưởng "${p.level}" không hợp lệ (ký tự thứ 3 phải từ 1 đến 5).`,
  BHYT_ISSUER: (p) => `Mã thẻ BHYT "${p.value}" có mã nơi cấp "${p.issuer}" không hợp lệ (ký tự 4–5).`,
  BHYT_LEVEL_MISMATCH: (p) =>
    `Mã thẻ BHYT "${p.value}": mức hưởng ${p.level} ít gặp với đối tượng ${p.code} (thường là ${p.expected}). Đề nghị kiểm tra lại.`,
  DUPLICATE_CCCD: (p) =>
    `Số CCCD "${p.value}" đã có ở trang "${p.firstSheet}", dòng ${p.firstRow}: người này chỉ được tính một lần. Xóa dòng trùng hoặc sửa số.`,
  DUPLICATE_BHYT: (p) =>
    `Mã BHXH "${p.value}" (10 ký tự cuối thẻ BHYT) trùng với người khác có CCCD khác (${p.others}${p.more ? ` và ${formatCount(p.more)} nơi khác` : ''}). VNeID sẽ từ chối: kiểm tra lại.`,
  DATE_INVALID: (p) => `Ngày sinh "${p.value}" không đọc được hoặc không hợp lý. Ghi theo dạng ngày/tháng/năm (ví dụ 05/01/1985) hoặc chỉ năm sinh.`,
  SEX_INVALID: (p) =>
    p.value === ''
      ? `Ô giới tính ghi một ghi chú không đọc được (không trích lại ở đây vì có thể có thông tin cá nhân). Ghi "Nam" hoặc "Nữ".`
      : `Giới tính "${p.value}" không đọc được. Ghi "Nam" hoặc "Nữ".`,
  STATUS_UNRECOGNIZED: (p) =>
    p.cells
      ? `Cột này có ${formatCount(p.cells)} ô không rõ là Có hay Không (dòng ${p.rows ?? ''}${p.value ? `, ví dụ "${p.value}"${p.others ? `, ${p.others}` : ''}` : ''}) nên được tính là Không.${p.notes ? ` ${NOTES_VI}` : ''} ${STATUS_HINT_VI}`
      : p.value === ''
        ? `Ô này ghi một ghi chú, không rõ là Có hay Không, nên được tính là Không (ghi chú không được trích lại ở đây vì có thể có thông tin cá nhân). ${STATUS_HINT_VI}`
        : `Giá trị "${p.value}" không rõ là Có hay Không nên được tính là Không. ${STATUS_HINT_VI}`,
  TEXT_LEGACY_ENCODING: (p) =>
    `Cột này gõ bằng bảng mã cũ ${p.encoding} (${legacyFonts(p)}): đã tự chuyển ${p.count} ô sang Unicode để đọc. Nên chuyển cả tệp sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) trước khi gửi lần sau.`,
  SHEET_NO_HEADER: () =>
    'Trang này không có dòng tiêu đề danh sách (Họ và tên, Số CCCD, …) hay biểu số liệu (Tuần, Tổng số lượt KCB, …) trong 15 dòng đầu nên không được tổng hợp.',
  SHEET_EMPTY: (p) => (p.form ? 'Biểu số liệu có tiêu đề nhưng chưa có dòng số liệu nào.' : 'Danh sách có tiêu đề nhưng chưa có người nào.'),
  COLUMN_MISSING: (p) =>
    `Danh sách thiếu cột "${p.column}" nên không có số liệu cho chỉ tiêu ${p.indicators} của danh sách này: chỉ tiêu đó không tính vào số cộng, không xếp hạng, không phê bình. Bổ sung cột vào danh sách và gửi lại.`,
  CELL_ERROR_VALUE: (p) =>
    p.cells
      ? `Cột này có ${formatCount(p.cells)} ô lỗi công thức (dòng ${p.rows ?? ''}, ví dụ "${p.value}") nên được tính là trống. Sửa công thức hoặc nhập giá trị trực tiếp.`
      : `Ô có lỗi công thức "${p.value}" nên được tính là trống. Sửa công thức hoặc nhập giá trị trực tiếp.`,
  VILLAGE_UNKNOWN: (p) =>
    `Thôn "${p.value}" không có trong danh sách thôn, tổ dân phố của chiến dịch: ${p.count} người được tính riêng cho "${p.value}". Kiểm tra lại tên thôn hoặc bổ sung vào cấu hình chiến dịch.`,
  VILLAGE_MISSING: () => 'Dòng này chưa ghi thôn, tổ dân phố nên được tính chung cho cả trang. Ghi tên thôn vào ô này.',
  ROWS_HIDDEN: (p) =>
    `Trang có ${p.count} dòng đang bị ẩn (dòng ${p.rows}): các dòng này vẫn được đọc và tính. Nếu có dòng không được tính, hãy xóa hẳn dòng đó thay vì ẩn.`,
  COLUMNS_HIDDEN: (p) =>
    `Trang có cột đang bị ẩn (cột ${p.columns}): các cột này vẫn được đọc. Bỏ ẩn để kiểm tra nếu số liệu không như mong đợi.`,
  LIST_FILTERED: (p) =>
    `Danh sách đang bật bộ lọc, ${p.count} dòng bị lọc ẩn (dòng ${p.rows}): báo cáo vẫn tính đủ mọi dòng, không chỉ các dòng đang hiện. Bỏ lọc nếu muốn xem toàn bộ danh sách.`,
  LISTS_STACKED: (p) =>
    `Trang có ${p.count} danh sách xếp nối nhau (tiêu đề ở dòng ${p.rows}): mỗi danh sách được đọc theo dòng tiêu đề riêng của nó${p.entities ? `, tính cho ${p.entities}` : ''}.`,
  HEADER_REPEATED: () => 'Dòng tiêu đề cột được lặp lại giữa danh sách (thường do dán từ bản in): dòng này được bỏ qua, không tính là một người.',
  SHEET_NAME_RESERVED: (p) =>
    `Trang "${p.sheet}" là danh sách nhưng trùng tên với một trang báo cáo của công cụ: danh sách vẫn được đọc và tính, nhưng báo cáo không thể ghi vào sổ này chừng nào trang còn tên đó. Đổi tên trang (ví dụ "${p.sheet} xã") rồi tổng hợp lại.`,
  WORKING_LIST_UNREADABLE: (p) =>
    `Trang "Lỗi dữ liệu" (danh sách Công an xã đang xử lý) không còn cột ${p.missing} nên không đọc lại được trạng thái, ngày xử lý và ghi chú đã nhập. Báo cáo chưa ghi đè trang này để không mất dữ liệu: đặt lại tên cột như cũ (hoặc đổi tên trang để giữ làm bản lưu) rồi tổng hợp lại.`,
  HISTORY_UNREADABLE: (p) =>
    `Trang "Lịch sử" không còn cột ${p.missing} nên không đọc lại được các lần tổng hợp trước. Báo cáo chưa ghi đè trang này để không mất lịch sử: đặt lại tên cột như cũ (hoặc đổi tên trang để giữ làm bản lưu) rồi tổng hợp lại.`,
  HISTORY_ROW_INVALID: (p) =>
    `Dòng lịch sử bị sửa hoặc hỏng (${p.problem}), không được dùng để so sánh. Dòng được giữ nguyên; sửa lại cho đúng hoặc xóa nếu không cần.`,
  COUNT_INVALID: (p) =>
    `Cột "${p.column}" ghi "${p.value}": ${p.reason === 'negative' ? 'số âm' : p.reason === 'fraction' ? 'số lẻ thập phân' : 'không phải là số'}. Ghi số nguyên từ 0 trở lên (ví dụ 125, hoặc 1.250); dòng này chưa được tính cho đến khi sửa.`,
  COUNT_PART_EXCEEDS_WHOLE: (p) =>
    `${p.parts} là ${p.partValue}, lớn hơn "${p.whole}" là ${p.wholeValue}: số thành phần không thể lớn hơn tổng số. Kiểm tra lại các cột này; dòng này chưa được tính cho đến khi sửa.`,
  COUNT_PERIOD_INVALID: (p) =>
    p.reason === 'empty'
      ? 'Dòng có số liệu nhưng chưa ghi kỳ báo cáo. Ghi số tuần (ví dụ "Tuần 2"), ngày (23/06/2026) hoặc khoảng ngày (23/06/2026 - 29/06/2026); dòng này chưa được tính.'
      : p.reason === 'reversed'
        ? `Kỳ báo cáo "${p.value}" có ngày bắt đầu sau ngày kết thúc. Sửa lại "Từ ngày" và "Đến ngày"; dòng này chưa được tính.`
        : `Không đọc được kỳ báo cáo "${p.value}". Ghi số tuần (ví dụ "Tuần 2"), ngày (23/06/2026) hoặc khoảng ngày (23/06/2026 - 29/06/2026); dòng này chưa được tính.`,
  COUNT_PERIOD_OUTSIDE: (p) =>
    `Kỳ báo cáo "${p.value}" nằm ngoài thời gian chiến dịch (từ ${p.from} đến ${p.to}, ${p.weeks} tuần) nên không được tính. Kiểm tra lại số tuần hoặc ngày.`,
  COUNT_COLUMN_MISSING: (p) =>
    `Biểu số liệu thiếu cột "${p.column}" nên chưa tính được chỉ tiêu "${p.indicator}". Thêm cột này vào biểu (ví dụ theo mẫu của kế hoạch) và gửi lại.`,
  ENTITY_UNPLACED: (p) =>
    p.reason === 'generic'
      ? `Tên trang "${p.name}" không cho biết đây là thôn, tổ dân phố hay cơ quan, đơn vị nào nên danh sách được tính là một đơn vị tên "${p.name}". Đổi tên trang theo tên thôn, đơn vị (ví dụ "Thôn 3", "Trạm Y tế xã") hoặc khai báo trong trang Cấu hình.`
      : p.reason === 'unlisted'
        ? `"${p.name}" không có trong danh sách ${p.kind === 'village' ? 'thôn, tổ dân phố' : 'cơ quan, đơn vị'} của kế hoạch nên được tính riêng, không thay cho nơi nào còn thiếu. Sửa tên trang cho đúng tên trong trang Cấu hình, hoặc thêm vào đó.`
        : `Chỉ tiêu "${p.indicator ?? ''}" chỉ tính cho đơn vị có tên bắt đầu bằng ${p.wanted ?? ''} (kể cả viết tắt thường dùng: TYT, Trạm YT, UBND, THCS, BCHQS, CAX…), nhưng không danh sách nào có tên như vậy nên chỉ tiêu này chưa có số liệu (không phải 0%). Đặt tên trang danh sách của đơn vị đó cho đúng, hoặc khai báo trong trang Cấu hình.`,
  SHEET_KIND_UNDECIDED: undecidedVi,
  SIDE_LIST: (p) =>
    p.side === 'roster'
      ? `Danh sách thành viên Tổ công tác trên trang "${p.sheet}" (${formatCount(p.rows)} người, ${p.owner}): không tính vào chỉ tiêu; danh sách theo thôn ở trang "${SHEET.annex}".`
      : p.side === 'mismatch'
        ? `Danh sách sai lệch thông tin của ${p.owner} trên trang "${p.sheet}" (${formatCount(p.rows)} trường hợp): không tính là người của đơn vị; đã chuyển vào trang "${SHEET.errors}" để Công an xã xử lý trong 24 giờ.`
        : `Danh sách người chưa có tài khoản định danh mức 2 của ${p.owner} trên trang "${p.sheet}" (${formatCount(p.rows)} người): không cộng vào số người của đơn vị; số người theo lớp ở trang "${SHEET.annex}".`,
  FORMULA_NOT_CALCULATED: (p) =>
    `${p.cells > 1 ? `Cột này có ${formatCount(p.cells)} ô chứa công thức chưa từng được tính (dòng ${p.rows})` : 'Ô chứa công thức chưa từng được tính'} (tệp do một chương trình khác Excel ghi ra) nên chưa biết giá trị và được tính là trống. Hãy mở tệp bằng Excel rồi lưu lại (Excel sẽ tính các công thức), hoặc nhập giá trị trực tiếp.`,
  WORKING_STATUS_KEPT: () =>
    'Trạng thái ở ô này không phải "Chưa xử lý", "Đã xử lý" hay "Không xử lý được": được giữ nguyên như đã ghi và tính là chưa xử lý. Khi đã rõ, chọn một trong ba trạng thái ở danh sách thả xuống.',
  SHEET_NAME_TAKEN: (p) =>
    `Trang "${p.sheet}" trùng tên với một trang báo cáo của công cụ nhưng không do công cụ lập (có thể là báo cáo, biểu đồ xã tự làm): công cụ không bao giờ ghi đè lên trang này, nên báo cáo không thể ghi vào sổ này chừng nào trang còn tên đó. Đổi tên trang (ví dụ "${p.sheet} xã") rồi tổng hợp lại.`,
};

const EN: Messages = {
  CCCD_FORMAT: (p) =>
    p.reason === 'rounded'
      ? `CCCD "${p.value}" was rounded by Excel (exponent form) and cannot be recovered. Re-enter all 12 digits in a Text-formatted column.`
      : p.reason === 'century'
        ? `CCCD "${p.value}": the 4th digit (century and sex) must be 0–3 for a living person.`
        : `CCCD "${p.value}" is not valid: it must be exactly 12 digits starting with 0.`,
  CCCD_PROVINCE: (p) => `CCCD "${p.value}" has birth-registration code "${p.code}", which does not exist. Check the first 3 digits.`,
  CCCD_FOREIGN_BIRTH: (p) => `CCCD "${p.value}" has code ${p.code}: birth registered abroad. Please verify.`,
  CCCD_BIRTH_MISMATCH: (p) => `CCCD "${p.value}" encodes birth year ${p.cccdYear} but the list says ${p.listYear}.`,
  CCCD_SEX_MISMATCH: (p) => `CCCD "${p.value}" encodes sex ${p.cccdMale === 1 ? 'male' : 'female'} but the list says otherwise.`,
  CCCD_LEADING_ZERO_RESTORED: (p) =>
    p.cells
      ? `Excel dropped the leading zero of ${p.cells.toLocaleString('en')} CCCD numbers in this column because the cells are numbers (rows ${p.rows ?? ''}); restored to 12 digits for reading (e.g. "${p.value}"). Format the column as Text.`
      : `Excel dropped the CCCD's leading zero; restored as "${p.value}". Format the column as Text.`,
  ID_CHARACTERS_CLEANED: (p) =>
    `"${p.value}" has look-alike characters in the number (full-width digits, letter O for 0, l or I for 1); read as "${p.cleaned}". Check and correct it in the list.`,
  CMND_OLD: (p) => `"${p.value}" is an old 9-digit CMND, not a CCCD. Please update to the 12-digit CCCD.`,
  BHYT_FORMAT: (p) => `BHYT number "${p.value}" is not valid: 10 digits (social-insurance number) or 15 characters.`,
  BHYT_OBJECT_CODE: (p) => `BHYT number "${p.value}" has unknown object code "${p.code}".`,
  BHYT_BENEFIT_LEVEL: (p) => `BHYT number "${p.value}" has invalid benefit level "${p.level}" (3rd character must be 1–5).`,
  BHYT_ISSUER: (p) => `BHYT number "${p.value}" has invalid issuer code "${p.issuer}" (characters 4–5).`,
  BHYT_LEVEL_MISMATCH: (p) => `BHYT number "${p.value}": level ${p.level} is unusual for object ${p.code} (usually ${p.expected}).`,
  DUPLICATE_CCCD: (p) => `CCCD "${p.value}" already appears on sheet "${p.firstSheet}", row ${p.firstRow}: counted once.`,
  DUPLICATE_BHYT: (p) =>
    `Social-insurance number "${p.value}" is shared with another person with a different CCCD (${p.others}${p.more ? ` and ${p.more.toLocaleString('en')} more` : ''}).`,
  DATE_INVALID: (p) => `Birth date "${p.value}" cannot be read or is impossible. Use day/month/year or a year.`,
  SEX_INVALID: (p) =>
    p.value === '' ? 'The sex cell holds a note that cannot be read (not quoted here: it may hold personal data). Use "Nam" or "Nữ".' : `Sex "${p.value}" cannot be read. Use "Nam" or "Nữ".`,
  STATUS_UNRECOGNIZED: (p) =>
    p.cells
      ? `${p.cells.toLocaleString('en')} cells of this column are neither yes nor no (rows ${p.rows ?? ''}${p.value ? `, e.g. "${p.value}"${p.others ? `, ${p.others}` : ''}` : ''}) and count as no.${p.notes ? ` ${NOTES_EN}` : ''} ${STATUS_HINT_EN}`
      : p.value === ''
        ? `This cell holds a note that is neither yes nor no, and counts as no (the note is not quoted here: it may hold personal data). ${STATUS_HINT_EN}`
        : `"${p.value}" is neither yes nor no and counts as no. ${STATUS_HINT_EN}`,
  TEXT_LEGACY_ENCODING: (p) =>
    `This column is typed in the legacy ${p.encoding} encoding (${legacyFonts(p)}): ${p.count} cells were converted to Unicode to read them. Convert the file to Unicode (e.g. with Unikey's converter) before sending it again.`,
  SHEET_NO_HEADER: () => 'No list header (name, CCCD, …) or count-form header (week, KCB visits, …) in the first 15 rows: sheet not consolidated.',
  SHEET_EMPTY: (p) => (p.form ? 'The count form has a header but no figures yet.' : 'The list has a header but no persons yet.'),
  COLUMN_MISSING: (p) =>
    `The list has no "${p.column}" column, so it has no figure for ${p.indicatorsEn}: left out of the totals, not ranked, not criticised. Add the column and send the list again.`,
  CELL_ERROR_VALUE: (p) =>
    p.cells
      ? `${p.cells.toLocaleString('en')} cells of this column hold a formula error (rows ${p.rows ?? ''}, e.g. "${p.value}") and count as empty. Fix the formula or type the values.`
      : `The cell holds a formula error "${p.value}" and counts as empty. Fix the formula or type the value.`,
  VILLAGE_UNKNOWN: (p) =>
    `Village "${p.value}" is not among the campaign's villages: its ${p.count} persons are counted on their own as "${p.value}". Check the name or add it to the campaign.`,
  VILLAGE_MISSING: () => 'No village on this row: the person is counted for the whole sheet. Write the village in this cell.',
  ROWS_HIDDEN: (p) => `${p.count} rows are hidden (rows ${p.rows}): they are still read and counted. Delete a row rather than hide it if it must not count.`,
  COLUMNS_HIDDEN: (p) => `Hidden columns (${p.columns}) are still read. Unhide them to check if the figures look wrong.`,
  LIST_FILTERED: (p) =>
    `The list is filtered and ${p.count} rows are hidden by the filter (rows ${p.rows}): the report counts every row, not only the visible ones.`,
  LISTS_STACKED: (p) =>
    `The sheet holds ${p.count} lists one under another (starting on rows ${p.rows}): each is read by its own header${p.entities ? `, counted for ${p.entities}` : ''}.`,
  HEADER_REPEATED: () => 'The column headers are repeated inside the list (often pasted from a printout): the row is skipped, not counted as a person.',
  SHEET_NAME_RESERVED: (p) =>
    `Sheet "${p.sheet}" is a list but has the name of one of the report's sheets: it is read and counted, but the report cannot be written into this workbook while the sheet has that name. Rename it (e.g. "${p.sheet} xã") and consolidate again.`,
  WORKING_LIST_UNREADABLE: (p) =>
    `The "Lỗi dữ liệu" sheet (the police's working list) no longer has its ${p.missing} column, so the statuses, dates and notes typed into it cannot be read back. The report did not replace the sheet, so nothing is lost: restore the column's header (or rename the sheet to keep it as a copy) and consolidate again.`,
  HISTORY_UNREADABLE: (p) =>
    `The "Lịch sử" sheet no longer has its ${p.missing} column, so earlier consolidations cannot be read back. The report did not replace the sheet, so no history is lost: restore the column's header (or rename the sheet to keep it) and consolidate again.`,
  HISTORY_ROW_INVALID: (p) => `History row edited or damaged (${p.problem}): not used for comparisons, kept as it is.`,
  COUNT_INVALID: (p) =>
    `Column "${p.column}" holds "${p.value}": ${p.reason === 'negative' ? 'a negative number' : p.reason === 'fraction' ? 'a fraction' : 'not a number'}. Write a whole number of zero or more; the row is left out until corrected.`,
  COUNT_PART_EXCEEDS_WHOLE: (p) =>
    `${p.parts} is ${p.partValue}, more than "${p.whole}" (${p.wholeValue}): a part cannot exceed its whole. Check these columns; the row is left out until corrected.`,
  COUNT_PERIOD_INVALID: (p) =>
    p.reason === 'empty'
      ? 'The row has figures but no period. Write a week ("Tuần 2"), a date or a date range; the row is left out.'
      : p.reason === 'reversed'
        ? `Period "${p.value}" starts after it ends. Correct the from and to dates; the row is left out.`
        : `Period "${p.value}" cannot be read. Write a week ("Tuần 2"), a date (23/06/2026) or a date range; the row is left out.`,
  COUNT_PERIOD_OUTSIDE: (p) =>
    `Period "${p.value}" lies outside the campaign (${p.from} to ${p.to}, ${p.weeks} weeks) and is not counted. Check the week or date.`,
  COUNT_COLUMN_MISSING: (p) => `The count form has no "${p.column}" column, so indicator "${p.indicator}" cannot be computed. Add the column.`,
  ENTITY_UNPLACED: (p) =>
    p.reason === 'generic'
      ? `The sheet name "${p.name}" says no village or unit, so the list counts as a unit called "${p.name}". Name the sheet after its village or unit (e.g. "Thôn 3", "Trạm Y tế xã") or declare it in the "Cấu hình" sheet.`
      : p.reason === 'unlisted'
        ? `"${p.name}" is not among the campaign's ${p.kind === 'village' ? 'villages' : 'units'}, so it is counted on its own and stands in for none that is missing. Name the sheet as the "Cấu hình" sheet does, or add it there.`
        : `Indicator "${p.indicator ?? ''}" counts only units whose name starts with ${p.wanted ?? ''} (common abbreviations too: TYT, Trạm YT, UBND, THCS, BCHQS, CAX…), and no list is named so: the indicator has no figure (not 0%). Name that unit's sheet accordingly, or declare it in the "Cấu hình" sheet.`,
  SHEET_KIND_UNDECIDED: undecidedEn,
  SIDE_LIST: (p) =>
    p.side === 'roster'
      ? `Task group member list on sheet "${p.sheet}" (${p.rows} people, ${p.owner}): not counted; members per village on the "${SHEET.annex}" sheet.`
      : p.side === 'mismatch'
        ? `Identity mismatch list of ${p.owner} on sheet "${p.sheet}" (${p.rows} cases): not counted as the unit's people; moved to the "${SHEET.errors}" sheet for the police to resolve within 24 hours.`
        : `List of people without a level-2 account of ${p.owner} on sheet "${p.sheet}" (${p.rows} people): not added to the unit's people; numbers by class on the "${SHEET.annex}" sheet.`,
  FORMULA_NOT_CALCULATED: (p) =>
    `${p.cells > 1 ? `${p.cells.toLocaleString('en')} cells of this column hold a formula that was never calculated (rows ${p.rows})` : 'The cell holds a formula that was never calculated'} (the file was written by a program other than Excel): the value is unknown and counts as empty. Open the file in Excel and save it (Excel calculates the formulas), or type the values.`,
  WORKING_STATUS_KEPT: () =>
    'The status in this cell is none of "Chưa xử lý", "Đã xử lý", "Không xử lý được": it is kept as typed and counts as not yet resolved. Once it is clear, pick one of the three from the dropdown.',
  SHEET_NAME_TAKEN: (p) =>
    `Sheet "${p.sheet}" has the name of one of the report's sheets but was not made by the add-in (a report or chart of the commune's own?): it is never overwritten, so the report cannot be written into this workbook while the sheet has that name. Rename it (e.g. "${p.sheet} xã") and consolidate again.`,
};

const MESSAGES: Record<Lang, Messages> = { vi: VI, en: EN };

/** The sentence for a finding, built when it is shown. */
export function issueMessage(issue: ValueIssue, lang: Lang): string {
  // TypeScript cannot pair a union's code with its own params through an index: the map's type does.
  const message = MESSAGES[lang][issue.code] as (p: ValueIssue['params']) => string;
  return message(issue.params);
}
