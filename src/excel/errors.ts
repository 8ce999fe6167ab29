/** Office errors → ExcelAdapterError: what went wrong and what to do next, in Vietnamese and English. */
import { ExcelAdapterError } from './gateway';
import { isPayloadTooLarge } from './payload';

type Failure = 'READ_FAILED' | 'WRITE_FAILED';

/** The next step for the Office error codes a user can do something about. */
function nextStep(code: string | undefined): { vi: string; en: string } {
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return { vi: 'Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi thử lại.', en: 'Excel is editing a cell: press Enter or Esc and try again.' };
    case 'AccessDenied':
      return { vi: 'Sổ tính hoặc trang tính đang được bảo vệ: bỏ bảo vệ rồi thử lại.', en: 'The workbook or sheet is protected: unprotect it and try again.' };
    case 'ItemNotFound':
      return {
        vi: 'Không tìm thấy trang hoặc ô cần dùng (có thể đã bị đổi tên hoặc xóa): chạy lại Kiểm tra.',
        en: 'A sheet or cell was not found (it may have been renamed or deleted): run Check again.',
      };
    default:
      return { vi: 'Hãy lưu sổ tính, đóng rồi mở lại bảng điều khiển và thử lại.', en: 'Save the workbook, close and reopen the task pane, and try again.' };
  }
}

export function hostTooOld(): ExcelAdapterError {
  return new ExcelAdapterError(
    'HOST_TOO_OLD',
    'Phiên bản Excel này quá cũ cho add-in (cần Excel 2019 trở lên, Microsoft 365 hoặc Excel trên web). Hãy mở sổ tính bằng Excel trên web, hoặc tổng hợp các tệp .xlsx bằng công cụ dòng lệnh.',
    'This version of Excel is too old for the add-in (it needs Excel 2019 or later, Microsoft 365 or Excel on the web). Open the workbook in Excel on the web, or consolidate the .xlsx files with the command line.',
  );
}

/** Wraps whatever an Excel.run threw; an ExcelAdapterError passes through unchanged. */
export function toAdapterError(e: unknown, failure: Failure): ExcelAdapterError {
  if (e instanceof ExcelAdapterError) return e;
  const detail = e instanceof Error ? e.message : String(e);
  if (isPayloadTooLarge(e)) {
    return new ExcelAdapterError(
      'PAYLOAD_TOO_LARGE',
      `Dữ liệu quá lớn cho một lần trao đổi với Excel (${detail}). Hãy chia danh sách rất dài thành nhiều trang, hoặc dùng Excel trên máy tính.`,
      `Too much data for one exchange with Excel (${detail}). Split very long lists over several sheets, or use desktop Excel.`,
      { cause: e },
    );
  }
  const step = nextStep((e as { code?: string } | null)?.code);
  return failure === 'READ_FAILED'
    ? new ExcelAdapterError('READ_FAILED', `Không đọc được sổ tính (${detail}). ${step.vi}`, `Could not read the workbook (${detail}). ${step.en}`, { cause: e })
    : new ExcelAdapterError('WRITE_FAILED', `Không ghi được vào sổ tính (${detail}). ${step.vi}`, `Could not write to the workbook (${detail}). ${step.en}`, { cause: e });
}
