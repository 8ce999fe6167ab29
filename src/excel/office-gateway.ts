/**
 * The ExcelGateway over Office.js: each call is one Excel.run using the reader, the writer and the
 * templates beside this file. Optional features are checked with isSetSupported on every call, and
 * every failure reaches the UI as an ExcelAdapterError with a next step.
 */
import type { SheetSpec } from '../core/sheetspec';
import { ExcelAdapterError, type ExcelGateway, type OnProgress } from './gateway';
import { detectFeatures, hostCapabilities } from './features';
import { hostTooOld, toAdapterError } from './errors';
import { REPORT_SHEETS, sameSheetName } from './own-sheets';
import { readGrids } from './read-grids';
import { writeSheets } from './write-report';
import { createListTemplate } from './templates';
import { type EntityKind, SHEET } from '../core/vocabulary';

export interface OfficeGatewayOptions {
  /** Bytes one sync may carry (default 4 MB). */
  payloadBudget?: number;
  /** Estimated bytes per cell read, to size row slices. */
  bytesPerCell?: number;
}

export function createOfficeGateway(options: OfficeGatewayOptions = {}): ExcelGateway {
  const run = async <T>(failure: 'READ_FAILED' | 'WRITE_FAILED', batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    if (!detectFeatures().core) throw hostTooOld();
    try {
      return await Excel.run(batch);
    } catch (e) {
      throw toAdapterError(e, failure);
    }
  };

  return {
    capabilities: () => hostCapabilities(detectFeatures()),

    readGrids: (onProgress?: OnProgress) =>
      run('READ_FAILED', (context) => readGrids(context, { ...options, autoFilter: detectFeatures().autoFilter, onProgress: (f) => onProgress?.('reading', f) })),

    writeReport: (specs: readonly SheetSpec[], onProgress?: OnProgress) =>
      run('WRITE_FAILED', (context) =>
        writeSheets(context, specs, {
          features: detectFeatures(),
          replace: REPORT_SHEETS,
          activate: true,
          payloadBudget: options.payloadBudget,
          onProgress: (f) => onProgress?.('writing', f),
        }),
      ),

    writeWorkLists: (spec: SheetSpec, onProgress?: OnProgress) =>
      run('WRITE_FAILED', (context) =>
        writeSheets(context, [spec], { features: detectFeatures(), activate: true, payloadBudget: options.payloadBudget, onProgress: (f) => onProgress?.('writing', f) }),
      ),

    createListTemplate: (kind: EntityKind, name: string) => run('WRITE_FAILED', (context) => createListTemplate(context, kind, name, detectFeatures())),

    selectCell: (sheet: string, address: string) =>
      run('READ_FAILED', async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      }),

    readConfigGrid: () =>
      run('READ_FAILED', async (context) => {
        const grids = await readGrids(context, { ...options, include: (name) => sameSheetName(name, SHEET.config) });
        return grids.at(0) ?? null;
      }),

    writeConfig: (spec: SheetSpec) =>
      run('WRITE_FAILED', (context) => writeSheets(context, [spec], { features: detectFeatures(), payloadBudget: options.payloadBudget })),

    openWorkbook: async (base64: string) => {
      if (!detectFeatures().createWorkbook) {
        throw new ExcelAdapterError({ code: 'NOT_SUPPORTED' });
      }
      try {
        await Excel.createWorkbook(base64);
      } catch (e) {
        throw toAdapterError(e, 'WRITE_FAILED');
      }
    },
  };
}
