/** "Mở báo cáo thành tệp riêng": the report's SheetSpecs → .xlsx in the pane → a new Excel workbook. */
import { useCallback, useState } from 'react';
import type { SheetSpec } from '../../core/sheetspec';
import type { ExcelGateway } from '../../excel/gateway';
import { reportWorkbookBase64 } from '../report-workbook';

/** Where the file is: being written (with the share of rows done), then being opened by Excel. */
export interface ReportFileProgress {
  phase: 'writing' | 'opening';
  /** 0–1 while writing; Excel's opening has no figure to show. */
  fraction?: number;
}

export function useReportWorkbook(gateway: ExcelGateway, onError: (error: unknown) => void) {
  const [progress, setProgress] = useState<ReportFileProgress | null>(null);
  const open = useCallback(
    async (specs: readonly SheetSpec[]) => {
      setProgress({ phase: 'writing', fraction: 0 });
      try {
        const file = await reportWorkbookBase64(specs, ({ done, total }) => setProgress({ phase: 'writing', fraction: total > 0 ? done / total : 1 }));
        setProgress({ phase: 'opening' });
        await gateway.openWorkbook(file);
      } catch (error) {
        onError(error);
      } finally {
        setProgress(null);
      }
    },
    [gateway, onError],
  );
  return { busy: progress !== null, progress, open };
}
