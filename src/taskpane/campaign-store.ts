/**
 * The campaign stored in the workbook's "Cấu hình" sheet, read back and written for the pane and the
 * ribbon command (which consolidates only with a stored campaign). The sheet's layout and its
 * validation belong to the engine (config-sheet.ts).
 */
import type { Grid } from '../core/grid';
import type { Campaign } from '../core/campaign/schema';
import type { CampaignProblem } from '../core/campaign/load';
import { campaignFromConfigGrid } from '../core/campaign/config-sheet';
import type { ExcelGateway } from '../excel/gateway';

export type StoredCampaign =
  | { status: 'absent' }
  | { status: 'valid'; campaign: Campaign }
  | { status: 'invalid'; problems: CampaignProblem[] };

/** The preset the pane starts with when the workbook stores no campaign (seed 000). */
export const DEFAULT_PRESET_ID = 'bo-y-2025';

/** The config sheet's Grid (null when the workbook has none) → the campaign it holds, validated. */
export function storedCampaignFromGrid(grid: Grid | null): StoredCampaign {
  if (!grid) return { status: 'absent' };
  const parsed = campaignFromConfigGrid(grid);
  return parsed.ok ? { status: 'valid', campaign: parsed.campaign } : { status: 'invalid', problems: parsed.problems };
}

export async function readStoredCampaign(gateway: ExcelGateway): Promise<StoredCampaign> {
  return storedCampaignFromGrid(await gateway.readConfigGrid());
}
