/**
 * What came of a press of the ribbon's Tổng hợp button, as data small enough to travel in the dialog
 * page's address (codes, counts, sheet names: never a person's data), and the same in words, Vietnamese
 * first, with the pane's dictionary. The dialog page needs only this file, not the engine.
 */
import type { AdapterFailure } from '../excel/gateway';
import { ExcelAdapterError } from '../excel/gateway';
import type { CampaignProblem } from '../core/campaign/load';
import type { Refusal } from '../core/report/layout/plan';
import { formatVnDate } from '../core/format';
import { CampaignConfigError, noticeFromError, noticeFromRefusal, type Notice } from '../taskpane/errors';
import { STRINGS, fill, formatNumber, type Lang, type Params, type Translation } from '../taskpane/i18n';

export type RibbonMessage =
  | { kind: 'written'; campaign: string; asOf: string; sheets: string[]; errors: number; warnings: number }
  /** `paneOpened`: the command opened the task pane (a shared runtime), so the officer need not look for the button. */
  | { kind: 'noCampaign'; paneOpened?: true }
  | { kind: 'refused'; refusal: Refusal }
  | { kind: 'campaignInvalid'; problems: CampaignProblem[] }
  | { kind: 'failed'; failure: AdapterFailure }
  | { kind: 'unexpected'; details: string };

/** The message in words, as the pane would put it. */
export function noticeOf(message: RibbonMessage): Notice {
  switch (message.kind) {
    case 'written': {
      const params = (lang: Lang) => ({
        campaign: message.campaign,
        asOf: formatVnDate(message.asOf),
        sheets: message.sheets.map((s) => `“${s}”`).join(', '),
        errors: formatNumber(message.errors, lang),
        warnings: formatNumber(message.warnings, lang),
      });
      return { intent: 'success', title: STRINGS.ribbonWrittenTitle, body: filled(STRINGS.ribbonWrittenBody, params), next: filled(STRINGS.ribbonWrittenNext, params) };
    }
    case 'noCampaign':
      return {
        intent: 'warning',
        title: STRINGS.ribbonNoCampaignTitle,
        body: STRINGS.ribbonNoCampaignBody,
        next: message.paneOpened ? STRINGS.ribbonNoCampaignPaneOpened : STRINGS.ribbonNoCampaignNext,
      };
    case 'refused':
      return noticeFromRefusal(message.refusal);
    case 'campaignInvalid':
      return noticeFromError(new CampaignConfigError(message.problems));
    case 'failed':
      return noticeFromError(new ExcelAdapterError(message.failure));
    case 'unexpected':
      return { intent: 'error', title: STRINGS.errorUnexpectedTitle, next: STRINGS.errorUnexpectedNext, details: message.details };
  }
}

function filled(t: Translation, params: (lang: Lang) => Params): Translation {
  return { vi: fill(t.vi, params('vi')), en: fill(t.en, params('en')) };
}
