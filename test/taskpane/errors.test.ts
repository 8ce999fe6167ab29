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
