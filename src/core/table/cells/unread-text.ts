/**
 * What a finding may show of a Có/Không or sex cell nobody could read (ISSUE 14 §3; Decree 13/2023 on personal
 * data). A status written in other words ("Đang làm hồ sơ", "Đã cấp, chưa kích hoạt", "?") is quoted, so the village
 * sees what to write instead. Any other text is a note, which may name a relative or give a phone number ("con trai
 * Nguyễn Văn Tâm giữ điện thoại", in capitals or not): it is never quoted, and the finding says the cell holds a note
 * it did not understand. A text is a status when every word of it is one that status phrases use (below, written with
 * their diacritics: "văn" is a middle name, "vẫn" is not) and every number is short (a day, a month, a year), with no more digits than a date has.
 */

/** The words of status phrases: no relative (con, cháu, ông, bà …), no common given or middle name (An, Nam, Thành, Minh, Công, Bảo, Văn, Thị …). */
const STATUS_WORDS: ReadonlySet<string> = new Set(
  (
    'có không chưa đã rồi xong đang sẽ sắp vẫn còn mới hết hoàn được bị chờ duyệt làm cấp kích hoạt tích hợp xác thẻ sổ ' +
    'sức khỏe khoẻ điện thoại tử hiểm tế hồ sơ nộp gửi nhận lại thêm bổ sung sửa lỗi sai thiếu đủ rõ biết hủy huỷ xóa xoá ' +
    'khóa khoá mất chết chuyển đi đến từ chối thường trú tạm vắng nơi khác và hoặc hay nhưng vì nên lắm quá rất hình như ' +
    'chắc lần ngày tháng năm tuần nay hôm qua trước sau khi lúc giờ đăng ký kí số cần phải cho của là với trên trong ứng ' +
    'dụng cập nhật liên hệ người xử lý mức khoản nữ giới ' +
    // Short forms and names of the systems people type.
    'ok x k ko kg kh th tk đk dk đt dt đttm dttm sđt vneid sskđt sskdt bhyt cccd cmnd app yes no y n'
  ).split(' '),
);

/** A number longer than a year ("2025") may be a phone or an ID; more digits than a date's (12/10/2025), a phone typed in groups. */
const LONGEST_NUMBER = 4;
const MOST_DIGITS = 8;

/** The cell's text when it reads as a status in other words, else '' (a note: not quoted). */
export function quotableText(text: string): string {
  const tokens = text.normalize('NFC').toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? [];
  if ((text.match(/\p{N}/gu) ?? []).length > MOST_DIGITS) return '';
  for (const token of tokens) {
    if (/^\p{N}+$/u.test(token) ? token.length > LONGEST_NUMBER : !STATUS_WORDS.has(token)) return '';
  }
  return text.trim();
}
