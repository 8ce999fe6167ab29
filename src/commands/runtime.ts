/**
 * Whether this host runs the ribbon's commands and the task pane in one runtime (SharedRuntime 1.1, where the
 * manifest's <Runtimes> takes effect). Where it does not, Office loads taskpane.html twice: once as the pane, once
 * hidden as the function file, and only the hidden copy is ever handed a command.
 */
export function hostSharesRuntime(): boolean {
  return Office.context.requirements.isSetSupported('SharedRuntime', '1.1');
}

/**
 * What the ribbon's command tells the pane it shares a runtime with. One module, so one bus: the command's chunk is
 * loaded by the pane's page and finds this module already there.
 */
const WORKBOOK_CHANGED = 'sskdt:workbook-changed';
const bus = new EventTarget();

/** Tells a pane in the same runtime that the ribbon's command was at the workbook (it may have written a report). */
export function announceWorkbookChanged(): void {
  bus.dispatchEvent(new Event(WORKBOOK_CHANGED));
}

/** Calls `listener` each time the ribbon's command was at the workbook; returns how to stop listening. */
export function onWorkbookChanged(listener: () => void): () => void {
  bus.addEventListener(WORKBOOK_CHANGED, listener);
  return () => bus.removeEventListener(WORKBOOK_CHANGED, listener);
}
