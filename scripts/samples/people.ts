/**
 * The persons of the synthetic commune: who they are (name, sex, birth date, ethnicity), the ID
 * numbers they really hold (CCCD, an old CMND, a BHYT card) and their real campaign statuses.
 * How a list writes them down (and gets them wrong) is decided in commune.ts, not here.
 *
 * CCCD numbers follow DOMAIN.md: PPP G YY NNNNNN, G = 0/1 for men/women born 1900–1999 and 2/3
 * for 2000–2099. Bờ Y belonged to Kon Tum (CCCD code 062) until the 2025 merger into Quảng Ngãi
 * (051): most residents carry 062, births registered since 1/7/2025 carry 051, settlers carry the
 * code of the province they were born in.
 */
import { personName } from './names';
import type { Rng } from './prng';

export interface Ymd3 {
  y: number;
  m: number;
  d: number;
}

/** The as-of date of every sample: Monday 27/10/2025, the first Monday report of the Bờ Y campaign after week 2. */
export const AS_OF: Ymd3 = { y: 2025, m: 10, d: 27 };
export const AS_OF_ISO = '2025-10-27';

/** Completed years at the as-of date. */
export function ageAt(b: Ymd3): number {
  const birthdayPassed = b.m < AS_OF.m || (b.m === AS_OF.m && b.d <= AS_OF.d);
  return AS_OF.y - b.y - (birthdayPassed ? 0 : 1);
}

const DAY_MS = 86_400_000;
function dayNumber(b: Ymd3): number {
  return Date.UTC(b.y, b.m - 1, b.d) / DAY_MS;
}
function fromDayNumber(n: number): Ymd3 {
  const d = new Date(n * DAY_MS);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

/** A birth date giving exactly `age` completed years at the as-of date (never later than 20/10/2025). */
export function birthForAge(rng: Rng, age: number): Ymd3 {
  const latest = Math.min(dayNumber({ y: AS_OF.y - age, m: AS_OF.m, d: AS_OF.d }), dayNumber({ y: 2025, m: 10, d: 20 }));
  const earliest = dayNumber({ y: AS_OF.y - age - 1, m: AS_OF.m, d: AS_OF.d }) + 1;
  return fromDayNumber(rng.int(earliest, latest));
}

/** Age pyramid of a rural highland commune, 0–90. */
const AGE_BANDS: readonly (readonly [readonly [number, number], number])[] = [
  [[0, 5], 11],
  [[6, 13], 15],
  [[14, 17], 7],
  [[18, 29], 18],
  [[30, 44], 21],
  [[45, 59], 15],
  [[60, 74], 9],
  [[75, 90], 4],
];

export function villageAge(rng: Rng): number {
  const [lo, hi] = rng.weighted(AGE_BANDS);
  return rng.int(lo, hi);
}

/** How a place is doing in the campaign (DOMAIN.md, "Figures for realistic demo data"). */
export interface Propensity {
  /** Share of card holders aged 14+ with a level-2 account. */
  level2: number;
  /** Share of level-2 accounts activated. */
  activated: number;
  /** Share of activated adults with BHYT who integrated it into the SSKĐT. */
  integratedAdult: number;
  /** Share of children under 14 with BHYT integrated through a guardian's account. */
  integratedChild: number;
}

export interface Person {
  name: string;
  male: boolean;
  ethnic: boolean;
  birth: Ymd3;
  /** The real 12-digit CCCD / personal ID number, or null when the list has none for this person. */
  cccd: string | null;
  /** Old 9-digit CMND, for the few lists that still write it instead of the CCCD. */
  cmnd: string | null;
  /** The real BHYT card, 15 characters, or null without BHYT. */
  card: string | null;
  job: string | null;
  level2: boolean;
  activated: boolean;
  integrated: boolean;
  /** Thường trú (true) or tạm trú. */
  resident: boolean;
}

/** Keeps every generated number unique, so that only the duplicates put in on purpose exist. */
export class Registry {
  private readonly used = new Set<string>();

  unique(make: () => string): string {
    for (let i = 0; i < 1000; i++) {
      const v = make();
      // CCCD numbers are matched as numbers: "062…" and 62… are one key.
      const key = /^\d+$/.test(v) ? String(Number(v)) : v;
      if (!this.used.has(key)) {
        this.used.add(key);
        return v;
      }
    }
    throw new Error('Registry: could not draw a unique number');
  }
}

const SETTLER_PROVINCES: readonly (readonly [number, number])[] = [
  [51, 6], // Quảng Ngãi
  [40, 5], // Nghệ An
  [42, 4], // Hà Tĩnh
  [34, 3], // Thái Bình
  [38, 2], // Thanh Hóa
  [49, 2], // Quảng Nam
  [52, 1], // Bình Định
  [36, 1], // Nam Định
];

export function birthProvince(rng: Rng, birth: Ymd3, ethnic: boolean): number {
  if (birth.y > 2025 || (birth.y === 2025 && birth.m >= 7)) return 51;
  if (ethnic || rng.chance(0.72)) return 62;
  return rng.weighted(SETTLER_PROVINCES);
}

/** Century/sex digit G of a CCCD. */
export function centuryDigit(year: number, male: boolean): number {
  return 2 * Math.floor((year - 1900) / 100) + (male ? 0 : 1);
}

export function makeCccd(rng: Rng, registry: Registry, province: number, birthYear: number, male: boolean): string {
  const head = `${String(province).padStart(3, '0')}${centuryDigit(birthYear, male)}${String(birthYear % 100).padStart(2, '0')}`;
  return registry.unique(() => head + rng.digits(6));
}

export function makeCmnd(rng: Rng, registry: Registry): string {
  // Kon Tum CMND numbers began with 23.
  return registry.unique(() => '23' + String(rng.int(1, 9)) + rng.digits(6));
}

/** A 10-digit mã số BHXH, its first two digits the province office that issued it. */
export function makeBhxh(rng: Rng, registry: Registry, office: number): string {
  return registry.unique(() => String(office) + rng.digits(8));
}

export type CardContext = 'village' | 'civil-servant' | 'military';

/**
 * Object code and benefit level by who the person is (levels as in DOMAIN.md: TE 1; DT HN BT 2;
 * HT CN 3; QN 5; the rest 4). Issuer 62 on cards printed in Kon Tum, 51 since the merger, 97 for
 * the Ministry of Defence.
 */
export function makeCard(rng: Rng, registry: Registry, p: Pick<Person, 'birth' | 'ethnic'>, context: CardContext): string {
  const age = ageAt(p.birth);
  let prefix: string;
  if (context === 'military') prefix = 'QN5';
  else if (context === 'civil-servant') prefix = 'HC4';
  else if (age < 6) prefix = 'TE1';
  else if (p.ethnic) prefix = 'DT2';
  else if (age <= 18) prefix = rng.chance(0.8) ? 'HS4' : 'GD4';
  else if (age >= 80 && rng.chance(0.6)) prefix = 'BT2';
  else if (age >= 60 && rng.chance(0.3)) prefix = 'HT3';
  else prefix = rng.weighted([['HN2', 10], ['CN3', 10], ['DN4', 15], ['GD4', 65]] as const);
  const issuer = context === 'military' ? 97 : rng.chance(0.7) ? 62 : 51;
  const office = issuer === 51 ? 51 : 62;
  return `${prefix}${issuer}${makeBhxh(rng, registry, office)}`;
}

export interface PersonSpec {
  male?: boolean;
  ethnic?: boolean;
  birth?: Ymd3;
  age?: number;
  /** CCCD birth-registration code; drawn when absent. */
  province?: number;
  /** false: no CCCD on record (the list leaves the cell empty). */
  hasCccd?: boolean;
  /** Holds only an old CMND (no CCCD yet). */
  cmndOnly?: boolean;
  hasCard?: boolean;
  cardContext?: CardContext;
  job?: string;
  resident?: boolean;
  /** A Kinh family name to use (e.g. "Tống"). */
  family?: string;
}

export interface Place {
  ethnicShare: number;
  propensity: Propensity;
  /** Share of persons with a BHYT card. */
  bhytCoverage: number;
}

export function makePerson(rng: Rng, registry: Registry, place: Place, spec: PersonSpec = {}): Person {
  const male = spec.male ?? rng.chance(0.5);
  const ethnic = spec.ethnic ?? rng.chance(place.ethnicShare);
  const birth = spec.birth ?? birthForAge(rng, spec.age ?? villageAge(rng));
  const age = ageAt(birth);
  const name = personName(rng, male, ethnic, birth.y >= 2005, spec.family);
  const cmndOnly = spec.cmndOnly ?? false;
  // Adults nearly always have a card on the list; children's personal ID numbers are often missing.
  const hasCccd = !cmndOnly && (spec.hasCccd ?? (age >= 14 ? rng.chance(0.985) : rng.chance(0.75)));
  const province = spec.province ?? birthProvince(rng, birth, ethnic);
  const cccd = hasCccd ? makeCccd(rng, registry, province, birth.y, male) : null;
  const cmnd = cmndOnly ? makeCmnd(rng, registry) : null;
  const hasCard = spec.hasCard ?? rng.chance(place.bhytCoverage);
  const card = hasCard ? makeCard(rng, registry, { birth, ethnic }, spec.cardContext ?? 'village') : null;

  const p = place.propensity;
  // A level-2 account needs a chip card and age 14+; the elderly lag behind.
  const level2 = cccd !== null && age >= 14 && rng.chance(age >= 70 ? p.level2 * 0.7 : p.level2);
  const activated = level2 && rng.chance(p.activated);
  const integrated =
    card !== null && (age < 14 ? rng.chance(p.integratedChild) : activated && rng.chance(age >= 75 ? p.integratedAdult * 0.6 : p.integratedAdult));
  return {
    name,
    male,
    ethnic,
    birth,
    cccd,
    cmnd,
    card,
    job: spec.job ?? null,
    level2,
    activated,
    integrated,
    resident: spec.resident ?? true,
  };
}
