import { ExcelAdapterError } from '../../src/excel/gateway';
import { CampaignConfigError, noticeFromError } from '../../src/taskpane/errors';
import { ADAPTER_ERRORS, OFFICE_PROBLEMS, STRINGS } from '../../src/taskpane/i18n';

describe('noticeFromError: every failure becomes a MessageBar with a next step', () => {
  it('explains an adapter failure in the dictionary’s words, with what to do next', () => {
    const notice = noticeFromError(new ExcelAdapterError({ code: 'WRITE_FAILED', problem: 'other' }));
    expect(notice).toEqual({
      intent: 'error',
      title: ADAPTER_ERRORS.WRITE_FAILED.title,
      body: ADAPTER_ERRORS.WRITE_FAILED.body,
      next: ADAPTER_ERRORS.WRITE_FAILED.next,
    });
  });

  it('says what a failed write left behind, naming the temporary sheets, and the step its Office problem calls for', () => {
    const notice = noticeFromError(new ExcelAdapterError({ code: 'WRITE_FAILED', problem: 'cellEditing', report: 'notSwapped' }));
    expect(notice.body?.vi).toBe('Báo cáo mới đã được tạo trong các trang có tên bắt đầu bằng “~SSKĐT” nhưng chưa thay được báo cáo cũ.');
    expect(notice.body?.en).toContain('"~SSKĐT"');
    expect(notice.next).toBe(OFFICE_PROBLEMS.cellEditing);
    expect(noticeFromError(new ExcelAdapterError({ code: 'READ_FAILED', problem: 'notFound' })).next?.vi).toContain('chạy lại Kiểm tra');
  });

  it('names the sheet beyond the read limit, where its data ends and the counts, Vietnamese first', () => {
    const notice = noticeFromError(new ExcelAdapterError({ code: 'SHEET_TOO_LARGE', sheet: 'Thôn Giang Lố', cells: 4_096_000, limit: 4_000_000, lastCell: 'XFD250' }));
    expect(notice.intent).toBe('error');
    expect(notice.title.vi).toBe('Trang “Thôn Giang Lố” vượt quá giới hạn đọc');
    expect(notice.body?.vi).toContain('trải đến ô XFD250: 4.096.000 ô, quá giới hạn 4.000.000 ô');
    expect(notice.body?.en).toContain('runs to cell XFD250: 4,096,000 cells, more than the 4,000,000');
    expect(notice.next?.vi).toContain('Đến ô XFD250');
  });

  it('names the largest sheets of a workbook beyond the read limit, each with where it ends', () => {
    const sheets = [
      { sheet: 'Thôn 1', lastCell: 'XFD1048576' },
      { sheet: 'Thôn 2', lastCell: 'H1048576' },
    ];
    const notice = noticeFromError(new ExcelAdapterError({ code: 'WORKBOOK_TOO_LARGE', cells: 8_526_072, limit: 8_000_000, sheets }));
    expect(notice.body?.vi).toContain('8.526.072 ô dữ liệu, quá giới hạn 8.000.000 ô');
    expect(notice.body?.vi).toContain('“Thôn 1” (đến ô XFD1048576), “Thôn 2” (đến ô H1048576)');
    expect(notice.body?.en).toContain('“Thôn 1” (to cell XFD1048576)');
  });

  it('shows a host that is too old as a warning, with the underlying cause as details', () => {
    const notice = noticeFromError(new ExcelAdapterError({ code: 'HOST_TOO_OLD' }, { cause: new TypeError('x is undefined') }));
    expect(notice.body?.vi).toContain('Excel trên web');
    expect(notice.intent).toBe('warning');
    expect(notice.details).toBe('TypeError: x is undefined');
  });

  it('lists what is wrong with a stored campaign', () => {
    const notice = noticeFromError(new CampaignConfigError([{ path: 'end', message: 'end is before start' }]));
    expect(notice.title).toBe(STRINGS.storedInvalidTitle);
    expect(notice.details).toBe('end: end is before start');
  });

  it.each([new RangeError('not a calendar date: "2025-02-30"'), 'a thrown string', undefined])(
    'turns anything else (%p) into an "unexpected error" notice, never a raw exception',
    (error) => {
      const notice = noticeFromError(error);
      expect(notice).toMatchObject({ intent: 'error', title: STRINGS.errorUnexpectedTitle, next: STRINGS.errorUnexpectedNext });
      expect(typeof notice.details).toBe('string');
    },
  );
});
