/**
 * ISSUE 14 §1: who is who on the police's working list ("Lỗi dữ liệu") from one run to the next, in both
 * doors: the command line on a report the police edited in a spreadsheet, and the add-in on a workbook
 * (the recording Excel fake). People are matched on a normalised key (the CCCD as restored, else the
 * BHYT's last 10, else name + birth date + village, two people of the same key told apart by where they
 * are on their list); a status typed in free text is kept as typed; a row that cannot be matched is kept,
 * never marked "Đã xử lý" by itself.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/run';
import { ReportModel } from '../../src/core/report/model';
import { createOfficeGateway } from '../../src/excel/office-gateway';
import { consolidateWorkbook } from '../../src/taskpane/pipeline';
import { PRESETS } from '../../src/core/campaign/presets';
import { FakeExcel, type Value } from '../excel/fake-excel';
import { LIST_HEADER, cccd, personRow, type PersonRow } from '../helpers/lists';

const BO_Y = PRESETS['bo-y-2025'];
const dir = mkdtempSync(join(tmpdir(), 'sskdt-matching-'));
const quiet = { out: () => undefined, err: () => undefined };

// Two different people of Thôn 1 with the same name and birth year, neither with a usable CCCD (5 digits).
const anOld = { name: 'Nguyễn Văn An', birth: '1950', cccd: '12345' };
const anYoung = { name: 'Nguyễn Văn An', birth: '1950', cccd: '67890' };
const anOldFixed = { ...anOld, cccd: cccd(1950, true, 1) };

// ----- the command line: lists and reports as files, the report edited with an independent spreadsheet library

let files = 0;
async function listFile(sheets: Record<string, PersonRow[]>): Promise<string> {
  const path = join(dir, `lists-${++files}.xlsx`);
  const wb = new ExcelJS.Workbook();
  for (const [name, people] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    ws.addRow([...LIST_HEADER]);
    people.forEach((p, i) => ws.addRow(personRow(p, i + 1)));
  }
  await wb.xlsx.writeFile(path);
  return path;
}

/** Runs the command line; returns the report's path and its JSON model. */
async function cli(lists: string, asOf: string, history: string[] = []): Promise<{ report: string; model: ReportModel }> {
  const report = join(dir, `report-${++files}.xlsx`);
  const json = `${report}.json`;
  const args = [lists, '--campaign', 'bo-y-2025', '--as-of', asOf, '--now', `${asOf}T09:00`, '--out', report, '--json', json, '--quiet'];
  for (const h of history) args.push('--history', h);
  expect(await runCli(args, quiet)).toBe(0);
  return { report, model: ReportModel.parse(JSON.parse(readFileSync(json, 'utf8'))) };
}

/** Edits the working list of a report file as a person would: by the row's name (the n-th of that name) and the column's header. */
async function editReport(report: string, edits: { name: string; nth?: number; header: string; value: ExcelJS.CellValue }[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(report);
  const ws = wb.getWorksheet('Lỗi dữ liệu');
  if (!ws) throw new Error('no working list');
  let header = 0;
  ws.eachRow((row, r) => {
    if (header === 0 && row.values instanceof Array && row.values.includes('Trạng thái')) header = r;
  });
  const columnOf = (h: string) => (ws.getRow(header).values as ExcelJS.CellValue[]).indexOf(h);
  for (const e of edits) {
    const rows: number[] = [];
    ws.eachRow((row, r) => {
      if (r > header && row.getCell(columnOf('Họ và tên')).value === e.name) rows.push(r);
    });
    ws.getRow(rows[(e.nth ?? 1) - 1]).getCell(columnOf(e.header)).value = e.value;
  }
  const edited = report.replace(/\.xlsx$/, '-edited.xlsx');
  await wb.xlsx.writeFile(edited);
  return edited;
}

/** The working list's "Trạng thái" cells of a report file, by name, in sheet order. */
async function statusCells(report: string, name: string): Promise<ExcelJS.CellValue[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(report);
  const ws = wb.getWorksheet('Lỗi dữ liệu');
  if (!ws) throw new Error('no working list');
  const out: ExcelJS.CellValue[] = [];
  ws.eachRow((row) => {
    if (row.getCell(2).value === name) out.push(row.getCell(10).value);
  });
  return out;
}

const rowsOf = (model: ReportModel, name: string) => model.mismatches.filter((m) => m.name === name);

// ----- the add-in: the same workbook in the recording Excel fake

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function workbook(sheets: Record<string, PersonRow[]>): FakeExcel {
  const fake = new FakeExcel();
  uninstall = fake.install();
  for (const [name, people] of Object.entries(sheets)) putList(fake, name, people);
  return fake;
}

/** Writes a list into the fake, as a village would paste it (IDs as text). */
function putList(fake: FakeExcel, name: string, people: PersonRow[]): void {
  const rows: Value[][] = [[...LIST_HEADER], ...people.map((p, i) => personRow(p, i + 1) as Value[])];
  const existing = fake.sheets.find((s) => s.name === name);
  if (existing) {
    existing.values = [];
    rows.forEach((cells, r) => cells.forEach((v, c) => existing.setValue(r, c, v)));
    return;
  }
  fake.addSheet(name, rows, { formats: rows.map((cells) => cells.map((_, c) => (c === 4 || c === 5 ? '@' : 'General'))) });
}

async function addIn(asOf: string) {
  const outcome = await consolidateWorkbook(createOfficeGateway(), { campaign: BO_Y, asOf, madeAt: `${asOf}T09:00` });
  if (outcome.refused) throw new Error(`refused: ${outcome.refused.code}`);
  return outcome.model;
}

/** Sets a cell of the fake's working list by the row's name (the n-th of that name) and the column's header. */
function typeInto(fake: FakeExcel, name: string, header: string, value: Value, nth = 1): void {
  const ws = fake.sheet('Lỗi dữ liệu');
  const h = ws.values.findIndex((row) => row?.includes('Trạng thái'));
  const rows = ws.values.map((row, r) => (r > h && row?.[1] === name ? r : -1)).filter((r) => r >= 0);
  ws.setValue(rows[nth - 1], ws.values[h].indexOf(header), value);
}

function statusesInSheet(fake: FakeExcel, name: string): Value[] {
  const ws = fake.sheet('Lỗi dữ liệu');
  const h = ws.values.findIndex((row) => row?.includes('Trạng thái'));
  const col = ws.values[h].indexOf('Trạng thái');
  return ws.values.filter((row, r) => r > h && row?.[1] === name).map((row) => row[col]);
}

describe('two different people with the same name and birth date, neither with a usable ID', () => {
  test('command line: one row each, and the one still unfixed never shows "Đã xử lý"', async () => {
    const first = await cli(await listFile({ 'Thôn 1': [anOld, anYoung] }), '2025-10-20');
    expect(rowsOf(first.model, 'Nguyễn Văn An').map((m) => m.places)).toEqual([['Thôn 1!E2'], ['Thôn 1!E3']]);
    // The police fix the elder's record and say so; the village corrects his CCCD on its list.
    const worked = await editReport(first.report, [{ name: 'Nguyễn Văn An', nth: 1, header: 'Trạng thái', value: 'Đã xử lý' }]);
    const second = await cli(await listFile({ 'Thôn 1': [anOldFixed, anYoung] }), '2025-10-22', [worked]);
    const young = rowsOf(second.model, 'Nguyễn Văn An').find((m) => m.cccd === '67890');
    expect(young).toMatchObject({ status: 'open', current: true, places: ['Thôn 1!E3'] });
    expect(await statusCells(second.report, 'Nguyễn Văn An')).toEqual(['Đã xử lý', 'Chưa xử lý']);
  });

  test('add-in: one row each, and the one still unfixed never shows "Đã xử lý"', async () => {
    const fake = workbook({ 'Thôn 1': [anOld, anYoung] });
    const first = await addIn('2025-10-20');
    expect(rowsOf(first, 'Nguyễn Văn An')).toHaveLength(2);
    typeInto(fake, 'Nguyễn Văn An', 'Trạng thái', 'Đã xử lý', 1);
    putList(fake, 'Thôn 1', [anOldFixed, anYoung]);
    const second = await addIn('2025-10-22');
    expect(rowsOf(second, 'Nguyễn Văn An').find((m) => m.cccd === '67890')).toMatchObject({ status: 'open', current: true });
    expect(statusesInSheet(fake, 'Nguyễn Văn An')).toEqual(['Đã xử lý', 'Chưa xử lý']);
  });

  test('sorted by the police in between, each keeps the status set for them', async () => {
    const fake = workbook({ 'Thôn 1': [anOld, anYoung] });
    await addIn('2025-10-20');
    typeInto(fake, 'Nguyễn Văn An', 'Trạng thái', 'Không xử lý được', 2);
    // Sorted by hand: the younger's row first.
    const ws = fake.sheet('Lỗi dữ liệu');
    const h = ws.values.findIndex((row) => row?.includes('Trạng thái'));
    [ws.values[h + 1], ws.values[h + 2]] = [ws.values[h + 2], ws.values[h + 1]];
    const second = await addIn('2025-10-22');
    expect(rowsOf(second, 'Nguyễn Văn An').map((m) => [m.cccd, m.status])).toEqual([
      ['67890', 'impossible'],
      ['12345', 'open'],
    ]);
  });
});

describe('a status the police type in their own words', () => {
  const typed = 'Đang xác minh với Công an huyện';

  test('command line: kept as typed on every later run, counted as not yet resolved, with a note at the cell', async () => {
    const lists = await listFile({ 'Thôn 1': [anOld] });
    const first = await cli(lists, '2025-10-20');
    const worked = await editReport(first.report, [{ name: 'Nguyễn Văn An', header: 'Trạng thái', value: typed }]);
    const second = await cli(lists, '2025-10-21', [worked]);
    expect(rowsOf(second.model, 'Nguyễn Văn An')).toMatchObject([{ status: 'open', statusText: typed }]);
    expect(await statusCells(second.report, 'Nguyễn Văn An')).toEqual([typed]);
    const note = second.model.issues.find((i) => i.sheet === 'Lỗi dữ liệu' && i.row !== null);
    expect(note).toMatchObject({ code: 'WORKING_STATUS_KEPT', column: 'J' });
    expect(note?.message).toContain('giữ nguyên');
    // A third run reads the second's report: still as typed.
    const third = await cli(lists, '2025-10-22', [second.report]);
    expect(await statusCells(third.report, 'Nguyễn Văn An')).toEqual([typed]);
  });

  test('add-in: kept as typed on every later run', async () => {
    const fake = workbook({ 'Thôn 1': [anOld] });
    await addIn('2025-10-20');
    typeInto(fake, 'Nguyễn Văn An', 'Trạng thái', typed);
    await addIn('2025-10-21');
    await addIn('2025-10-22');
    expect(statusesInSheet(fake, 'Nguyễn Văn An')).toEqual([typed]);
  });
});

describe('a list on a sheet whose name holds "!"', () => {
  test('command line: a person without a usable ID keeps the status the police set', async () => {
    const lists = await listFile({ 'Xóm 1!': [anOld] });
    const first = await cli(lists, '2025-10-20');
    expect(rowsOf(first.model, 'Nguyễn Văn An')).toMatchObject([{ places: ['Xóm 1!!E2'] }]);
    const worked = await editReport(first.report, [{ name: 'Nguyễn Văn An', header: 'Trạng thái', value: 'Không xử lý được' }]);
    const second = await cli(lists, '2025-10-22', [worked]);
    expect(rowsOf(second.model, 'Nguyễn Văn An')).toMatchObject([{ status: 'impossible', current: true }]);
  });

  test('add-in: a person without a usable ID keeps the status the police set', async () => {
    const fake = workbook({ 'Xóm 1!': [anOld] });
    await addIn('2025-10-20');
    typeInto(fake, 'Nguyễn Văn An', 'Trạng thái', 'Không xử lý được');
    const second = await addIn('2025-10-22');
    expect(rowsOf(second, 'Nguyễn Văn An')).toMatchObject([{ status: 'impossible', current: true }]);
  });
});

describe('an earlier row whose person cannot be found again', () => {
  // The village corrected a typo in the name ("Nguyễn Văn Anh" → "Nguyễn Văn An"): without a usable ID, nobody can tell it is him.
  const typo = { ...anOld, name: 'Nguyễn Văn Anh' };

  test('command line: kept, still "Chưa xử lý", said to be no longer found; never "Đã xử lý" by itself', async () => {
    const first = await cli(await listFile({ 'Thôn 1': [typo] }), '2025-10-20');
    const second = await cli(await listFile({ 'Thôn 1': [anOld] }), '2025-10-22', [first.report]);
    expect(rowsOf(second.model, 'Nguyễn Văn Anh')).toMatchObject([{ status: 'open', current: false, notFound: true, resolvedOn: '' }]);
    expect(rowsOf(second.model, 'Nguyễn Văn An')).toMatchObject([{ status: 'open', current: true }]);
    expect(await statusCells(second.report, 'Nguyễn Văn Anh')).toEqual(['Chưa xử lý']);
    // The identity mismatch indicator would not count it as resolved.
    expect(second.model.mismatches.filter((m) => m.status === 'done')).toEqual([]);
  });

  test('add-in: a village that sends its list without the person leaves the row open, said to be no longer found', async () => {
    const fake = workbook({ 'Thôn 1': [anOld, { name: 'Trần Thị Bình', birth: '1960', cccd: cccd(1960, false, 2) }] });
    await addIn('2025-10-20');
    putList(fake, 'Thôn 1', [{ name: 'Trần Thị Bình', birth: '1960', cccd: cccd(1960, false, 2) }]);
    const second = await addIn('2025-10-22');
    expect(rowsOf(second, 'Nguyễn Văn An')).toMatchObject([{ status: 'open', notFound: true }]);
    const ws = fake.sheet('Lỗi dữ liệu');
    expect(ws.values.some((row) => row.some((v) => typeof v === 'string' && v.includes('Không còn tìm thấy')))).toBe(true);
    expect(statusesInSheet(fake, 'Nguyễn Văn An')).toEqual(['Chưa xử lý']);
  });

  test('a problem fixed on the list, the person still there, is resolved on the as-of date', async () => {
    const first = await cli(await listFile({ 'Thôn 1': [anOld] }), '2025-10-20');
    const second = await cli(await listFile({ 'Thôn 1': [anOldFixed] }), '2025-10-22', [first.report]);
    expect(rowsOf(second.model, 'Nguyễn Văn An')).toMatchObject([{ status: 'done', resolvedOn: '22/10/2025', current: false }]);
  });
});
