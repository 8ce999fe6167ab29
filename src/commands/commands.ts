// Function file of the ribbon's "Tổng hợp" button (manifest FunctionName "consolidate"): the pane's
// consolidation with the workbook's own campaign, run without opening the pane, its outcome shown in a
// dialog. The dialog is this same page opened with the message in its address (dialog.ts).
import { consolidateCommand } from './command';
import { noticeOf, type RibbonMessage } from './outcome';
import { messageFromSearch, renderDialog } from './dialog';

/** This page as a dialog: the message it was opened with, in words; closing it tells the command. */
function showDialogPage(message: RibbonMessage): void {
  renderDialog(document, noticeOf(message), () => {
    void Office.onReady(() => Office.context.ui.messageParent('close'));
  });
}

const dialogMessage = messageFromSearch(location.search);
if (dialogMessage) {
  showDialogPage(dialogMessage);
} else {
  void Office.onReady(() => {
    Office.actions.associate('consolidate', (event: Office.AddinCommands.Event) => {
      void consolidateCommand(event, location.href);
    });
  });
}
