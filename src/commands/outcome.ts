/**
 * The ribbon's Tổng hợp button, without Office's UI: the consolidation with the campaign stored in the
 * workbook's "Cấu hình" sheet, and what came of it as a message (message.ts) for the dialog page.
 */
import type { ExcelGateway } from '../excel/gateway';
import { ExcelAdapterError } from '../excel/gateway';
import { consolidateWorkbook } from '../taskpane/pipeline';
import { readStoredCampaign } from '../taskpane/campaign-store';
import { defaultAsOf } from '../taskpane/report-period';
import { CampaignConfigError } from '../taskpane/errors';
import type { RibbonMessage } from './message';

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

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
