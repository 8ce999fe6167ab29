/**
 * Every failure the pane can meet becomes a Notice: a title, what happened and what to do next,
 * in both languages. Components render Notices as Fluent MessageBars; nothing shows a raw exception.
 */
import { ExcelAdapterError } from '../excel/gateway';
import type { CampaignProblem } from '../core/campaign/load';
import type { Refusal } from '../core/report/layout/plan';
import { TEMP_PREFIX } from '../excel/own-sheets';
import { ADAPTER_ERRORS, OFFICE_PROBLEMS, REFUSALS, REPORT_LEFT, STRINGS, fill, formatNumber, pick, type Lang, type Params, type Translation } from './i18n';

export type NoticeIntent = 'error' | 'warning' | 'info' | 'success';

export interface Notice {
  intent: NoticeIntent;
  title: Translation;
  /** What happened, when there is more to say than the title. */
  body?: Translation;
  /** What to do next. */
  next?: Translation;
  /** Technical details for whoever supports the user (not translated). */
  details?: string;
}

/** The campaign stored in the workbook failed validation: the run stops rather than guess another campaign. */
export class CampaignConfigError extends Error {
  constructor(readonly problems: readonly CampaignProblem[]) {
    super(`the stored campaign is invalid: ${problems.map((p) => `${p.path || '(sheet)'}: ${p.message}`).join('; ')}`);
    this.name = 'CampaignConfigError';
  }
}

const WARNING_CODES: ReadonlySet<ExcelAdapterError['code']> = new Set(['HOST_TOO_OLD', 'NOT_SUPPORTED']);

export function problemsText(problems: readonly CampaignProblem[]): string {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ');
}

export function noticeFromError(error: unknown): Notice {
  if (error instanceof ExcelAdapterError) {
    return adapterNotice(error);
  }
  if (error instanceof CampaignConfigError) {
    return {
      intent: 'error',
      title: STRINGS.storedInvalidTitle,
      next: STRINGS.storedInvalidBody,
      details: problemsText(error.problems),
    };
  }
  return {
    intent: 'error',
    title: STRINGS.errorUnexpectedTitle,
    next: STRINGS.errorUnexpectedNext,
    details: describe(error),
  };
}

/** An adapter failure in the dictionary's words: what the write left behind, and the step its Office problem calls for. */
function adapterNotice(error: ExcelAdapterError): Notice {
  const f = error.failure;
  const text = ADAPTER_ERRORS[f.code];
  const prefix = TEMP_PREFIX.trim();
  const left = f.code === 'WRITE_FAILED' && f.report ? REPORT_LEFT[f.report] : null;
  const problem = (f.code === 'READ_FAILED' || f.code === 'WRITE_FAILED') && f.problem !== 'other' ? OFFICE_PROBLEMS[f.problem] : null;
  const filled = (t: Translation): Translation => ({ vi: fill(t.vi, failureParams(f, 'vi')), en: fill(t.en, failureParams(f, 'en')) });
  return {
    intent: WARNING_CODES.has(f.code) ? 'warning' : 'error',
    title: filled(text.title),
    body: left ? { vi: fill(left.vi, { prefix }), en: fill(left.en, { prefix }) } : filled(text.body),
    next: problem ?? filled(text.next),
    ...(error.cause === undefined ? {} : { details: describe(error.cause) }),
  };
}

/** The data a failure's sentences name: sheets quoted, counts as each language writes them (1.234.567, 1,234,567). */
function failureParams(f: ExcelAdapterError['failure'], lang: Lang): Params {
  const count = (n: number) => formatNumber(n, lang);
  if (f.code === 'SHEET_TOO_LARGE') return { sheet: f.sheet, cells: count(f.cells), limit: count(f.limit), lastCell: f.lastCell };
  if (f.code === 'WORKBOOK_TOO_LARGE') return { cells: count(f.cells), limit: count(f.limit), sheets: f.sheets.map((s) => pick(STRINGS.sheetToCell, lang, { ...s })).join(', ') };
  return {};
}

/** The engine would not write the report: a warning naming what to change, not a failure. */
export function noticeFromRefusal(refusal: Refusal): Notice {
  const text = REFUSALS[refusal.code];
  const sheets = refusal.sheets.map((s) => `"${s}"`).join(', ');
  return {
    intent: 'warning',
    title: text.title,
    body: { vi: fill(text.body.vi, { sheets }), en: fill(text.body.en, { sheets }) },
    next: text.next,
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
