/**
 * Counting: one pass over the persons, each tested against the populations of the indicators
 * that apply to its entity with a bit mask and an integer date comparison.
 */
import { type Campaign, type PersonIndicator, type Population, type Target, isPersonIndicator } from '../campaign/schema';
import { columnItNeeds, indicatorApplies, listCarries } from '../campaign/indicator-applies';
import { ALIASES } from '../table/aliases';
import type { ListedEntity } from '../table/listed-entity';
import { FLAG_BIT, flagMask, type People } from '../table/people';
import type { IndicatorValue, KindTotals, TotalValue } from './model';
import type { EntityKind } from '../vocabulary';

/** The target percent as an exact fraction scaled / 10^decimals, read from its decimal digits. */
function exactPercent(value: number): { scaled: bigint; scale: bigint } {
  const [whole, fraction] = value.toFixed(10).replace(/0+$/, '').split('.');
  return { scaled: BigInt(whole + fraction), scale: 10n ** BigInt(fraction.length) };
}

/** True when numerator/denominator meets the target, decided on the exact fraction (19/20 is not > 95%). */
export function meetsTarget(numerator: number, denominator: number, target: Target): boolean | null {
  if (denominator === 0) return null;
  const { scaled, scale } = exactPercent(target.value);
  const left = BigInt(numerator) * 100n * scale;
  const right = scaled * BigInt(denominator);
  return target.op === '>' ? left > right : left >= right;
}

/**
 * How many more of the population must be done for numerator/denominator to meet the target, on the exact fraction
 * (19 of 20 needs 1 more for "> 95%"); 0 when it is met, null with nobody to count or a target no count reaches.
 */
export function missingToTarget(numerator: number, denominator: number, target: Target): number | null {
  if (denominator === 0) return null;
  const { scaled, scale } = exactPercent(target.value);
  const whole = scaled * BigInt(denominator);
  const per = 100n * scale;
  // The least count that meets it: ceil(whole / per) for "≥", floor(whole / per) + 1 for ">".
  const least = target.op === '>' ? whole / per + 1n : (whole + per - 1n) / per;
  if (least > BigInt(denominator)) return null;
  return Math.max(0, Number(least) - numerator);
}

export function indicatorValue(numerator: number, denominator: number, target: Target): TotalValue {
  return {
    numerator,
    denominator,
    percent: denominator === 0 ? null : (numerator / denominator) * 100,
    target,
    met: meetsTarget(numerator, denominator, target),
  };
}

/** No figure: the list lacks `columns` (their header texts) that the indicator needs (ISSUE 10 §2). Never 0%. */
export function noValue(target: Target, columns: readonly string[]): IndicatorValue {
  return { numerator: null, denominator: null, percent: null, target, met: null, missingColumns: [...columns] };
}

export interface CompiledPopulation {
  mask: number;
  /** Flags that leave a person out (Population.exclude), 0 when none. */
  exclude: number;
  /** Latest yyyymmdd birth date that is old enough, or 0 when there is no age condition. */
  bornBy: number;
  /** Earliest yyyymmdd a dossier may have been received (Population.receivedFrom), or 0 when there is no such condition. */
  receivedFrom: number;
}

export function compile(pop: Population, asOfYmd: number): CompiledPopulation {
  return {
    mask: flagMask(pop.flags),
    exclude: flagMask(pop.exclude ?? []),
    bornBy: pop.minAge === undefined ? 0 : (Math.floor(asOfYmd / 10000) - pop.minAge) * 10000 + (asOfYmd % 10000),
    receivedFrom: pop.receivedFrom === undefined ? 0 : Number(pop.receivedFrom.replaceAll('-', '')),
  };
}

export function inPopulation(p: CompiledPopulation, flags: number, birth: number, received: number): boolean {
  if ((flags & p.mask) !== p.mask || (flags & p.exclude) !== 0) return false;
  if (p.receivedFrom !== 0 && received < p.receivedFrom) return false;
  return p.bornBy === 0 || (birth > 0 && birth <= p.bornBy);
}

/** The per-entity, per-indicator counts (entity-major, `k` indicators a row) and which indicator applies to which entity. */
interface Tally {
  numCount: Int32Array;
  denCount: Int32Array;
  k: number;
  applies: boolean[][];
  /** Which indicator applies to which entity by its kind and name, whether or not its list has the column it needs. */
  kindApplies: boolean[][];
}

/** One indicator's total over a kind's entities: those whose lists lack a column it needs are left out, and named. */
function kindTotal(members: readonly ListedEntity[], ind: PersonIndicator, j: number, t: Tally, lacking: LackingColumns): TotalValue {
  let n = 0;
  let d = 0;
  const leftOut: string[] = [];
  let withoutColumn = false;
  for (const e of members) {
    if (t.kindApplies[e.index][j] && !t.applies[e.index][j]) {
      leftOut.push(e.name);
      withoutColumn = true;
      continue;
    }
    if (!t.applies[e.index][j]) continue;
    if (lacking.get(e.index)?.has(ind.id)) {
      leftOut.push(e.name);
      continue;
    }
    n += t.numCount[e.index * t.k + j];
    d += t.denCount[e.index * t.k + j];
  }
  const field = columnItNeeds(ind);
  return { ...indicatorValue(n, d, ind.target), ...(leftOut.length > 0 ? { leftOut } : {}), ...(withoutColumn && field ? { onlyWithColumn: ALIASES[field][0] } : {}) };
}

/** Persons counted whom the lists record without a smartphone and with a guardian (seed 001): a count of their own. */
export interface Recorded {
  noSmartphone: number;
  guardian: number;
}

/** The recorded counts as the report carries them: only those above zero, so reports of lists without them stay as they were. */
export function recordedFields(r: Recorded): Partial<Recorded> {
  return { ...(r.noSmartphone > 0 ? { noSmartphone: r.noSmartphone } : {}), ...(r.guardian > 0 ? { guardian: r.guardian } : {}) };
}

export interface Counts {
  entities: Record<string, IndicatorValue>[];
  counted: number[];
  /** Per entity, indexed like `counted`. */
  recorded: Recorded[];
  totals: { village: KindTotals; unit: KindTotals };
}

/** Per entity index, per indicator id, the header texts of the columns its lists lack for it (pipeline/read-lists.ts). */
export type LackingColumns = ReadonlyMap<number, ReadonlyMap<string, readonly string[]>>;

/**
 * `duplicate` marks the persons an earlier list of the same kind already has (table/duplicates.ts): they are not
 * counted again. An indicator an entity's list lacks a column for (`lacking`) has no value for it and is left out
 * of its kind's totals, which name it.
 */
export function countIndicators(
  people: People,
  duplicate: Uint8Array,
  listed: readonly ListedEntity[],
  campaign: Campaign,
  asOfYmd: number,
  lacking: LackingColumns = new Map(),
): Counts {
  // Count-form indicators are summed from the forms' figures (forms/indicators.ts), not over persons.
  const indicators = campaign.indicators.filter(isPersonIndicator);
  const k = indicators.length;
  const den = indicators.map((ind) => compile(ind.denominator, asOfYmd));
  const num = indicators.map((ind) => compile(ind.numerator, asOfYmd));
  const kindApplies = listed.map((e) => indicators.map((ind) => indicatorApplies(ind, e.kind, e.name)));
  // A list without the column an indicator is computed on (a dossier's receipt date) carries no figure for it: left out, and named in the total.
  const applies = listed.map((e, i) => indicators.map((ind, j) => kindApplies[i][j] && listCarries(ind, e.header)));
  const denCount = new Int32Array(listed.length * k);
  const numCount = new Int32Array(listed.length * k);
  const counted = new Int32Array(listed.length);
  const noSmartphone = new Int32Array(listed.length);
  const guardian = new Int32Array(listed.length);
  const recordedMask = FLAG_BIT.noSmartphone | FLAG_BIT.guardian;
  // Per entity, the indicator slots that apply, so the inner loop skips the others without a branch per indicator.
  const slots = applies.map((row) => row.flatMap((a, j) => (a ? [j] : [])));

  for (let i = 0; i < people.count; i++) {
    if (duplicate[i]) continue;
    const e = people.entity[i];
    counted[e]++;
    const flags = people.flags[i];
    if ((flags & recordedMask) !== 0) {
      if ((flags & FLAG_BIT.noSmartphone) !== 0) noSmartphone[e]++;
      if ((flags & FLAG_BIT.guardian) !== 0) guardian[e]++;
    }
    const birth = people.birth[i];
    const received = people.received[i];
    const mine = slots[e];
    for (let s = 0; s < mine.length; s++) {
      const j = mine[s];
      if (!inPopulation(den[j], flags, birth, received)) continue;
      denCount[e * k + j]++;
      if (inPopulation(num[j], flags, birth, received)) numCount[e * k + j]++;
    }
  }

  const entities = listed.map((e) => {
    const values: Record<string, IndicatorValue> = {};
    indicators.forEach((ind, j) => {
      if (!applies[e.index][j]) return;
      const columns = lacking.get(e.index)?.get(ind.id);
      values[ind.id] = columns ? noValue(ind.target, columns) : indicatorValue(numCount[e.index * k + j], denCount[e.index * k + j], ind.target);
    });
    return values;
  });

  const totalsOf = (kind: EntityKind): KindTotals => {
    const members = listed.filter((e) => e.kind === kind);
    const values: Record<string, TotalValue> = {};
    indicators.forEach((ind, j) => {
      if (ind.appliesTo.includes(kind)) values[ind.id] = kindTotal(members, ind, j, { numCount, denCount, k, applies, kindApplies }, lacking);
    });
    return {
      entities: members.length,
      records: members.reduce((s, e) => s + e.records, 0),
      counted: members.reduce((s, e) => s + counted[e.index], 0),
      ...recordedFields({
        noSmartphone: members.reduce((s, e) => s + noSmartphone[e.index], 0),
        guardian: members.reduce((s, e) => s + guardian[e.index], 0),
      }),
      indicators: values,
    };
  };

  return {
    entities,
    counted: Array.from(counted),
    recorded: listed.map((e) => ({ noSmartphone: noSmartphone[e.index], guardian: guardian[e.index] })),
    totals: { village: totalsOf('village'), unit: totalsOf('unit') },
  };
}
