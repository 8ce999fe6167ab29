/** A recording in-memory ExcelGateway: what the pane and the ribbon command asked of the workbook, in order. */
import type { Grid } from '../../src/core/grid';
import type { SheetSpec } from '../../src/core/sheetspec';
import type { ExcelGateway, HostCapabilities, OnProgress } from '../../src/excel/gateway';
import type { EntityKind } from '../../src/core/vocabulary';

export type Call =
  | { method: 'readGrids' }
  | { method: 'writeReport'; specs: readonly SheetSpec[] }
  | { method: 'writeConfig'; spec: SheetSpec }
  | { method: 'writeWorkLists'; spec: SheetSpec }
  | { method: 'readConfigGrid' }
  | { method: 'createListTemplate'; kind: EntityKind; name: string }
  | { method: 'selectCell'; sheet: string; address: string }
  | { method: 'openWorkbook'; base64: string };

export interface FakeGatewayOptions {
  grids?: Grid[];
  config?: Grid | null;
  capabilities?: Partial<HostCapabilities>;
  /** Throw this from the named method. */
  failOn?: { method: Call['method']; error: unknown };
  /** Progress the fake reports from inside readGrids/writeReport. */
  innerProgress?: number[];
}

export class FakeGateway implements ExcelGateway {
  readonly calls: Call[] = [];

  constructor(private readonly options: FakeGatewayOptions = {}) {}

  private record(call: Call): void {
    this.calls.push(call);
    if (this.options.failOn?.method === call.method) throw this.options.failOn.error;
  }

  private progress(step: 'reading' | 'writing', onProgress?: OnProgress): void {
    for (const f of this.options.innerProgress ?? []) onProgress?.(step, f);
  }

  capabilities(): HostCapabilities {
    return { printLayout: true, suspendScreenUpdating: true, createWorkbook: true, dataValidation: true, ...this.options.capabilities };
  }

  async readGrids(onProgress?: OnProgress): Promise<Grid[]> {
    this.record({ method: 'readGrids' });
    this.progress('reading', onProgress);
    return structuredClone(this.options.grids ?? []);
  }

  async writeReport(specs: readonly SheetSpec[], onProgress?: OnProgress): Promise<void> {
    this.record({ method: 'writeReport', specs });
    this.progress('writing', onProgress);
  }

  async writeWorkLists(spec: SheetSpec, onProgress?: OnProgress): Promise<void> {
    this.record({ method: 'writeWorkLists', spec });
    this.progress('writing', onProgress);
  }

  async createListTemplate(kind: EntityKind, name: string): Promise<string> {
    this.record({ method: 'createListTemplate', kind, name });
    return name;
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    this.record({ method: 'selectCell', sheet, address });
  }

  async readConfigGrid(): Promise<Grid | null> {
    this.record({ method: 'readConfigGrid' });
    return this.options.config ?? null;
  }

  async writeConfig(spec: SheetSpec): Promise<void> {
    this.record({ method: 'writeConfig', spec });
  }

  async openWorkbook(base64: string): Promise<void> {
    this.record({ method: 'openWorkbook', base64 });
  }

  methods(): Call['method'][] {
    return this.calls.map((c) => c.method);
  }
}

/** A SheetSpec as an adapter would read it back: its values, as a Grid. */
export function gridOfSpec(spec: SheetSpec): Grid {
  return { sheet: spec.name, values: spec.rows.map((row) => (row ?? []).map((cell) => cell?.v ?? null)) };
}
