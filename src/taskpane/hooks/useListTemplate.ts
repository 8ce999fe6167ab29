/** "Tạo mẫu danh sách": adds a correctly formatted list sheet through the gateway. */
import { useCallback, useState } from 'react';
import type { ExcelGateway } from '../../excel/gateway';
import type { EntityKind } from '../../core/vocabulary';

export function useListTemplate(gateway: ExcelGateway, events: { onError: (error: unknown) => void; onCreated: (sheet: string) => void }) {
  const { onError, onCreated } = events;
  const [kind, setKind] = useState<EntityKind>('village');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<string | null>(null);

  const create = useCallback(async () => {
    const sheetName = name.trim();
    if (!sheetName) return;
    setBusy(true);
    setCreated(null);
    try {
      const sheet = await gateway.createListTemplate(kind, sheetName);
      setCreated(sheet);
      setName('');
      onCreated(sheet);
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  }, [gateway, kind, name, onError, onCreated]);

  return { kind, setKind, name, setName, busy, created, create };
}
