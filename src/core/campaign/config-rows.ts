/**
 * The campaign as rows of the "Cấu hình" sheet (label | value, one setting a row, a list one item a row or a cell),
 * and those rows read back into a campaign: pure, so the add-in and the tests read a sheet the same way. A value
 * that cannot be read, and whatever the schema refuses, is reported with the row it came from.
 */
import type { CellValue, Grid } from '../grid';
import { cellAddress, sheetColumnOf } from '../grid';
import { foldKey } from '../text/fold';
import { readYesNo, showYesNo } from './config-values';
import { CAMPAIGN_SECTIONS, ENTITY_HEADER, ENTITY_LABELS, HEADING_LABELS, INDICATOR_FIELDS, INDICATOR_LABEL, type Field } from './config-fields';
import { type CampaignProblem, formatIssuePath } from './load';
import type { Campaign, EntityOverride } from './schema';
import { SHEET } from '../vocabulary';

export type ConfigRowKind = 'section' | 'header' | 'indicator' | 'editable' | 'value';

export interface ConfigRow {
  label: string;
  values: CellValue[];
  kind: ConfigRowKind;
  /** Written right of the values, never read back. */
  note?: string;
}

type Json = Record<string, unknown>;

function getPath(object: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((o, key) => (o !== null && typeof o === 'object' ? (o as Json)[key] : undefined), object);
}

function fieldRows(field: Field, object: unknown): ConfigRow[] {
  const value = getPath(object, field.path);
  const kind: ConfigRowKind = field.editable ? 'editable' : 'value';
  if (field.perRow) {
    const items = Array.isArray(value) ? (value as unknown[]) : [];
    if (items.length === 0) return field.always ? [{ label: field.label, values: [''], kind }] : [];
    return items.map((item) => ({ label: field.label, values: field.codec.show(item), kind }));
  }
  if (value === undefined && !field.always) return [];
  const note = field.codec.note?.(value);
  return [{ label: field.label, values: field.codec.show(value), kind, ...(note ? { note } : {}) }];
}

function entityRows(entities: readonly EntityOverride[]): ConfigRow[] {
  const rows: ConfigRow[] = [{ label: ENTITY_HEADER[0], values: ENTITY_HEADER.slice(1), kind: 'header' }];
  for (const e of entities) {
    const values: CellValue[] = [e.sheet, e.name ?? '', showYesNo(e.exclude)];
    rows.push({ label: ENTITY_LABELS[e.kind ?? 'none'], values, kind: 'editable' });
  }
  // An empty list still shows where a village and a unit are typed in.
  if (entities.length === 0) for (const label of [ENTITY_LABELS.village, ENTITY_LABELS.unit]) rows.push({ label, values: [''], kind: 'editable' });
  return rows;
}

/** Which of an indicator's rows belong to its source. */
export function fieldsOf(source: string): Field[] {
  return INDICATOR_FIELDS.filter((f) => !f.sources || f.sources.includes(source));
}

export function campaignToRows(campaign: Campaign): ConfigRow[] {
  const rows: ConfigRow[] = [];
  for (const section of CAMPAIGN_SECTIONS) {
    rows.push({ label: section.title, values: [], kind: 'section' });
    for (const field of section.fields) rows.push(...fieldRows(field, campaign));
  }
  rows.push({ label: HEADING_LABELS[2], values: [], kind: 'section' }, ...entityRows(campaign.entities));
  rows.push({ label: HEADING_LABELS[3], values: [], kind: 'section' });
  for (const ind of campaign.indicators) {
    rows.push({ label: INDICATOR_LABEL, values: [ind.id], kind: 'indicator' });
    for (const field of fieldsOf(ind.source)) rows.push(...fieldRows(field, ind));
  }
  return rows;
}

// ---------------------------------------------------------------- reading

type Known =
  | { what: 'campaign'; field: Field }
  | { what: 'indicatorField'; field: Field }
  | { what: 'entity'; kind: keyof typeof ENTITY_LABELS }
  | { what: 'indicator' }
  | { what: 'heading' };

const LABELS: string[] = [];

function labelTable(): Map<string, Known> {
  const known = new Map<string, Known>();
  const add = (label: string, what: Known) => {
    LABELS.push(label);
    known.set(foldKey(label), what);
  };
  for (const section of CAMPAIGN_SECTIONS) {
    add(section.title, { what: 'heading' });
    for (const field of section.fields) add(field.label, { what: 'campaign', field });
  }
  for (const field of INDICATOR_FIELDS) add(field.label, { what: 'indicatorField', field });
  for (const kind of ['village', 'unit', 'none'] as const) add(ENTITY_LABELS[kind], { what: 'entity', kind });
  add(INDICATOR_LABEL, { what: 'indicator' });
  for (const label of [ENTITY_HEADER[0], ...HEADING_LABELS]) add(label, { what: 'heading' });
  return known;
}

const KNOWN: ReadonlyMap<string, Known> = labelTable();

/** Every label the sheet knows, as written: a test holds them apart once folded. */
export function knownLabels(): readonly string[] {
  return LABELS;
}

/** Where a value was read: the grid cell of its first value, and the row's label. */
export interface Place {
  row: number;
  col: number;
  label: string;
}

export interface RowsRead {
  /** The campaign as the rows give it, before the schema fills defaults and checks it. */
  input: Json;
  /** Each value's place, by its path ("indicators[1].target"). */
  places: Map<string, Place>;
  problems: CampaignProblem[];
}

function setPath(object: Json, path: readonly (string | number)[], value: unknown, merge = false): void {
  let o: Json = object;
  path.slice(0, -1).forEach((key, i) => {
    const next = path[i + 1];
    o[key] ??= typeof next === 'number' ? [] : {};
    o = o[key] as Json;
  });
  const last = path[path.length - 1];
  if (merge && typeof value === 'object' && value !== null) o[last] = { ...(o[last] as Json | undefined), ...value };
  else o[last] = value;
}

/** The column the labels are in: that of the first label the sheet knows (a used range need not start at A). */
function labelColumn(grid: Grid): { row: number; col: number } | null {
  for (let row = 0; row < grid.values.length; row++) {
    const cells = grid.values[row];
    for (let col = 0; col < cells.length; col++) {
      const v = cells[col];
      if (typeof v === 'string' && KNOWN.has(foldKey(v)) && KNOWN.get(foldKey(v))?.what !== 'heading') return { row, col };
    }
  }
  return null;
}

const isBlank = (v: CellValue | undefined) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** "Dòng 12, ô B12 (“Mức chỉ tiêu”)": where a problem is, as the sheet's own row and cell. */
export function placeText(grid: Grid, place: Place): string {
  const address = cellAddress(place.row + (grid.rowOffset ?? 0), sheetColumnOf(grid, place.col));
  return `Dòng ${place.row + (grid.rowOffset ?? 0) + 1}, ô ${address} (“${place.label}”)`;
}

interface Reading {
  grid: Grid;
  out: RowsRead;
  /** The indicator whose block the rows are in; -1 before the first "Chỉ tiêu" row. */
  indicator: number;
  /** The list field the last row added to, so a row with a blank label continues it. */
  list: { path: (string | number)[]; field: Field } | null;
  /** Indicator rows seen per indicator, checked against its source at the end. */
  seen: { field: Field; place: Place }[][];
}

function problem(r: Reading, place: Place, message: string, path = ''): void {
  r.out.problems.push({ path, message: `Trang “${SHEET.config}”, ${placeText(r.grid, place)}: ${message}` });
}

/** One setting's cells into the campaign at `path`. */
function readField(r: Reading, field: Field, base: (string | number)[], place: Place, cells: CellValue[], formats: (string | undefined)[]): void {
  const read = field.codec.read(cells, formats);
  if (read === null) return;
  let path = [...base, ...field.path];
  if ('error' in read) {
    problem(r, place, `“${String(cells.find((v) => !isBlank(v)) ?? '')}” không đọc được: ${read.error}`, formatIssuePath(path));
    return;
  }
  if (field.perRow) {
    const list = getPath(r.out.input, path.map(String));
    path = [...path, Array.isArray(list) ? list.length : 0];
    r.list = { path: [...base, ...field.path], field };
  }
  setPath(r.out.input, path, read.value, field.merge);
  r.out.places.set(formatIssuePath(path), place);
}

function readEntity(r: Reading, kind: keyof typeof ENTITY_LABELS, place: Place, cells: CellValue[]): void {
  const [sheet, name, exclude] = [cells[0], cells[1], cells[2]];
  if (isBlank(sheet)) {
    if (!isBlank(name) || !isBlank(exclude)) problem(r, place, 'thiếu tên trang tính ở ô đầu (the sheet name is missing)');
    return;
  }
  const entity: Json = { sheet: String(sheet).trim() };
  if (!isBlank(name)) entity.name = String(name).trim();
  if (kind !== 'none') entity.kind = kind;
  if (!isBlank(exclude)) {
    const yes = readYesNo(exclude ?? null);
    if (yes === null) problem(r, { ...place, col: place.col + 2 }, `“${String(exclude)}” không đọc được: ghi “Có” hoặc để trống (yes or blank)`);
    else entity.exclude = yes;
  }
  const list = (r.out.input.entities ??= []) as Json[];
  r.out.places.set(`entities[${list.length}]`, place);
  list.push(entity);
}

function readSettingRow(r: Reading, row: number, col: number): void {
  const cells = r.grid.values[row] ?? [];
  const label = cells[col];
  const values = cells.slice(col + 1);
  const formats = (r.grid.formats?.[row] ?? []).slice(col + 1);
  const filled = values.some((v) => !isBlank(v));
  const place: Place = { row, col: col + 1, label: typeof label === 'string' ? label.trim() : String(label ?? '') };
  if (isBlank(label)) {
    if (!filled) return;
    // A row with no label continues the list above it ("Nơi nhận" typed one per row, the label only on the first).
    if (r.list) readField(r, { ...r.list.field, path: [] }, r.list.path, { ...place, label: r.list.field.label }, values, formats);
    else problem(r, place, 'dòng có giá trị nhưng không có tên mục ở cột đầu (a value without a label)');
    return;
  }
  const known = KNOWN.get(foldKey(String(label)));
  r.list = null;
  if (!known) {
    if (filled && !foldKey(String(label)).startsWith('ghichu')) problem(r, place, 'không có mục nào tên như vậy: sửa lại tên mục cho đúng, hoặc đổi thành “Ghi chú …” (no setting has this label)');
    return;
  }
  if (known.what === 'campaign') readField(r, known.field, [], place, values, formats);
  else if (known.what === 'entity') readEntity(r, known.kind, place, values);
  else if (known.what === 'indicator') startIndicator(r, place, values);
  else if (known.what === 'indicatorField') {
    if (r.indicator < 0) problem(r, place, `dòng này phải nằm dưới một dòng “${INDICATOR_LABEL}” (an indicator's row must follow its “Chỉ tiêu” row)`);
    else {
      r.seen[r.indicator].push({ field: known.field, place });
      readField(r, known.field, ['indicators', r.indicator], place, values, formats);
    }
  }
}

function startIndicator(r: Reading, place: Place, values: CellValue[]): void {
  const list = (r.out.input.indicators ??= []) as Json[];
  const id = values.find((v) => !isBlank(v));
  r.indicator = list.length;
  r.seen.push([]);
  list.push(id === undefined ? {} : { id: String(id).trim() });
  r.out.places.set(`indicators[${r.indicator}]`, place);
  r.out.places.set(`indicators[${r.indicator}].id`, place);
}

/**
 * An indicator's row that its source has no use for ("Biểu số liệu" under a persons indicator) is said, not dropped;
 * a persons indicator whose population has no condition (everyone on the list) has its rows blank.
 */
function finishIndicators(r: Reading): void {
  const indicators = (r.out.input.indicators ?? []) as Json[];
  r.seen.forEach((rows, i) => {
    const source = typeof indicators[i].source === 'string' ? indicators[i].source : 'persons';
    if (source === 'persons') {
      indicators[i].denominator ??= {};
      indicators[i].numerator ??= {};
    }
    for (const { field, place } of rows) {
      const id = typeof indicators[i].id === 'string' ? indicators[i].id : String(i + 1);
      if (field.sources && !field.sources.includes(source)) problem(r, place, `chỉ tiêu ${id} lấy số liệu từ ${source}, không dùng dòng này: xóa dòng hoặc sửa “Nguồn số liệu” (not used by this indicator's source)`);
    }
  });
}

/** Reads the rows of a config sheet; null when the sheet has none of its labels. */
export function readConfigRows(grid: Grid): RowsRead | null {
  const start = labelColumn(grid);
  if (!start) return null;
  const r: Reading = { grid, out: { input: { reporting: { cadence: 'weekly' } }, places: new Map(), problems: [] }, indicator: -1, list: null, seen: [] };
  for (let row = start.row; row < grid.values.length; row++) readSettingRow(r, row, start.col);
  finishIndicators(r);
  return r.out;
}
