/**
 * How the ribbon command speaks. A function command has no surface of its own (notification messages
 * exist in Outlook only), but it can open a dialog (Dialog API 1.1): the dialog shows commands.html with
 * the message in its address, and that page words it. The message is data (codes, counts, sheet names),
 * never a person's data. Opening the task pane from a command (Office.addin.showAsTaskpane) needs a
 * shared runtime; where there is none the message says which button opens it.
 */
import { z } from 'zod';
import { ADAPTER_ERRORS, STRINGS } from '../taskpane/i18n';
import type { Notice } from '../taskpane/errors';
import type { RibbonMessage } from './message';
import { hostSharesRuntime } from './runtime';

/** The dialog's page, beside the function file (taskpane.html, or commands.html for a manifest written before the shared runtime). */
export const DIALOG_PAGE = 'commands.html';

/** The query parameter that carries the message. */
const PARAM = 'ribbon';

/** The dialog's size, in percent of the Excel window. */
const DIALOG_SIZE = { height: 45, width: 32 };

const Message = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('written'), campaign: z.string(), asOf: z.string(), sheets: z.array(z.string()), errors: z.number(), warnings: z.number() }),
  z.object({ kind: z.literal('noCampaign'), paneOpened: z.literal(true).optional() }),
  z.object({ kind: z.literal('refused'), refusal: z.object({ code: z.enum(['SHEET_NAME_RESERVED', 'WORKING_LIST_UNREADABLE', 'HISTORY_UNREADABLE']), sheets: z.array(z.string()).min(1) }) }),
  z.object({ kind: z.literal('campaignInvalid'), problems: z.array(z.object({ path: z.string(), message: z.string() })) }),
  z.object({ kind: z.literal('failed'), failure: z.looseObject({ code: z.enum(Object.keys(ADAPTER_ERRORS) as [keyof typeof ADAPTER_ERRORS]) }) }),
  z.object({ kind: z.literal('unexpected'), details: z.string() }),
]);

/** The dialog's address: DIALOG_PAGE beside `page` (the function file's own address), with the message as its query. */
export function dialogUrl(message: RibbonMessage, page: string): string {
  const url = new URL(DIALOG_PAGE, page);
  url.searchParams.set(PARAM, JSON.stringify(message));
  return url.toString();
}

/** The message a dialog page was opened with; null for the function file itself (or an address that holds none). */
export function messageFromSearch(search: string): RibbonMessage | null {
  const raw = new URLSearchParams(search).get(PARAM);
  if (raw === null) return null;
  try {
    const parsed = Message.safeParse(JSON.parse(raw));
    return parsed.success ? (parsed.data as RibbonMessage) : null;
  } catch {
    return null;
  }
}

/** Opens the dialog with the message; resolves once it is closed (or could not be opened, which only the console can tell). */
export function showMessage(message: RibbonMessage, page: string): Promise<void> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(dialogUrl(message, page), { ...DIALOG_SIZE, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        console.warn('Tổng hợp (ribbon): the dialog did not open', result.error);
        resolve();
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      // Closed with its own ✕, or the page failed to load.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

/** Opens the task pane where the host lets a command do so (a shared runtime); false where it does not. */
export async function openTaskpane(): Promise<boolean> {
  const addin = (Office as { addin?: Partial<Office.Addin> }).addin;
  if (!hostSharesRuntime() || typeof addin?.showAsTaskpane !== 'function') return false;
  try {
    await addin.showAsTaskpane();
    return true;
  } catch (error) {
    console.warn('Tổng hợp (ribbon): the task pane did not open', error);
    return false;
  }
}

/** The dialog's text, Vietnamese first: a heading and its paragraphs for each language, then the details. */
export function dialogText(notice: Notice): { lang: 'vi' | 'en'; heading: string; paragraphs: string[] }[] {
  return (['vi', 'en'] as const).map((lang) => ({
    lang,
    heading: notice.title[lang],
    paragraphs: [notice.body?.[lang], notice.next?.[lang], lang === 'en' ? notice.details : undefined].filter((p): p is string => Boolean(p)),
  }));
}

const ACCENT: Record<Notice['intent'], string> = { success: '#107c10', info: '#0f6cbd', warning: '#bc4b09', error: '#c50f1f' };

/** Renders the notice into the dialog page, with a close button that tells the command the dialog is done. */
export function renderDialog(doc: Document, notice: Notice, close: () => void): void {
  doc.title = notice.title.vi;
  const body = doc.body;
  Object.assign(body.style, { margin: '0', padding: '16px 20px', font: '14px/1.45 "Segoe UI", system-ui, sans-serif', color: '#242424' });
  const main = doc.createElement('main');
  Object.assign(main.style, { borderLeft: `4px solid ${ACCENT[notice.intent]}`, paddingLeft: '12px' });
  for (const part of dialogText(notice)) {
    const section = doc.createElement('section');
    section.lang = part.lang;
    if (part.lang === 'en') Object.assign(section.style, { marginTop: '14px', color: '#424242', fontSize: '13px' });
    const heading = doc.createElement(part.lang === 'vi' ? 'h1' : 'h2');
    heading.textContent = part.heading;
    Object.assign(heading.style, { fontSize: part.lang === 'vi' ? '18px' : '15px', margin: '0 0 6px' });
    section.append(heading, ...part.paragraphs.map((text) => Object.assign(doc.createElement('p'), { textContent: text })));
    main.append(section);
  }
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = `${STRINGS.ribbonClose.vi} · ${STRINGS.ribbonClose.en}`;
  Object.assign(button.style, { marginTop: '16px', padding: '6px 18px', font: 'inherit' });
  button.addEventListener('click', close);
  body.replaceChildren(main, button);
  button.focus();
}
