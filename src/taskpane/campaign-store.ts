/**
 * The campaign stored in the workbook's config sheet, read back and written for the pane and the
 * ribbon command.
 *
 * Seam: the config sheet's layout belongs to the engine (src/core/campaign/config-sheet.ts,
 * `campaignFromConfigGrid` / `campaignToConfigSheet`, a human-readable sheet). Until that file
 * lands, the campaign is kept as JSON in one cell and validated with the same zod schema
 * (parseCampaign); swapping in the engine's two functions changes only this file.
 */
import type { Grid } from '../core/grid';
import type { SheetSpec } from '../core/sheetspec';
import type { Campaign } from '../core/campaign/schema';
import { parseCampaign, type CampaignProblem } from '../core/campaign/load';
import { PRESETS } from '../core/campaign/presets';
import { SHEET } from '../core/report/sheet-names';
import type { ExcelGateway } from '../excel/gateway';
import { CampaignConfigError } from './errors';

export type StoredCampaign =
  | { status: 'absent' }
  | { status: 'valid'; campaign: Campaign }
  | { status: 'invalid'; problems: CampaignProblem[] };

/** The preset the ribbon uses when the workbook stores no campaign (seed 000). */
export const DEFAULT_PRESET_ID = 'bo-y-2025';

const JSON_LABEL = 'Cấu hình chiến dịch (JSON)';

/** The config sheet's Grid → the campaign it holds, checked against the schema. */
export function storedCampaignFromGrid(grid: Grid | null): StoredCampaign {
  if (!grid) return { status: 'absent' };
  const cell = grid.values.flat().find((v): v is string => typeof v === 'string' && v.trimStart().startsWith('{'));
  if (cell === undefined) return { status: 'invalid', problems: [{ path: '', message: `no campaign JSON on sheet "${grid.sheet}"` }] };
  let json: unknown;
  try {
    json = JSON.parse(cell);
  } catch (error) {
    return { status: 'invalid', problems: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const parsed = parseCampaign(json);
  return parsed.ok ? { status: 'valid', campaign: parsed.campaign } : { status: 'invalid', problems: parsed.problems };
}

/** The config sheet for a campaign: a label and the campaign as JSON, text-formatted so Excel keeps it verbatim. */
export function campaignConfigSheet(campaign: Campaign): SheetSpec {
  return {
    name: SHEET.config,
    rows: [[{ v: JSON_LABEL, s: 'label' }, { v: JSON.stringify(campaign), s: 'json' }]],
    styles: { label: { bold: true, v: 'top' }, json: { numFmt: '@', v: 'top' } },
    baseFont: { name: 'Calibri', size: 11 },
    columnWidths: [28, 120],
    merges: [],
    print: {
      paper: 'A4',
      orientation: 'portrait',
      fitToWidth: true,
      margins: { top: 20, bottom: 20, left: 20, right: 20, header: 10, footer: 10 },
    },
  };
}

export async function readStoredCampaign(gateway: ExcelGateway): Promise<StoredCampaign> {
  return storedCampaignFromGrid(await gateway.readConfigGrid());
}

/**
 * The campaign the ribbon button consolidates with: the stored one, else the default preset. A stored
 * campaign that fails validation stops the run: guessing another commune's plan would print a wrong report.
 */
export async function campaignForRibbon(gateway: ExcelGateway): Promise<Campaign> {
  const stored = await readStoredCampaign(gateway);
  if (stored.status === 'valid') return stored.campaign;
  if (stored.status === 'invalid') throw new CampaignConfigError(stored.problems);
  return PRESETS[DEFAULT_PRESET_ID];
}
