/**
 * Whether this host runs the ribbon's commands and the task pane in one runtime (SharedRuntime 1.1, where the
 * manifest's <Runtimes> takes effect). Where it does not, Office loads taskpane.html twice: once as the pane, once
 * hidden as the function file, and only the hidden copy is ever handed a command.
 */
export function hostSharesRuntime(): boolean {
  return Office.context.requirements.isSetSupported('SharedRuntime', '1.1');
}
