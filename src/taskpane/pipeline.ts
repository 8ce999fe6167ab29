/**
 * The consolidation as the add-in runs it, shared by the pane and the ribbon button:
 *   read the workbook's Grids → consolidate (validate, count) → lay out the report → write it.
 * No React and no Office here: the workbook is reached through an ExcelGateway, so the whole
 * run is tested in node with a fake gateway (test/taskpane/pipeline.test.ts).
 */
import type { Grid } from '../core/grid';
import type { SheetSpec } from '../core/sheetspec';
import type { Campaign } from '../core/campaign/schema';
import type { ReportModel } from '../core/report/model';
import { consolidate, consolidateWithWorkLists } from '../core/consolidate';
import { layoutWorkLists } from '../core/report/layout/work-lists';
import type { WorkLists } from '../core/report/work-lists';
import { typedOnWorkLists } from '../core/report/work-list-sheet';
import { SHEET } from '../core/vocabulary';
import { planReport, type Refusal } from '../core/report/layout/plan';
import { ExcelAdapterError, type ExcelGateway, type OnProgress, type ProgressStep } from '../excel/gateway';
import { campaignToConfigSheet } from '../core/campaign/config-sheet';
import { localDateTime } from './dates';
import type { ReportPeriodKind } from '../core/campaign/report-periods';
import { summariseResult, type ResultSummary } from './result-summary';

export interface RunRequest {
  campaign: Campaign;
  /** YYYY-MM-DD, local calendar. */
  asOf: string;
  /** When the run happens, local YYYY-MM-DDTHH:mm (decides what is overdue); now when absent. */
  madeAt?: string;
  /** The report's period: the week (default) or a longer one the campaign declares. */
  cadence?: ReportPeriodKind;
}

export interface RunOptions {
  /** Step and overall fraction 0–1, for the progress bar. */
  onProgress?: OnProgress;
  /** Resolves once the UI has painted; awaited after each step is announced. The ribbon passes nothing. */
  yieldToUi?: () => Promise<void>;
}

export interface CheckOutcome {
  grids: Grid[];
  model: ReportModel;
}

/** The report written, or the engine's refusal to write it (nothing written, the campaign not stored). */
export type ConsolidationOutcome = CheckOutcome & ({ refused: null; specs: SheetSpec[]; summary: ResultSummary } | { refused: Refusal });

/** Each step's share of the progress bar: reading and writing talk to Excel and dominate. */
const SPANS: Record<ProgressStep, readonly [number, number]> = {
  reading: [0, 0.45],
  checking: [0.45, 0.65],
  counting: [0.65, 0.7],
  writing: [0.7, 1],
  done: [1, 1],
};

function progressTracker(options: RunOptions) {
  const report = options.onProgress ?? (() => {});
  const yieldToUi = options.yieldToUi ?? (() => Promise.resolve());
  return {
    async enter(step: ProgressStep): Promise<void> {
      report(step, SPANS[step][0]);
      await yieldToUi();
    },
    /** Progress the gateway reports inside a step, mapped onto that step's share. */
    within(step: ProgressStep): OnProgress {
      const [from, to] = SPANS[step];
      return (_gatewayStep, fraction) => report(step, from + Math.min(1, Math.max(0, fraction)) * (to - from));
    },
  };
}

/** A gateway failure that is not already typed becomes one, keeping the original as its cause. */
async function viaGateway<T>(code: 'READ_FAILED' | 'WRITE_FAILED', call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ExcelAdapterError) throw error;
    throw new ExcelAdapterError({ code, problem: 'other' }, { cause: error });
  }
}

async function readAndCheck(
  gateway: ExcelGateway,
  { campaign, asOf, madeAt = localDateTime(), cadence = 'week' }: RunRequest,
  progress: ReturnType<typeof progressTracker>,
): Promise<CheckOutcome> {
  await progress.enter('reading');
  const grids = await viaGateway('READ_FAILED', () => gateway.readGrids(progress.within('reading')));
  await progress.enter('checking');
  const model = consolidate({ grids, campaign, asOf, madeAt, cadence });
  return { grids, model };
}

/** "Kiểm tra": reads and validates, writes nothing. */
export async function checkWorkbook(gateway: ExcelGateway, request: RunRequest, options: RunOptions = {}): Promise<CheckOutcome> {
  const progress = progressTracker(options);
  const outcome = await readAndCheck(gateway, request, progress);
  await progress.enter('done');
  return outcome;
}

/**
 * "Tổng hợp": reads, consolidates and writes the report sheets (atomically, by the gateway). With
 * saveCampaign the campaign is first stored in the workbook's config sheet, so the next person who
 * opens the file (or presses the ribbon button) gets the same settings.
 */
export async function consolidateWorkbook(
  gateway: ExcelGateway,
  request: RunRequest,
  options: RunOptions & { saveCampaign?: boolean } = {},
): Promise<ConsolidationOutcome> {
  const progress = progressTracker(options);
  const { grids, model } = await readAndCheck(gateway, request, progress);
  const plan = planReport(model, { chart: true });
  if (plan.refused) {
    await progress.enter('done');
    return { grids, model, refused: plan.refused };
  }
  await progress.enter('counting');
  const summary = summariseResult(model);
  const { specs } = plan;
  await progress.enter('writing');
  if (options.saveCampaign) await viaGateway('WRITE_FAILED', () => gateway.writeConfig(campaignToConfigSheet(request.campaign)));
  await viaGateway('WRITE_FAILED', () => gateway.writeReport(specs, progress.within('writing')));
  await progress.enter('done');
  return { grids, model, refused: null, specs, summary };
}

/** What the work-list sheet holds, for the pane's message; or the refusal to write it. */
export type WorkListOutcome =
  | { refused: null; lists: number; people: number; guardian: number; done: number }
  | { refused: Refusal };

function workListCounts(w: WorkLists): Extract<WorkListOutcome, { refused: null }> {
  return {
    refused: null,
    lists: w.lists.length,
    people: w.lists.reduce((n, l) => n + l.people, 0),
    guardian: w.lists.reduce((n, l) => n + l.guardianPeople, 0),
    done: w.lists.filter((l) => l.people + l.guardianPeople === 0).length,
  };
}

/**
 * "Lập danh sách rà soát": reads and consolidates as "Tổng hợp" does, and writes only the door-to-door work lists'
 * sheet ("Rà soát từng người") of the villages and units in `only` (all when empty); the report sheets stay as they
 * are. A list someone named like that sheet, or the last work lists with results typed in, is never replaced.
 */
export async function writeWorkLists(gateway: ExcelGateway, request: RunRequest, only: readonly string[], options: RunOptions = {}): Promise<WorkListOutcome> {
  const progress = progressTracker(options);
  await progress.enter('reading');
  const grids = await viaGateway('READ_FAILED', () => gateway.readGrids(progress.within('reading')));
  await progress.enter('checking');
  const { campaign, asOf, madeAt = localDateTime(), cadence = 'week' } = request;
  const { model, workLists } = consolidateWithWorkLists({ grids, campaign, asOf, madeAt, cadence }, only.length > 0 ? { only } : {});
  const taken = model.issues.find((i) => i.code === 'SHEET_NAME_RESERVED' && i.sheet.toLowerCase() === SHEET.workLists.toLowerCase());
  // What a team typed into the last work lists is never written over: the sheet is renamed to keep it.
  const typed = typedOnWorkLists(grids);
  const refused: Refusal | null = taken ? { code: 'SHEET_NAME_RESERVED', sheets: [taken.sheet] } : typed ? { code: 'WORK_LISTS_TYPED_IN', sheets: [typed.sheet] } : null;
  if (refused) {
    await progress.enter('done');
    return { refused };
  }
  await progress.enter('writing');
  await viaGateway('WRITE_FAILED', () => gateway.writeWorkLists(layoutWorkLists(workLists), progress.within('writing')));
  await progress.enter('done');
  return workListCounts(workLists);
}
