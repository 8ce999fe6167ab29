/**
 * Column aliases: the header texts communes actually write, per field.
 * Matched on folded keys (no case, diacritics, spaces or punctuation), so "Số CCCD/CMND",
 * "SO CCCD / CMND" and "số cccd-cmnd" are one header.
 */
import { foldKey } from '../text/fold';

export const FIELDS = [
  'stt',
  'fullName',
  'birthDate',
  'sex',
  'cccd',
  'bhyt',
  'resident',
  'level2',
  'activated',
  'integrated',
  'sskdt',
  'smartphone',
  'digitalSignature',
  'noSmartphone',
  'guardian',
  'note',
  'village',
  // Seed 000 §II.2: the day the police received the person's level-2 dossier (hồ sơ định danh điện tử mức 2).
  'receivedDate',
  // The household a person belongs to (seed 001 §III.5: "rà soát danh sách số hộ, số người"), for the door-to-door work lists.
  'householdNo',
  'householdHead',
  'relation',
] as const;
export type Field = (typeof FIELDS)[number];

/** Fields whose cells are Có/Không statuses. */
export const STATUS_FIELDS = ['resident', 'level2', 'activated', 'integrated', 'sskdt', 'smartphone', 'digitalSignature'] as const;
export type StatusField = (typeof STATUS_FIELDS)[number];

/** Fields whose cells are words, so may be typed in a legacy encoding (.VnTime, VNI): names, sex, notes, statuses. */
export const TEXT_FIELDS: readonly Field[] = ['fullName', 'sex', 'note', 'village', ...STATUS_FIELDS, 'noSmartphone', 'guardian', 'householdHead', 'relation'];

/** Fields that make a header row a person list (at least one must be present). */
export const IDENTITY_FIELDS: readonly Field[] = ['fullName', 'cccd', 'bhyt'];

export const ALIASES: Record<Field, readonly string[]> = {
  stt: ['STT', 'TT', 'Số TT', 'Số thứ tự'],
  fullName: ['Họ và tên', 'Họ tên', 'Họ và tên công dân', 'Tên'],
  birthDate: ['Ngày sinh', 'Năm sinh', 'Ngày tháng năm sinh', 'Ngày, tháng, năm sinh', 'Sinh ngày'],
  sex: ['Giới tính', 'Giới', 'Nam/Nữ'],
  cccd: ['Số CCCD', 'CCCD', 'Số định danh cá nhân', 'Số căn cước', 'Số CCCD/CMND', 'Căn cước', 'Số CMND', 'CMND', 'Số định danh', 'CCCD/CMND'],
  bhyt: ['Mã thẻ BHYT', 'Số thẻ BHYT', 'Mã BHYT', 'Mã số BHXH', 'Thẻ BHYT', 'Số BHYT', 'Mã số BHYT'],
  resident: ['Thường trú', 'Cư trú', 'Tình trạng cư trú', 'Thường trú/Tạm trú'],
  level2: ['Định danh mức 2', 'TK định danh mức 2', 'Tài khoản định danh mức 2', 'ĐDĐT mức 2', 'Mức 2', 'Tài khoản ĐDĐT mức 2'],
  activated: ['Đã kích hoạt', 'Kích hoạt'],
  integrated: ['Tích hợp BHYT vào SSKĐT', 'Đã tích hợp BHYT vào SSKĐT', 'Tích hợp BHYT', 'Đã tích hợp BHYT', 'Tích hợp'],
  sskdt: ['SSKĐT', 'Sổ sức khỏe điện tử', 'Có SSKĐT', 'Đã có SSKĐT'],
  smartphone: ['Điện thoại thông minh', 'Có điện thoại thông minh', 'ĐTTM', 'Có ĐTTM', 'Smartphone', 'Có smartphone', 'ĐT thông minh'],
  digitalSignature: ['Chữ ký số', 'Chữ ký số công cộng', 'Có chữ ký số'],
  // Seed 001: a column of its own for the elderly without a smartphone, or naming who holds the account for them.
  noSmartphone: ['Không có ĐTTM', 'Không có điện thoại thông minh', 'Không có smartphone', 'Không có điện thoại', 'Chưa có ĐTTM', 'Chưa có điện thoại thông minh'],
  guardian: ['Người giám hộ', 'Giám hộ', 'Người bảo hộ', 'Họ và tên người giám hộ', 'Họ tên người giám hộ', 'Tên người giám hộ', 'Người thân giữ tài khoản'],
  note: ['Ghi chú', 'Ghi chú khác'],
  // A household's number, its head (a name, or a mark on the head's own row) and each person's relation to the head.
  householdNo: ['Số hộ', 'Mã hộ', 'Mã số hộ', 'Hộ số', 'Số hộ gia đình', 'Mã hộ gia đình', 'Số hộ khẩu', 'Số sổ hộ khẩu', 'Mã hộ khẩu'],
  householdHead: ['Chủ hộ', 'Họ tên chủ hộ', 'Họ và tên chủ hộ', 'Tên chủ hộ', 'Chủ hộ gia đình', 'Họ và tên chủ hộ gia đình'],
  relation: ['Quan hệ với chủ hộ', 'Quan hệ với CH', 'QH với chủ hộ', 'QH với CH', 'Quan hệ chủ hộ'],
  // The person's village on a combined list for the whole commune; "Địa chỉ" counts only when it holds village names.
  receivedDate: ['Ngày thu nhận hồ sơ', 'Ngày thu nhận', 'Ngày tiếp nhận hồ sơ', 'Ngày tiếp nhận', 'Ngày nhận hồ sơ', 'Ngày thu nhận hồ sơ mức 2', 'Ngày làm định danh'],
  village: ['Thôn', 'Thôn/TDP', 'Thôn, TDP', 'Thôn/Tổ dân phố', 'Thôn, tổ dân phố', 'Tổ dân phố', 'TDP', 'Thôn, xóm', 'Xóm', 'Địa chỉ'],
};

/**
 * Fallbacks for long headers that say the same thing in more words, e.g. "Đã được cấp tài khoản
 * định danh điện tử mức 2". Checked in order after exact and prefix matches; the first hit wins.
 */
const CONTAINS_RULES: readonly { all: readonly string[]; field: Field }[] = [
  // Before the smartphone rule: "Người không có điện thoại thông minh" is the opposite column; "SĐT người giám hộ" names a guardian.
  { all: ['khong', 'dienthoai'], field: 'noSmartphone' },
  { all: ['khong', 'dttm'], field: 'noSmartphone' },
  { all: ['giamho'], field: 'guardian' },
  // Longer headers of the household's columns: "Mối quan hệ với chủ hộ", "Thông tin chủ hộ".
  { all: ['quanhe'], field: 'relation' },
  { all: ['chuho'], field: 'householdHead' },
  { all: ['kichhoat'], field: 'activated' },
  { all: ['tichhop'], field: 'integrated' },
  { all: ['muc2'], field: 'level2' },
  { all: ['sosuckhoedientu'], field: 'sskdt' },
  { all: ['dienthoaithongminh'], field: 'smartphone' },
  { all: ['chukyso'], field: 'digitalSignature' },
  { all: ['dinhdanhcanhan'], field: 'cccd' },
  { all: ['cccd'], field: 'cccd' },
  { all: ['cancuoc'], field: 'cccd' },
  { all: ['bhyt'], field: 'bhyt' },
  { all: ['hovaten'], field: 'fullName' },
  { all: ['ngaysinh'], field: 'birthDate' },
  { all: ['ngay', 'thunhan'], field: 'receivedDate' },
  { all: ['ngay', 'tiepnhan'], field: 'receivedDate' },
  { all: ['namsinh'], field: 'birthDate' },
];

const EXACT = new Map<string, Field>();
const PREFIXES: { key: string; field: Field }[] = [];
for (const field of FIELDS) {
  for (const alias of ALIASES[field]) {
    const key = foldKey(alias);
    EXACT.set(key, field);
    if (key.length >= 5) PREFIXES.push({ key, field });
  }
}
PREFIXES.sort((a, b) => b.key.length - a.key.length);

const PARENTHESISED = /\([^)]*\)|\[[^\]]*\]/g;

/** Which field a header cell names, or null. Text in brackets ("Ngày sinh (dd/mm/yyyy)") is ignored. */
export function matchHeader(text: string): Field | null {
  const key = foldKey(text.replace(PARENTHESISED, ' '));
  if (key.length === 0) return null;
  const exact = EXACT.get(key);
  if (exact) return exact;
  for (const p of PREFIXES) if (key.startsWith(p.key)) return p.field;
  if (key.length < 6) return null;
  for (const rule of CONTAINS_RULES) if (rule.all.every((part) => key.includes(part))) return rule.field;
  return null;
}

/**
 * Columns of the lists that are read for what they are and never counted (issue 10 §3): a task group's roster
 * (seed 000 §III.12, seed 001 phase 1: chức vụ, lực lượng, số điện thoại), the health station's list of records the
 * national database did not match (seed 001 phase 3: what does not match, when it was found) and a school's list of
 * students without a level-2 account (seed 000 §III.5: by class). Matched only where no person field is named.
 */
export const SIDE_COLUMNS = ['position', 'force', 'assignedVillage', 'phone', 'schoolClass', 'mismatch', 'reason', 'foundOn'] as const;
export type SideColumn = (typeof SIDE_COLUMNS)[number];

export const SIDE_ALIASES: Record<SideColumn, readonly string[]> = {
  position: ['Chức vụ', 'Chức danh', 'Chức vụ trong tổ', 'Vai trò', 'Vai trò trong tổ'],
  force: ['Lực lượng', 'Thuộc lực lượng', 'Thành phần', 'Nhiệm vụ', 'Nhiệm vụ được phân công', 'Phân công', 'Phân công nhiệm vụ'],
  assignedVillage: ['Thôn phụ trách', 'Địa bàn phụ trách', 'Phụ trách thôn', 'Phụ trách địa bàn', 'Phụ trách'],
  phone: ['Số điện thoại', 'Điện thoại', 'SĐT', 'Số ĐT', 'ĐT liên hệ', 'Điện thoại liên hệ'],
  schoolClass: ['Lớp', 'Lớp học', 'Khối lớp', 'Khối, lớp', 'Lớp/Khối'],
  mismatch: [
    'Nội dung sai lệch',
    'Thông tin sai lệch',
    'Sai lệch',
    'Nội dung không trùng khớp',
    'Thông tin không trùng khớp',
    'Không trùng khớp',
    'Thông tin không khớp',
    'Nội dung lỗi',
    'Thông tin lỗi',
    'Sai thông tin',
  ],
  reason: ['Lý do', 'Nội dung', 'Mô tả', 'Lỗi'],
  foundOn: ['Ngày phát hiện', 'Ngày gửi', 'Ngày chuyển', 'Ngày chuyển Công an', 'Ngày báo lỗi', 'Thời gian phát hiện', 'Ngày lập', 'Ngày'],
};

/** Side columns whose header alone says which side list a sheet is: a task group's forces, what does not match. */
export const SIDE_SIGNAL_COLUMNS: Partial<Record<SideColumn, 'roster' | 'mismatch'>> = { force: 'roster', assignedVillage: 'roster', mismatch: 'mismatch' };

const SIDE_CONTAINS: readonly { all: readonly string[]; column: SideColumn }[] = [
  { all: ['sailech'], column: 'mismatch' },
  { all: ['trungkhop'], column: 'mismatch' },
  { all: ['khongkhop'], column: 'mismatch' },
  { all: ['phutrach'], column: 'assignedVillage' },
  { all: ['lucluong'], column: 'force' },
  { all: ['dienthoai'], column: 'phone' },
  { all: ['ngayphathien'], column: 'foundOn' },
];

const SIDE_EXACT = new Map<string, SideColumn>();
const SIDE_PREFIXES: { key: string; column: SideColumn }[] = [];
for (const column of SIDE_COLUMNS) {
  for (const alias of SIDE_ALIASES[column]) {
    const key = foldKey(alias);
    SIDE_EXACT.set(key, column);
    if (key.length >= 5) SIDE_PREFIXES.push({ key, column });
  }
}
SIDE_PREFIXES.sort((a, b) => b.key.length - a.key.length);

/** Which side-list column a header cell names, or null; asked only of cells that name no person field. */
export function matchSideHeader(text: string): SideColumn | null {
  const key = foldKey(text.replace(PARENTHESISED, ' '));
  if (key.length === 0) return null;
  const exact = SIDE_EXACT.get(key);
  if (exact) return exact;
  for (const p of SIDE_PREFIXES) if (key.startsWith(p.key)) return p.column;
  for (const rule of SIDE_CONTAINS) if (rule.all.every((part) => key.includes(part))) return rule.column;
  return null;
}
