/**
 * The synthetic commune of Bờ Y (preset bo-y-2025, as of 27/10/2025): which files and sheets, who
 * is on each list, and exactly where each kind of real-world mess is put.
 *
 *   xa-bo-y.xlsx       Hướng dẫn (notes, no list) · six villages · four units
 *   Thôn Giang Lố.xlsx one village list sent over Zalo as "Sheet1": the file names the village
 */
import { Rng, seedOf } from './prng';
import { ageAt, makePerson, Registry, type Person, type Place, type Propensity } from './people';
import type { BhytMode, BirthMode, Col, Entry, EntryOpts, ListSheetPlan, NotesSheetPlan, SheetPlan } from './render';

export interface FilePlan {
  fileName: string;
  sheets: SheetPlan[];
}

const W: Record<Col, number> = {
  stt: 5,
  fullName: 24,
  job: 22,
  birthDate: 12,
  sex: 8,
  cccd: 15,
  bhyt: 18,
  resident: 12,
  level2: 11,
  activated: 10,
  integrated: 13,
  note: 22,
};

function columns(spec: readonly (readonly [Col, string])[]): ListSheetPlan['columns'] {
  return spec.map(([col, header]) => ({ col, header, width: W[col] }));
}

const TOKENS = {
  x: { yes: [['x', 20], ['X', 1]], no: [['', 1]] },
  coChua: { yes: [['Có', 1]], no: [['Chưa', 5], ['', 1]] },
  coKhong: { yes: [['Có', 1]], no: [['Không', 1]] },
  daChua: { yes: [['Đã', 1]], no: [['Chưa', 3], ['', 2]] },
  tick: { yes: [['✓', 1]], no: [['', 1]] },
  mixed: { yes: [['x', 5], ['Có', 3], ['Đã', 2], [1, 2]], no: [['', 6], ['Không', 2], [0, 2]] },
} as const;

const always =
  <T>(v: T) =>
  () =>
    v;

const VILLAGE_TITLE = (village: string) => `DANH SÁCH CÔNG DÂN ${village.toUpperCase()} TÍCH HỢP THẺ BHYT VÀO SỔ SỨC KHỎE ĐIỆN TỬ TRÊN VNeID`;
const AS_OF_LINE = '(Số liệu đến ngày 27/10/2025)';

interface Village {
  name: string;
  size: number;
  place: Place;
}

function place(ethnicShare: number, level2: number, activated: number, integratedAdult: number, integratedChild: number, bhytCoverage = 0.93): Place {
  const propensity: Propensity = { level2, activated, integratedAdult, integratedChild };
  return { ethnicShare, propensity, bhytCoverage };
}

const VILLAGES = {
  boY: { name: 'Thôn Bờ Y', size: 210, place: place(0.35, 0.88, 0.96, 0.88, 0.65) },
  dakRiDop: { name: 'Thôn Đăk Ri Dốp', size: 160, place: place(0.7, 0.78, 0.93, 0.88, 0.65) },
  xopDung: { name: 'Thôn Xốp Dung', size: 120, place: place(0.8, 0.84, 0.95, 0.9, 0.7) },
  bacPhia: { name: 'Thôn Bắc Phía', size: 90, place: place(0.3, 0.9, 0.97, 0.9, 0.7) },
  tdp1: { name: 'TDP 1', size: 240, place: place(0.1, 0.93, 0.98, 0.92, 0.75, 0.96) },
  iec: { name: 'Thôn Iệc', size: 70, place: place(0.85, 0.76, 0.9, 0.88, 0.6, 0.92) },
  giangLo: { name: 'Thôn Giang Lố', size: 60, place: place(0.75, 0.82, 0.94, 0.9, 0.7) },
} as const satisfies Record<string, Village>;

const UNIT_PLACE = {
  tramYTe: place(0.2, 1, 1, 1, 0, 1),
  thcs: place(0.25, 0.98, 0.97, 0.92, 0, 1),
  ubnd: place(0.3, 1, 1, 0.96, 0, 1),
  bchqs: place(0.4, 0.95, 1, 0.9, 0, 1),
};

/** Picks list positions for the planned mess, each position used once. */
class Slots {
  private readonly used = new Set<number>();

  constructor(
    private readonly rng: Rng,
    private readonly persons: readonly Person[],
  ) {}

  take(pred: (p: Person) => boolean): number {
    const candidates = this.persons.map((_, i) => i).filter((i) => !this.used.has(i) && pred(this.persons[i]));
    if (candidates.length === 0) throw new Error('sample generator: no person fits a planned mess');
    const i = this.rng.pick(candidates);
    this.used.add(i);
    return i;
  }
}

const adultWithCard = (p: Person) => p.cccd !== null && ageAt(p.birth) >= 25 && ageAt(p.birth) <= 65;

function villagers(rng: Rng, registry: Registry, v: Village, n: number): Person[] {
  return Array.from({ length: n }, () => makePerson(rng, registry, v.place));
}

/** Persons inserted into the list at positions drawn from the rng (keeps the list order natural). */
function insertAt(rng: Rng, entries: Entry[], extra: Entry[]): void {
  for (const e of extra) entries.splice(rng.int(1, entries.length - 1), 0, e);
}

const entriesOf = (persons: Person[], opts: Map<number, EntryOpts>): Entry[] => persons.map((person, i) => ({ person, opts: opts.get(i) ?? {} }));

export function buildCommune(): FilePlan[] {
  const registry = new Registry();

  // Persons who appear on two lists: made first, from their own stream.
  const shared = new Rng(seedOf('shared persons'));
  /** Moved from Thôn Bờ Y to Thôn Xốp Dung; both villages still list them (DUPLICATE_CCCD). */
  const mover = makePerson(shared, registry, VILLAGES.boY.place, { age: 34, male: true, ethnic: false, hasCard: true, province: 62 });
  mover.level2 = true;
  mover.activated = true;
  mover.integrated = true;
  /** A nurse at the health station who lives in TDP 1: on a unit list and a village list, counted in both. */
  const nurse = makePerson(shared, registry, UNIT_PLACE.tramYTe, {
    age: 38,
    male: false,
    ethnic: false,
    job: 'Điều dưỡng',
    hasCard: true,
    cardContext: 'civil-servant',
    province: 40,
  });
  /** A teacher at the lower secondary school who lives in Thôn Bờ Y. */
  const teacher = makePerson(shared, registry, UNIT_PLACE.thcs, {
    age: 29,
    male: true,
    ethnic: true,
    job: 'Giáo viên',
    hasCard: true,
    cardContext: 'civil-servant',
  });
  teacher.level2 = true;
  teacher.activated = true;
  teacher.integrated = false;
  /** A mother in Thôn Bờ Y, and in Thôn Bắc Phía someone whose list carries her mã số BHXH (DUPLICATE_BHYT). */
  const cardOwner = makePerson(shared, registry, VILLAGES.boY.place, { age: 41, male: false, ethnic: true, hasCard: true });
  const cardCopier = makePerson(shared, registry, VILLAGES.bacPhia.place, { age: 19, male: true, ethnic: false, hasCard: true });

  const files: FilePlan[] = [
    { fileName: 'xa-bo-y.xlsx', sheets: [notesSheet(), boY(), dakRiDop(), xopDung(), bacPhia(), tdp1(), iec(), tramYTe(), thcs(), ubnd(), bchqs()] },
    { fileName: 'Thôn Giang Lố.xlsx', sheets: [giangLo()] },
  ];
  return files;

  // ---------------------------------------------------------------------------------------------
  // Thôn Bờ Y: two title rows and a blank row; real dates; "x"; sex column; the mover's first
  // listing; the teacher; the BHYT card owner; an "=" name; two CCCD that lost their leading zero;
  // a "?"; a sex mismatch; the 14th-birthday boundary.
  function boY(): ListSheetPlan {
    const v = VILLAGES.boY;
    const rng = new Rng(seedOf(v.name));
    const persons = villagers(rng, registry, v, v.size - 5);
    const slots = new Slots(rng, persons);
    const opts = new Map<number, EntryOpts>();
    // A stray "=" typed in front of a name: the cell must stay text, never become a formula.
    const eq = slots.take((p) => p.ethnic && p.cccd !== null && ageAt(p.birth) >= 18);
    opts.set(eq, { name: '=' + persons[eq].name });
    opts.set(slots.take(adultWithCard), { cccd: 'number' });
    opts.set(slots.take(adultWithCard), { cccd: 'number' });
    opts.set(slots.take((p) => p.level2), { force: { level2: '?' } });
    opts.set(slots.take(adultWithCard), { flipSex: true, note: 'Kiểm tra lại giới tính' });
    const entries = entriesOf(persons, opts);
    // 14 today (born 27/10/2011) and 14 tomorrow (born 28/10/2011), both with a card.
    const turns14 = makePerson(rng, registry, v.place, { birth: { y: 2011, m: 10, d: 27 }, hasCccd: true, hasCard: true });
    const almost14 = makePerson(rng, registry, v.place, { birth: { y: 2011, m: 10, d: 28 }, hasCccd: true, hasCard: true });
    insertAt(rng, entries, [
      { person: mover, opts: { note: 'Đã chuyển đến thôn Xốp Dung' } },
      { person: teacher, opts: {} },
      { person: cardOwner, opts: { bhyt: 'card' } },
      { person: turns14, opts: { birth: 'date' } },
      { person: almost14, opts: { birth: 'date' } },
    ]);
    return list(v.name, 'village', rng, {
      title: [VILLAGE_TITLE(v.name), AS_OF_LINE],
      blankBeforeHeader: true,
      columns: columns([
        ['stt', 'STT'],
        ['fullName', 'Họ và tên'],
        ['birthDate', 'Ngày sinh'],
        ['sex', 'Giới tính'],
        ['cccd', 'Số CCCD'],
        ['bhyt', 'Mã thẻ BHYT'],
        ['level2', 'Định danh mức 2'],
        ['activated', 'Đã kích hoạt'],
        ['integrated', 'Tích hợp BHYT vào SSKĐT'],
        ['note', 'Ghi chú'],
      ]),
      ...TOKENS.x,
      birthDefault: (r) => (r.chance(0.92) ? 'date' : 'text'),
      bhytDefault: (r) => (r.chance(0.7) ? 'card' : 'bhxh'),
      entries,
    });
  }

  // Thôn Đăk Ri Dốp: one title row and a blank row; "Năm sinh" as bare years (numbers, some text);
  // "Số định danh cá nhân"; "Mã số BHXH" (10 digits); "Có"/"Chưa"; a rounded "6.2…E+10"; an old CMND;
  // bare years 2011 (14) and 2012 (13); a "Chờ duyệt".
  function dakRiDop(): ListSheetPlan {
    const v = VILLAGES.dakRiDop;
    const rng = new Rng(seedOf(v.name));
    const persons = villagers(rng, registry, v, v.size - 3);
    const slots = new Slots(rng, persons);
    const opts = new Map<number, EntryOpts>();
    const rounded = slots.take((p) => adultWithCard(p) && p.level2 && p.cccd!.startsWith('062'));
    opts.set(rounded, { cccd: 'rounded', note: 'Số CCCD bị lỗi khi sao chép' });
    opts.set(slots.take((p) => p.level2), { force: { level2: 'Chờ duyệt' } });
    const entries = entriesOf(persons, opts);
    const oldCmnd = makePerson(rng, registry, v.place, { age: 71, cmndOnly: true, hasCard: true });
    const year2011 = makePerson(rng, registry, v.place, { birth: { y: 2011, m: 12, d: 2 }, hasCccd: true, hasCard: true });
    const year2012 = makePerson(rng, registry, v.place, { birth: { y: 2012, m: 3, d: 15 }, hasCccd: true, hasCard: true });
    insertAt(rng, entries, [
      { person: oldCmnd, opts: { note: 'Chưa làm thẻ Căn cước' } },
      // Born December 2011: 13 by the date, 14 by the bare year the list gives (age = 2025 − 2011).
      { person: year2011, opts: { birth: 'year' } },
      { person: year2012, opts: { birth: 'yearText' } },
    ]);
    return list(v.name, 'village', rng, {
      title: [VILLAGE_TITLE(v.name)],
      blankBeforeHeader: true,
      columns: columns([
        ['stt', 'TT'],
        ['fullName', 'Họ tên'],
        ['birthDate', 'Năm sinh'],
        ['cccd', 'Số định danh cá nhân'],
        ['bhyt', 'Mã số BHXH'],
        ['level2', 'TK định danh mức 2'],
        ['activated', 'Kích hoạt'],
        ['integrated', 'Đã tích hợp BHYT'],
        ['note', 'Ghi chú'],
      ]),
      ...TOKENS.coChua,
      birthDefault: (r) => (r.chance(0.85) ? 'year' : r.chance(0.5) ? 'yearText' : 'textPadded'),
      bhytDefault: always<BhytMode>('bhxh'),
      entries,
    });
  }

  // Thôn Xốp Dung: a "Thường trú/Tạm trú" column (the only list with one); the "(1) (2) …" row under
  // the header; dates as d/m/yyyy text; "Đã"/"Chưa"; the mover listed again with the CCCD as a number;
  // a "?"; an empty row between households.
  function xopDung(): ListSheetPlan {
    const v = VILLAGES.xopDung;
    const rng = new Rng(seedOf(v.name));
    const persons = villagers(rng, registry, v, v.size - 1);
    for (const p of persons) p.resident = rng.chance(0.9);
    const slots = new Slots(rng, persons);
    const opts = new Map<number, EntryOpts>();
    opts.set(slots.take((p) => p.activated), { force: { activated: '?' } });
    const people = entriesOf(persons, opts);
    insertAt(rng, people, [{ person: mover, opts: { cccd: 'number', note: 'Chuyển đến từ thôn Bờ Y' } }]);
    const entries: (Entry | 'blank')[] = [...people.slice(0, 57), 'blank', ...people.slice(57)];
    return list(v.name, 'village', rng, {
      title: [VILLAGE_TITLE(v.name), AS_OF_LINE],
      blankBeforeHeader: true,
      columnNumberRow: true,
      columns: columns([
        ['stt', 'STT'],
        ['fullName', 'Họ và tên'],
        ['birthDate', 'Ngày tháng năm sinh'],
        ['sex', 'Giới tính'],
        ['cccd', 'Số CCCD/CMND'],
        ['bhyt', 'Mã thẻ BHYT'],
        ['resident', 'Thường trú/Tạm trú'],
        ['level2', 'Định danh mức 2'],
        ['activated', 'Đã kích hoạt'],
        ['integrated', 'Tích hợp BHYT vào SSKĐT'],
        ['note', 'Ghi chú'],
      ]),
      ...TOKENS.daChua,
      birthDefault: (r) => (r.chance(0.6) ? 'text' : 'textPadded'),
      bhytDefault: (r) => (r.chance(0.5) ? 'card' : 'bhxh'),
      entries,
    });
  }

  // Thôn Bắc Phía: one title row, no blank row; "✓"; a CCCD with a bad province code (digits
  // swapped); a birth date that disagrees with the CCCD; someone carrying the card owner's mã số
  // BHXH; a child's card typed with the wrong benefit level.
  function bacPhia(): ListSheetPlan {
    const v = VILLAGES.bacPhia;
    const rng = new Rng(seedOf(v.name));
    const persons = villagers(rng, registry, v, v.size - 1);
    const slots = new Slots(rng, persons);
    const opts = new Map<number, EntryOpts>();
    opts.set(slots.take((p) => adultWithCard(p) && p.cccd!.startsWith('06')), { cccd: 'badProvince' });
    opts.set(
      slots.take((p) => adultWithCard(p) && !(p.birth.m === 2 && p.birth.d === 29)),
      { listYearOff: -1, note: 'Sai năm sinh so với CCCD' },
    );
    opts.set(slots.take((p) => p.card !== null && p.card.startsWith('TE1')), { bhyt: 'levelMismatch' });
    const entries = entriesOf(persons, opts);
    insertAt(rng, entries, [{ person: cardCopier, opts: { bhytWritten: cardOwner.card!.slice(5) } }]);
    return list(v.name, 'village', rng, {
      title: [VILLAGE_TITLE(v.name)],
      blankBeforeHeader: false,
      columns: columns([
        ['stt', 'STT'],
        ['fullName', 'Họ và tên công dân'],
        ['birthDate', 'Ngày, tháng, năm sinh'],
        ['sex', 'Giới tính'],
        ['cccd', 'CCCD/CMND'],
        ['bhyt', 'Số thẻ BHYT'],
        ['level2', 'Tài khoản ĐDĐT mức 2'],
        ['activated', 'Kích hoạt'],
        ['integrated', 'Tích hợp'],
        ['note', 'Ghi chú'],
      ]),
      ...TOKENS.tick,
      birthDefault: (r) => (r.chance(0.8) ? 'date' : 'textPadded'),
      bhytDefault: always<BhytMode>('card'),
      entries,
    });
  }

  // TDP 1: the residential group of the commune centre; mixed words ("x", "Có", "Đã", 1 / "", "Không", 0);
  // a 10-digit numeric CCCD (born in Hà Nội, code 001); an old CMND as a number; "Tống" (a family
  // name, not "Tổng"); a mistyped BHYT; "đang làm"; the nurse; three numbered empty rows and a
  // "Tổng cộng" row.
  function tdp1(): ListSheetPlan {
    const v = VILLAGES.tdp1;
    const rng = new Rng(seedOf(v.name));
    const persons = villagers(rng, registry, v, v.size - 4);
    const slots = new Slots(rng, persons);
    const opts = new Map<number, EntryOpts>();
    opts.set(slots.take((p) => p.card !== null), { bhyt: 'typo' });
    opts.set(slots.take((p) => p.integrated), { force: { integrated: 'đang làm' } });
    const entries = entriesOf(persons, opts);
    const fromHanoi = makePerson(rng, registry, v.place, { age: 45, ethnic: false, hasCccd: true, hasCard: true, province: 1 });
    const cmnd = makePerson(rng, registry, v.place, { age: 66, ethnic: false, cmndOnly: true, hasCard: true });
    // A toddler with no ID numbers on the list yet: the row has only a name and must not be taken for a totals row.
    const tong = makePerson(rng, registry, v.place, { age: 2, ethnic: false, hasCccd: false, hasCard: false, family: 'Tống' });
    insertAt(rng, entries, [
      { person: fromHanoi, opts: { cccd: 'number' } },
      { person: cmnd, opts: { cccd: 'cmndNumber' } },
      { person: tong, opts: {} },
      { person: nurse, opts: {} },
    ]);
    return list(v.name, 'village', rng, {
      title: ['UBND XÃ BỜ Y - TỔ DÂN PHỐ 1', VILLAGE_TITLE('Tổ dân phố 1')],
      blankBeforeHeader: true,
      columns: columns([
        ['stt', 'STT'],
        ['fullName', 'Họ và tên'],
        ['birthDate', 'Ngày sinh'],
        ['sex', 'Giới tính'],
        ['cccd', 'Số CCCD'],
        ['bhyt', 'Mã thẻ BHYT'],
        ['level2', 'Định danh mức 2'],
        ['activated', 'Đã kích hoạt'],
        ['integrated', 'Tích hợp BHYT vào SSKĐT'],
        ['note', 'Ghi chú'],
      ]),
      ...TOKENS.mixed,
      birthDefault: (r) => (r.chance(0.75) ? 'date' : 'text'),
      bhytDefault: (r) => (r.chance(0.6) ? 'card' : 'bhxh'),
      entries,
      trailingNumbered: 3,
      totalsRow: true,
    });
  }

  // Thôn Iệc: no sex column; "Có"/"Không"; a birth date that does not exist (31/09) and two blank
  // birth dates, so the age comes from the CCCD; a birth registered abroad; a "?".
  function iec(): ListSheetPlan {
    const v = VILLAGES.iec;
    const rng = new Rng(seedOf(v.name));
    const persons = villagers(rng, registry, v, v.size - 4);
    const slots = new Slots(rng, persons);
    const opts = new Map<number, EntryOpts>();
    opts.set(slots.take((p) => p.integrated), { force: { integrated: '?' } });
    const entries = entriesOf(persons, opts);
    const badDate = makePerson(rng, registry, v.place, { age: 47, hasCccd: true, hasCard: true });
    const noDateAdult = makePerson(rng, registry, v.place, { age: 52, hasCccd: true, hasCard: true });
    const noDateChild = makePerson(rng, registry, v.place, { birth: { y: 2013, m: 1, d: 9 }, hasCccd: true, hasCard: true });
    const bornAbroad = makePerson(rng, registry, v.place, { age: 27, hasCccd: true, hasCard: true, province: 230 });
    insertAt(rng, entries, [
      { person: badDate, opts: { birth: 'invalid' } },
      { person: noDateAdult, opts: { birth: 'blank' } },
      { person: noDateChild, opts: { birth: 'blank' } },
      { person: bornAbroad, opts: { note: 'Đăng ký khai sinh ở nước ngoài' } },
    ]);
    return list(v.name, 'village', rng, {
      title: [VILLAGE_TITLE(v.name)],
      blankBeforeHeader: true,
      columns: columns([
        ['stt', 'STT'],
        ['fullName', 'Họ tên'],
        ['birthDate', 'Ngày sinh'],
        ['cccd', 'Số CCCD'],
        ['bhyt', 'Mã thẻ BHYT'],
        ['level2', 'Định danh mức 2'],
        ['activated', 'Đã kích hoạt'],
        ['integrated', 'Đã tích hợp BHYT vào SSKĐT'],
      ]),
      ...TOKENS.coKhong,
      birthDefault: (r) => (r.chance(0.7) ? 'date' : 'textPadded'),
      bhytDefault: (r) => (r.chance(0.8) ? 'card' : 'bhxh'),
      entries,
    });
  }

  // Thôn Giang Lố, its own file with one sheet "Sheet1": header on row 1, short headers ("Mức 2",
  // "Số BHYT"), bare years, and the whole CCCD column typed as numbers (every leading zero lost).
  function giangLo(): ListSheetPlan {
    const v = VILLAGES.giangLo;
    const rng = new Rng(seedOf(v.name));
    const persons = villagers(rng, registry, v, v.size);
    return list('Sheet1', 'village', rng, {
      title: [],
      blankBeforeHeader: false,
      columns: columns([
        ['stt', 'STT'],
        ['fullName', 'Họ và tên'],
        ['birthDate', 'Năm sinh'],
        ['cccd', 'Số CCCD'],
        ['bhyt', 'Số BHYT'],
        ['level2', 'Mức 2'],
        ['activated', 'Kích hoạt'],
        ['integrated', 'Tích hợp BHYT'],
      ]),
      ...TOKENS.x,
      cccdDefault: 'number',
      birthDefault: always<BirthMode>('year'),
      bhytDefault: (r) => (r.chance(0.5) ? 'card' : 'bhxhNumber'),
      entries: entriesOf(persons, new Map()),
    });
  }

  // ------------------------------------------------------------------------------------ units
  function staff(rng: Rng, unitPlace: Place, jobs: readonly (readonly [string, number])[], n: number, military = 0): Person[] {
    return Array.from({ length: n }, (_, i) => {
      const job = i === 0 ? jobs[0][0] : rng.weighted(jobs.slice(1));
      return makePerson(rng, registry, unitPlace, {
        age: rng.int(23, 58),
        male: job === 'Nữ hộ sinh' ? false : undefined,
        hasCccd: true,
        hasCard: true,
        cardContext: i < military ? 'military' : 'civil-servant',
        job,
      });
    });
  }

  // Trạm Y tế: header on row 1, "Có"/"Không", everybody integrated; the nurse who lives in TDP 1.
  function tramYTe(): ListSheetPlan {
    const rng = new Rng(seedOf('Trạm Y tế'));
    const persons = staff(rng, UNIT_PLACE.tramYTe, [['Trạm trưởng', 1], ['Y sĩ', 3], ['Điều dưỡng', 2], ['Nữ hộ sinh', 1], ['Dược sĩ', 1], ['Kế toán', 1]], 11);
    const entries = entriesOf(persons, new Map());
    entries.splice(4, 0, { person: nurse, opts: {} });
    return list('Trạm Y tế', 'unit', rng, {
      title: [],
      blankBeforeHeader: false,
      columns: columns([
        ['stt', 'STT'],
        ['fullName', 'Họ và tên'],
        ['job', 'Chức vụ'],
        ['birthDate', 'Ngày sinh'],
        ['sex', 'Giới tính'],
        ['cccd', 'Số CCCD'],
        ['bhyt', 'Mã thẻ BHYT'],
        ['level2', 'Định danh mức 2'],
        ['activated', 'Đã kích hoạt'],
        ['integrated', 'Đã tích hợp BHYT vào SSKĐT'],
      ]),
      ...TOKENS.coKhong,
      birthDefault: always<BirthMode>('date'),
      bhytDefault: always<BhytMode>('card'),
      entries,
    });
  }

  // Trường THCS Bờ Y: two title rows and a blank row; "Số định danh cá nhân"; "x"; the teacher who lives in Thôn Bờ Y.
  function thcs(): ListSheetPlan {
    const rng = new Rng(seedOf('Trường THCS Bờ Y'));
    const persons = staff(rng, UNIT_PLACE.thcs, [['Hiệu trưởng', 1], ['Phó Hiệu trưởng', 1], ['Giáo viên', 14], ['Kế toán', 1], ['Nhân viên thiết bị', 1], ['Bảo vệ', 1]], 37);
    const entries = entriesOf(persons, new Map());
    insertAt(rng, entries, [{ person: teacher, opts: {} }]);
    return list('Trường THCS Bờ Y', 'unit', rng, {
      title: ['TRƯỜNG THCS BỜ Y', 'DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN TÍCH HỢP BHYT VÀO SSKĐT'],
      blankBeforeHeader: true,
      columns: columns([
        ['stt', 'TT'],
        ['fullName', 'Họ và tên'],
        ['job', 'Chức vụ'],
        ['birthDate', 'Ngày sinh'],
        ['cccd', 'Số định danh cá nhân'],
        ['bhyt', 'Mã thẻ BHYT'],
        ['level2', 'TK định danh mức 2'],
        ['activated', 'Kích hoạt'],
        ['integrated', 'Tích hợp BHYT vào SSKĐT'],
      ]),
      ...TOKENS.x,
      birthDefault: (r) => (r.chance(0.9) ? 'date' : 'textPadded'),
      bhytDefault: always<BhytMode>('card'),
      entries,
    });
  }

  // UBND xã: a "Năm sinh" header over full dates; "Mã số BHXH"; "Đã"/"Chưa".
  function ubnd(): ListSheetPlan {
    const rng = new Rng(seedOf('UBND xã'));
    const persons = staff(
      rng,
      UNIT_PLACE.ubnd,
      [
        ['Chủ tịch UBND', 1],
        ['Phó Chủ tịch UBND', 2],
        ['Công chức Văn phòng - Thống kê', 3],
        ['Công chức Tư pháp - Hộ tịch', 2],
        ['Công chức Địa chính - Xây dựng', 2],
        ['Công chức Tài chính - Kế toán', 2],
        ['Công chức Văn hóa - Xã hội', 3],
        ['Nhân viên hợp đồng', 2],
      ],
      26,
    );
    return list('UBND xã', 'unit', rng, {
      title: ['DANH SÁCH CÁN BỘ, CÔNG CHỨC UBND XÃ BỜ Y'],
      blankBeforeHeader: true,
      columns: columns([
        ['stt', 'STT'],
        ['fullName', 'Họ tên'],
        ['job', 'Chức vụ'],
        ['birthDate', 'Năm sinh'],
        ['cccd', 'Số CCCD'],
        ['bhyt', 'Mã số BHXH'],
        ['level2', 'Định danh mức 2'],
        ['activated', 'Đã kích hoạt'],
        ['integrated', 'Đã tích hợp BHYT'],
      ]),
      ...TOKENS.daChua,
      birthDefault: always<BirthMode>('date'),
      bhytDefault: always<BhytMode>('bhxh'),
      entries: entriesOf(persons, new Map()),
    });
  }

  // Ban Chỉ huy Quân sự xã: "✓"; two QN cards issued by the Ministry of Defence (97); the list has
  // no "Đã kích hoạt" column at all (one COLUMN_MISSING; the activation indicator has no figure for it, never 0%).
  function bchqs(): ListSheetPlan {
    const rng = new Rng(seedOf('Ban Chỉ huy Quân sự xã'));
    const persons = staff(rng, UNIT_PLACE.bchqs, [['Chỉ huy trưởng', 1], ['Chỉ huy phó', 2], ['Chính trị viên', 1], ['Thôn đội trưởng', 6], ['Dân quân thường trực', 4]], 14, 2);
    return list('Ban Chỉ huy Quân sự xã', 'unit', rng, {
      title: ['BAN CHỈ HUY QUÂN SỰ XÃ BỜ Y - DANH SÁCH TÍCH HỢP BHYT VÀO SSKĐT'],
      blankBeforeHeader: true,
      columns: columns([
        ['stt', 'STT'],
        ['fullName', 'Họ và tên'],
        ['job', 'Chức vụ'],
        ['birthDate', 'Ngày sinh'],
        ['cccd', 'Số CCCD'],
        ['bhyt', 'Mã thẻ BHYT'],
        ['level2', 'Định danh mức 2'],
        ['integrated', 'Tích hợp BHYT vào SSKĐT'],
      ]),
      ...TOKENS.tick,
      birthDefault: always<BirthMode>('date'),
      bhytDefault: always<BhytMode>('card'),
      entries: entriesOf(persons, new Map()),
    });
  }
}

type ListOptions = Partial<Omit<ListSheetPlan, 'type' | 'name' | 'kind' | 'rng'>> &
  Pick<ListSheetPlan, 'title' | 'columns' | 'yes' | 'no' | 'birthDefault' | 'bhytDefault' | 'entries'>;

function list(name: string, kind: ListSheetPlan['kind'], rng: Rng, o: ListOptions): ListSheetPlan {
  return {
    type: 'list',
    name,
    kind,
    rng,
    blankBeforeHeader: o.blankBeforeHeader ?? true,
    columnNumberRow: o.columnNumberRow ?? false,
    cccdDefault: o.cccdDefault ?? 'text',
    trailingNumbered: o.trailingNumbered ?? 0,
    totalsRow: o.totalsRow ?? false,
    title: o.title,
    columns: o.columns,
    yes: o.yes,
    no: o.no,
    birthDefault: o.birthDefault,
    bhytDefault: o.bhytDefault,
    entries: o.entries,
  };
}

function notesSheet(): NotesSheetPlan {
  return {
    type: 'notes',
    name: 'Hướng dẫn',
    lines: [
      'HƯỚNG DẪN NHẬP DANH SÁCH TÍCH HỢP THẺ BHYT VÀO SỔ SỨC KHỎE ĐIỆN TỬ',
      '(Thực hiện Kế hoạch số 1149/KH-UBND ngày 10/10/2025 của UBND xã Bờ Y)',
      '',
      '1. Mỗi thôn, tổ dân phố, cơ quan, đơn vị nhập danh sách của mình vào một trang tính riêng, tên trang tính là tên thôn hoặc đơn vị.',
      '2. Cột số CCCD và mã thẻ BHYT phải định dạng Văn bản (Text) trước khi nhập, để Excel không làm mất số 0 ở đầu.',
      '3. Các cột trạng thái: ghi "x" hoặc "Có" nếu đã thực hiện; để trống hoặc ghi "Chưa" nếu chưa thực hiện.',
      '4. Ngày sinh ghi theo dạng ngày/tháng/năm; nếu chỉ biết năm sinh thì ghi năm.',
      '5. Báo cáo về Công an xã (cơ quan thường trực Tổ công tác Đề án 06) trước 9 giờ 00 sáng thứ Hai hằng tuần.',
      '',
      'Số liệu trong tệp này là số liệu giả lập để minh họa, không phải thông tin của công dân thật.',
    ],
  };
}
