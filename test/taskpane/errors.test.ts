import { ExcelAdapterError } from '../../src/excel/gateway';
import { CampaignConfigError, noticeFromError } from '../../src/taskpane/errors';
import { ADAPTER_ERRORS, STRINGS } from '../../src/taskpane/i18n';

describe('noticeFromError: every failure becomes a MessageBar with a next step', () => {
  it('explains an adapter failure in its own words, with what to do next', () => {
    const notice = noticeFromError(new ExcelAdapterError('WRITE_FAILED', 'Không ghi được trang Tổng hợp.', 'Could not write.'));
    expect(notice).toEqual({
      intent: 'error',
      title: ADAPTER_ERRORS.WRITE_FAILED.title,
      body: { vi: 'Không ghi được trang Tổng hợp.', en: 'Could not write.' },
      next: ADAPTER_ERRORS.WRITE_FAILED.next,
    });
  });

  it('shows a host that is too old as a warning, with the underlying cause as details', () => {
    const notice = noticeFromError(new ExcelAdapterError('HOST_TOO_OLD', 'Cũ.', 'Old.', { cause: new TypeError('x is undefined') }));
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
