/**
 * This run's working list of data errors (seed 001, phase 3): the problems found now, merged with the list the
 * police worked on. Each earlier row is matched to this run's row of the same person (ISSUE 14 §1):
 *   - by the key (report/mismatches.ts): the CCCD as restored, else the BHYT's last 10, else name, birth date and
 *     village. Two people of one village with the same name and birth date and no usable ID are two rows, told
 *     apart by the list row they are on, else by their order in the village when both runs have as many of them;
 *   - an earlier row matched to no one is kept. It is resolved (on the as-of date) only when its person is found
 *     again on the lists, once and without a problem; otherwise it stays as the police left it, marked not found,
 *     and never "Đã xử lý" by itself;
 *   - a status typed in the police's own words is kept as typed.
 */
import type { PersonRef, ReportIssue } from './model';
import { type MismatchRow, type Previous, type ReportedCase, isNameKey, isPoliceWork, nameOnlyKey, parsePlace, personKey, rowOfPlace } from './mismatches';

/**
 * The keys (personKey) of the persons of this run's lists an earlier row may be about: found by its CCCD, else its
 * BHYT, else its name, birth date and village; empty when nobody is. The pipeline knows the lists (pipeline/find-again.ts).
 */
export type FindAgain = (person: PersonRef, village: string) => readonly string[];

/** What a row already holds, beside its arrays. */
type Parts = { places: Set<string>; entities: Set<string>; problems: Set<string> };

/** Adds where, whose and what to a person's row once each: sets beside the arrays, so a CCCD typed on thousands of rows stays one row. */
function addParts(row: MismatchRow, parts: Parts, place: string, entities: readonly string[], problem: string): void {
  if (!parts.places.has(place)) {
    parts.places.add(place);
    row.places.push(place);
  }
  for (const entity of entities) {
    if (parts.entities.has(entity)) continue;
    parts.entities.add(entity);
    row.entities.push(entity);
  }
  if (!parts.problems.has(problem)) {
    parts.problems.add(problem);
    row.problems.push(problem);
  }
}

/** The row a finding goes to: one per ID; without one, one per person's list row (two people may share a name key). */
const groupOf = (key: string, place: string) => (isNameKey(key) ? `${key}@${rowOfPlace(place) ?? place}` : key);

interface Finding {
  person: PersonRef;
  village: string;
  place: string;
  entities: readonly string[];
  problem: string;
  foundAt: string;
}

/** This run's rows, one per person, in the order found: the health station's cases first, then the lists' findings. */
function currentRows(findings: Iterable<Finding>): Map<string, MismatchRow> {
  const rows = new Map<string, MismatchRow>();
  const parts = new Map<string, Parts>();
  for (const f of findings) {
    const key = personKey(f.person, f.village);
    const group = groupOf(key, f.place);
    const row = rows.get(group);
    if (row) {
      // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- set with the group's row
      addParts(row, parts.get(group)!, f.place, f.entities, f.problem);
      continue;
    }
    parts.set(group, { places: new Set([f.place]), entities: new Set(f.entities), problems: new Set([f.problem]) });
    rows.set(group, { key, ...f.person, entities: [...new Set(f.entities)], places: [f.place], problems: [f.problem], foundAt: f.foundAt, status: 'open', resolvedOn: '', note: '', current: true, overdue: false });
  }
  return rows;
}

function* findingsOf(issues: readonly ReportIssue[], reported: readonly ReportedCase[], entityOf: (sheet: string, row: number | null) => string, now: string): Generator<Finding> {
  for (const c of reported) {
    const at = parsePlace(c.place);
    const village = at ? entityOf(at.sheet, at.row) : c.place;
    yield { person: c.person, village, place: c.place, entities: c.entities, problem: c.problem, foundAt: c.foundOn ?? now };
  }
  for (const issue of issues) {
    const p = issue.person;
    if (p === undefined || !isPoliceWork(issue)) continue;
    const entity = entityOf(issue.sheet, issue.row);
    yield { person: p, village: entity, place: `${issue.sheet}!${issue.column ?? ''}${issue.row}`, entities: [entity], problem: issue.message, foundAt: now };
  }
}

/** The village or unit this run's lists put an earlier row's first place in, else the row's own "Thôn, đơn vị". */
function villageOf(row: MismatchRow, entityOf: (sheet: string, row: number | null) => string): string {
  for (const place of row.places) {
    const at = parsePlace(place);
    if (at) return entityOf(at.sheet, at.row);
  }
  return row.entities[0] ?? '';
}

/** Sheet, then row, of a row's first place: the order of people within their village. */
function byPlace(a: MismatchRow, b: MismatchRow): number {
  const pa = parsePlace(a.places[0] ?? '');
  const pb = parsePlace(b.places[0] ?? '');
  return (pa?.sheet ?? '').localeCompare(pb?.sheet ?? '') || (pa?.row ?? 0) - (pb?.row ?? 0);
}

/**
 * Earlier and current rows of one name key: first by the list row they are on; the rest in their order in the
 * village when as many are left on each side, else none (a status is never handed to someone it may not be about).
 */
function pairByPlace(earlier: readonly MismatchRow[], current: readonly MismatchRow[], pairs: Map<MismatchRow, MismatchRow>): void {
  const onRow = new Map<string, MismatchRow>();
  for (const c of current) {
    const row = rowOfPlace(c.places[0]);
    if (row !== null && !onRow.has(row)) onRow.set(row, c);
  }
  const taken = new Set<MismatchRow>();
  const left: MismatchRow[] = [];
  for (const e of earlier) {
    let found: MismatchRow | undefined;
    for (const place of e.places) {
      const c = onRow.get(rowOfPlace(place) ?? '');
      if (c && !taken.has(c)) {
        found = c;
        break;
      }
    }
    if (found) {
      pairs.set(e, found);
      taken.add(found);
    } else left.push(e);
  }
  const free = current.filter((c) => !taken.has(c));
  if (left.length !== free.length) return;
  const [es, cs] = [[...left].sort(byPlace), [...free].sort(byPlace)];
  es.forEach((e, i) => pairs.set(e, cs[i]));
}

function pushTo(map: Map<string, MismatchRow[]>, key: string, row: MismatchRow): void {
  const list = map.get(key);
  if (list) list.push(row);
  else map.set(key, [row]);
}

/** Each earlier row (once: the same list read twice adds nothing) with this run's row of the same person, when there is one. */
function pairEarlier(earlier: readonly MismatchRow[], current: ReadonlyMap<string, MismatchRow>): Map<MismatchRow, MismatchRow> {
  const pairs = new Map<MismatchRow, MismatchRow>();
  const currentByName = new Map<string, MismatchRow[]>();
  for (const row of current.values()) if (isNameKey(row.key)) pushTo(currentByName, row.key, row);
  const earlierByName = new Map<string, MismatchRow[]>();
  for (const e of earlier) {
    if (isNameKey(e.key)) pushTo(earlierByName, e.key, e);
    else {
      const found = current.get(e.key);
      if (found) pairs.set(e, found);
    }
  }
  for (const [key, rows] of earlierByName) pairByPlace(rows, currentByName.get(key) ?? [], pairs);
  return pairs;
}

/** The earlier rows with their keys as this run's lists give them, each person once. */
function earlierRows(previous: readonly Previous[], entityOf: (sheet: string, row: number | null) => string): MismatchRow[] {
  const seen = new Set<string>();
  const out: MismatchRow[] = [];
  for (const { row } of previous) {
    const key = row.key !== '' ? row.key : nameOnlyKey(row, villageOf(row, entityOf));
    const once = groupOf(key, row.places[0] ?? '');
    if (seen.has(once)) continue;
    seen.add(once);
    out.push({ ...row, key });
  }
  return out;
}

/** An earlier row nobody of this run's problems is: resolved when its person is on the lists once without one, else kept as it was. */
function unmatched(before: MismatchRow, again: readonly string[], currentKeys: ReadonlySet<string>, asOfText: string): MismatchRow {
  const clean = again.length === 1 && !currentKeys.has(again[0]);
  // A status in the police's own words stays theirs to change.
  if (!clean || before.statusText !== undefined) return { ...before, current: false, ...(clean ? {} : { notFound: true }) };
  return { ...before, current: false, status: before.status === 'open' ? 'done' : before.status, resolvedOn: before.resolvedOn || asOfText };
}

/**
 * madeAt 'YYYY-MM-DDTHH:mm' → minutes since 1970, for the 24-hour rule. A date with no time (the day a health
 * station's list gives) counts from the end of that day: the list is overdue only once it surely is.
 */
function minutes(at: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(at);
  if (!m) return NaN;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], m[4] ? +m[4] : 23, m[5] ? +m[5] : 59) / 60_000;
}

const OVERDUE_MINUTES = 24 * 60;

/** Two rows of one name key (two people of the same name and birth date) get "#2", "#3" in their order, so each key names one row. */
function distinctKeys(rows: readonly MismatchRow[]): void {
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (!isNameKey(row.key)) continue;
    const n = (seen.get(row.key) ?? 0) + 1;
    seen.set(row.key, n);
    if (n > 1) row.key = `${row.key}#${n}`;
  }
}

/**
 * This run's working list: the problems found now, merged with the list people worked on.
 * `entityOf` names the village or unit of a sheet's row (a combined sheet holds several villages).
 * The health station's reported cases come first: its list is the plan's count of mismatches (seed 001,
 * Chỉ tiêu 4), so a person it lists counts for the station even when our own checks find the same person.
 */
export function buildMismatches(
  issues: readonly ReportIssue[],
  entityOf: (sheet: string, row: number | null) => string,
  previous: readonly Previous[],
  asOf: string,
  madeAt: string,
  reported: readonly ReportedCase[] = [],
  findAgain: FindAgain = () => [],
): MismatchRow[] {
  const current = currentRows(findingsOf(issues, reported, entityOf, madeAt.replace('T', ' ')));
  const earlier = earlierRows(previous, entityOf);
  const pairs = pairEarlier(earlier, current);
  const currentKeys = new Set([...current.values()].map((r) => r.key));
  const asOfText = asOf.split('-').reverse().join('/');
  const merged: MismatchRow[] = [];
  const paired = new Set<MismatchRow>();
  for (const before of earlier) {
    const found = pairs.get(before);
    if (found) {
      // Found again: the police's status, date and note stand; where and what is refreshed.
      const typed = before.statusText === undefined ? {} : { statusText: before.statusText };
      merged.push({ ...found, foundAt: before.foundAt || found.foundAt, status: before.status, ...typed, resolvedOn: before.resolvedOn, note: before.note });
      paired.add(found);
    } else merged.push(unmatched(before, findAgain(before, villageOf(before, entityOf)), currentKeys, asOfText));
  }
  // One by one: spreading an unbounded list into push() overflows the call stack (about 125,000 rows).
  for (const row of current.values()) if (!paired.has(row)) merged.push(row);
  const nowMinutes = minutes(madeAt);
  for (const row of merged) row.overdue = row.status === 'open' && nowMinutes - minutes(row.foundAt) > OVERDUE_MINUTES;
  distinctKeys(merged);
  return merged;
}
