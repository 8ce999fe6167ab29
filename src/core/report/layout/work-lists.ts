/**
 * "Rà soát từng người": the door-to-door work lists (report/work-lists.ts) as one printable sheet, A4 portrait. One
 * block per village or unit, each starting on a page of its own; every page opens with the column header (repeated
 * by the print titles) and a line naming the village with its counts and "tờ 2/3", and a household cut by a page is
 * named again on the next. The layout paginates itself (rows of known height, a manual break before each page), so a
 * team's pages never carry another village's people. Ngày đến, Kết quả, Ghi chú are left for the team to fill in.
 */
import { formatCount, formatVnDate } from '../../format';
import type { CellSpec, CellStyle, PrintSetup, SheetSpec } from '../../sheetspec';
import { SHEET } from '../../vocabulary';
import { STEP_LABELS, type WorkGroupLabel, type WorkList, type WorkLists, type WorkPerson, type WorkStep } from '../work-lists';
import { WORK_LIST_COLUMNS } from '../own-sheets';
import { TEAM_COLUMNS } from '../work-list-sheet';
import { SheetBuilder, span } from './builder';
import { STYLES } from './styles';

const MARGINS: PrintSetup['margins'] = { top: 15, bottom: 15, left: 12, right: 10, header: 8, footer: 8 };
const PRINT: PrintSetup = { paper: 'A4', orientation: 'portrait', fitToWidth: true, margins: MARGINS, centerHorizontally: true };
const FONT = { name: 'Times New Roman', size: 11 };
const POINTS_PER_MM = 72 / 25.4;
/**
 * What a page holds below the repeated header, in points: A4's 297 mm less the margins, less a reserve for a host
 * that draws rows a little taller. Printing one page wide only ever shrinks the rows, so a page never overflows.
 */
const PAGE_BODY = (297 - MARGINS.top - MARGINS.bottom) * POINTS_PER_MM - 48;
const GROUP_HEIGHT = 18;
/** A person's row leaves room to write a result by hand. */
const ROW_MIN = 26;
const LINE = 13.5;

const WL_STYLES: Record<string, CellStyle> = {
  ...STYLES,
  band: { size: 11, bold: true, h: 'left', v: 'middle', wrap: true, border: true, fill: 'DDEBF7' },
  group: { size: 11, bold: true, italic: true, h: 'left', v: 'middle', border: true, fill: 'F2F2F2' },
  section: { size: 11, bold: true, h: 'left', v: 'middle', wrap: true, border: true, fill: 'FFF2CC' },
  cell: { size: 11, v: 'middle', border: true, wrap: true },
  cellCenter: { size: 11, h: 'center', v: 'middle', border: true },
  cellText: { size: 11, h: 'center', v: 'middle', border: true, numFmt: '@' },
  th: { size: 10, bold: true, h: 'center', v: 'middle', wrap: true, border: true, fill: 'E7EEF7' },
  notice: { size: 10, italic: true, h: 'left', v: 'top', wrap: true },
};

interface Column {
  header: string;
  width: number;
  style: string;
  value: (p: WorkPerson, n: number) => CellSpec['v'];
}

/** The steps as the sheet says them, once per distinct array (persons with the same steps share one: report/work-lists.ts). */
const STEP_TEXTS = new WeakMap<readonly WorkStep[], string>();
function stepText(steps: readonly WorkStep[]): string {
  let text = STEP_TEXTS.get(steps);
  if (text === undefined) STEP_TEXTS.set(steps, (text = steps.map((s) => STEP_LABELS[s].vi).join(', ')));
  return text;
}

const stepsValue = (p: WorkPerson) => stepText(p.steps);

/** The columns, the relation and phone only when some person listed has one. */
function columnsOf(shown: WorkLists['columns']): Column[] {
  const blank = () => null;
  const [stt, name, year, cccd, bhyt] = WORK_LIST_COLUMNS;
  const [visited, result, note] = TEAM_COLUMNS;
  return [
    { header: stt, width: 4, style: 'cellCenter', value: (_, n) => n },
    { header: name, width: 18, style: 'cell', value: (p) => p.name || '(không ghi tên)' },
    { header: year, width: 5, style: 'cellCenter', value: (p) => p.birthYear },
    { header: cccd, width: 6, style: 'cellText', value: (p) => p.cccdLast4 },
    { header: bhyt, width: 6, style: 'cellText', value: (p) => p.bhytLast4 },
    ...(shown.relation ? [{ header: 'Quan hệ với chủ hộ', width: 7, style: 'cell', value: (p: WorkPerson) => p.relation }] : []),
    ...(shown.phone ? [{ header: 'Điện thoại', width: 10.5, style: 'cellText', value: (p: WorkPerson) => p.phone }] : []),
    { header: 'Việc cần làm', width: 16, style: 'cell', value: stepsValue },
    { header: visited, width: 6.5, style: 'cellCenter', value: blank },
    { header: result, width: 9, style: 'cell', value: blank },
    { header: note, width: 8, style: 'cell', value: blank },
  ];
}

/**
 * Lines a text takes in a cell `width` wide, wrapped at spaces as a spreadsheet wraps it: about one character of
 * 11-point Times a unit of column width, 0.9 in bold (measured on LibreOffice's PDF); a little high on purpose, so a
 * row is never cut.
 */
function linesOf(text: string, width: number, size = 11, bold = false): number {
  const perLine = Math.max(1, Math.floor((width * (bold ? 0.9 : 1.0) * 11) / size));
  if (text.length <= perLine && !text.includes('\n')) return 1;
  let lines = 0;
  for (const part of text.split('\n')) {
    let used = -1;
    lines++;
    for (const word of part.split(' ')) {
      if (used >= 0 && used + 1 + word.length <= perLine) {
        used += 1 + word.length;
        continue;
      }
      if (used >= 0) lines++;
      lines += Math.max(0, Math.ceil(word.length / perLine) - 1);
      used = word.length > perLine ? ((word.length - 1) % perLine) + 1 : word.length;
    }
  }
  return lines;
}

const heightOf = (lines: number, least: number) => Math.max(least, Math.ceil(lines * LINE + 5));

/** Lines of each distinct steps array's text (shared between persons), per column width. */
const STEP_LINES = new WeakMap<readonly WorkStep[], Map<number, number>>();

function personHeight(p: WorkPerson, columns: readonly Column[]): number {
  let lines = 1;
  for (const c of columns) {
    if (c.style !== 'cell') continue;
    if (c.value === stepsValue) {
      let byWidth = STEP_LINES.get(p.steps);
      if (!byWidth) STEP_LINES.set(p.steps, (byWidth = new Map<number, number>()));
      let n = byWidth.get(c.width);
      if (n === undefined) byWidth.set(c.width, (n = linesOf(stepText(p.steps), c.width)));
      lines = Math.max(lines, n);
      continue;
    }
    const v = c.value(p, 0);
    if (typeof v === 'string') lines = Math.max(lines, linesOf(v, c.width));
  }
  return heightOf(lines, ROW_MIN);
}

function groupText(label: WorkGroupLabel, continued: boolean): string {
  const more = continued ? ' (tiếp theo)' : '';
  if (label.kind === 'class') return `Lớp ${label.name || '(không ghi lớp)'}${more}`;
  const number = label.number === null ? '' : `Hộ số ${label.number}`;
  const head = label.head === null ? '' : `Chủ hộ: ${label.head}`;
  return `${[number, head].filter(Boolean).join(' - ') || 'Hộ (danh sách không ghi số hộ, chủ hộ)'}${more}`;
}

const GUARDIAN_SECTION =
  'Người không có điện thoại thông minh hoặc có người giám hộ giữ tài khoản: ghi lại số định danh, số thẻ BHYT để tích hợp vào tài khoản của người giám hộ (con, cháu) sau này';

type Item =
  | { kind: 'section'; text: string; height: number }
  | { kind: 'group'; label: WorkGroupLabel; height: number; continued?: boolean }
  | { kind: 'person'; person: WorkPerson; n: number; height: number };

/** A list's rows in order: its households (or classes) and persons, then the guardian list under its own heading. */
function itemsOf(list: WorkList, columns: readonly Column[], width: number): Item[] {
  const items: Item[] = [];
  let n = 0;
  const groups = (gs: WorkList['groups']) => {
    for (const g of gs) {
      if (g.label) items.push({ kind: 'group', label: g.label, height: GROUP_HEIGHT });
      for (const person of g.people) items.push({ kind: 'person', person, n: ++n, height: personHeight(person, columns) });
    }
  };
  groups(list.groups);
  if (list.guardian.length > 0) {
    const text = `${GUARDIAN_SECTION} (${formatCount(list.guardianPeople)} người)`;
    items.push({ kind: 'section', text, height: heightOf(linesOf(`${text} (tiếp theo)`, width, 11, true), GROUP_HEIGHT) });
    groups(list.guardian);
  }
  return items;
}

/** Items on pages of `room` points (`first` on the sheet's first page); a heading cut off from its rows moves with them and a cut household is named again. */
function paginate(items: readonly Item[], room: number, first: number): Item[][] {
  const pages: Item[][] = [[]];
  let used = 0;
  let section: (Item & { kind: 'section' }) | null = null;
  let group: (Item & { kind: 'group' }) | null = null;
  items.forEach((item, i) => {
    const next = items[i + 1] as Item | undefined;
    const needed = item.height + (item.kind !== 'person' && next ? next.height : 0);
    if (used > 0 && used + needed > (pages.length === 1 ? first : room)) {
      pages.push([]);
      used = 0;
      if (item.kind === 'person') {
        for (const repeated of [section, group]) {
          if (repeated === null) continue;
          const again: Item = repeated.kind === 'section' ? { ...repeated, text: `${repeated.text} (tiếp theo)` } : { ...repeated, continued: true };
          pages[pages.length - 1].push(again);
          used += again.height;
        }
      }
    }
    if (item.kind === 'section') [section, group] = [item, null];
    else if (item.kind === 'group') group = item;
    pages[pages.length - 1].push(item);
    used += item.height;
  });
  return pages;
}

/** The line at the top of each of a list's pages: its name and page, and its counts. */
function bandText(list: WorkList, page: number, pages: number): string {
  const households = list.households > 0 ? `, ${formatCount(list.households)} hộ` : '';
  const steps = (Object.entries(list.byStep) as [WorkStep, number][]).map(([s, n]) => `${STEP_LABELS[s].vi}: ${formatCount(n)}`).join('; ');
  const parts = [`${formatCount(list.people)} người cần đến${households}${steps ? ` (${steps})` : ''}`];
  if (list.guardianPeople > 0) parts.push(`không có ĐTTM hoặc có người giám hộ: ${formatCount(list.guardianPeople)} người`);
  if (list.missingColumns.length > 0) parts.push(`danh sách thiếu cột ${list.missingColumns.map((c) => `"${c}"`).join(', ')}: chưa biết ai cần làm việc đó`);
  return `${list.name} - tờ ${page}/${pages}\n${parts.join('; ')}.`;
}

/** The title, what the list is, the Decree 13/2023 rule, and the villages and units with no one left to visit. */
function titleRows(b: SheetBuilder, work: WorkLists, last: number): number {
  let r = 0;
  b.merge(span(r, 0, r, last), 'DANH SÁCH RÀ SOÁT TỪNG NGƯỜI', 'title').height(r++, 22);
  b.merge(span(r, 0, r, last), `Những người còn việc phải làm theo các chỉ tiêu của ${work.campaign.name}, số liệu đến ngày ${formatVnDate(work.asOf)}`, 'periodWrap').height(r++, 34);
  const rule =
    'Chỉ dùng cho Tổ công tác đi từng ngõ, gõ từng nhà; không sao chép, không gửi qua mạng. Theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân, danh sách chỉ ghi những gì Tổ cần: họ tên, năm sinh, hộ, việc cần làm, số điện thoại (nếu danh sách có); số CCCD và số thẻ BHYT chỉ ghi 4 ký tự cuối. Tổ công tác ghi vào các cột Ngày đến, Kết quả, Ghi chú.';
  b.merge(span(r, 0, r, last), rule, 'notice').height(r++, 44);
  const done = work.lists.filter((l) => l.people + l.guardianPeople === 0 && l.missingColumns.length === 0).map((l) => l.name);
  const unknown = work.lists.filter((l) => l.people + l.guardianPeople === 0 && l.missingColumns.length > 0).map((l) => l.name);
  const lines = [
    ...(work.lists.length === 0 ? ['Không có danh sách nào của thôn, đơn vị đã chọn.'] : []),
    ...(done.length > 0 ? [`Không còn ai cần đến: ${done.join(', ')}.`] : []),
    ...(unknown.length > 0 ? [`Danh sách thiếu cột, chưa biết ai cần đến: ${unknown.join(', ')}.`] : []),
  ];
  for (const line of lines) b.merge(span(r, 0, r, last), line, 'notice').height(r++, 18);
  return r;
}

/** Per column, the one empty cell every row shares (a commune's work lists are tens of thousands of rows). */
const emptyCells = (columns: readonly Column[]): CellSpec[] => columns.map((c) => Object.freeze({ v: null, s: c.style }));

function writeItem(b: SheetBuilder, r: number, item: Item, columns: readonly Column[], empty: readonly CellSpec[]): void {
  const last = columns.length - 1;
  if (item.kind === 'person') {
    const rows = b.spec.rows;
    while (rows.length < r) rows.push([]);
    rows[r] = columns.map((c, col) => {
      const v = c.value(item.person, item.n);
      return v === null || v === '' ? empty[col] : { v, s: c.style };
    });
  } else if (item.kind === 'group') {
    b.merge(span(r, 0, r, last), groupText(item.label, item.continued ?? false), 'group');
  } else {
    b.merge(span(r, 0, r, last), item.text, 'section');
  }
  b.height(r, item.height);
}

export function layoutWorkLists(work: WorkLists): SheetSpec {
  const columns = columnsOf(work.columns);
  const empty = emptyCells(columns);
  const widths = columns.map((c) => c.width);
  const last = columns.length - 1;
  const total = widths.reduce((a, w) => a + w, 0);
  const b = new SheetBuilder(SHEET.workLists, WL_STYLES, widths, PRINT);
  b.spec.baseFont = FONT;
  const header = titleRows(b, work, last) + 1;
  b.height(header - 1, 8);
  const titleHeight = Object.values(b.spec.rowHeights ?? {}).reduce((a, h) => a + h, 0);
  columns.forEach((c, col) => b.set(header, col, c.header, 'th'));
  const headerHeight = Math.max(...columns.map((c) => Math.ceil(linesOf(c.header, c.width, 10, true) * 12 + 4)));
  b.height(header, headerHeight);
  let r = header + 1;
  const breaks: number[] = [];
  for (const list of work.lists.filter((l) => l.people + l.guardianPeople > 0)) {
    const bandHeight = heightOf(linesOf(bandText(list, 99, 99), total, 11, true), 32);
    const room = PAGE_BODY - headerHeight - bandHeight;
    const pages = paginate(itemsOf(list, columns, total), room, r === header + 1 ? room - titleHeight : room);
    pages.forEach((items, p) => {
      if (r > header + 1) breaks.push(r);
      b.merge(span(r, 0, r, last), bandText(list, p + 1, pages.length), 'band').height(r++, bandHeight);
      for (const item of items) writeItem(b, r++, item, columns, empty);
    });
  }
  b.spec.print = { ...PRINT, repeatRows: { from: header, to: header }, ...(breaks.length > 0 ? { rowBreaks: breaks } : {}) };
  b.spec.freeze = { rows: header + 1, columns: 0 };
  return b.spec;
}
