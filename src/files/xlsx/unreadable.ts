/** Why bytes are not a readable .xlsx, said so people know what they hold and what to do: Vietnamese first. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function unreadableReason(bytes: Uint8Array, error: Error): string {
  if (CFB.every((b, i) => bytes[i] === b)) {
    return 'tệp là bảng tính Excel 97–2003 (.xls) hoặc tệp .xlsx có đặt mật khẩu: mở bằng Excel, bỏ mật khẩu nếu có và lưu lại dạng .xlsx (an .xls workbook or a password-protected .xlsx: open it in Excel, remove the password if any, and save it as .xlsx)';
  }
  return `không đọc được tệp .xlsx (not a readable .xlsx file: ${error.message})`;
}
