/**
 * Count forms' rules (seed 000 §III.3, §III.5, §III.7; seed 001; seed 003): which figure is a part of which
 * whole on a form's row, and how the report names each form and figure. Which forms exist and which figures
 * each holds are the vocabulary's words (../vocabulary.ts).
 */
import type { FormKind, Measure } from '../vocabulary';

/** Parts whose sum can never exceed their whole on one row of a form. */
export interface PartRule {
  parts: readonly Measure[];
  whole: Measure;
}

export const PART_RULES: Record<FormKind, readonly PartRule[]> = {
  kcb: [
    // Of the visitors, those with an account got integrated and those without were sent to the police: two disjoint groups.
    { parts: ['integratedLevel2', 'referred'], whole: 'visits' },
    { parts: ['guided'], whole: 'visits' },
    { parts: ['cccdVisits'], whole: 'visits' },
    { parts: ['cccdReturned'], whole: 'cccdVisits' },
    { parts: ['signedSameDay'], whole: 'newRecords' },
    { parts: ['mismatchResolved'], whole: 'mismatchFound' },
  ],
  service: [{ parts: ['integratedLevel2', 'referred'], whole: 'served' }],
  family: [{ parts: ['integratedMembers'], whole: 'householdMembers' }],
};

/**
 * True when `part` is checked never to exceed `whole` on a row of this form. A count indicator's
 * numerator must be a part of its denominator, so its value never exceeds 100%.
 */
export function isPartOf(kind: FormKind, part: Measure, whole: Measure): boolean {
  return PART_RULES[kind].some((rule) => rule.whole === whole && rule.parts.includes(part));
}

/**
 * True when `parts` (two or more different figures) are checked together never to exceed `whole` on a row: they
 * are in one part rule, so they count separate people. Then `whole − one` is never below `another`.
 */
export function areDisjointParts(kind: FormKind, parts: readonly Measure[], whole: Measure): boolean {
  if (new Set(parts).size !== parts.length) return false;
  return PART_RULES[kind].some((rule) => rule.whole === whole && parts.every((p) => rule.parts.includes(p)));
}

/** How the report names each form and measure. */
export const FORM_LABELS: Record<FormKind, { vi: string; en: string }> = {
  kcb: { vi: 'Trạm Y tế: khám chữa bệnh', en: 'Health station: medical visits' },
  service: { vi: 'Trung tâm Phục vụ hành chính công', en: 'Public-service centre' },
  family: { vi: 'Trường học: báo cáo của gia đình học sinh', en: 'School: families’ reports' },
};

export const MEASURE_LABELS: Record<Measure, { vi: string; en: string }> = {
  visits: { vi: 'Tổng số lượt khám chữa bệnh', en: 'Medical visits' },
  guided: { vi: 'Số lượt được hướng dẫn cài đặt, kích hoạt, sử dụng VNeID', en: 'Visitors guided on VNeID' },
  integratedLevel2: { vi: 'Có tài khoản định danh mức 2 được tích hợp thẻ BHYT', en: 'With a level-2 account, BHYT integrated' },
  referred: { vi: 'Chưa có tài khoản, hướng dẫn qua Công an xã để kích hoạt', en: 'Without an account, referred to the police' },
  newRecords: { vi: 'Hồ sơ KCB phát sinh mới', en: 'New medical records' },
  signedSameDay: { vi: 'Hồ sơ được ký số, gửi lên Cổng SSKĐT trong ngày', en: 'Records signed and sent the same day' },
  gatewaySent: { vi: 'Hồ sơ KCB liên thông lên Cổng tiếp nhận dữ liệu giám định BHYT', en: 'Records sent to the BHYT assessment gateway' },
  cccdVisits: { vi: 'Lượt KCB bằng thẻ CCCD gắn chip', en: 'Visits with a chip CCCD' },
  cccdReturned: { vi: 'Lượt KCB bằng CCCD có thông tin thẻ BHYT trả về', en: 'CCCD visits with BHYT data returned' },
  mismatchFound: { vi: 'Số trường hợp sai lệch thông tin định danh', en: 'Identity mismatches found' },
  mismatchResolved: { vi: 'Số trường hợp sai lệch đã xử lý', en: 'Identity mismatches resolved' },
  served: { vi: 'Tổng số người dân đến giải quyết thủ tục hành chính', en: 'People served' },
  householdMembers: { vi: 'Số nhân khẩu trong hộ', en: 'Household members' },
  integratedMembers: { vi: 'Số nhân khẩu đã tích hợp thẻ BHYT', en: 'Household members integrated' },
};
