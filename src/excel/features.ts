/**
 * What the host can do, checked at run time. The manifest declares ExcelApi 1.7 (Office 2019 and
 * later); features of higher sets are used only where isSetSupported says so, and degrade otherwise.
 */
import type { HostCapabilities } from './gateway';

export interface ApiFeatures extends HostCapabilities {
  /** ExcelApi 1.7: getRangeByIndexes, freeze panes, tab colour, chart series: the core flow. */
  core: boolean;
  /** ExcelApi 1.9: getRanges("A1:B2, D4") formats many areas in one call. */
  rangeAreas: boolean;
  /** ExcelApi 1.9: worksheet.autoFilter. */
  autoFilter: boolean;
}

/** What the writers need to know about the host. */
export type WriteFeatures = Pick<ApiFeatures, 'printLayout' | 'suspendScreenUpdating' | 'rangeAreas' | 'autoFilter'> &
  Partial<Pick<ApiFeatures, 'dataValidation'>>;

const NO_FEATURES: ApiFeatures = {
  core: false,
  printLayout: false,
  suspendScreenUpdating: false,
  createWorkbook: false,
  dataValidation: false,
  rangeAreas: false,
  autoFilter: false,
};

/**
 * Office's context, or undefined outside Office (the task pane opened in a plain browser, where
 * Office.js may not even load): the typings promise a context that such a page does not have.
 */
export function officeContext(): Office.Context | undefined {
  return typeof Office === 'undefined' ? undefined : Office.context;
}

export function detectFeatures(): ApiFeatures {
  const context = officeContext();
  if (!context) return NO_FEATURES;
  const has = (version: string) => context.requirements.isSetSupported('ExcelApi', version);
  const v18 = has('1.8');
  const v19 = has('1.9');
  return {
    core: has('1.7'),
    printLayout: v19,
    suspendScreenUpdating: v19,
    createWorkbook: v18,
    dataValidation: v18,
    rangeAreas: v19,
    autoFilter: v19,
  };
}

export function hostCapabilities(f: ApiFeatures): HostCapabilities {
  return {
    printLayout: f.printLayout,
    suspendScreenUpdating: f.suspendScreenUpdating,
    createWorkbook: f.createWorkbook,
    dataValidation: f.dataValidation,
  };
}
