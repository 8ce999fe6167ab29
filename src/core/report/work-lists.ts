/**
 * The work lists for the teams that go door to door ("đi từng ngõ, gõ từng nhà, rà từng người": seed 000 §II, seed 001
 * phase 2, seed 002 §IV.1, seed 004 §B.II.3d): per village and unit, the persons still to do, each once with every step
 * still open for them. A step is what a person indicator's numerator asks of someone in its denominator: a person aged
 * 14+ with a CCCD and no level-2 account (seed 000 §II.1) has "Làm ĐDĐT mức 2" open, a level-2 account not activated
 * "Kích hoạt", a BHYT not integrated "Tích hợp BHYT" (§II.3), an SSKĐT not shown "Hiển thị SSKĐT" (seed 001). For a
 * school this is the list of seed 000 §III.5 (staff and students aged 14+ without a level-2 account).
 * People without a smartphone or whose account a guardian holds are a list of their own (seed 001 phase 2: "ghi lại
 * thông tin định danh, số thẻ BHYT … chuẩn bị cho việc tích hợp vào tài khoản của người bảo hộ").
 * Only what a team needs (Decree 13/2023/NĐ-CP): name, birth year, household, a phone when the list has one, the
 * steps; a CCCD and a BHYT number by their last 4 characters only.
 */
import { type Campaign, type PersonIndicator, isPersonIndicator } from '../campaign/schema';
import { indicatorApplies, listCarries } from '../campaign/indicator-applies';
import type { CellValue } from '../grid';
import type { HeaderMatch } from '../table/header';
import type { ListedEntity } from '../table/listed-entity';
import { FLAG_BIT, type People, flagMask } from '../table/people';
import { HouseholdReader, householdColumns } from '../table/household';
import { cleanText, foldWords } from '../text/fold';
import { nameKey } from '../text/names';
import { type LegacyEncoding, mayBeLegacy } from '../text/legacy';
import type { EntityKind, PersonFlag } from '../vocabulary';
import { type CompiledPopulation, type LackingColumns, compile, inPopulation } from './count';
import { nameText } from './person-ref';

/** The steps a work list can name, in the order a team does them. */
export const WORK_STEPS = ['hasCccd', 'level2', 'activated', 'hasBhyt', 'integrated', 'sskdt', 'digitalSignature', 'recordCccd', 'recordBhyt', 'guardianAccount'] as const;
export type WorkStep = (typeof WORK_STEPS)[number];

/** The steps that are a person flag an indicator's numerator asks for; a team can do each of them at the door. */
const FLAG_STEPS = ['hasCccd', 'level2', 'activated', 'hasBhyt', 'integrated', 'sskdt', 'digitalSignature'] as const satisfies readonly (PersonFlag & WorkStep)[];
const STEP_FLAGS = flagMask(FLAG_STEPS);
/** A guardian's or a person without a smartphone's BHYT goes into the guardian's account later: no step of their own. */
const LATER_IN_GUARDIAN = FLAG_BIT.integrated | FLAG_BIT.sskdt;
const RECORDED = FLAG_BIT.noSmartphone | FLAG_BIT.guardian;

export const STEP_LABELS: Record<WorkStep, { vi: string; en: string }> = {
  hasCccd: { vi: 'Làm CCCD', en: 'CCCD card' },
  level2: { vi: 'Làm ĐDĐT mức 2', en: 'Level-2 account' },
  activated: { vi: 'Kích hoạt mức 2', en: 'Activate the account' },
  hasBhyt: { vi: 'Bổ sung thẻ BHYT', en: 'BHYT card number' },
  integrated: { vi: 'Tích hợp BHYT', en: 'Integrate the BHYT' },
  sskdt: { vi: 'Hiển thị SSKĐT', en: 'Show the SSKĐT' },
  digitalSignature: { vi: 'Chữ ký số', en: 'Digital signature' },
  recordCccd: { vi: 'Ghi số CCCD', en: 'Record the CCCD' },
  recordBhyt: { vi: 'Ghi số thẻ BHYT', en: 'Record the BHYT number' },
  guardianAccount: { vi: 'Tích hợp vào TK người giám hộ', en: "Integrate into the guardian's account" },
};

export interface WorkPerson {
  name: string;
  birthYear: number | null;
  /** Relation to the household's head as the list writes it ("Vợ", "Con"), '' when it says none. */
  relation: string;
  /** A phone number from the list's "Số điện thoại" column, digits and separators only; '' when none. */
  phone: string;
  /** The last 4 characters of the CCCD and of the BHYT number, '' when the list gives none (Decree 13/2023). */
  cccdLast4: string;
  bhytLast4: string;
  /** Shared between the persons with the same steps: never changed. */
  steps: readonly WorkStep[];
}

/** What a group of rows is: a household (its number and head as the list gives them), or a school's class. */
export type WorkGroupLabel = { kind: 'household'; number: string | null; head: string | null } | { kind: 'class'; name: string };

export interface WorkGroup {
  /** Null for the persons of a list with no household or class column, in the list's order. */
  label: WorkGroupLabel | null;
  people: WorkPerson[];
}

export interface WorkList {
  name: string;
  kind: EntityKind;
  sheets: string[];
  /** The persons to visit, by household in the order the list first names each, members in the list's order. */
  groups: WorkGroup[];
  /** Seed 001: people without a smartphone or whose account a guardian holds, not yet integrated. */
  guardian: WorkGroup[];
  people: number;
  guardianPeople: number;
  /** Households with someone on either list (0 when the list has no household column). */
  households: number;
  /** Persons of `groups` with each step open. */
  byStep: Partial<Record<WorkStep, number>>;
  /** Header texts of columns the lists lack for an indicator ("Đã kích hoạt"): its step is not known for anyone. */
  missingColumns: string[];
}

export interface WorkLists {
  asOf: string;
  campaign: { id: string; name: string };
  /** The steps the campaign's indicators define, in WORK_STEPS order. */
  steps: WorkStep[];
  /** Villages first, then units, in workbook order. */
  lists: WorkList[];
  /** Whether any person listed has a relation to the head or a phone: the sheet gives them a column. */
  columns: { relation: boolean; phone: boolean };
}

/** What the work lists are read from: the persons of every list (pipeline/read-lists.ts) and where each was read. */
export interface WorkListSource {
  people: People;
  /** 1 for a person an earlier list of the same kind already has: on that list's work list, not again. */
  duplicate: Uint8Array;
  listed: readonly ListedEntity[];
  lacking: LackingColumns;
  /** The header a row was read by (stacked lists on a sheet have their own). */
  headerOfRow: (entity: number, gridRow: number) => HeaderMatch;
}

export interface WorkListRequest {
  /**
   * The villages and units wanted, as the report names them or as someone typed them: matched on the key names are
   * matched on everywhere (text/names.ts nameKey: case, diacritics, spacing, abbreviations), so "thon ban pho" is
   * "Thôn Bản Phố". All when absent.
   */
  only?: readonly string[];
}

/** What a request can pick from, and what it asked for that is not there. */
export interface WorkListPick {
  /** Every village and unit with a list of persons, as the report names them: villages first, in workbook order. */
  choices: string[];
  /** The names of `only` that name none of `choices`, as given. */
  unmatched: string[];
}

/** Which of the names asked for name a village or unit with a list of persons. */
export function workListPick(listed: readonly Pick<ListedEntity, 'name' | 'kind'>[], request: WorkListRequest = {}): WorkListPick {
  const order = (k: EntityKind) => (k === 'village' ? 0 : 1);
  const choices = [...new Set([...listed].sort((a, b) => order(a.kind) - order(b.kind)).map((e) => e.name))];
  const known = new Set(choices.map(nameKey));
  return { choices, unmatched: (request.only ?? []).filter((n) => !known.has(nameKey(n))) };
}

interface Rule {
  den: CompiledPopulation;
  num: CompiledPopulation;
  /** The step flags the numerator asks beyond the denominator. */
  steps: number;
}

function ruleOf(ind: PersonIndicator, asOfYmd: number): Rule {
  const steps = flagMask(ind.numerator.flags) & ~flagMask(ind.denominator.flags) & STEP_FLAGS;
  return { den: compile(ind.denominator, asOfYmd), num: compile(ind.numerator, asOfYmd), steps };
}

function openSteps(rules: readonly Rule[], flags: number, birth: number, received: number): number {
  let open = 0;
  for (const r of rules) {
    if (r.steps !== 0 && inPopulation(r.den, flags, birth, received) && !inPopulation(r.num, flags, birth, received)) open |= r.steps & ~flags;
  }
  return open;
}

/** The steps of a person, in the order a team does them. */
function stepsOf(open: number, guardian: boolean, flags: number): WorkStep[] {
  const steps: WorkStep[] = FLAG_STEPS.filter((s) => (open & FLAG_BIT[s]) !== 0 && !(guardian && (FLAG_BIT[s] & LATER_IN_GUARDIAN) !== 0));
  if (!guardian) return steps;
  if ((flags & FLAG_BIT.hasCccd) === 0) steps.push('recordCccd');
  if ((flags & FLAG_BIT.hasBhyt) === 0) steps.push('recordBhyt');
  steps.push('guardianAccount');
  return steps;
}

/** stepsOf, one array per distinct answer: a commune's tens of thousands of persons share a handful. */
function stepsMemo(): (open: number, guardian: boolean, flags: number) => readonly WorkStep[] {
  const known = new Map<number, readonly WorkStep[]>();
  const ids = FLAG_BIT.hasCccd | FLAG_BIT.hasBhyt;
  return (open, guardian, flags) => {
    const key = guardian ? open + (((flags & ids) + 1) << 16) : open;
    let steps = known.get(key);
    if (steps === undefined) known.set(key, (steps = Object.freeze(stepsOf(open, guardian, flags))));
    return steps;
  };
}

/** Anything but single spaces between visible characters, or a combining mark (text in NFD): cleanText has work to do. */
const UNCLEAN = /[^\S ]| {2}|^ | $|[\u0300-\u036f\u00a0\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;

/** The name as people read it (person-ref.ts), without the cleaning when there is nothing to clean. */
function nameOfCell(v: CellValue | undefined, encoding: LegacyEncoding | undefined): string {
  return typeof v === 'string' && !UNCLEAN.test(v) && encoding === undefined && !mayBeLegacy(v) ? v : nameText(v, encoding);
}

/** "0000" to "9999", made once: a commune's work lists ask tens of thousands of times. */
const LAST4 = Array.from({ length: 10_000 }, (_, n) => String(n).padStart(4, '0'));
const last4 = (key: number) => (Number.isFinite(key) ? LAST4[key % 10_000] : '');
/** A phone number's digits and separators; a note beside it ("(con trai)") stays on the list. */
const PHONE = /\+?\d[\d .-]{6,}\d/;

export function phoneText(v: CellValue | undefined): string {
  // Excel drops a mobile number's leading zero when it stores it as a number: 912345678 is 0912345678.
  if (typeof v === 'number') return Number.isInteger(v) && v > 0 ? (String(v).length === 9 ? `0${v}` : String(v)) : '';
  if (typeof v !== 'string') return '';
  return PHONE.exec(cleanText(v))?.[0] ?? '';
}

/** The group of each row of one list: its household, its class, or none. */
type RowGroups = (row: readonly CellValue[], nameOf: () => string) => { key: string; label: WorkGroupLabel; relation: string };

function rowGroupsOf(header: HeaderMatch, scope: string): RowGroups | null {
  const household = householdColumns(header);
  if (household !== null) {
    const reader = new HouseholdReader(household, scope);
    return (row, nameOf) => {
      const h = reader.read(row, nameOf);
      return { key: h.key, label: { kind: 'household', number: h.number, head: h.head }, relation: h.relation };
    };
  }
  const classCol = header.side?.schoolClass;
  if (classCol === undefined) return null;
  // A school walks its lists class by class; a class merged down its rows is read on its first row.
  let current = '';
  return (row) => {
    // A row shorter than the header has no cell there.
    const v = row[classCol] as CellValue | undefined;
    const text = v === null || v === undefined ? '' : cleanText(String(v));
    if (text !== '') current = text;
    return { key: `c:${foldWords(current)}`, label: { kind: 'class', name: current }, relation: '' };
  };
}

interface Collected {
  label: WorkGroupLabel | null;
  people: WorkPerson[];
  guardian: WorkPerson[];
}

/** One village's or unit's list as it is collected, person by person in the lists' order. */
class ListCollector {
  readonly sheets = new Set<string>();
  readonly missing = new Set<string>();
  private readonly groups = new Map<string, Collected>();

  constructor(
    readonly name: string,
    readonly kind: EntityKind,
  ) {}

  /** The group a row belongs to, made on its first row (done or not), its head named by the first row that names one. */
  group(key: string, label: WorkGroupLabel | null): Collected {
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = { label, people: [], guardian: [] }));
    else if (g.label?.kind === 'household' && label?.kind === 'household') {
      g.label = { kind: 'household', number: g.label.number ?? label.number, head: g.label.head ?? label.head };
    }
    return g;
  }

  done(): WorkList {
    const all = [...this.groups.values()];
    const groups = all.filter((g) => g.people.length > 0).map((g) => ({ label: g.label, people: g.people }));
    const guardian = all.filter((g) => g.guardian.length > 0).map((g) => ({ label: g.label, people: g.guardian }));
    const counts = new Map<WorkStep, number>();
    for (const g of groups) for (const p of g.people) for (const s of p.steps) counts.set(s, (counts.get(s) ?? 0) + 1);
    const byStep: Partial<Record<WorkStep, number>> = {};
    for (const s of WORK_STEPS) if (counts.has(s)) byStep[s] = counts.get(s);
    return {
      name: this.name,
      kind: this.kind,
      sheets: [...this.sheets],
      groups,
      guardian,
      people: groups.reduce((n, g) => n + g.people.length, 0),
      guardianPeople: guardian.reduce((n, g) => n + g.people.length, 0),
      households: all.filter((g) => g.label?.kind === 'household' && g.people.length + g.guardian.length > 0).length,
      byStep,
      missingColumns: [...this.missing],
    };
  }
}

/** Per entity: its collector and the indicators' rules it can answer (none its lists lack a column for). */
function entitySlots(source: WorkListSource, campaign: Campaign, asOfYmd: number, request: WorkListRequest) {
  const indicators = campaign.indicators.filter(isPersonIndicator);
  const rules = indicators.map((ind) => ruleOf(ind, asOfYmd));
  const wanted = request.only ? new Set(request.only.map(nameKey)) : null;
  const collectors = new Map<string, ListCollector>();
  const slots = source.listed.map((e) => {
    if (wanted !== null && !wanted.has(nameKey(e.name))) return null;
    const id = `${e.kind}|${e.name}`;
    let collector = collectors.get(id);
    if (!collector) collectors.set(id, (collector = new ListCollector(e.name, e.kind)));
    collector.sheets.add(e.grid.sheet);
    const lacking = source.lacking.get(e.index);
    const mine = indicators.flatMap((ind, j) => {
      if (!indicatorApplies(ind, e.kind, e.name) || !listCarries(ind, e.header)) return [];
      const columns = lacking?.get(ind.id);
      if (columns) for (const c of columns) collector.missing.add(c);
      return columns ? [] : [rules[j]];
    });
    return { collector, rules: mine };
  });
  const steps: WorkStep[] = FLAG_STEPS.filter((s) => rules.some((r) => (r.steps & FLAG_BIT[s]) !== 0));
  return { slots, collectors, steps };
}

/** A relation as a team needs it ("Con dâu"): what a cell adds after it in brackets or after a colon (a name) is left out. */
function relationText(text: string): string {
  const cut = text.split(/[(:,;]/)[0].trim();
  return cut.length > 20 ? `${cut.slice(0, 20)}…` : cut;
}

function personAt(e: ListedEntity, header: HeaderMatch, people: People, i: number, relation: string, steps: readonly WorkStep[]): WorkPerson {
  const row = e.grid.values[people.row[i]] ?? [];
  const cols = header.columns;
  const birth = people.birth[i];
  const phoneCol = header.side?.phone;
  return {
    name: nameOfCell(cols.fullName === undefined ? undefined : row[cols.fullName], header.textEncodings?.fullName),
    birthYear: birth > 0 ? Math.floor(birth / 10000) : null,
    relation: relation === '' ? '' : relationText(relation),
    phone: phoneCol === undefined ? '' : phoneText(row[phoneCol]),
    cccdLast4: last4(people.cccdKey[i]),
    bhytLast4: last4(people.bhytKey[i]),
    steps,
  };
}

/** The work lists of the villages and units asked for (all by default), from every person read. */
export function buildWorkLists(source: WorkListSource, campaign: Campaign, asOf: string, request: WorkListRequest = {}): WorkLists {
  const { people, duplicate, listed } = source;
  const { slots, collectors, steps } = entitySlots(source, campaign, Number(asOf.replaceAll('-', '')), request);
  // One reader per list and entity: a commune's combined list carries no household from one village into the next.
  const readers = new Map<HeaderMatch, Map<number, RowGroups | null>>();
  let made = 0;
  const columns = { relation: false, phone: false };
  const stepsFor = stepsMemo();
  for (let i = 0; i < people.count; i++) {
    const e = people.entity[i];
    const slot = slots[e];
    if (slot === null || duplicate[i]) continue;
    const flags = people.flags[i];
    const open = openSteps(slot.rules, flags, people.birth[i], people.received[i]);
    const guardian = (flags & RECORDED) !== 0 && (flags & FLAG_BIT.integrated) === 0;
    const entity = listed[e];
    const header = source.headerOfRow(e, people.row[i]);
    let byEntity = readers.get(header);
    if (!byEntity) readers.set(header, (byEntity = new Map<number, RowGroups | null>()));
    let groups = byEntity.get(e);
    if (groups === undefined) byEntity.set(e, (groups = rowGroupsOf(header, String(made++))));
    // Without households every row is its list's one group: a row with nothing to do is not even looked at.
    if (open === 0 && !guardian && groups === null) continue;
    const row = entity.grid.values[people.row[i]] ?? [];
    const nameOf = () => nameOfCell(header.columns.fullName === undefined ? undefined : row[header.columns.fullName], header.textEncodings?.fullName);
    const found = groups?.(row, nameOf) ?? null;
    const group = slot.collector.group(found?.key ?? '', found?.label ?? null);
    if (open === 0 && !guardian) continue;
    const person = personAt(entity, header, people, i, found?.relation ?? '', stepsFor(open, guardian, flags));
    (guardian ? group.guardian : group.people).push(person);
    columns.relation ||= person.relation !== '';
    columns.phone ||= person.phone !== '';
  }
  const lists = [...collectors.values()].map((c) => c.done());
  const order = (k: EntityKind) => (k === 'village' ? 0 : 1);
  lists.sort((a, b) => order(a.kind) - order(b.kind));
  return { asOf, campaign: { id: campaign.id, name: campaign.name }, steps, lists, columns };
}
