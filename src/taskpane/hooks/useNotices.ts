/** The MessageBars at the top of the pane: every failure is reported here, none is swallowed. */
import { useCallback, useState } from 'react';
import type { Refusal } from '../../core/report/layout/plan';
import { noticeFromError, noticeFromRefusal, type Notice } from '../errors';

export interface ShownNotice extends Notice {
  id: number;
}

let nextId = 1;

export function useNotices() {
  const [notices, setNotices] = useState<ShownNotice[]>([]);
  const show = useCallback((notice: Notice) => setNotices((shown) => [...shown, { ...notice, id: nextId++ }]), []);
  const reportError = useCallback((error: unknown) => show(noticeFromError(error)), [show]);
  const reportRefusal = useCallback((refusal: Refusal) => show(noticeFromRefusal(refusal)), [show]);
  const dismiss = useCallback((id: number) => setNotices((shown) => shown.filter((n) => n.id !== id)), []);
  const clear = useCallback(() => setNotices([]), []);
  return { notices, show, reportError, reportRefusal, dismiss, clear };
}
