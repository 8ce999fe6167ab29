/** What the host can do, asked once; if even that fails, the pane assumes the least and says why. */
import { useEffect, useState } from 'react';
import type { ExcelGateway, HostCapabilities } from '../../excel/gateway';

const NONE: HostCapabilities = { printLayout: false, suspendScreenUpdating: false, createWorkbook: false, dataValidation: false };

export function useCapabilities(gateway: ExcelGateway, onError: (error: unknown) => void): HostCapabilities {
  const [answer] = useState(() => {
    try {
      return { capabilities: gateway.capabilities(), error: null };
    } catch (error) {
      return { capabilities: NONE, error };
    }
  });
  useEffect(() => {
    if (answer.error !== null) onError(answer.error);
  }, [answer, onError]);
  return answer.capabilities;
}
