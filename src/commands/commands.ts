// Function file of the ribbon's "Tổng hợp" button (manifest FunctionName "consolidate"): the pane's
// consolidation, run without opening the pane.
import { consolidateWorkbook } from '../taskpane/pipeline';
import { campaignForRibbon } from '../taskpane/campaign-store';
import { createOfficeGateway } from '../taskpane/gateway-loader';
import { localDateTime } from '../taskpane/dates';
import { defaultAsOf } from '../taskpane/report-period';

/**
 * Reads the lists with the campaign stored in the workbook (or the default preset when none is
 * stored) as of the pane's default date (the week just ended while its report is not yet due, else
 * today), writes the report, and shows the outcome by selecting the report's first sheet,
 * or, when the engine refuses to write (a list has a report sheet's name), the list to rename.
 *
 * A function command has no surface of its own to explain a failure (notification messages exist in
 * Outlook only). On failure nothing is written (the gateway replaces report sheets atomically, so the
 * previous report stays as it was), the error goes to the console for whoever debugs the add-in, and
 * the user, seeing no new report selected, opens the pane, whose "Tổng hợp" shows the same failure
 * as a message with what to do next.
 */
async function consolidate(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const gateway = createOfficeGateway();
    const campaign = await campaignForRibbon(gateway);
    const now = localDateTime();
    const outcome = await consolidateWorkbook(gateway, { campaign, asOf: defaultAsOf(campaign, now), madeAt: now });
    if (outcome.refused) {
      // Nothing was written: selecting the list to rename shows where the problem is; the pane explains it.
      console.warn('Tổng hợp (ribbon): not written, rename', outcome.refused.sheets);
      await gateway.selectCell(outcome.refused.sheets[0], 'A1');
    } else {
      await gateway.selectCell(outcome.specs[0].name, 'A1');
    }
  } catch (error) {
    console.error('Tổng hợp (ribbon) failed; open the pane and press Tổng hợp for the explanation.', error);
  } finally {
    event.completed();
  }
}

void Office.onReady(() => {
  Office.actions.associate('consolidate', (event: Office.AddinCommands.Event) => {
    void consolidate(event);
  });
});
