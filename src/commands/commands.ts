// commands.html: the page of the ribbon command's dialog, opened with the message in its address
// (dialog.ts), which it words and closes. The function file is the task pane's page (taskpane.html,
// the shared runtime); this page still registers the command when it is loaded as the function file
// by a manifest installed before that, which Excel keeps until the add-in is installed again.
import { noticeOf, type RibbonMessage } from './message';
import { messageFromSearch, renderDialog } from './dialog';
import { registerRibbonCommands } from './register';

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
    registerRibbonCommands();
  });
}
