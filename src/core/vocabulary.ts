/**
 * The domain's words, at the bottom of the engine: what kinds of entity report, which facts about a person
 * an indicator can count, which count forms exist and what figures each holds, and the sheets the add-in
 * owns. Every layer above takes these words from here; the zod schemas build their enums from them.
 * Glossary: thôn/tổ dân phố = village (a place people live), cơ quan/đơn vị = unit (a workplace or school),
 * SSKĐT = Sổ sức khỏe điện tử (electronic health book on VNeID), BHYT = health insurance, CCCD = citizen ID.
 */

/** Who sends a list: a village (thôn, xóm, bản, tổ dân phố…) or a unit (a commune office, school, station…). */
export const ENTITY_KINDS = ['village', 'unit'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/**
 * Facts about a person that an indicator can require or exclude. Each comes from a list column. People keeps
 * them as bits of a Uint16Array (table/people.ts): at most 16.
 */
export const PERSON_FLAGS = [
  'resident', // thường trú (true for everyone when the list has no such column)
  'hasCccd', // a valid 12-digit CCCD (see DOMAIN.md: a 9-digit CMND is not a CCCD)
  'hasBhyt', // a valid BHYT card number or mã số BHXH
  'level2', // tài khoản định danh điện tử mức 2 issued
  'activated', // mức 2 account activated by the citizen
  'integrated', // BHYT integrated into SSKĐT on VNeID
  'sskdt', // SSKĐT (electronic health book) shows on VNeID
  'smartphone', // has a smartphone of their own (điện thoại thông minh); never with noSmartphone or guardian
  'digitalSignature', // has a public digital signature (chữ ký số công cộng)
  // Seed 001: the elderly without a smartphone are recorded for a later integration into a guardian's account.
  'noSmartphone', // the list says the person has no smartphone ("Không có ĐTTM"), in the smartphone, note or its own column
  'guardian', // a guardian or relative holds the account for the person ("Người giám hộ: …", "NGH", "người thân giữ")
] as const;
export type PersonFlag = (typeof PERSON_FLAGS)[number];

/**
 * Count forms: the aggregate weekly figures the plans ask of a health station, a public-service centre and the
 * schools, next to the person lists (seed 000 §III.3, §III.5, §III.7; seed 001; seed 003).
 */
export const FORM_KINDS = [
  'kcb', // Trạm Y tế: khám chữa bệnh (KCB) visits and what was done for the visitors
  'service', // Trung tâm Phục vụ hành chính công: people served
  'family', // schools: families' reports through the class groups (nhóm Zalo của lớp)
] as const;
export type FormKind = (typeof FORM_KINDS)[number];

/** The figures (measures) a count form can hold. */
export const MEASURES = [
  'visits', // tổng số lượt KCB
  'guided', // lượt được nhân viên y tế hướng dẫn cài đặt, kích hoạt, sử dụng VNeID (seed 001, chỉ tiêu 2)
  'integratedLevel2', // có tài khoản định danh mức 2 và được tích hợp thẻ BHYT
  'referred', // chưa có tài khoản, hướng dẫn qua Công an xã để kích hoạt
  'newRecords', // hồ sơ KCB phát sinh mới (seed 001, chỉ tiêu 3)
  'signedSameDay', // of those, ký số và liên thông lên Cổng SSKĐT ngay trong ngày
  'gatewaySent', // hồ sơ KCB liên thông lên Cổng tiếp nhận dữ liệu giám định BHYT (seed 002 §II.2, §IV.3.a)
  'cccdVisits', // lượt KCB bằng thẻ CCCD gắn chip (seed 003)
  'cccdReturned', // of those, có thông tin thẻ BHYT trả về (seed 003: 70%)
  'mismatchFound', // trường hợp sai lệch thông tin định danh phát hiện (seed 001, chỉ tiêu 4)
  'mismatchResolved', // of those, đã xử lý
  'served', // tổng số người dân đến giải quyết thủ tục hành chính
  'householdMembers', // số nhân khẩu (thành viên) trong hộ
  'integratedMembers', // of those, đã được tích hợp
] as const;
export type Measure = (typeof MEASURES)[number];

/** The measures each form may hold, in the order the plans list them (and the report shows them). */
export const FORM_MEASURES: Record<FormKind, readonly Measure[]> = {
  kcb: ['visits', 'guided', 'integratedLevel2', 'referred', 'newRecords', 'signedSameDay', 'gatewaySent', 'cccdVisits', 'cccdReturned', 'mismatchFound', 'mismatchResolved'],
  service: ['served', 'integratedLevel2', 'referred'],
  family: ['householdMembers', 'integratedMembers'],
};

/**
 * Lists that are read for what they are and never counted as people (issue 10 §3): a task group's roster (seed 000
 * §III.12, seed 001 phase 1), the health station's list of records the national database did not match (seed 001
 * phase 3), a list of people still without a level-2 account (seed 000 §III.5).
 */
export const SIDE_LIST_KINDS = ['roster', 'mismatch', 'noLevel2'] as const;
export type SideListKind = (typeof SIDE_LIST_KINDS)[number];

/** The sheets the add-in owns and rewrites. They are never read as lists, and nothing else is ever written. */
export const SHEET = {
  weekly: 'Báo cáo tuần',
  /** The same signed report for a longer period a campaign declares (a month, seed 004). */
  periodic: 'Báo cáo định kỳ',
  final: 'Báo cáo tổng kết',
  summary: 'Tổng hợp',
  chart: 'Biểu đồ',
  errors: 'Lỗi dữ liệu',
  /** The findings the villages and units fix themselves, apart from the police's list (issue 13 §5). */
  notes: 'Lưu ý danh sách',
  duplicates: 'Trùng lặp',
  history: 'Lịch sử',
  annex: 'Phụ lục báo cáo',
  config: 'Cấu hình',
  /** The door-to-door work lists, written only when asked for (the CLI's --worklists, the pane's button); a report run leaves it. */
  workLists: 'Rà soát từng người',
} as const;

export const OWN_SHEETS: ReadonlySet<string> = new Set(Object.values(SHEET));

/** Our sheets the engine reads back on the next run: the history, and the police's statuses on the errors list. */
export const READ_BACK_SHEETS: ReadonlySet<string> = new Set([SHEET.history, SHEET.errors]);

/** A reporting week of a campaign: calendar weeks Monday–Sunday clipped to the campaign, week 1 holds its start. */
export interface CampaignWeek {
  index: number;
  /** YYYY-MM-DD. */
  from: string;
  to: string;
}
