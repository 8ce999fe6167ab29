/** "Lập danh sách rà soát": the door-to-door work lists of all villages and units, or of those picked. */
import { useCallback, useRef, useState } from 'react';
import type { ExcelGateway } from '../../excel/gateway';
import type { Refusal } from '../../core/report/layout/plan';
import { type RunRequest, type WorkListOutcome, writeWorkLists } from '../pipeline';

export type WorkListsWritten = Extract<WorkListOutcome, { refused: null }>;

export function useWorkLists(gateway: ExcelGateway, events: { onError: (error: unknown) => void; onRefused: (refusal: Refusal) => void }) {
  const { onError, onRefused } = events;
  const [picked, setPicked] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState<WorkListsWritten | null>(null);
  const running = useRef(false);

  const write = useCallback(
    /** `only`: the places picked that the last run still has; all when empty. */
    async (request: RunRequest, only: readonly string[]) => {
      if (running.current) return;
      running.current = true;
      setBusy(true);
      setWritten(null);
      try {
        const outcome = await writeWorkLists(gateway, request, only);
        if (outcome.refused) onRefused(outcome.refused);
        else setWritten(outcome);
      } catch (error) {
        onError(error);
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [gateway, onError, onRefused],
  );

  return { picked, setPicked, busy, written, write };
}

