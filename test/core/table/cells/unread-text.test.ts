/**
 * ISSUE 14 §3: what a finding may quote of a status or sex cell nobody could read. A status in other words is
 * quoted; a note, which may name a relative or give a phone number, never is.
 */
import { quotableText } from '../../../../src/core/table/cells/unread-text';

describe('quotableText', () => {
  test.each(['Đang làm', 'Đang làm hồ sơ', 'Đã cấp, chưa kích hoạt', 'Chờ duyệt - 12/10', '?', 'Không rõ', 'hình như xong rồi', 'Đã TH 12/10/2025', 'OK?'])(
    'quotes the status "%s"',
    (text) => expect(quotableText(text)).toBe(text),
  );

  test.each([
    'con trai Nguyễn Văn Tâm giữ điện thoại',
    'con trai nguyễn văn tâm giữ điện thoại',
    'CON TRAI NGUYỄN VĂN TÂM GIỮ ĐT',
    'Nguyễn Văn Tâm',
    'Người giám hộ: Nguyễn Văn B',
    'NGH Lò Thị C, 0912345678',
    '0912345678',
    '0912 345 678',
    'gọi 0912 345 678 (Hùng)',
    'hẹn tuần sau với bà Năm',
    'Dang Van Tam',
  ])('quotes nothing of the note "%s"', (text) => expect(quotableText(text)).toBe(''));
});
