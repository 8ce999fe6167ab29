/** The ribbon's "Tổng hợp" button as Office calls it; register.ts hands it to Office, loaded when first pressed. */
import { createOfficeGateway } from '../taskpane/gateway-loader';
import { localDateTime } from '../taskpane/dates';
import { runRibbon } from './outcome';
import { openTaskpane, showMessage } from './dialog';
import { announceWorkbookChanged } from './runtime';

/**
 * Consolidates (runRibbon), opens the task pane when the workbook has no campaign yet (where a shared
 * runtime lets a command do so), shows what came of it in a dialog beside `page` (the function file's
 * address), and tells Office the command is done once the dialog is closed, whatever happened on the way.
 */
export async function consolidateCommand(event: Office.AddinCommands.Event, page: string): Promise<void> {
  try {
    const message = await runRibbon(createOfficeGateway(), localDateTime());
    // An open pane in the same runtime reads the workbook again: its sheet list now shows the report just written.
    if (message.kind === 'written') announceWorkbookChanged();
    const shown = message.kind === 'noCampaign' && (await openTaskpane()) ? { ...message, paneOpened: true as const } : message;
    await showMessage(shown, page);
  } catch (error) {
    console.error('Tổng hợp (ribbon): the outcome could not be shown', error);
  } finally {
    event.completed();
  }
}
