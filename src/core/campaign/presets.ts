/**
 * Campaign presets taken from the plans in the seeds: good defaults for a commune and fixtures for tests.
 * Each is parsed through the schema when this module loads, so a broken preset fails at once, not in a report.
 */
import { parseCampaign } from './load';
import type { Campaign, CampaignInput } from './schema';

/**
 * Seed 000: Kế hoạch 1149/KH-UBND, UBND xã Bờ Y, 10/10–15/11/2025.
 * The plan's second target (level-2 dossiers received since 10/10/2025 all activated and integrated) is computed on
 * the lists that say when a dossier was received ("Ngày thu nhận hồ sơ", "Ngày tiếp nhận"); the others have no
 * figure for it, and the report says which column is missing.
 */
const BO_Y_2025: CampaignInput = {
  id: 'bo-y-2025',
  name: 'Đợt cao điểm hướng dẫn người dân tích hợp thẻ BHYT vào Sổ sức khỏe điện tử trên ứng dụng VNeID',
  source: 'Kế hoạch số 1149/KH-UBND ngày 10/10/2025 của UBND xã Bờ Y (seed 000)',
  issuingBody: { supervising: 'UBND TỈNH QUẢNG NGÃI', name: 'ỦY BAN NHÂN DÂN XÃ BỜ Y', place: 'Bờ Y' },
  start: '2025-10-10',
  end: '2025-11-15',
  // "Định kỳ trước 9 giờ 00 ngày Thứ 2 hàng tuần và kết thúc đợt cao điểm trước ngày 15/11/2025" (§IV.3).
  reporting: { cadence: 'weekly', weekday: 1, time: '09:00', finalReportDue: '2025-11-15' },
  indicators: [
    {
      // §II.1: "Vận động công dân đi làm tài khoản định danh điện tử mức 2 đạt tỷ lệ trên 95% so với tổng số công dân
      // thường trú từ đủ 14 tuổi trở lên đã được cấp thẻ Căn cước/Căn cước công dân". §II gives its targets to "các cơ
      // quan, đơn vị" as well as the villages, so they apply to both.
      id: 'level2_registered',
      label: {
        vi: 'Công dân thường trú từ đủ 14 tuổi có thẻ Căn cước được cấp tài khoản định danh điện tử mức 2',
        en: 'Permanent residents aged 14+ with a CCCD/Căn cước card who have a level-2 e-ID account',
      },
      appliesTo: ['village', 'unit'],
      denominator: { flags: ['resident', 'hasCccd'], minAge: 14 },
      numerator: { flags: ['level2'] },
      target: { op: '>', value: 95 },
    },
    {
      // §II.1: "Tỷ lệ kích hoạt tài khoản định danh điện tử mức 2 phấn đấu đạt trên 95% trên tổng tài khoản … được cấp".
      id: 'level2_activated',
      label: {
        vi: 'Tài khoản định danh điện tử mức 2 được kích hoạt',
        en: 'Level-2 e-ID accounts activated',
      },
      appliesTo: ['village', 'unit'],
      denominator: { flags: ['level2'] },
      numerator: { flags: ['activated'] },
      target: { op: '>', value: 95 },
    },
    {
      // §II.2: "Đảm bảo 100% số công dân được thu nhận hồ sơ định danh điện tử mức 2 từ ngày 10/10/2025 trở đi được kích
      // hoạt và tích hợp SSKĐT (đối với trường hợp có Bảo hiểm y tế)"; §III.2 gives it to the police ("tại Công an Xã").
      // Read as a commune officer would: of the persons with BHYT whose dossier was received on or after 10/10/2025,
      // those whose account is activated and whose BHYT is integrated. Only a list with a receipt-date column has the
      // figure; a person whose cell is blank was not received in the campaign.
      id: 'new_dossiers_activated_integrated',
      label: {
        vi: 'Công dân có thẻ BHYT được thu nhận hồ sơ định danh điện tử mức 2 từ ngày 10/10/2025 được kích hoạt và tích hợp SSKĐT',
        en: 'Citizens with BHYT whose level-2 dossier was received from 10/10/2025, activated and integrated into the SSKĐT',
      },
      appliesTo: ['village', 'unit'],
      denominator: { flags: ['hasBhyt'], receivedFrom: '2025-10-10' },
      numerator: { flags: ['activated', 'integrated'] },
      target: { op: '>=', value: 100 },
    },
    {
      // §II.3: "đạt tỷ lệ tối thiểu 80% so với tổng số nhân khẩu thường trú". The purpose (§I.1) says "người dân trưởng
      // thành"; the target counts all permanent residents. For units §III.1 adds 100% of staff by 20/10, below.
      id: 'bhyt_in_sskdt',
      label: {
        vi: 'Nhân khẩu thường trú tích hợp thẻ BHYT vào Sổ sức khỏe điện tử trên VNeID',
        en: 'Permanent residents with BHYT integrated into the electronic health book on VNeID',
      },
      appliesTo: ['village', 'unit'],
      denominator: { flags: ['resident'] },
      numerator: { flags: ['integrated'] },
      target: { op: '>=', value: 80 },
    },
    {
      // §I.2 and §III.1: "Yêu cầu 100% đảng viên, cán bộ, công chức, viên chức, lực lượng vũ trang, hội viên, nhân
      // viên, giáo viên trong đơn vị gương mẫu thực hiện … tích hợp thông tin thẻ BHYT vào SSKĐT …, hoàn thành trước
      // ngày 20/10/2025" (§III.11 the same for the BCHQS). Everyone on a unit's list.
      id: 'unit_staff_integrated',
      label: {
        vi: 'Cán bộ, công chức, viên chức, người lao động của đơn vị tích hợp thẻ BHYT vào Sổ sức khỏe điện tử',
        en: 'Unit staff with BHYT integrated into the electronic health book',
      },
      appliesTo: ['unit'],
      denominator: { flags: [] },
      numerator: { flags: ['integrated'] },
      target: { op: '>=', value: 100 },
      deadline: '2025-10-20',
    },
    {
      // §III.3: "Đảm bảo 100% người dân có tài khoản định danh điện tử mức 2 khi tham gia khám, chữa bệnh phải được
      // tích hợp …; các trường hợp người dân chưa có tài khoản … hướng dẫn đến Công an xã". The station reports each
      // Monday the visits, those with a level-2 account integrated, and those without an account sent to the police.
      // Those with an account are the visits less those sent to the police (ISSUE 10 §5): 120 visits, 90 integrated,
      // 20 referred is 90/100 = 90%, short of 100% (not 90/120 = 75% against the commune's 80%).
      source: 'counts',
      id: 'kcb_integrated',
      label: {
        vi: 'Người đến khám chữa bệnh tại Trạm Y tế có tài khoản định danh mức 2 được tích hợp thẻ BHYT (số liệu tuần của Trạm Y tế)',
        en: 'Health-station visitors with a level-2 account who had BHYT integrated (the station’s weekly figure)',
      },
      appliesTo: ['unit'],
      form: 'kcb',
      numerator: 'integratedLevel2',
      denominator: 'visits',
      denominatorLess: 'referred',
      target: { op: '>=', value: 100 },
    },
    {
      // §III.7: "Đảm bảo 100% người dân đến thực hiện các thủ tục hành chính tại Trung tâm … đều được tích hợp thẻ
      // BHYT"; those without a level-2 account are sent to the police, so the 100% is of those served less those
      // referred: 50 served, 40 integrated, 5 referred is 40/45 = 88,9%, not met.
      source: 'counts',
      id: 'service_integrated',
      label: {
        vi: 'Người dân đến Trung tâm Phục vụ hành chính công có tài khoản định danh mức 2 được tích hợp thẻ BHYT (số liệu tuần của Trung tâm)',
        en: 'People served at the public-service centre with a level-2 account who had BHYT integrated (the centre’s weekly figure)',
      },
      appliesTo: ['unit'],
      form: 'service',
      numerator: 'integratedLevel2',
      denominator: 'served',
      denominatorLess: 'referred',
      target: { op: '>=', value: 100 },
    },
  ],
};

/**
 * Seed 001: Chiến dịch "Hướng tới mỗi người dân một Sổ sức khỏe trên ứng dụng VNeID", UBND xã Thượng Ninh, 23–30/6/2026.
 * Chỉ tiêu 1 is counted over the person lists; Chỉ tiêu 2–4 (KCB visitors guided, new KCB records signed and sent the
 * same day, identity mismatches resolved) are figures of the health station's count form.
 */
const THUONG_NINH_2026: CampaignInput = {
  id: 'thuong-ninh-2026',
  name: 'Chiến dịch “Hướng tới mỗi người dân một Sổ sức khỏe trên ứng dụng VNeID”',
  source: 'Kế hoạch của UBND xã Thượng Ninh (tháng 6/2026), thực hiện Kế hoạch số 4892/KH-SYT ngày 31/5/2026 của Sở Y tế tỉnh Thanh Hóa (seed 001)',
  issuingBody: { supervising: 'UBND TỈNH THANH HÓA', name: 'ỦY BAN NHÂN DÂN XÃ THƯỢNG NINH', place: 'Thượng Ninh' },
  start: '2026-06-23',
  end: '2026-06-30',
  // The plan sets no weekly hour, only "Tổng kết, đánh giá kết quả thực hiện trước ngày 01/7/2026" (§II.1.1):
  // due before 1 July, so the evening of 30/6 is still in time. Monday 09:00 (seed 000's rule) gives the one
  // mid-campaign check-in after the first weekend.
  reporting: { cadence: 'weekly', weekday: 1, time: '09:00', finalReportDue: '2026-07-01' },
  indicators: [
    {
      // "3. Chỉ tiêu cụ thể (Đến hết ngày 30/6/2026)", Chỉ tiêu 1: "100% công dân có thẻ BHYT trên địa bàn xã được kích
      // hoạt VNeID định danh mức độ 2 phải được tích hợp thành công SSKĐT hiển thị trên ứng dụng".
      // Phase 2: "Đối với người già yếu, không có smartphone: Tổ công tác ghi lại thông tin định danh, số thẻ BHYT …
      // chuẩn bị cho việc tích hợp vào tài khoản của người bảo hộ (con, cháu) sau này." Those people are recorded
      // for a later integration, not brought to an SSKĐT of their own during 23–30/6, so they are left out of the
      // 100% and counted on their own in the report.
      id: 'sskdt_shown',
      label: {
        vi: 'Công dân có thẻ BHYT đã kích hoạt định danh điện tử mức 2 có Sổ sức khỏe điện tử hiển thị trên VNeID',
        en: 'BHYT holders with an activated level-2 account whose electronic health book shows on VNeID',
      },
      appliesTo: ['village', 'unit'],
      denominator: { flags: ['hasBhyt', 'level2', 'activated'], exclude: ['noSmartphone', 'guardian'] },
      numerator: { flags: ['sskdt'] },
      target: { op: '>=', value: 100 },
    },
    {
      // Chỉ tiêu 2: "100% người dân đến khám chữa bệnh (KCB) tại Trạm y tế xã được nhân viên y tế hướng dẫn cài đặt,
      // kích hoạt và sử dụng trên ứng dụng VNeID": guided of all visits.
      source: 'counts',
      id: 'visitors_guided',
      label: {
        vi: 'Người dân đến khám chữa bệnh tại Trạm Y tế được nhân viên y tế hướng dẫn cài đặt, kích hoạt và sử dụng VNeID',
        en: 'Health-station visitors guided by staff to install, activate and use VNeID',
      },
      appliesTo: ['unit'],
      form: 'kcb',
      numerator: 'guided',
      denominator: 'visits',
      target: { op: '>=', value: 100 },
    },
    {
      // Chỉ tiêu 3: "Đạt tối thiểu 95% hồ sơ KCB phát sinh mới tại Trạm Y tế được ký số và liên thông dữ liệu thành công
      // lên Cổng tiếp nhận dữ liệu SSKĐT quốc gia ngay trong ngày".
      source: 'counts',
      id: 'records_sent_same_day',
      label: {
        vi: 'Hồ sơ KCB phát sinh mới tại Trạm Y tế được ký số và liên thông lên Cổng tiếp nhận dữ liệu SSKĐT ngay trong ngày',
        en: 'New health-station medical records digitally signed and sent to the national SSKĐT gateway the same day',
      },
      appliesTo: ['unit'],
      form: 'kcb',
      numerator: 'signedSameDay',
      denominator: 'newRecords',
      target: { op: '>=', value: 95 },
    },
    {
      // Chỉ tiêu 4: "Giải quyết dứt điểm 100% các trường hợp bị sai lệch thông tin định danh".
      // Phase 3 (25–30/6): the station lists the persons whose name, birth date or CCCD do not match and the police
      // clean them within 24 hours. That list is the workbook's "Lỗi dữ liệu" sheet, where the police set each
      // person's status; the share marked "Đã xử lý" (or whose problem left the lists) is this indicator. The
      // station's own tally on its KCB form (Số trường hợp sai lệch / Đã xử lý) is still read and shown with the form.
      source: 'mismatches',
      id: 'identity_mismatch_resolved',
      label: {
        vi: 'Trường hợp sai lệch thông tin định danh (họ tên, ngày sinh, số CCCD) giữa phần mềm y tế và CSDL quốc gia về dân cư được giải quyết dứt điểm',
        en: 'Identity mismatches (name, birth date, CCCD) between the health software and the national population database resolved',
      },
      appliesTo: ['village', 'unit'],
      target: { op: '>=', value: 100 },
    },
  ],
};

/**
 * Seed 002: Kế hoạch 30/KH-TCTTKĐA of huyện Định Hóa (24/01/2025), passed on by UBND xã Thanh Định in February 2025.
 * The plan gives only "Thời gian hoàn thành: Quý I năm 2025": the campaign runs from the day the plan was signed
 * to the end of the quarter.
 */
const DINH_HOA_2025: CampaignInput = {
  id: 'dinh-hoa-2025',
  name: 'Đợt cao điểm triển khai nhiệm vụ của Đề án 06/CP phục vụ chuyển đổi số trên địa bàn huyện Định Hóa',
  source: 'Kế hoạch số 30/KH-TCTTKĐA ngày 24/01/2025 của Tổ Công tác triển khai Đề án 06 huyện Định Hóa (seed 002)',
  issuingBody: { supervising: 'UBND HUYỆN ĐỊNH HÓA', name: 'ỦY BAN NHÂN DÂN XÃ THANH ĐỊNH', place: 'Thanh Định' },
  start: '2025-01-24',
  end: '2025-03-31',
  // "Định kỳ hàng tuần báo cáo" with no day or hour; Monday 09:00 as in seed 000.
  reporting: { cadence: 'weekly', weekday: 1, time: '09:00' },
  indicators: [
    {
      // §II.2 and §IV.1: "Phấn đấu 100% người dân tham gia bảo hiểm y tế, có tài khoản định danh điện tử mức 2 và điện
      // thoại thông minh được tích hợp Sổ sức khỏe điện tử", Quý I/2025; "mỗi tuần phấn đấu đạt từ 10% trở lên" is given
      // to the communes. The people: the villages' lists. The smartphone flag already leaves out whoever a list records
      // without one or with a guardian (table/phone.ts). The units' staff have their own 100% over all staff, below.
      id: 'bhyt_in_sskdt',
      label: {
        vi: 'Người tham gia BHYT có tài khoản định danh điện tử mức 2 và điện thoại thông minh được tích hợp Sổ sức khỏe điện tử trên VNeID',
        en: 'People with BHYT, a level-2 account and a smartphone who have the electronic health book integrated on VNeID',
      },
      appliesTo: ['village'],
      denominator: { flags: ['hasBhyt', 'level2', 'smartphone'] },
      numerator: { flags: ['integrated'] },
      target: { op: '>=', value: 100 },
      pacePointsPerWeek: 10,
    },
    {
      // §IV.1: "Các cơ quan, ban, ngành, đoàn thể: … bảo đảm 100% cán bộ, công chức, viên chức, người lao động cài đặt,
      // tích hợp Sổ sức khỏe điện tử trên ứng dụng VNeID" (and UBND các xã for their own staff). Everyone on a unit's list,
      // not only those with BHYT, a level-2 account and a smartphone: the plan asks the unit to bring each of them there.
      // Schools' students are owed it only "từ 14 tuổi trở lên đã có tài khoản định danh điện tử mức 2" (Phòng GD&ĐT):
      // a school list that mixes staff and students counts the students too; a campaign file can narrow it.
      id: 'staff_sskdt',
      label: {
        vi: 'Cán bộ, công chức, viên chức, người lao động của đơn vị cài đặt, tích hợp Sổ sức khỏe điện tử trên VNeID',
        en: 'Unit staff who installed and integrated the electronic health book on VNeID',
      },
      appliesTo: ['unit'],
      denominator: {},
      numerator: { flags: ['integrated'] },
      target: { op: '>=', value: 100 },
    },
    {
      // §II.2 and §IV.2: "50% dân số trưởng thành có chữ ký số công cộng": a share of the adult population, so villages
      // only; units owe 100% of staff, below.
      id: 'digital_signature',
      label: {
        vi: 'Dân số trưởng thành có chữ ký số công cộng',
        en: 'Adults with a public digital signature',
      },
      appliesTo: ['village'],
      denominator: { minAge: 18 },
      numerator: { flags: ['digitalSignature'] },
      target: { op: '>=', value: 50 },
    },
    {
      // §IV.2: "Các cơ quan, ban, ngành, đoàn thể; UBND các xã, thị trấn: tuyên truyền, hướng dẫn bảo đảm 100% cán bộ,
      // công chức, viên chức, người lao động đăng ký và sử dụng chữ ký số công cộng", Quý I/2025.
      id: 'staff_digital_signature',
      label: {
        vi: 'Cán bộ, công chức, viên chức, người lao động của đơn vị đăng ký và sử dụng chữ ký số công cộng',
        en: 'Unit staff who registered and use a public digital signature',
      },
      appliesTo: ['unit'],
      denominator: {},
      numerator: { flags: ['digitalSignature'] },
      target: { op: '>=', value: 100 },
    },
    {
      // §II.2 and §IV.3.a: "100% các cơ sở khám, chữa bệnh BHYT thực hiện liên thông dữ liệu Sổ sức khỏe điện tử VNeID lên
      // Cổng tiếp nhận dữ liệu giám định BHYT" (§V.1: "gửi dữ liệu nhóm thông tin cơ bản lên Cổng … ngay khi người bệnh
      // kết thúc khám"). A share of the facilities that send the KCB form (the commune's health station, a clinic), not of
      // records: one counts in a week when its form shows a record sent to the gateway ("Số hồ sơ liên thông lên Cổng
      // tiếp nhận dữ liệu giám định BHYT" ≥ 1). One with no row for the week is not counted, and named (ISSUE 10 §5).
      source: 'entities',
      id: 'facilities_gateway',
      label: {
        vi: 'Cơ sở khám, chữa bệnh BHYT liên thông dữ liệu lên Cổng tiếp nhận dữ liệu giám định BHYT',
        en: 'BHYT medical facilities sending data to the BHYT assessment gateway',
      },
      appliesTo: ['unit'],
      meets: { form: 'kcb', measure: 'gatewaySent' },
      target: { op: '>=', value: 100 },
    },
  ],
};

/** Seed 004: Kế hoạch 172/KH-UBND, UBND xã Tri Tôn, giai đoạn cao điểm 25/6–15/9/2026. */
const TRI_TON_2026: CampaignInput = {
  id: 'tri-ton-2026',
  name: 'Chiến dịch rà soát, làm sạch, xây dựng dữ liệu Sổ sức khỏe điện tử trên ứng dụng VNeID ngành Y tế',
  source: 'Kế hoạch số 172/KH-UBND năm 2026 của UBND xã Tri Tôn, thực hiện Kế hoạch số 171/KH-SYT ngày 16/6/2026 của Sở Y tế tỉnh An Giang (seed 004)',
  issuingBody: { supervising: 'UBND TỈNH AN GIANG', name: 'ỦY BAN NHÂN DÂN XÃ TRI TÔN', place: 'Tri Tôn' },
  start: '2026-06-25',
  end: '2026-09-15',
  // "Định kỳ hàng tuần (trước 15 giờ ngày thứ Ba hàng tuần), hàng tháng (trước ngày 10 hàng tháng) và báo cáo tổng kết
  // Chiến dịch trước ngày 10 tháng 9 năm 2026" (§IV.1).
  reporting: { cadence: 'weekly', weekday: 2, time: '15:00', cadences: [{ period: 'month', dueBeforeDay: 10 }], finalReportDue: '2026-09-10' },
  indicators: [
    {
      // §A.II.3.2 and Phụ lục row 5: "100% công dân từ đủ 14 tuổi trở lên có thẻ bảo hiểm y tế thực hiện xác thực thông
      // tin thẻ bảo hiểm y tế trên ứng dụng VNeID", before 15/9/2026. Citizens: the villages' lists. The units' staff
      // have their own 100% (§B.II.3), below, so a unit is not judged by the citizens' targets (ISSUE 10 §6).
      id: 'bhyt_verified',
      label: {
        vi: 'Công dân từ đủ 14 tuổi có thẻ BHYT xác thực thông tin thẻ BHYT trên VNeID',
        en: 'Citizens aged 14+ with BHYT who verified their BHYT card on VNeID',
      },
      appliesTo: ['village'],
      denominator: { flags: ['hasBhyt'], minAge: 14 },
      numerator: { flags: ['integrated'] },
      target: { op: '>=', value: 100 },
    },
    {
      // §A.II.3.2 and Phụ lục row 6: "phấn đấu 90% công dân thuộc nhóm này có Sổ sức khỏe điện tử trên ứng dụng
      // VNeID", before 15/9/2026: the same citizens, villages only.
      id: 'sskdt',
      label: {
        vi: 'Công dân từ đủ 14 tuổi có thẻ BHYT có Sổ sức khỏe điện tử trên VNeID',
        en: 'Citizens aged 14+ with BHYT who have the electronic health book on VNeID',
      },
      appliesTo: ['village'],
      denominator: { flags: ['hasBhyt'], minAge: 14 },
      numerator: { flags: ['sskdt'] },
      target: { op: '>=', value: 90 },
    },
    {
      // §B.II.3.b (the units: "Chỉ đạo 100% cán bộ, công chức, viên chức, người lao động thuộc phạm vi quản lý khẩn
      // trương đăng ký và kích hoạt sử dụng tài khoản định danh điện tử VNeID mức 2, tích hợp thẻ bảo hiểm y tế vào ví
      // giấy tờ và sử dụng Sổ sức khỏe điện tử") and §B.II.3.a (the same words for the health station's staff). Everyone
      // on a unit's list, no deadline but the campaign's end. Three indicators, one per thing the plan names, so a list
      // without one column still has the other two figures.
      id: 'staff_level2_activated',
      label: {
        vi: 'Cán bộ, công chức, viên chức, người lao động của đơn vị đăng ký và kích hoạt tài khoản định danh điện tử mức 2',
        en: 'Unit staff with a level-2 e-ID account registered and activated',
      },
      appliesTo: ['unit'],
      denominator: {},
      numerator: { flags: ['level2', 'activated'] },
      target: { op: '>=', value: 100 },
    },
    {
      // §B.II.3.a, §B.II.3.b: "tích hợp thẻ bảo hiểm y tế vào ví giấy tờ", 100% of the staff.
      id: 'staff_bhyt_integrated',
      label: {
        vi: 'Cán bộ, công chức, viên chức, người lao động của đơn vị tích hợp thẻ BHYT vào ví giấy tờ trên VNeID',
        en: 'Unit staff with BHYT integrated into the VNeID wallet',
      },
      appliesTo: ['unit'],
      denominator: {},
      numerator: { flags: ['integrated'] },
      target: { op: '>=', value: 100 },
    },
    {
      // §B.II.3.a, §B.II.3.b: "sử dụng Sổ sức khỏe điện tử trên ứng dụng VNeID", 100% of the staff, not the citizens'
      // 90%: Phòng VH-XH at 12/13 = 92,3% falls short (it was "Đạt" and commended against 90%).
      id: 'staff_sskdt',
      label: {
        vi: 'Cán bộ, công chức, viên chức, người lao động của đơn vị sử dụng Sổ sức khỏe điện tử trên VNeID',
        en: 'Unit staff using the electronic health book on VNeID',
      },
      appliesTo: ['unit'],
      denominator: {},
      numerator: { flags: ['sskdt'] },
      target: { op: '>=', value: 100 },
    },
    {
      // §B.II.2.a and Phụ lục row 2 (also §A.II.3.2): 100% of the health staff have (1) thẻ Căn cước, (2) tài khoản mức 2,
      // (3) chữ ký số chuyên dùng công vụ, (4) BHYT tích hợp và dùng SSKĐT, "trước ngày 30 tháng 6 năm 2026". The staff
      // of the health station (names starting "Trạm Y tế", or written TYT / Trạm YT).
      id: 'health_staff_four_items',
      label: {
        vi: 'Công chức, viên chức, người lao động ngành Y tế có đủ Căn cước, tài khoản mức 2, chữ ký số và tích hợp BHYT, SSKĐT',
        en: 'Health staff with a CCCD, a level-2 account, a digital signature and BHYT integrated with the SSKĐT',
      },
      appliesTo: ['unit'],
      entityNamePrefixes: ['tram y te'],
      denominator: {},
      numerator: { flags: ['hasCccd', 'level2', 'digitalSignature', 'integrated'] },
      target: { op: '>=', value: 100 },
      deadline: '2026-06-30',
    },
  ],
};

/**
 * Seed 003: Kế hoạch 143/KH-TCT ngày 02/6/2023 của Tổ Công tác Đề án 06 tỉnh Thanh Hóa, mô hình điểm cấp tỉnh "Khám
 * chữa bệnh sử dụng thẻ Căn cước công dân gắn chíp điện tử và ứng dụng VNeID" at the province's medical facilities.
 * Its reporters are the facilities (each a unit sending the KCB form: lượt KCB, KCB bằng CCCD, có thông tin BHYT trả
 * về), not villages. The plan gives no end ("§II.1: Từ ngày đăng ký Mô hình điểm"; the roll-out to every facility
 * "bắt đầu từ ngày 01/8/2023", "đẩy mạnh trong quý III/2023 và duy trì"): read as the plan's year, to 31/12/2023.
 * "Định kỳ hằng tuần/hằng tháng/6 tháng/năm" (§IV.1.(4)) names no day or hour: Monday 09:00 as in seed 000.
 * The report is the province's task force's, about its facilities: its words say "cơ sở khám bệnh, chữa bệnh", "toàn
 * tỉnh" and "Công an tỉnh", never villages (`report.wording`), and it is signed as the plan is, by the Tổ trưởng.
 */
const THANH_HOA_2023: CampaignInput = {
  id: 'thanh-hoa-2023',
  name: 'Mô hình điểm cấp tỉnh “Khám chữa bệnh sử dụng thẻ Căn cước công dân gắn chíp điện tử và ứng dụng VNeID” tại các cơ sở khám bệnh, chữa bệnh',
  source: 'Kế hoạch số 143/KH-TCT ngày 02/6/2023 của Tổ Công tác Đề án 06 tỉnh Thanh Hóa (seed 003)',
  issuingBody: { supervising: 'UBND TỈNH THANH HÓA', name: 'TỔ CÔNG TÁC ĐỀ ÁN 06 TỈNH THANH HÓA', place: 'Thanh Hóa' },
  start: '2023-06-02',
  end: '2023-12-31',
  reporting: { cadence: 'weekly', weekday: 1, time: '09:00' },
  indicators: [
    {
      // §II.2: "100% công dân sử dụng thẻ CCCD gắn chíp để đi khám chữa bệnh": of a facility's visits, those made with
      // the chip CCCD (or VNeID) instead of the paper BHYT card.
      source: 'counts',
      id: 'kcb_by_cccd',
      label: {
        vi: 'Lượt khám chữa bệnh tại cơ sở KCB sử dụng thẻ CCCD gắn chíp thay thẻ BHYT',
        en: 'Visits at the medical facility made with the chip CCCD instead of the BHYT card',
      },
      appliesTo: ['unit'],
      form: 'kcb',
      numerator: 'cccdVisits',
      denominator: 'visits',
      target: { op: '>=', value: 100 },
    },
    {
      // §II.2: "trong đó có 70% số lượng công dân sử dụng thẻ CCCD đi khám, chữa bệnh có thông tin bảo hiểm trả về".
      source: 'counts',
      id: 'cccd_bhyt_returned',
      label: {
        vi: 'Lượt khám chữa bệnh bằng thẻ CCCD gắn chíp có thông tin thẻ BHYT trả về',
        en: 'Chip-CCCD visits for which the BHYT data was returned',
      },
      appliesTo: ['unit'],
      form: 'kcb',
      numerator: 'cccdReturned',
      denominator: 'cccdVisits',
      target: { op: '>=', value: 70 },
    },
    {
      // §II.2: "100% các cơ sở khám chữa bệnh trên địa bàn sử dụng thẻ CCCD gắn chíp thay thế thẻ BHYT khi đi khám chữa
      // bệnh" (§III.5: "nhân rộng 100% tại tất cả các cơ sở khám bệnh, chữa bệnh trên toàn tỉnh … bắt đầu từ ngày
      // 01/8/2023"): a share of the facilities, not of the visits. Read as the province's officer would: a facility uses
      // the chip CCCD in a week when its form shows a visit made with it ("KCB bằng CCCD" ≥ 1). A facility whose form has
      // no row for the week is not counted, and the report names it (ISSUE 10 §5).
      source: 'entities',
      id: 'facilities_using_cccd',
      label: {
        vi: 'Cơ sở khám bệnh, chữa bệnh sử dụng thẻ CCCD gắn chíp thay thế thẻ BHYT',
        en: 'Medical facilities using the chip CCCD instead of the BHYT card',
      },
      appliesTo: ['unit'],
      meets: { form: 'kcb', measure: 'cccdVisits', atLeast: 1 },
      target: { op: '>=', value: 100 },
    },
  ],
  report: {
    symbol: 'BC-TCT',
    // The plan is signed by the Chairman of the provincial People's Committee as head of the task force.
    signature: { authority: 'TM', name: '', lines: ['TỔ TRƯỞNG', 'CHỦ TỊCH UBND TỈNH'] },
    recipients: ['UBND tỉnh (để b/c)', 'Bộ Công an (để b/c)', 'Sở Y tế, Bảo hiểm xã hội tỉnh', 'Các cơ sở khám bệnh, chữa bệnh trên địa bàn tỉnh', 'Lưu: VT, PC06'],
    // §IV.1.(4), §V.2: the Sở Y tế gathers the facilities' results for the task force, whose standing body is the
    // provincial police (Phòng PC06, §IV.2): facilities, the province, its police; the forms are KCB forms.
    wording: {
      unit: 'cơ sở khám bệnh, chữa bệnh',
      sender: 'cơ sở',
      area: 'tỉnh',
      police: 'Công an tỉnh (Phòng PC06)',
      formSenders: 'các cơ sở khám bệnh, chữa bệnh',
      forms: { kcb: 'khám chữa bệnh bằng thẻ CCCD gắn chíp' },
    },
  },
};

function parsePreset(input: CampaignInput): Campaign {
  const parsed = parseCampaign(input);
  if (parsed.ok) return parsed.campaign;
  const details = parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  throw new Error(`campaign preset ${input.id} is invalid: ${details}`);
}

/** The presets by id, in the order of the seeds. */
export const PRESETS: Record<string, Campaign> = Object.fromEntries(
  [BO_Y_2025, THUONG_NINH_2026, DINH_HOA_2025, THANH_HOA_2023, TRI_TON_2026].map((input) => {
    const campaign = parsePreset(input);
    return [campaign.id, campaign];
  }),
);

export function presetIds(): string[] {
  return Object.keys(PRESETS);
}
