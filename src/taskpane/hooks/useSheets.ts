/** The workbook's sheets as the campaign card lists them: read once per reload (and after the ribbon's command wrote a report), surveyed again when the campaign changes. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Grid } from '../../core/grid';
import type { Campaign } from '../../core/campaign/schema';
import type { ExcelGateway } from '../../excel/gateway';
import { surveySheets } from '../sheet-survey';
import { onWorkbookChanged } from '../../commands/runtime';

export function useSheets(gateway: ExcelGateway, campaign: Campaign, onError: (error: unknown) => void) {
  const [found, setFound] = useState<readonly Grid[] | null>(null);
  // The first read starts with the pane, so the pane starts loading.
  const [loading, setLoading] = useState(true);

  const read = useCallback(
    () =>
      gateway
        .readGrids()
        .then((grids) => {
          setFound(grids);
        }, onError)
        .finally(() => {
          setLoading(false);
        }),
    [gateway, onError],
  );

  const reload = useCallback(async () => {
    setLoading(true);
    await read();
  }, [read]);

  useEffect(() => {
    void read();
  }, [read]);

  // The ribbon's Tổng hợp, run in the runtime this pane shares (manifest <Runtimes>), wrote a report: read again.
  useEffect(() => onWorkbookChanged(() => void reload()), [reload]);

  /** A check or consolidation has just read the workbook: show what it read. */
  const update = useCallback((grids: readonly Grid[]) => setFound(grids), []);

  const sheets = useMemo(() => (found ? surveySheets(found, campaign) : null), [found, campaign]);
  return { sheets, loading, reload, update };
}
