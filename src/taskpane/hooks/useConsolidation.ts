/**
 * "Kiểm tra" and "Tổng hợp" as the pane runs them: the shared pipeline, with the progress bar fed
 * between steps and the outcome kept for the issue list and the result card.
 */
import { useCallback, useRef, useState } from 'react';
import type { Campaign } from '../../core/campaign/schema';
import type { Grid } from '../../core/grid';
import type { SheetSpec } from '../../core/sheetspec';
import type { ReportModel } from '../../core/report/model';
import type { Refusal } from '../../core/report/layout/plan';
import type { ExcelGateway, ProgressStep } from '../../excel/gateway';
import { checkWorkbook, consolidateWorkbook, type RunRequest } from '../pipeline';
import type { ResultSummary } from '../result-summary';
import { nextFrame } from '../frame';

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; action: 'check' | 'consolidate'; step: ProgressStep; fraction: number }
  | { status: 'checked'; model: ReportModel; request: RunRequest }
  | { status: 'consolidated'; model: ReportModel; specs: SheetSpec[]; summary: ResultSummary; request: RunRequest };

/**
 * True when a finished run was made for another plan, date or period than the pane now shows: its
 * result card and issue list are then stale (issue 13 §3) and the pane says so instead of showing them.
 */
export function isStale(state: RunState, request: RunRequest): boolean {
  if (state.status !== 'checked' && state.status !== 'consolidated') return false;
  const made = state.request;
  return made.campaign !== request.campaign || made.asOf !== request.asOf || (made.cadence ?? 'week') !== (request.cadence ?? 'week');
}

export interface ConsolidationEvents {
  onError: (error: unknown) => void;
  /** The lists the run read, for the sheet list. */
  onGrids: (grids: readonly Grid[]) => void;
  /** The campaign was stored in the workbook. */
  onSaved: (campaign: Campaign) => void;
  /** The engine would not write the report (nothing was written); the run's issues are still shown. */
  onRefused: (refusal: Refusal) => void;
}

export function useConsolidation(gateway: ExcelGateway, { onError, onGrids, onSaved, onRefused }: ConsolidationEvents) {
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const running = useRef(false);

  const run = useCallback(
    async (action: 'check' | 'consolidate', request: RunRequest) => {
      if (running.current) return;
      running.current = true;
      setState({ status: 'running', action, step: 'reading', fraction: 0 });
      const options = {
        onProgress: (step: ProgressStep, fraction: number) => setState({ status: 'running', action, step, fraction }),
        yieldToUi: nextFrame,
      };
      try {
        if (action === 'check') {
          const { grids, model } = await checkWorkbook(gateway, request, options);
          onGrids(grids);
          setState({ status: 'checked', model, request });
        } else {
          const outcome = await consolidateWorkbook(gateway, request, { ...options, saveCampaign: true });
          onGrids(outcome.grids);
          if (outcome.refused) {
            setState({ status: 'checked', model: outcome.model, request });
            onRefused(outcome.refused);
          } else {
            onSaved(request.campaign);
            setState({ status: 'consolidated', model: outcome.model, specs: outcome.specs, summary: outcome.summary, request });
          }
        }
      } catch (error) {
        setState({ status: 'idle' });
        onError(error);
      } finally {
        running.current = false;
      }
    },
    [gateway, onError, onGrids, onSaved, onRefused],
  );

  const check = useCallback((request: RunRequest) => run('check', request), [run]);
  const consolidate = useCallback((request: RunRequest) => run('consolidate', request), [run]);
  return { state, check, consolidate };
}
