/**
 * The ribbon's function commands handed to Office under the names the manifest's <FunctionName> gives
 * them. Whichever page Office loads as the function file calls this once Office is ready: the task
 * pane (taskpane.html), in the shared runtime or, where the host has none, as a hidden page of its own;
 * or commands.html, for a manifest installed before the shared runtime. The command itself (the engine,
 * the dialog) is a chunk loaded when the button is first pressed: registering adds nothing to the pane's
 * first paint, and a hidden function file is ready before any of the pane's chunks arrive.
 */
import { hostSharesRuntime } from './runtime';

type CommandModule = typeof import('./command');

/** The manifest's FunctionName of the Tổng hợp button. */
export const CONSOLIDATE_FUNCTION = 'consolidate';

const loadCommand = (): Promise<CommandModule> => import(/* webpackChunkName: "ribbon-command" */ './command');

export interface RibbonRegistration {
  /** Stands in for the command's chunk in tests. */
  load?: () => Promise<CommandModule>;
  /**
   * Called when a button is pressed on a host without a shared runtime: this page is then only the hidden function
   * file, so the pane it also draws is nobody's, and its reading of the workbook would only double the command's.
   */
  onlyFunctionFile?: () => void;
}

export function registerRibbonCommands({ load = loadCommand, onlyFunctionFile }: RibbonRegistration = {}): void {
  Office.actions.associate(CONSOLIDATE_FUNCTION, (event: Office.AddinCommands.Event) => {
    if (onlyFunctionFile && !hostSharesRuntime()) onlyFunctionFile();
    void consolidate(event, load);
  });
}

async function consolidate(event: Office.AddinCommands.Event, load: () => Promise<CommandModule>): Promise<void> {
  let command: CommandModule;
  try {
    command = await load();
  } catch (error) {
    // Nothing can say so on screen: the dialog's code is in the chunk that did not arrive.
    console.error('Tổng hợp (ribbon): the command could not be loaded', error);
    event.completed();
    return;
  }
  await command.consolidateCommand(event, location.href);
}
