/**
 * The ribbon's Tổng hợp button, without Office's UI: the consolidation with the campaign stored in the
 * workbook's "Cấu hình" sheet, and what came of it as a message small enough to hand to a dialog page
 * in its address (data only: the dialog words it, Vietnamese first, with the pane's dictionary).
 */
import type { AdapterFailure, ExcelGateway } from '../excel/gateway';
import { ExcelAdapterError } from '../excel/gateway';
import type { CampaignProblem } from '../core/campaign/load';
import type { Refusal } from '../core/report/layout/plan';
import { formatVnDate } from '../core/format';
import { consolidateWorkbook } from '../taskpane/pipeline';
import { readStoredCampaign } from '../taskpane/campaign-store';
import { defaultAsOf } from '../taskpane/report-period';
import { CampaignConfigError, noticeFromError, noticeFromRefusal, type Notice } from '../taskpane/errors';
import { STRINGS, fill, formatNumber, type Lang, type Params, type Translation } from '../taskpane/i18n';

export type RibbonMessage =
  | { kind: 'written'; campaign: string; asOf: string; sheets: string[]; errors: number; warnings: number }
  | { kind: 'noCampaign' }
  | { kind: 'refused'; refusal: Refusal }
  | { kind: 'campaignInvalid'; problems: CampaignProblem[] }
  | { kind: 'failed'; failure: AdapterFailure }
  | { kind: 'unexpected'; details: string };

/** Details longer than this are cut: the message travels in the dialog page's address. */
const DETAILS_LIMIT = 300;

/**
 * Consolidates as of the pane's default date (the week just ended while its report is not yet due,
 * else today's) with the workbook's own campaign, writes the report (atomically: a failure leaves the
 * previous one) and selects its first sheet, or the list to rename when the engine refuses to write.
 * A workbook without a stored campaign is not consolidated at all: another commune's plan would print
 * a wrong report. Never throws: every failure is a message.
 */
export async function runRibbon(gateway: ExcelGateway, now: string): Promise<RibbonMessage> {
  try {
    const stored = await readStoredCampaign(gateway);
    if (stored.status === 'absent') return { kind: 'noCampaign' };
    if (stored.status === 'invalid') return { kind: 'campaignInvalid', problems: stored.problems };
    const { campaign } = stored;
    const asOf = defaultAsOf(campaign, now);
    const outcome = await consolidateWorkbook(gateway, { campaign, asOf, madeAt: now });
    await showSheet(gateway, outcome.refused ? outcome.refused.sheets[0] : outcome.specs[0].name);
    if (outcome.refused) return { kind: 'refused', refusal: outcome.refused };
    const count = (severity: string) => outcome.model.issues.filter((issue) => issue.severity === severity).length;
    return { kind: 'written', campaign: campaign.name, asOf, sheets: outcome.specs.map((s) => s.name), errors: count('error'), warnings: count('warning') };
  } catch (error) {
    console.error('Tổng hợp (ribbon) failed', error);
    if (error instanceof ExcelAdapterError) return { kind: 'failed', failure: error.failure };
    if (error instanceof CampaignConfigError) return { kind: 'campaignInvalid', problems: [...error.problems] };
    return { kind: 'unexpected', details: describe(error).slice(0, DETAILS_LIMIT) };
  }
}

/** Selecting the sheet only shows where to look: the report is written (or refused) whatever it does. */
async function showSheet(gateway: ExcelGateway, sheet: string): Promise<void> {
  try {
    await gateway.selectCell(sheet, 'A1');
  } catch (error) {
    console.warn(`Tổng hợp (ribbon): could not select "${sheet}"`, error);
  }
}

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
      return { intent: 'warning', title: STRINGS.ribbonNoCampaignTitle, body: STRINGS.ribbonNoCampaignBody, next: STRINGS.ribbonNoCampaignNext };
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

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
