/** The ribbon's "Tổng hợp" button as Office calls it; commands.ts registers it. */
import { createOfficeGateway } from '../taskpane/gateway-loader';
import { localDateTime } from '../taskpane/dates';
import { runRibbon } from './outcome';
import { openTaskpane, showMessage } from './dialog';

/**
 * Consolidates (runRibbon), opens the task pane when the workbook has no campaign yet, shows what
 * came of it (`page`: the function file's address, which the dialog opens with the message), and
 * tells Office the command is done once the dialog is closed, whatever happened on the way.
 */
export async function consolidateCommand(event: Office.AddinCommands.Event, page: string): Promise<void> {
  try {
    const message = await runRibbon(createOfficeGateway(), localDateTime());
    if (message.kind === 'noCampaign') await openTaskpane();
    await showMessage(message, page);
  } catch (error) {
    console.error('Tổng hợp (ribbon): the outcome could not be shown', error);
  } finally {
    event.completed();
  }
}
