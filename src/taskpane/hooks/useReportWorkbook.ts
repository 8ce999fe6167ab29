/** "Mở báo cáo thành tệp riêng": the report's SheetSpecs → .xlsx in the pane → a new Excel workbook. */
import { useCallback, useState } from 'react';
import type { SheetSpec } from '../../core/sheetspec';
import type { ExcelGateway } from '../../excel/gateway';
import { reportWorkbookBase64 } from '../report-workbook';

export function useReportWorkbook(gateway: ExcelGateway, onError: (error: unknown) => void) {
  const [busy, setBusy] = useState(false);
  const open = useCallback(
    async (specs: readonly SheetSpec[]) => {
      setBusy(true);
      try {
        await gateway.openWorkbook(await reportWorkbookBase64(specs));
      } catch (error) {
        onError(error);
      } finally {
        setBusy(false);
      }
    },
    [gateway, onError],
  );
  return { busy, open };
}
