/**
 * The ribbon's functions as the task pane's page (and commands.html) hand them to Office: exactly the
 * names the manifest's buttons call, the command's code loaded only when a button is pressed, and the
 * registered function running the command end to end against the recording fakes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONSOLIDATE_FUNCTION, registerRibbonCommands } from '../../src/commands/register';
import { messageFromSearch } from '../../src/commands/dialog';
import { FakeExcel } from '../excel/fake-excel';
import { addVillage } from '../excel/fixtures';
import { descendants, parseXml } from '../manifest/xml';
import { FakeOfficeUi } from './fake-office-ui';

const PAGE = 'https://localhost:3000/taskpane.html';

/** Every <FunctionName> the manifest's ExecuteFunction buttons call. */
function manifestFunctionNames(): string[] {
  const root = parseXml(readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8'));
  return [...descendants(root)].filter((element) => element.name === 'FunctionName').map((element) => element.text.trim());
}

let restore: (() => void)[] = [];
afterEach(() => {
  for (const undo of restore.reverse()) undo();
  restore = [];
});

function host(options: { sharedRuntime?: boolean } = {}) {
  const fake = new FakeExcel();
  restore.push(fake.install());
  const ui = new FakeOfficeUi(options);
  restore.push(ui.install());
  const g = globalThis as { location?: unknown };
  const location = g.location;
  g.location = { href: PAGE };
  restore.push(() => (g.location = location));
  return { fake, ui };
}

/** Calls the registered function as Office does (it returns nothing); `completed` settles when the command calls event.completed(). */
function press(ui: FakeOfficeUi, name = CONSOLIDATE_FUNCTION) {
  const handler = ui.actions.get(name);
  if (!handler) throw new Error(`nothing registered as "${name}"`);
  let done = () => undefined as void;
  const completed = new Promise<void>((resolve) => (done = resolve));
  const event = { completed: jest.fn(() => done()) };
  handler(event as unknown as Office.AddinCommands.Event);
  return { event, completed };
}

describe('the ribbon’s functions, registered by the page Office loads as the function file', () => {
  test('are exactly the functions the manifest’s buttons call', () => {
    const { ui } = host();
    registerRibbonCommands();
    expect(manifestFunctionNames()).toEqual([CONSOLIDATE_FUNCTION]);
    expect([...ui.actions.keys()]).toEqual(manifestFunctionNames());
  });

  test('load the command only when the button is pressed', async () => {
    const { ui } = host();
    const load = jest.fn(() => import('../../src/commands/command'));
    registerRibbonCommands({ load });
    expect(load).not.toHaveBeenCalled();
    const { completed } = press(ui);
    expect(load).toHaveBeenCalledTimes(1);
    (await ui.nextDialog()).send('close');
    await completed;
  });

  test('run the command: with a shared runtime and no campaign, the pane opens once, the dialog beside the page says so, and the command ends when it is closed', async () => {
    const { fake, ui } = host({ sharedRuntime: true });
    addVillage(fake, 'Thôn 1', 5);
    registerRibbonCommands();
    const { event, completed } = press(ui);
    const dialog = await ui.nextDialog();
    const url = new URL(dialog.url);
    expect(url.origin + url.pathname).toBe('https://localhost:3000/commands.html');
    expect(messageFromSearch(url.search)).toEqual({ kind: 'noCampaign', paneOpened: true });
    expect(ui.panesShown).toBe(1);
    expect(event.completed).not.toHaveBeenCalled();
    dialog.send('close');
    await completed;
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test('a command that cannot be loaded (the link dropped) still tells Office it is done, and says why on the console', async () => {
    const { ui } = host({ sharedRuntime: true });
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    registerRibbonCommands({ load: () => Promise.reject(new Error('Loading chunk ribbon-command failed.')) });
    const { event, completed } = press(ui);
    await completed;
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledWith('Tổng hợp (ribbon): the command could not be loaded', expect.any(Error));
    expect(ui.dialogs).toHaveLength(0);
    expect(ui.paneRequests).toBe(0);
    error.mockRestore();
  });

  test('say, on a press where the host has no shared runtime, that this page is only the hidden function file; never where it shares one', async () => {
    for (const sharedRuntime of [false, true]) {
      const { ui } = host({ sharedRuntime });
      const onlyFunctionFile = jest.fn();
      registerRibbonCommands({ onlyFunctionFile });
      expect(onlyFunctionFile).not.toHaveBeenCalled();
      const { completed } = press(ui);
      expect(onlyFunctionFile).toHaveBeenCalledTimes(sharedRuntime ? 0 : 1);
      (await ui.nextDialog()).send('close');
      await completed;
      for (const undo of restore.reverse()) undo();
      restore = [];
    }
  });
});
