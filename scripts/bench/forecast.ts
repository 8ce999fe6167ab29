/**
 * The forecast's cost (ISSUE 11 §2): every village's and unit's forecast of every indicator, from a long history
 * (a snapshot a day for 90 days, as a commune consolidating daily would have), beside the standings it is part of
 * and the consolidation as a whole. Printed, never asserted.
 *   BENCH_FORECAST=0  skip
 */
import { addDays } from 'date-fns';
import { consolidate } from '../../src/core/consolidate';
import { PRESETS } from '../../src/core/campaign/presets';
import { formatIsoDate, parseIsoDate } from '../../src/core/dates';
import type { HistoryRow } from '../../src/core/history/history';
import { forecastOf, type Figure } from '../../src/core/report/forecast';
import { judgeStandings } from '../../src/core/report/standings';
import { syntheticCommune } from './synthetic';

const DAYS = 90;
const best = (runs: number[]) => Math.min(...runs).toFixed(1);

function timed(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export function benchForecast(): void {
  if (process.env.BENCH_FORECAST === '0') return;
  const campaign = PRESETS['bo-y-2025'];
  const asOf = '2025-10-27';
  const grids = syntheticCommune(20_000, 60);
  const consolidation = timed(() => consolidate({ grids, campaign, asOf }));
  const { standings: _standings, ...figures } = consolidate({ grids, campaign, asOf });
  // Each of this run's rows again on each of the 90 days before, a little lower every day back.
  const earlier: HistoryRow[] = [];
  for (let d = DAYS; d >= 1; d--) {
    const day = formatIsoDate(addDays(parseIsoDate(asOf), -d));
    for (const r of figures.history) earlier.push({ ...r, asOf: day, madeAt: `${day}T08:00`, numerator: Math.max(0, r.numerator - d) });
  }
  const model = { ...figures, history: [...earlier, ...figures.history] };
  const series = new Map<string, Figure[]>();
  for (const r of model.history) {
    const key = `${r.kind}\u0000${r.entity}\u0000${r.indicator}`;
    series.set(key, [...(series.get(key) ?? []), r]);
  }
  const info = model.indicators[0];
  const standings: number[] = [];
  const forecasts: number[] = [];
  for (let i = 0; i < 3; i++) {
    standings.push(timed(() => judgeStandings(model)));
    forecasts.push(timed(() => [...series.values()].forEach((s) => forecastOf(s, info, asOf))));
  }
  console.log(`\n6. Forecast: ${series.size.toLocaleString('en')} forecasts (village or unit × indicator) from ${model.history.length.toLocaleString('en')} history rows (${DAYS + 1} daily snapshots)`);
  console.log(`   the forecasts alone: ${forecasts.map((x) => x.toFixed(1)).join(' / ')} ms (best ${best(forecasts)})`);
  console.log(`   the standings they are judged with: ${standings.map((x) => x.toFixed(1)).join(' / ')} ms (best ${best(standings)}); the consolidation of the ${(20_000).toLocaleString('en')} rows without that history: ${consolidation.toFixed(0)} ms`);
}
