/**
 * What a function command may use of Office's UI, recorded: Office.actions.associate (the functions a
 * page registers for the ribbon), the Dialog API (displayDialogAsync, the dialog's two events, close)
 * and, with a shared runtime, Office.addin.showAsTaskpane. Installed over the globals FakeExcel.install()
 * puts in place.
 */
type Handler = (arg: { message: string; origin: string | undefined } | { error: number }) => void;

export class FakeDialog {
  closed = false;
  private readonly handlers = new Map<string, Handler>();

  constructor(
    readonly url: string,
    readonly options: unknown,
  ) {}

  addEventHandler(type: string, handler: Handler): void {
    this.handlers.set(type, handler);
  }

  close(): void {
    this.closed = true;
  }

  /** The dialog page calls Office.context.ui.messageParent(message). */
  send(message: string): void {
    this.handlers.get(EVENT_TYPE.DialogMessageReceived)?.({ message, origin: new URL(this.url).origin });
  }

  /** The user closes the dialog with its ✕ (12006). */
  closeByUser(): void {
    this.closed = true;
    this.handlers.get(EVENT_TYPE.DialogEventReceived)?.({ error: 12006 });
  }
}

const EVENT_TYPE = { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' };
const STATUS = { Succeeded: 'succeeded', Failed: 'failed' };

export class FakeOfficeUi {
  readonly dialogs: FakeDialog[] = [];
  panesShown = 0;
  /** The error code the next displayDialogAsync fails with (12007: a dialog is already open), once. */
  failNextDialog: number | null = null;
  private waiting: ((dialog: FakeDialog) => void)[] = [];
  private readonly taken = new Set<FakeDialog>();

  /** What the page registered with Office.actions.associate, by function name. */
  readonly actions = new Map<string, (event: Office.AddinCommands.Event) => void>();
  /** Calls of Office.addin.showAsTaskpane, whether or not the pane opened. */
  paneRequests = 0;

  /** `sharedRuntime`: isSetSupported('SharedRuntime', '1.1'); `paneFails`: showAsTaskpane rejects (the host would not show it). */
  constructor(private readonly options: { sharedRuntime?: boolean; paneFails?: boolean } = {}) {}

  /** The next dialog opened (or the one already open and not yet awaited). */
  nextDialog(): Promise<FakeDialog> {
    const open = this.dialogs.find((d) => !this.taken.has(d));
    if (open) {
      this.taken.add(open);
      return Promise.resolve(open);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  install(): () => void {
    const office = (globalThis as { Office?: Record<string, unknown> }).Office as { context: Record<string, unknown> } & Record<string, unknown>;
    const requirements = office.context.requirements as { isSetSupported: (name: string, version?: string) => boolean };
    const before = { ui: office.context.ui, addin: office.addin, actions: office.actions, isSetSupported: requirements.isSetSupported };
    const excelSets = requirements.isSetSupported;
    requirements.isSetSupported = (name, version) => (name === 'SharedRuntime' ? Boolean(this.options.sharedRuntime) : excelSets(name, version));
    office.actions = {
      associate: (name: string, handler: (event: Office.AddinCommands.Event) => void) => {
        if (this.actions.has(name)) throw new Error(`"${name}" is registered twice`);
        this.actions.set(name, handler);
      },
    };
    office.EventType = EVENT_TYPE;
    office.AsyncResultStatus = STATUS;
    office.addin = {
      showAsTaskpane: () => {
        this.paneRequests++;
        if (this.options.paneFails) return Promise.reject(new Error('The task pane could not be shown.'));
        this.panesShown++;
        return Promise.resolve();
      },
    };
    office.context.ui = {
      displayDialogAsync: (url: string, options: unknown, callback: (result: unknown) => void) => {
        const failure = this.failNextDialog;
        this.failNextDialog = null;
        setTimeout(() => {
          if (failure !== null) return callback({ status: STATUS.Failed, error: { code: failure, message: 'The dialog did not open.' } });
          const dialog = new FakeDialog(url, options);
          this.dialogs.push(dialog);
          callback({ status: STATUS.Succeeded, value: dialog });
          const waiter = this.waiting.shift();
          if (waiter) {
            this.taken.add(dialog);
            waiter(dialog);
          }
        }, 0);
      },
    };
    return () => {
      office.context.ui = before.ui;
      office.addin = before.addin;
      office.actions = before.actions;
      requirements.isSetSupported = before.isSetSupported;
    };
  }
}
