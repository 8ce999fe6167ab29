/**
 * A small recording fake of the part of the Excel JavaScript API the adapter uses, so jest can run
 * the reader and the writer against in-memory workbooks. It behaves like Office.js where it matters:
 *   - calls only queue commands; they run, in order, at context.sync();
 *   - a property can be read only once it was loaded and a sync brought it back (PropertyNotLoaded);
 *   - a command that fails stops the batch there, and the commands before it stay applied;
 *   - values written into a cell are typed as Excel types them: "=…" becomes a formula, "001" a number,
 *     "2025-10-10" a date, unless the cell's number format is "@" (text);
 *   - APIs above the host's ExcelApi version fail with ApiNotFound;
 *   - a request or response above the payload limit (5 MB, like Excel on the web) is refused.
 * It records every sync (commands, request and response bytes) and can fail the n-th sync from now.
 * Empty and navigational loads are refused outright, to keep eslint-plugin-office-addins' rules.
 */

import { EXCEL_COLUMNS, EXCEL_ROWS } from '../../src/core/sheet-limits';

export type Value = string | number | boolean;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CellFormat {
  font: { name?: string; size?: number; bold?: boolean; italic?: boolean; underline?: string; color?: string };
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders: { top?: string; bottom?: string; left?: string; right?: string };
}

export interface ChartModel {
  type: string;
  source: string;
  title?: string;
  legendPosition?: string;
  series: { name?: string; values?: string; xValues?: string; chartType?: string }[];
  position?: { start: string; end?: string };
}

export interface PageLayoutModel {
  paperSize?: string;
  orientation?: string;
  zoom?: unknown;
  centerHorizontally?: boolean;
  margins?: { unit: string; options: unknown };
  printTitleRows?: string;
  headersFooters: { state?: string; firstPageCenterHeader?: string; defaultCenterHeader?: string };
}

/** Each sheet's existing rows, as of its rowsAdded count (outside the model, so a snapshot of a sheet is its cells only). */
const PRESENT_ROWS = new WeakMap<SheetModel, { at: number; values: number[]; numberFormats: number[] }>();

/** One worksheet: cells as rows of values and number formats, and what else the adapter sets. */
export class SheetModel {
  values: Value[][] = [];
  numberFormats: string[][] = [];
  formulas = new Map<string, string>();
  formats = new Map<string, CellFormat>();
  merges: Rect[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  freeze: { rows: number; columns: number } | null = null;
  autoFilter: string | null = null;
  /** Rows and columns hidden by hand or by a filter (zero-based sheet indexes), and whether a filter is what hides rows. */
  hiddenRows = new Set<number>();
  hiddenColumns = new Set<number>();
  filterHidesRows = false;
  conditionalFormats: { address: string; type: string; dataBar: Record<string, unknown> }[] = [];
  dataValidations: { address: string; rule: unknown }[] = [];
  tables: { address: string; hasHeaders: boolean }[] = [];
  charts: ChartModel[] = [];
  tabColor = '';
  pageLayout: PageLayoutModel | null = null;
  /** Zero-based rows with a manual page break above them (horizontalPageBreaks.add), in the order added. */
  rowBreaks: number[] = [];

  constructor(public name: string) {}

  value(r: number, c: number): Value {
    return this.values[r]?.[c] ?? '';
  }

  numberFormat(r: number, c: number): string {
    return this.numberFormats[r]?.[c] ?? 'General';
  }

  setValue(r: number, c: number, v: Value): void {
    if (r >= EXCEL_ROWS || c >= EXCEL_COLUMNS) throw new Error(`fake: Excel has no cell beyond XFD1048576 (row ${r + 1}, column ${c + 1})`);
    if (!this.values[r]) this.rowsAdded++;
    (this.values[r] ??= [])[c] = v;
  }

  setNumberFormat(r: number, c: number, f: string): void {
    if (!this.numberFormats[r]) this.rowsAdded++;
    (this.numberFormats[r] ??= [])[c] = f;
  }

  /** Rows added since the sheet was made: the rows that exist (PRESENT_ROWS) are looked up again only after one was. */
  private rowsAdded = 0;

  /** The indexes of the rows that exist, ascending: a sheet with a value in row 1,048,576 has a few, not a million. */
  private rowsOf(which: 'values' | 'numberFormats'): number[] {
    let present = PRESENT_ROWS.get(this);
    if (present?.at !== this.rowsAdded) {
      const keys = (rows: unknown[][]) => Object.keys(rows).map(Number).filter(Number.isInteger);
      present = { at: this.rowsAdded, values: keys(this.values), numberFormats: keys(this.numberFormats) };
      PRESENT_ROWS.set(this, present);
    }
    return present[which];
  }

  format(r: number, c: number): CellFormat {
    const key = `${r},${c}`;
    let f = this.formats.get(key);
    if (!f) this.formats.set(key, (f = { font: {}, borders: {} }));
    return f;
  }

  /**
   * Bounding box of non-empty values (valuesOnly), or of anything set, within `within` (default: the
   * whole sheet); null when there is none. Only the rows and columns of `within` are looked at.
   */
  usedRect(valuesOnly: boolean, within?: Rect): Rect | null {
    let rect: Rect | null = null;
    const include = (r: number, c: number) => {
      if (!rect) rect = { top: r, left: c, bottom: r, right: c };
      else {
        rect.top = Math.min(rect.top, r);
        rect.bottom = Math.max(rect.bottom, r);
        rect.left = Math.min(rect.left, c);
        rect.right = Math.max(rect.right, c);
      }
    };
    const scan = <T>(which: 'values' | 'numberFormats', used: (v: T) => boolean) => {
      const rows = this[which] as T[][];
      if (!within) {
        rows.forEach((row, r) => row?.forEach((v, c) => used(v) && include(r, c)));
        return;
      }
      const present = this.rowsOf(which);
      let lo = 0;
      for (let hi = present.length; lo < hi; ) {
        const mid = (lo + hi) >> 1;
        if (present[mid] < within.top) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < present.length && present[i] <= within.bottom; i++) {
        const row = rows[present[i]];
        for (let c = within.left; c <= Math.min(within.right, row.length - 1); c++) if (c in row && used(row[c])) include(present[i], c);
      }
    };
    scan<Value>('values', (v) => v !== '' && v !== undefined);
    if (!valuesOnly) {
      scan<string>('numberFormats', (f) => f !== 'General');
      for (const key of this.formats.keys()) {
        const [r, c] = key.split(',').map(Number);
        if (!within || (r >= within.top && r <= within.bottom && c >= within.left && c <= within.right)) include(r, c);
      }
    }
    return rect;
  }
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export interface SyncRecord {
  index: number;
  commands: number;
  requestBytes: number;
  responseBytes: number;
  /** requestBytes + responseBytes: what one round trip carried. */
  payloadBytes: number;
  calculationSuspended: boolean;
  screenUpdatingSuspended: boolean;
}

interface Command {
  requestBytes: number;
  /** Runs against the workbook; returns a commit for what a load brings back (delivered only if the sync succeeds). */
  run(): { responseBytes: number; commit(): void } | void;
}

interface Failure {
  afterCommands?: number;
  code: string;
}

const FORBIDDEN_NAME = /[\\/?*[\]:]/;
const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

function bytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

function versionAtLeast(have: string, need: string): boolean {
  const [a1, a2] = have.split('.').map(Number);
  const [b1, b2] = need.split('.').map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

// ---------------------------------------------------------------- A1 addresses

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function colLetters(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(rect: Rect): string {
  if (rect.left === 0 && rect.right === EXCEL_COLUMNS - 1) return `${rect.top + 1}:${rect.bottom + 1}`;
  if (rect.top === 0 && rect.bottom === EXCEL_ROWS - 1) return `${colLetters(rect.left)}:${colLetters(rect.right)}`;
  const tl = `${colLetters(rect.left)}${rect.top + 1}`;
  return rect.top === rect.bottom && rect.left === rect.right ? tl : `${tl}:${colLetters(rect.right)}${rect.bottom + 1}`;
}

/** "B3", "B3:F20", "$B$3:$F$20", "5:9", "B:D", optionally "Sheet!…". */
export function parseA1(address: string): Rect {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '').trim();
  const [from, to = from] = local.split(':');
  const cell = /^([A-Z]+)(\d+)$/;
  const a = cell.exec(from);
  const b = cell.exec(to);
  if (a && b) {
    return {
      top: Math.min(+a[2], +b[2]) - 1,
      bottom: Math.max(+a[2], +b[2]) - 1,
      left: Math.min(colIndex(a[1]), colIndex(b[1])),
      right: Math.max(colIndex(a[1]), colIndex(b[1])),
    };
  }
  if (/^\d+$/.test(from) && /^\d+$/.test(to)) return { top: +from - 1, bottom: +to - 1, left: 0, right: EXCEL_COLUMNS - 1 };
  if (/^[A-Z]+$/.test(from) && /^[A-Z]+$/.test(to)) return { top: 0, bottom: EXCEL_ROWS - 1, left: colIndex(from), right: colIndex(to) };
  throw new FakeOfficeError('InvalidArgument', `The address "${address}" is not valid.`);
}

function sheetAddress(sheet: string, rect: Rect): string {
  const quoted = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${a1(rect)}`;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function excelSerial(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

// ---------------------------------------------------------------- the fake host

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the host supports (default 1.12). */
  apiVersion?: string;
  /** Largest request or response one sync may carry (default 5 MB, Excel on the web). */
  maxPayloadBytes?: number;
  /** More syncs than this fail the test: a loop that stopped advancing is caught by counting, not by a timeout. */
  maxSyncs?: number;
}

export class FakeExcel {
  readonly sheets: SheetModel[] = [];
  active: SheetModel | null = null;
  selection: { sheet: string; address: string } | null = null;
  readonly createdWorkbooks: string[] = [];
  readonly syncs: SyncRecord[] = [];
  readonly apiVersion: string;
  readonly maxPayloadBytes: number;
  readonly maxSyncs: number;
  private readonly failures = new Map<number, Failure>();

  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? '1.12';
    this.maxPayloadBytes = options.maxPayloadBytes ?? 5 * 1024 * 1024;
    this.maxSyncs = options.maxSyncs ?? Infinity;
  }

  // ----- setting up and inspecting the workbook

  /** Adds a sheet holding `rows` from `origin` (zero-based), with optional number formats of the same shape. */
  addSheet(name: string, rows: Value[][] = [], options: { formats?: string[][]; origin?: { row: number; col: number } } = {}): SheetModel {
    const sheet = new SheetModel(name);
    const { row = 0, col = 0 } = options.origin ?? {};
    rows.forEach((cells, r) =>
      cells.forEach((v, c) => {
        if (v !== '') sheet.setValue(row + r, col + c, v);
        const f = options.formats?.[r]?.[c];
        if (f && f !== 'General') sheet.setNumberFormat(row + r, col + c, f);
      }),
    );
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  sheet(name: string): SheetModel {
    const s = this.find(name);
    if (!s) throw new Error(`fake: no sheet "${name}"`);
    return s;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** A deep copy of a sheet, to compare before and after. */
  snapshot(name: string): SheetModel {
    return structuredClone(this.sheet(name));
  }

  cell(sheet: string, address: string): { value: Value; formula?: string; numberFormat: string; format?: CellFormat } {
    const s = this.sheet(sheet);
    const { top, left } = parseA1(address);
    return { value: s.value(top, left), formula: s.formulas.get(`${top},${left}`), numberFormat: s.numberFormat(top, left), format: s.formats.get(`${top},${left}`) };
  }

  /** Makes the n-th sync from now (1 = the next one) fail after `afterCommands` of its commands (default: half of them). */
  failSync(nth: number, options: { afterCommands?: number; code?: string } = {}): void {
    this.failures.set(this.syncs.length + nth, { afterCommands: options.afterCommands, code: options.code ?? 'GeneralException' });
  }

  resetRecords(): void {
    this.syncs.length = 0;
  }

  context(): Excel.RequestContext {
    return new FakeContext(this) as unknown as Excel.RequestContext;
  }

  supports(version: string): boolean {
    return versionAtLeast(this.apiVersion, version);
  }

  /** Installs the globals Office.js provides (Office.context.requirements, Excel.run, Excel.createWorkbook); returns the uninstaller. */
  install(): () => void {
    const g = globalThis as Record<string, unknown>;
    const before = { Office: g.Office, Excel: g.Excel };
    g.Office = { context: { requirements: { isSetSupported: (name: string, version?: string) => name === 'ExcelApi' && this.supports(version ?? '1.1') } } };
    g.Excel = {
      run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
        const context = new FakeContext(this);
        const result = await batch(context as unknown as Excel.RequestContext);
        if (context.pending() > 0) await context.sync();
        return result;
      },
      createWorkbook: async (base64?: string) => {
        if (!this.supports('1.8')) throw new FakeOfficeError('ApiNotFound', 'Excel.createWorkbook needs ExcelApi 1.8.');
        this.createdWorkbooks.push(base64 ?? '');
      },
    };
    return () => {
      g.Office = before.Office;
      g.Excel = before.Excel;
    };
  }

  // ----- used by the proxies

  find(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  checkName(name: string, self?: SheetModel): void {
    if (!name || name.length > 31 || FORBIDDEN_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new FakeOfficeError('InvalidArgument', `"${name}" is not a valid sheet name.`);
    }
    const other = this.find(name);
    if (other && other !== self) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
  }

  async runSync(commands: Command[], flags: { calc: boolean; screen: boolean }): Promise<void> {
    await Promise.resolve();
    const index = this.syncs.length + 1;
    if (index > this.maxSyncs) throw new Error(`fake: sync ${index} is more than the test allows (${this.maxSyncs}): a loop that does not advance?`);
    const requestBytes = commands.reduce((n, c) => n + c.requestBytes, 0);
    const record: SyncRecord = {
      index,
      commands: commands.length,
      requestBytes,
      responseBytes: 0,
      payloadBytes: requestBytes,
      calculationSuspended: flags.calc,
      screenUpdatingSuspended: flags.screen,
    };
    this.syncs.push(record);
    if (requestBytes > this.maxPayloadBytes) throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    const failure = this.failures.get(index);
    const stop = failure ? Math.min(commands.length, failure.afterCommands ?? Math.floor(commands.length / 2)) : commands.length;
    const commits: (() => void)[] = [];
    for (let i = 0; i < stop; i++) {
      const out = commands[i].run();
      if (out) {
        record.responseBytes += out.responseBytes;
        commits.push(out.commit);
      }
    }
    record.payloadBytes = requestBytes + record.responseBytes;
    if (failure) throw new FakeOfficeError(failure.code, `Injected failure at sync ${index}.`);
    if (record.responseBytes > this.maxPayloadBytes) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    for (const commit of commits) commit();
  }
}

// ---------------------------------------------------------------- request context and proxies

function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  private queue: Command[] = [];
  flags = { calc: false, screen: false };

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }

  pending(): number {
    return this.queue.length;
  }

  enqueue(requestBytes: number, run: Command['run']): void {
    this.queue.push({ requestBytes, run });
  }

  /** Queues a property write: applied at sync. */
  write(what: string, value: unknown, apply: () => void): void {
    this.enqueue(bytes([what, value]) + 40, () => {
      apply();
    });
  }

  /** Queues a command that fails because the host lacks the requirement set. */
  requires(version: string, api: string): boolean {
    if (this.excel.supports(version)) return true;
    this.enqueue(40, () => {
      throw new FakeOfficeError('ApiNotFound', `${api} needs ExcelApi ${version}.`);
    });
    return false;
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    const flags = this.flags;
    this.queue = [];
    this.flags = { calc: false, screen: false };
    await this.excel.runSync(commands, flags);
  }
}

/** Properties a proxy may load; anything else (an empty or navigational load) is a mistake the fake refuses. */
function loadList(props: string | string[] | undefined, allowed: readonly string[]): string[] {
  const list = (Array.isArray(props) ? props : (props ?? '').split(',')).map((p) => p.trim()).filter(Boolean);
  if (list.length === 0) throw new Error('fake: empty load() (no-empty-load): name the properties you read');
  for (const p of list) if (!allowed.includes(p)) throw new Error(`fake: load("${p}") is not supported (no-navigational-load / load only what you read)`);
  return list;
}

class Loaded {
  protected readonly loaded = new Map<string, unknown>();

  protected get<T>(property: string): T {
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as T;
  }
}

class FakeApplication {
  constructor(private readonly context: FakeContext) {}

  suspendApiCalculationUntilNextSync(): void {
    if (this.context.requires('1.6', 'suspendApiCalculationUntilNextSync')) this.context.flags.calc = true;
  }

  suspendScreenUpdatingUntilNextSync(): void {
    if (this.context.requires('1.9', 'suspendScreenUpdatingUntilNextSync')) this.context.flags.screen = true;
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;

  constructor(context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
  }
}

class FakeWorksheetCollection extends Loaded {
  constructor(private readonly context: FakeContext) {
    super();
  }

  get items(): FakeWorksheet[] {
    return this.get<FakeWorksheet[]>('items');
  }

  load(props?: string | string[]): this {
    const list = loadList(props, ['items/name', 'items/position', 'items/visibility']).map((p) => p.slice('items/'.length));
    const excel = this.context.excel;
    this.context.enqueue(40, () => {
      const data = excel.sheets.map((s, position) => ({ s, name: s.name, position, visibility: 'Visible' }));
      return {
        responseBytes: bytes(data.map((d) => list.map((p) => d[p as 'name']))),
        commit: () =>
          this.loaded.set(
            'items',
            data.map((d) => FakeWorksheet.bound(this.context, d.s, Object.fromEntries(list.map((p) => [p, d[p as 'name']])))),
          ),
      };
    });
    return this;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const s = this.context.excel.find(name);
      if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource "${name}" doesn't exist.`);
      return s;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.context, () => this.context.excel.find(name) ?? null);
    this.context.enqueue(40, () => {
      ws.resolve();
    });
    return ws;
  }

  add(name: string): FakeWorksheet {
    let created: SheetModel | null = null;
    const ws = new FakeWorksheet(this.context, () => {
      if (!created) throw new FakeOfficeError('InvalidReference', 'The sheet was never added.');
      return created;
    });
    this.context.write('worksheets.add', name, () => {
      const excel = this.context.excel;
      excel.checkName(name);
      created = new SheetModel(name);
      excel.sheets.push(created);
    });
    return ws;
  }
}

class FakeWorksheet extends Loaded {
  private model: SheetModel | null | undefined;

  constructor(
    private readonly context: FakeContext,
    private readonly resolver: () => SheetModel | null,
  ) {
    super();
  }

  static bound(context: FakeContext, sheet: SheetModel, props: Record<string, unknown>): FakeWorksheet {
    const ws = new FakeWorksheet(context, () => sheet);
    ws.model = sheet;
    for (const [k, v] of Object.entries(props)) ws.loaded.set(k, v);
    return ws;
  }

  /** The sheet, resolved when a command first needs it (as Office.js resolves proxies at sync). */
  resolve(): SheetModel | null {
    if (this.model === undefined) this.model = this.resolver();
    return this.model;
  }

  sheet(): SheetModel {
    const s = this.resolve();
    if (!s || !this.context.excel.sheets.includes(s)) throw new FakeOfficeError('ItemNotFound', 'The worksheet does not exist (any more).');
    return s;
  }

  get isNullObject(): boolean {
    if (this.model === undefined) throw notLoaded('isNullObject');
    return this.model === null;
  }

  get name(): string {
    return this.get<string>('name');
  }

  set name(value: string) {
    this.context.write('name', value, () => {
      const s = this.sheet();
      this.context.excel.checkName(value, s);
      s.name = value;
    });
  }

  get position(): number {
    return this.get<number>('position');
  }

  set position(value: number) {
    this.context.write('position', value, () => {
      const s = this.sheet();
      const list = this.context.excel.sheets;
      if (value < 0 || value >= list.length) throw new FakeOfficeError('InvalidArgument', `Position ${value} is out of range.`);
      list.splice(list.indexOf(s), 1);
      list.splice(value, 0, s);
    });
  }

  get visibility(): string {
    return this.get<string>('visibility');
  }

  set tabColor(value: string) {
    if (this.context.requires('1.7', 'Worksheet.tabColor')) this.context.write('tabColor', value, () => void (this.sheet().tabColor = value));
  }

  load(props?: string | string[]): this {
    const list = loadList(props, ['name', 'position', 'visibility']);
    this.context.enqueue(40, () => {
      const s = this.sheet();
      const data: Record<string, unknown> = { name: s.name, position: this.context.excel.sheets.indexOf(s), visibility: 'Visible' };
      return { responseBytes: bytes(list.map((p) => data[p])), commit: () => list.forEach((p) => this.loaded.set(p, data[p])) };
    });
    return this;
  }

  delete(): void {
    this.context.write('delete', null, () => {
      const excel = this.context.excel;
      const s = this.sheet();
      if (excel.sheets.length === 1) throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      excel.sheets.splice(excel.sheets.indexOf(s), 1);
      if (excel.active === s) excel.active = excel.sheets[0];
    });
  }

  activate(): void {
    this.context.write('activate', null, () => void (this.context.excel.active = this.sheet()));
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, this, () => (address ? parseA1(address) : { top: 0, left: 0, bottom: EXCEL_ROWS - 1, right: EXCEL_COLUMNS - 1 }));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this.context.requires('1.7', 'Worksheet.getRangeByIndexes');
    return new FakeRange(this.context, this, () => {
      if (rowCount < 1 || columnCount < 1) throw new FakeOfficeError('InvalidArgument', 'A range needs at least one row and one column.');
      return { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
    });
  }

  getRanges(address: string): FakeRangeAreas {
    this.context.requires('1.9', 'Worksheet.getRanges');
    return new FakeRangeAreas(this.context, this, address.split(',').map((a) => parseA1(a)));
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, this, () => this.sheet().usedRect(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.context.requires('1.4', 'Worksheet.getUsedRangeOrNullObject');
    return new FakeRange(this.context, this, () => this.sheet().usedRect(valuesOnly));
  }

  get freezePanes() {
    this.context.requires('1.7', 'Worksheet.freezePanes');
    const set = (rows: number, columns: number) => this.context.write('freezePanes', [rows, columns], () => void (this.sheet().freeze = { rows, columns }));
    return {
      freezeRows: (count = 1) => set(count, 0),
      freezeColumns: (count = 1) => set(0, count),
      freezeAt: (range: FakeRange | string) => {
        const rect = typeof range === 'string' ? () => parseA1(range) : () => range.rect();
        this.context.write('freezeAt', String(range), () => {
          const r = rect();
          this.sheet().freeze = { rows: r.bottom + 1, columns: r.right + 1 };
        });
      },
    };
  }

  get autoFilter() {
    this.context.requires('1.9', 'Worksheet.autoFilter');
    const loaded = new Map<string, unknown>();
    const filter = {
      apply: (range: FakeRange | string) =>
        this.context.write('autoFilter.apply', String(range), () => void (this.sheet().autoFilter = typeof range === 'string' ? range : a1(range.rect()))),
      load: (props?: string | string[]) => {
        const list = loadList(props, ['enabled', 'isDataFiltered']);
        this.context.enqueue(40, () => {
          const sheet = this.sheet();
          const data: Record<string, unknown> = { enabled: sheet.autoFilter !== null, isDataFiltered: sheet.autoFilter !== null && sheet.filterHidesRows };
          return { responseBytes: bytes(data), commit: () => list.forEach((p) => loaded.set(p, data[p])) };
        });
        return filter;
      },
      get isDataFiltered(): boolean {
        if (!loaded.has('isDataFiltered')) throw notLoaded('isDataFiltered');
        return loaded.get('isDataFiltered') as boolean;
      },
    };
    return filter;
  }

  get tables() {
    return {
      add: (address: FakeRange | string, hasHeaders: boolean) =>
        this.context.write('tables.add', [String(address), hasHeaders], () => {
          const s = this.sheet();
          const rect = typeof address === 'string' ? parseA1(address) : address.rect();
          if (s.tables.some((t) => overlaps(parseA1(t.address), rect))) throw new FakeOfficeError('InvalidArgument', 'Tables cannot overlap.');
          s.tables.push({ address: a1(rect), hasHeaders });
        }),
    };
  }

  get charts() {
    return {
      add: (type: string, source: FakeRange, seriesBy?: string): FakeChart => {
        const chart = new FakeChart(this.context);
        this.context.write('charts.add', [type, String(source), seriesBy], () => {
          const rect = source.rect();
          const model: ChartModel = { type, source: a1(rect), series: [] };
          for (let c = rect.left; c <= rect.right; c++) model.series.push({ values: a1({ ...rect, left: c, right: c }) });
          this.sheet().charts.push(model);
          chart.model = model;
        });
        return chart;
      },
    };
  }

  get horizontalPageBreaks() {
    this.context.requires('1.9', 'Worksheet.horizontalPageBreaks');
    return {
      // Office.js: a page break before the top-left cell of the range.
      add: (range: FakeRange | string) =>
        this.context.write('horizontalPageBreaks.add', String(range), () => {
          const s = this.sheet();
          const top = (typeof range === 'string' ? parseA1(range) : range.rect()).top;
          if (top === 0) throw new FakeOfficeError('InvalidArgument', 'A page break cannot be above the first row.');
          if (!s.rowBreaks.includes(top)) s.rowBreaks.push(top);
        }),
    };
  }

  get pageLayout(): FakePageLayout {
    this.context.requires('1.9', 'Worksheet.pageLayout');
    return new FakePageLayout(this.context, () => (this.sheet().pageLayout ??= { headersFooters: {} }));
  }

  override toString(): string {
    return `Worksheet(${this.model?.name ?? '?'})`;
  }
}

class FakeRange extends Loaded {
  private cached: Rect | null | undefined;

  constructor(
    private readonly context: FakeContext,
    private readonly worksheet: FakeWorksheet,
    private readonly resolver: () => Rect | null,
  ) {
    super();
  }

  /** The cells, resolved when a command first needs them. */
  rectOrNull(): Rect | null {
    if (this.cached === undefined) this.cached = this.resolver();
    return this.cached;
  }

  rect(): Rect {
    const r = this.rectOrNull();
    if (!r) throw new FakeOfficeError('InvalidReference', 'The range is a null object.');
    return r;
  }

  sheet(): SheetModel {
    return this.worksheet.sheet();
  }

  get isNullObject(): boolean {
    if (this.cached === undefined) throw notLoaded('isNullObject');
    return this.cached === null;
  }

  get values(): Value[][] {
    return this.get<Value[][]>('values');
  }

  set values(v: (Value | null)[][]) {
    this.context.write('values', v, () => {
      const r = this.rect();
      this.checkShape(v, r);
      const s = this.sheet();
      v.forEach((row, i) => row.forEach((value, j) => value !== null && typeCell(s, r.top + i, r.left + j, value)));
    });
  }

  get numberFormat(): string[][] {
    return this.get<string[][]>('numberFormat');
  }

  set numberFormat(f: (string | null)[][]) {
    this.context.write('numberFormat', f, () => {
      const r = this.rect();
      this.checkShape(f, r);
      const s = this.sheet();
      f.forEach((row, i) => row.forEach((format, j) => format !== null && s.setNumberFormat(r.top + i, r.left + j, format)));
    });
  }

  get address(): string {
    return this.get<string>('address');
  }

  get rowCount(): number {
    return this.get<number>('rowCount');
  }

  get columnCount(): number {
    return this.get<number>('columnCount');
  }

  get rowHidden(): boolean | null {
    return this.get<boolean | null>('rowHidden');
  }

  get columnHidden(): boolean | null {
    return this.get<boolean | null>('columnHidden');
  }

  /** A column or row of this range (zero-based within it), as Range.getColumn / getRow. */
  getColumn(i: number): FakeRange {
    return new FakeRange(this.context, this.worksheet, () => {
      const r = this.rect();
      return { ...r, left: r.left + i, right: r.left + i };
    });
  }

  getRow(i: number): FakeRange {
    return new FakeRange(this.context, this.worksheet, () => {
      const r = this.rect();
      return { ...r, top: r.top + i, bottom: r.top + i };
    });
  }

  /** The used range within this range (ExcelApi 1.4), computed from the cells set: the box around them, or a null object. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.context.requires('1.4', 'Range.getUsedRangeOrNullObject');
    return new FakeRange(this.context, this.worksheet, () => this.sheet().usedRect(valuesOnly, this.rect()));
  }

  /** The visible cells of this range (ExcelApi 1.3): what hidden rows and columns leave. */
  getVisibleView(): FakeRangeView {
    this.context.requires('1.3', 'Range.getVisibleView');
    return new FakeRangeView(this.context, () => ({ rect: this.rect(), sheet: this.sheet() }));
  }

  load(props?: string | string[]): this {
    const list = loadList(props, ['values', 'numberFormat', 'address', 'rowCount', 'columnCount', 'rowHidden', 'columnHidden']);
    this.context.enqueue(40, () => {
      const r = this.rectOrNull();
      if (!r) return { responseBytes: 4, commit: () => undefined };
      const s = this.sheet();
      const data: Record<string, unknown> = {};
      // All hidden, none, or some (null), as Excel answers for a range.
      const tri = (set: ReadonlySet<number>, from: number, to: number) => {
        let n = 0;
        for (let i = from; i <= to; i++) if (set.has(i)) n++;
        return n === 0 ? false : n === to - from + 1 ? true : null;
      };
      for (const p of list) {
        if (p === 'values') data.values = grid(r, (i, j) => s.value(i, j));
        if (p === 'numberFormat') data.numberFormat = grid(r, (i, j) => s.numberFormat(i, j));
        if (p === 'address') data.address = sheetAddress(s.name, r);
        if (p === 'rowCount') data.rowCount = r.bottom - r.top + 1;
        if (p === 'columnCount') data.columnCount = r.right - r.left + 1;
        if (p === 'rowHidden') data.rowHidden = tri(s.hiddenRows, r.top, r.bottom);
        if (p === 'columnHidden') data.columnHidden = tri(s.hiddenColumns, r.left, r.right);
      }
      return { responseBytes: bytes(data), commit: () => list.forEach((p) => this.loaded.set(p, data[p])) };
    });
    return this;
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, () => [this.rect()], () => this.sheet());
  }

  merge(across = false): void {
    this.context.write('merge', [String(this), across], () => {
      const r = this.rect();
      const s = this.sheet();
      if (s.merges.some((m) => overlaps(m, r))) throw new FakeOfficeError('InvalidOperation', 'Cannot merge over a merged range.');
      s.merges.push(r);
    });
  }

  get dataValidation() {
    this.context.requires('1.8', 'Range.dataValidation');
    const write = (rule: unknown) =>
      this.context.write('dataValidation.rule', rule, () => void this.sheet().dataValidations.push({ address: a1(this.rect()), rule }));
    return {
      set rule(rule: unknown) {
        write(rule);
      },
    };
  }

  get conditionalFormats() {
    this.context.requires('1.6', 'Range.conditionalFormats');
    return {
      add: (type: string) => {
        const dataBar: Record<string, unknown> = {};
        this.context.write('conditionalFormats.add', type, () =>
          this.sheet().conditionalFormats.push({ address: a1(this.rect()), type, dataBar }),
        );
        const set = (key: string) => (value: unknown) => this.context.write(`dataBar.${key}`, value, () => void (dataBar[key] = value));
        return {
          dataBar: {
            set lowerBoundRule(v: unknown) {
              set('lowerBoundRule')(v);
            },
            set upperBoundRule(v: unknown) {
              set('upperBoundRule')(v);
            },
            positiveFormat: {
              set fillColor(v: unknown) {
                set('fillColor')(v);
              },
              set gradientFill(v: unknown) {
                set('gradientFill')(v);
              },
            },
          },
        };
      },
    };
  }

  select(): void {
    this.context.write('select', String(this), () => {
      const s = this.sheet();
      this.context.excel.selection = { sheet: s.name, address: a1(this.rect()) };
    });
  }

  private checkShape(v: unknown[][], r: Rect): void {
    const rows = r.bottom - r.top + 1;
    const cols = r.right - r.left + 1;
    if (v.length !== rows || v.some((row) => row.length !== cols)) {
      throw new FakeOfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`);
    }
  }

  override toString(): string {
    return this.cached ? a1(this.cached) : 'Range';
  }
}

class FakeRangeView extends Loaded {
  constructor(
    private readonly context: FakeContext,
    private readonly resolve: () => { rect: Rect; sheet: SheetModel },
  ) {
    super();
  }

  get cellAddresses(): string[][] {
    return this.get<string[][]>('cellAddresses');
  }

  load(props?: string | string[]): this {
    const list = loadList(props, ['cellAddresses']);
    this.context.enqueue(40, () => {
      const { rect: r, sheet: s } = this.resolve();
      const rows: string[][] = [];
      for (let i = r.top; i <= r.bottom; i++) {
        if (s.hiddenRows.has(i)) continue;
        const cells: string[] = [];
        for (let j = r.left; j <= r.right; j++) if (!s.hiddenColumns.has(j)) cells.push(sheetAddress(s.name, { top: i, left: j, bottom: i, right: j }));
        if (cells.length > 0) rows.push(cells);
      }
      const data = { cellAddresses: rows };
      return { responseBytes: bytes(data), commit: () => list.forEach((p) => this.loaded.set(p, data[p as 'cellAddresses'])) };
    });
    return this;
  }
}

class FakeRangeAreas {
  constructor(
    private readonly context: FakeContext,
    private readonly worksheet: FakeWorksheet,
    private readonly rects: Rect[],
  ) {}

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, () => this.rects, () => this.worksheet.sheet());
  }
}

/** Format writes apply cell by cell over every target rectangle. */
class FakeRangeFormat {
  constructor(
    private readonly context: FakeContext,
    private readonly targets: () => Rect[],
    private readonly sheet: () => SheetModel,
  ) {}

  private each(what: string, value: unknown, apply: (f: CellFormat, r: number, c: number, rect: Rect) => void): void {
    this.context.write(what, value, () => {
      const s = this.sheet();
      for (const rect of this.targets()) {
        if (rect.right - rect.left >= EXCEL_COLUMNS - 1 || rect.bottom - rect.top >= EXCEL_ROWS - 1) throw new Error(`fake: cell formats on whole rows or columns are not modelled (${what})`);
        for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) apply(s.format(r, c), r, c, rect);
      }
    });
  }

  get font() {
    const font = (key: keyof CellFormat['font']) => (value: unknown) => this.each(`font.${key}`, value, (f) => ((f.font as Record<string, unknown>)[key] = value));
    return {
      set name(v: string) {
        font('name')(v);
      },
      set size(v: number) {
        font('size')(v);
      },
      set bold(v: boolean) {
        font('bold')(v);
      },
      set italic(v: boolean) {
        font('italic')(v);
      },
      set underline(v: string) {
        font('underline')(v);
      },
      set color(v: string) {
        font('color')(v);
      },
    };
  }

  get fill() {
    const each = this.each.bind(this);
    return {
      set color(v: string) {
        each('fill.color', v, (f) => (f.fill = v));
      },
    };
  }

  set horizontalAlignment(v: string) {
    this.each('horizontalAlignment', v, (f) => (f.horizontalAlignment = v));
  }

  set verticalAlignment(v: string) {
    this.each('verticalAlignment', v, (f) => (f.verticalAlignment = v));
  }

  set wrapText(v: boolean) {
    this.each('wrapText', v, (f) => (f.wrapText = v));
  }

  set columnWidth(points: number) {
    this.context.write('columnWidth', points, () => {
      for (const rect of this.targets()) for (let c = rect.left; c <= rect.right; c++) this.sheet().columnWidths.set(c, points);
    });
  }

  set rowHeight(points: number) {
    this.context.write('rowHeight', points, () => {
      for (const rect of this.targets()) for (let r = rect.top; r <= rect.bottom; r++) this.sheet().rowHeights.set(r, points);
    });
  }

  get borders() {
    const each = this.each.bind(this);
    return {
      getItem: (index: string) => ({
        set style(style: string) {
          each(`borders.${index}`, style, (f, r, c, rect) => {
            const b = f.borders;
            if (index === 'EdgeTop' && r === rect.top) b.top = style;
            if (index === 'EdgeBottom' && r === rect.bottom) b.bottom = style;
            if (index === 'EdgeLeft' && c === rect.left) b.left = style;
            if (index === 'EdgeRight' && c === rect.right) b.right = style;
            if (index === 'InsideHorizontal') {
              if (rect.top === rect.bottom) throw new FakeOfficeError('InvalidArgument', 'A one-row range has no inside horizontal border.');
              if (r < rect.bottom) b.bottom = style;
              if (r > rect.top) b.top = style;
            }
            if (index === 'InsideVertical') {
              if (rect.left === rect.right) throw new FakeOfficeError('InvalidArgument', 'A one-column range has no inside vertical border.');
              if (c < rect.right) b.right = style;
              if (c > rect.left) b.left = style;
            }
          });
        },
      }),
    };
  }
}

class FakePageLayout {
  constructor(
    private readonly context: FakeContext,
    private readonly model: () => PageLayoutModel,
  ) {}

  private set<K extends keyof PageLayoutModel>(key: K, value: PageLayoutModel[K]): void {
    this.context.write(`pageLayout.${key}`, value, () => void (this.model()[key] = value));
  }

  set paperSize(v: string) {
    this.set('paperSize', v);
  }

  set orientation(v: string) {
    this.set('orientation', v);
  }

  set zoom(v: unknown) {
    this.set('zoom', v);
  }

  set centerHorizontally(v: boolean) {
    this.set('centerHorizontally', v);
  }

  setPrintMargins(unit: string, options: unknown): void {
    this.set('margins', { unit, options });
  }

  setPrintTitleRows(rows: string): void {
    this.set('printTitleRows', rows);
  }

  get headersFooters() {
    const write = (key: keyof PageLayoutModel['headersFooters'], value: string) =>
      this.context.write(`headersFooters.${key}`, value, () => void (this.model().headersFooters[key] = value));
    return {
      set state(v: string) {
        write('state', v);
      },
      firstPage: {
        set centerHeader(v: string) {
          write('firstPageCenterHeader', v);
        },
      },
      defaultForAllPages: {
        set centerHeader(v: string) {
          write('defaultCenterHeader', v);
        },
      },
    };
  }
}

class FakeChart {
  model: ChartModel | null = null;

  constructor(private readonly context: FakeContext) {}

  private chart(): ChartModel {
    if (!this.model) throw new FakeOfficeError('InvalidReference', 'The chart was never added.');
    return this.model;
  }

  get title() {
    const write = (v: string) => this.context.write('chart.title', v, () => void (this.chart().title = v));
    return {
      set text(v: string) {
        write(v);
      },
    };
  }

  get legend() {
    const write = (v: string) => this.context.write('chart.legend', v, () => void (this.chart().legendPosition = v));
    return {
      set position(v: string) {
        write(v);
      },
    };
  }

  get series() {
    const context = this.context;
    const seriesAt = (index: () => number) => {
      const write = (what: string, value: unknown, apply: (s: ChartModel['series'][number]) => void) =>
        context.write(what, value, () => {
          const s = this.chart().series[index()];
          if (!s) throw new FakeOfficeError('ItemNotFound', 'No such series.');
          apply(s);
        });
      return {
        set name(v: string) {
          write('series.name', v, (s) => (s.name = v));
        },
        set chartType(v: string) {
          if (context.requires('1.7', 'ChartSeries.chartType')) write('series.chartType', v, (s) => (s.chartType = v));
        },
        setValues: (range: FakeRange) => {
          if (context.requires('1.7', 'ChartSeries.setValues')) write('series.setValues', String(range), (s) => (s.values = a1(range.rect())));
        },
        setXAxisValues: (range: FakeRange) => {
          if (context.requires('1.7', 'ChartSeries.setXAxisValues')) write('series.setXAxisValues', String(range), (s) => (s.xValues = a1(range.rect())));
        },
      };
    };
    return {
      getItemAt: (i: number) => seriesAt(() => i),
      add: (name?: string) => {
        context.requires('1.7', 'ChartSeriesCollection.add');
        let index = -1;
        context.write('series.add', name, () => {
          const list = this.chart().series;
          list.push({ name });
          index = list.length - 1;
        });
        return seriesAt(() => index);
      },
    };
  }

  setPosition(start: string, end?: string): void {
    this.context.write('chart.setPosition', [start, end], () => void (this.chart().position = { start, end }));
  }
}

function grid<T>(r: Rect, cell: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let i = r.top; i <= r.bottom; i++) {
    const row: T[] = new Array(r.right - r.left + 1);
    for (let j = r.left; j <= r.right; j++) row[j - r.left] = cell(i, j);
    out.push(row);
  }
  return out;
}

/** What Excel makes of a value written through Range.values into a cell with its current number format. */
function typeCell(s: SheetModel, r: number, c: number, v: Value): void {
  const key = `${r},${c}`;
  s.formulas.delete(key);
  if (typeof v !== 'string' || s.numberFormat(r, c) === '@' || v === '') {
    s.setValue(r, c, v);
    return;
  }
  if (v.startsWith("'")) {
    s.setValue(r, c, v.slice(1));
    return;
  }
  if (NUMBER.test(v)) {
    s.setValue(r, c, Number(v));
    return;
  }
  if (/^[=+\-@]/.test(v)) {
    s.formulas.set(key, v.startsWith('=') ? v : `=${v}`);
    s.setValue(r, c, '#NAME?');
    return;
  }
  if (/^(true|false)$/i.test(v)) {
    s.setValue(r, c, v.toLowerCase() === 'true');
    return;
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (iso || us) {
    s.setValue(r, c, iso ? excelSerial(+iso[1], +iso[2], +iso[3]) : excelSerial(+us![3], +us![1], +us![2]));
    s.setNumberFormat(r, c, 'm/d/yyyy');
    return;
  }
  s.setValue(r, c, v);
}
