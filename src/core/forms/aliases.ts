/**
 * The headers count forms are written with, matched on folded keys (no case, diacritics, spaces or
 * punctuation; text in brackets ignored) as person-list headers are (table/aliases.ts).
 * Exact wordings come first; then, because stations write long headers in their own words ("Trong
 * đó: số có tài khoản định danh mức 2 được tích hợp thông tin thẻ BHYT"), ordered rules of word
 * fragments, the specific before the general: "hướng dẫn qua Công an" is a referral before it is
 * guidance, "KCB bằng CCCD" is a CCCD visit before it is a visit.
 */
import { foldKey } from '../text/fold';
import { FORM_KINDS, type FormKind, type Measure } from '../vocabulary';

/** Columns that say which period (or class) a row is about. */
export type PeriodColumn = 'week' | 'date' | 'from' | 'to' | 'period' | 'class';

export const PERIOD_ALIASES: Record<PeriodColumn, readonly string[]> = {
  week: ['Tuần', 'Tuần thứ', 'Tuần số', 'Tuần báo cáo'],
  date: ['Ngày', 'Ngày báo cáo', 'Ngày thực hiện', 'Ngày tháng', 'Ngày, tháng, năm'],
  from: ['Từ ngày'],
  to: ['Đến ngày', 'Tới ngày'],
  period: ['Thời gian', 'Thời gian báo cáo', 'Kỳ báo cáo', 'Kỳ', 'Giai đoạn', 'Từ ngày - Đến ngày', 'Từ ngày đến ngày'],
  class: ['Lớp', 'Tên lớp', 'Lớp học', 'Lớp chủ nhiệm'],
};

/** The wordings of the plans and of the forms stations send, per measure. Each must be recognised (a test checks it). */
export const MEASURE_ALIASES: Record<Measure, readonly string[]> = {
  visits: ['Tổng số lượt KCB', 'Tổng số lượt khám chữa bệnh', 'Tổng số lượt khám, chữa bệnh', 'Lượt khám chữa bệnh', 'Số lượt KCB', 'Lượt KCB', 'Tổng lượt KCB'],
  guided: ['Số lượt được hướng dẫn', 'Được hướng dẫn', 'Số người được hướng dẫn cài đặt, kích hoạt VNeID', 'Được nhân viên y tế hướng dẫn'],
  integratedLevel2: [
    'Có TK mức 2 đã tích hợp BHYT',
    'Có tài khoản định danh mức 2 được tích hợp thông tin thẻ BHYT',
    'Tổng số có tài khoản định danh mức 2 được tích hợp thông tin thẻ BHYT',
    'Đã tích hợp BHYT',
  ],
  referred: [
    'Chưa có TK, chuyển Công an',
    'Chưa có tài khoản, hướng dẫn qua Công an xã để kích hoạt',
    'Tổng số chưa có tài khoản hướng dẫn qua Công an xã để kích hoạt',
    'Giới thiệu Công an kích hoạt',
  ],
  newRecords: ['Hồ sơ KCB mới', 'Số hồ sơ KCB phát sinh mới', 'Hồ sơ khám chữa bệnh mới'],
  signedSameDay: ['Ký số, gửi trong ngày', 'Hồ sơ được ký số và liên thông trong ngày', 'Đã ký số, gửi lên Cổng SSKĐT trong ngày'],
  gatewaySent: [
    'Liên thông lên Cổng giám định BHYT',
    'Số hồ sơ liên thông lên Cổng tiếp nhận dữ liệu giám định BHYT',
    'Gửi dữ liệu lên Cổng tiếp nhận dữ liệu giám định BHYT',
    'Hồ sơ đã liên thông dữ liệu',
  ],
  cccdVisits: ['KCB bằng CCCD', 'Số lượt KCB bằng thẻ CCCD gắn chip', 'Lượt KCB sử dụng thẻ Căn cước'],
  cccdReturned: ['Trả thông tin thẻ BHYT', 'Có thông tin bảo hiểm trả về', 'Số lượt KCB bằng CCCD có thông tin BHYT trả về'],
  mismatchFound: ['Số trường hợp sai lệch', 'Sai lệch thông tin định danh', 'Số trường hợp không trùng khớp'],
  mismatchResolved: ['Đã xử lý sai lệch', 'Số trường hợp sai lệch đã xử lý', 'Đã xử lý'],
  served: [
    'Tổng số người đến giao dịch',
    'Số người được phục vụ',
    'Tổng số người dân đến giải quyết thủ tục hành chính',
    'Tổng số người dân đến giao dịch',
  ],
  householdMembers: ['Số nhân khẩu trong hộ', 'Số thành viên trong gia đình', 'Nhà có bao nhiêu thành viên'],
  integratedMembers: ['Số nhân khẩu đã tích hợp', 'Số thành viên đã được tích hợp', 'Đã tích hợp cho bao nhiêu người'],
};

/** A rule: the measure when the folded key contains every fragment of one alternative. */
interface FragmentRule {
  measure: Measure;
  any: readonly (readonly string[])[];
}

const REFERRED: FragmentRule = {
  measure: 'referred',
  any: [['congan'], ['gioithieu'], ['chuaco', 'taikhoan'], ['chuaco', 'tk'], ['chuaco', 'dinhdanh'], ['chuaco', 'muc2']],
};
const INTEGRATED_LEVEL2: FragmentRule = { measure: 'integratedLevel2', any: [['tichhop']] };

/** Per form, the rules in the order they are tried. */
const RULES: Record<FormKind, readonly FragmentRule[]> = {
  kcb: [
    { measure: 'cccdReturned', any: [['trave'], ['trathongtin'], ['cothongtinbaohiem'], ['cothongtinbhyt']] },
    { measure: 'cccdVisits', any: [['cccd'], ['cancuoc']] },
    { measure: 'mismatchResolved', any: [['sailech', 'xuly'], ['khongkhop', 'xuly'], ['saithongtin', 'xuly'], ['sailech', 'giaiquyet'], ['sailech', 'lamsach']] },
    { measure: 'mismatchFound', any: [['sailech'], ['khongkhop'], ['saithongtin'], ['khongtimthay']] },
    { measure: 'signedSameDay', any: [['kyso'], ['gui', 'trongngay'], ['lienthong', 'trongngay']] },
    // Seed 002 §IV.3.a: records sent to the BHYT assessment gateway, not signed the same day: before "hồ sơ" is a new record.
    { measure: 'gatewaySent', any: [['giamdinh'], ['lienthong'], ['guidulieu']] },
    { measure: 'newRecords', any: [['hoso']] },
    REFERRED,
    INTEGRATED_LEVEL2,
    { measure: 'guided', any: [['huongdan']] },
    { measure: 'visits', any: [['luot'], ['kcb'], ['khamchuabenh'], ['khambenh']] },
  ],
  service: [REFERRED, INTEGRATED_LEVEL2, { measure: 'served', any: [['giaodich'], ['phucvu'], ['thutuc'], ['nguoiden'], ['nguoidanden'], ['tiepnhan']] }],
  family: [
    { measure: 'integratedMembers', any: [['tichhop']] },
    { measure: 'householdMembers', any: [['nhankhau'], ['thanhvien'], ['songuoi'], ['trongho']] },
  ],
};

/**
 * Columns that are never a count: rates the form computes ("Tỷ lệ hướng dẫn (%)"), what is still open
 * ("Sai lệch chưa xử lý"), notes, serial numbers.
 */
const IGNORED = ['tyle', 'chuaxuly', 'conlai', 'ghichu'];
const IGNORED_EXACT = new Set(['stt', 'tt', 'sott']);

const PARENTHESISED = /\([^)]*\)|\[[^\]]*\]/g;

/** The folded key of a header cell, with bracketed text and a trailing "%" left out; '' when it names no count. */
export function headerKey(text: string): string {
  if (text.includes('%')) return '';
  const key = foldKey(text.replace(PARENTHESISED, ' '));
  if (IGNORED_EXACT.has(key) || IGNORED.some((fragment) => key.includes(fragment))) return '';
  return key;
}

const PERIOD_EXACT = new Map<string, PeriodColumn>();
for (const [column, aliases] of Object.entries(PERIOD_ALIASES) as [PeriodColumn, readonly string[]][]) {
  for (const alias of aliases) PERIOD_EXACT.set(foldKey(alias), column);
}

/** Which period column a header key names, or null. "Ngày sinh" is no period: only exact keys and a few prefixes count. */
export function matchPeriodKey(key: string): PeriodColumn | null {
  if (key.length === 0) return null;
  const exact = PERIOD_EXACT.get(key);
  if (exact) return exact;
  if (key.startsWith('tungay')) return key.includes('denngay') ? 'period' : 'from';
  if (key.startsWith('denngay')) return 'to';
  if (key.startsWith('tuan')) return 'week';
  if (key.startsWith('thoigian') || key.startsWith('kybaocao')) return 'period';
  if (key.startsWith('ngaybaocao')) return 'date';
  return null;
}

const MEASURE_EXACT: Record<FormKind, Map<string, Measure>> = Object.fromEntries(
  FORM_KINDS.map((kind) => {
    const exact = new Map<string, Measure>();
    for (const [measure, aliases] of Object.entries(MEASURE_ALIASES) as [Measure, readonly string[]][]) {
      if (!RULES[kind].some((r) => r.measure === measure)) continue;
      for (const alias of aliases) exact.set(foldKey(alias), measure);
    }
    return [kind, exact];
  }),
) as Record<FormKind, Map<string, Measure>>;

/** Which measure of a form a header key names, or null. */
export function matchMeasureKey(kind: FormKind, key: string): Measure | null {
  if (key.length === 0) return null;
  const exact = MEASURE_EXACT[kind].get(key);
  if (exact) return exact;
  for (const rule of RULES[kind]) {
    if (rule.any.some((fragments) => fragments.every((f) => key.includes(f)))) return rule.measure;
  }
  return null;
}
