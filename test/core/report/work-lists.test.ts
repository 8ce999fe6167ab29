/**
 * The door-to-door work lists (ISSUE 11 §1) on a small commune made in code (test/helpers/work-lists.ts): who is still
 * to do, each once with every step open, by household or class, the guardian list of seed 001, a village with nothing
 * left, and only the last 4 characters of a CCCD or BHYT number.
 */
import { consolidate, consolidateWithWorkLists } from '../../../src/core/consolidate';
import { PRESETS } from '../../../src/core/campaign/presets';
import type { WorkList, WorkPerson } from '../../../src/core/report/work-lists';
import { AS_OF, BAN_PHO, COMMUNE, KHUOI_NGOA, NA_LAN, NA_LAN_HEADER, SCHOOL } from '../../helpers/work-lists';
import { bhytCard, cccd } from '../../helpers/lists';
import type { CellValue, Grid } from '../../../src/core/grid';

const BO_Y = PRESETS['bo-y-2025'];
const workListsOf = (grids: Grid[], only?: string[], campaign = BO_Y) => consolidateWithWorkLists({ grids, campaign, asOf: AS_OF }, only ? { only } : {}).workLists;
const listOf = (grids: Grid[], name: string) => workListsOf(grids).lists.find((l) => l.name === name) as WorkList;

/** A person as the tests write it: name, birth year, relation, phone, last 4 of CCCD and BHYT, steps. */
const who = (name: string, birthYear: number | null, steps: WorkPerson['steps'], more: Partial<WorkPerson> = {}): WorkPerson => ({
  name,
  birthYear,
  relation: '',
  phone: '',
  cccdLast4: '',
  bhytLast4: '',
  steps,
  ...more,
});

describe('the work lists of a commune (bo-y-2025, as of 27/10/2025)', () => {
  const work = workListsOf(COMMUNE);

  test('name the steps the campaign’s indicators define, in the order a team does them', () => {
    // Seed 000 §II.1 (level 2 of residents 14+ with a CCCD, its activation), §II.3 (BHYT integrated).
    expect(work.steps).toEqual(['level2', 'activated', 'integrated']);
  });

  test('list the villages first, then the units, in workbook order', () => {
    expect(work.lists.map((l) => [l.name, l.kind])).toEqual([
      ['Thôn Nà Lạn', 'village'],
      ['Thôn Bản Phố', 'village'],
      ['Thôn Khuổi Ngọa', 'village'],
      ['Trường THCS Bờ Y', 'unit'],
    ]);
  });

  test('group a list with a household column by household, in the order the list first names each, its head named', () => {
    const naLan = work.lists[0];
    expect(naLan.groups).toEqual([
      {
        label: { kind: 'household', number: '12', head: 'Lò Văn Hùng' },
        people: [
          who('Lò Thị Mai', 1975, ['activated', 'integrated'], { relation: 'Vợ', cccdLast4: '0002', bhytLast4: '0002' }),
          who('Lò Văn An', 2008, ['level2', 'integrated'], { relation: 'Con', cccdLast4: '0003', bhytLast4: '0003' }),
          // Aged 10, further down the list and back in hộ 12: no level-2 account is asked of her.
          who('Lò Thị Hoa', 2015, ['integrated'], { relation: 'Cháu', bhytLast4: '0005' }),
        ],
      },
      {
        label: { kind: 'household', number: '20', head: 'Hà Văn Tâm' },
        // Excel stored the phone as a number and dropped its 0.
        people: [who('Hà Văn Tâm', 1990, ['level2', 'integrated'], { relation: 'Chủ hộ', phone: '0987654321', cccdLast4: '0007', bhytLast4: '0007' })],
      },
    ]);
    expect(naLan).toMatchObject({ people: 4, guardianPeople: 1, households: 3, byStep: { level2: 2, activated: 1, integrated: 4 }, missingColumns: [] });
  });

  test('put people without a smartphone in a list of their own, to record their ID and BHYT for a guardian’s account (seed 001)', () => {
    expect(work.lists[0].guardian).toEqual([
      {
        label: { kind: 'household', number: '15', head: 'Vi Văn Bình' },
        // Her BHYT number is not on the list: the team records it; her integration waits for the guardian's account.
        people: [who('Vi Thị Lan', 1950, ['recordBhyt', 'guardianAccount'], { relation: 'Vợ', cccdLast4: '0006' })],
      },
    ]);
  });

  test('keep a list without household columns in its own order, a guardian’s ward apart with both numbers to record', () => {
    const banPho = work.lists[1];
    expect(banPho.groups).toEqual([
      {
        label: null,
        people: [
          who('Nông Văn Sáu', 1985, ['level2', 'integrated'], { cccdLast4: '0011', bhytLast4: '0011' }),
          who('Nông Thị Chín', 1999, ['integrated'], { cccdLast4: '0014', bhytLast4: '0014' }),
        ],
      },
    ]);
    expect(banPho.guardian).toEqual([{ label: null, people: [who('Nông Văn Tám', 1940, ['recordCccd', 'recordBhyt', 'guardianAccount'])] }]);
    expect(banPho).toMatchObject({ people: 2, guardianPeople: 1, households: 0 });
  });

  test('give a village with nothing left to do an empty list, not a missing one', () => {
    expect(work.lists[2]).toEqual({
      name: 'Thôn Khuổi Ngọa',
      kind: 'village',
      sheets: ['Thôn Khuổi Ngọa'],
      groups: [],
      guardian: [],
      people: 0,
      guardianPeople: 0,
      households: 0,
      byStep: {},
      missingColumns: [],
    });
  });

  test('make a school’s list by class: its students aged 14+ without a level-2 account (seed 000 §III.5), and the rest to integrate', () => {
    expect(work.lists[3].groups).toEqual([
      {
        label: { kind: 'class', name: '9A' },
        people: [who('Đinh Thị Nga', 2011, ['level2'], { cccdLast4: '0032', bhytLast4: '0032' }), who('Đinh Văn Tú', 2011, ['activated', 'integrated'], { cccdLast4: '0033', bhytLast4: '0033' })],
      },
      { label: { kind: 'class', name: '7B' }, people: [who('Đinh Thị Út', 2013, ['integrated'], { bhytLast4: '0034' })] },
    ]);
  });

  test('show a column for the relation and the phone because some person listed has one', () => {
    expect(work.columns).toEqual({ relation: true, phone: true });
    expect(workListsOf([BAN_PHO]).columns).toEqual({ relation: false, phone: false });
  });

  test('never carry a whole CCCD or BHYT number, only their last 4 characters (Decree 13/2023)', () => {
    const text = JSON.stringify(work);
    for (const grid of COMMUNE) {
      for (const row of grid.values) {
        for (const cell of row) if (typeof cell === 'string' && /^(\d{12}|GD4\d{12})$/.test(cell)) expect(text).not.toContain(cell);
      }
    }
    expect(text).toContain('"cccdLast4":"0002"');
  });

  test('give the report model exactly as consolidate does: the lists are never part of it (nor of the JSON)', () => {
    const { model } = consolidateWithWorkLists({ grids: COMMUNE, campaign: BO_Y, asOf: AS_OF });
    expect(model).toEqual(consolidate({ grids: COMMUNE, campaign: BO_Y, asOf: AS_OF }));
    expect(JSON.stringify(model)).not.toContain('Lò Thị Mai');
  });
});

describe('which people, and which villages', () => {
  test('list only the villages and units picked', () => {
    expect(workListsOf(COMMUNE, ['Thôn Bản Phố', 'Trường THCS Bờ Y']).lists.map((l) => l.name)).toEqual(['Thôn Bản Phố', 'Trường THCS Bờ Y']);
  });

  test('pick a village typed in other case, without diacritics, with extra spaces or an abbreviation, and say the names that are none', () => {
    const { workLists, pick } = consolidateWithWorkLists({ grids: COMMUNE, campaign: BO_Y, asOf: AS_OF }, { only: ['  THON   ban pho ', 'THCS Bờ Y', 'Thôn Bản Phố 2'] });
    expect(workLists.lists.map((l) => l.name)).toEqual(['Thôn Bản Phố', 'Trường THCS Bờ Y']);
    expect(pick).toEqual({ choices: ['Thôn Nà Lạn', 'Thôn Bản Phố', 'Thôn Khuổi Ngọa', 'Trường THCS Bờ Y'], unmatched: ['Thôn Bản Phố 2'] });
  });

  test('list a person once, with every step open, whatever indicators ask for the same step', () => {
    // Bờ Y's unit staff indicator (§III.1) and the residents' indicator (§II.3) both ask Đinh Văn Tú to integrate.
    const tu = listOf([SCHOOL], 'Trường THCS Bờ Y').groups[0].people[1];
    expect(tu.steps).toEqual(['activated', 'integrated']);
  });

  test('list a person a second village list repeats (the same CCCD) only on the first village’s list', () => {
    const copy: Grid = { sheet: 'Thôn Copy', values: [NA_LAN_HEADER, [1, 'Lò Văn An', 2008, cccd(2008, true, 3), bhytCard(3), 30, 'Chủ hộ', '', '', '', '', '']] };
    const lists = workListsOf([NA_LAN, copy]).lists;
    expect(lists.map((l) => [l.name, l.people])).toEqual([
      ['Thôn Nà Lạn', 4],
      ['Thôn Copy', 0],
    ]);
  });

  test('say which column a list lacks, when a step cannot be known without it', () => {
    const noActivation: Grid = {
      sheet: 'Thôn Pác Bó',
      values: [
        ['STT', 'Họ và tên', 'Năm sinh', 'Số CCCD', 'Định danh mức 2', 'Tích hợp BHYT'],
        [1, 'Ma Văn Một', 1980, cccd(1980, true, 41), 'x', ''],
      ],
    };
    const list = listOf([noActivation], 'Thôn Pác Bó');
    expect(list.missingColumns).toEqual(['Đã kích hoạt']);
    expect(list.groups[0].people.map((p) => p.steps)).toEqual([['integrated']]);
  });

  test('leave people without a smartphone out of a step the plan counts only for those who can do it (thuong-ninh-2026)', () => {
    const header = ['STT', 'Họ và tên', 'Năm sinh', 'Số CCCD', 'Mã thẻ BHYT', 'Định danh mức 2', 'Đã kích hoạt', 'SSKĐT', 'Người giám hộ'];
    const thon: Grid = {
      sheet: 'Thôn 1',
      values: [
        header,
        [1, 'Vi Văn Một', 1960, cccd(1960, true, 51), bhytCard(51), 'x', 'x', '', ''], // SSKĐT not shown
        [2, 'Vi Văn Hai', 1938, cccd(1938, true, 52), bhytCard(52), 'x', 'x', '', 'Vi Văn Ba'], // a guardian holds it
        [3, 'Vi Văn Bốn', 1970, cccd(1970, true, 54), bhytCard(54), 'x', 'x', 'x', ''], // done
      ],
    };
    const list = workListsOf([thon], undefined, PRESETS['thuong-ninh-2026']).lists[0];
    expect(list.groups).toEqual([{ label: null, people: [who('Vi Văn Một', 1960, ['sskdt'], { cccdLast4: '0051', bhytLast4: '0051' })] }]);
    expect(list.guardian).toEqual([{ label: null, people: [who('Vi Văn Hai', 1938, ['guardianAccount'], { cccdLast4: '0052', bhytLast4: '0052' })] }]);
    expect(JSON.stringify(list)).not.toContain('Vi Văn Ba');
  });

  test('read the head’s name from a "Chủ hộ" column, merged down the household or marked on the head’s own row', () => {
    const header = ['STT', 'Họ và tên', 'Năm sinh', 'Số CCCD', 'Chủ hộ', 'Định danh mức 2', 'Đã kích hoạt', 'Tích hợp BHYT'];
    const byName: Grid = {
      sheet: 'Xóm Trên',
      values: [
        header,
        [1, 'Sầm Văn Lực', 1960, cccd(1960, true, 61), 'Sầm Văn Lực', 'x', 'x', ''],
        [2, 'Sầm Thị Hoa', 1962, cccd(1962, false, 62), '', 'x', 'x', ''], // merged: the household above
        [3, 'Hà Thị Nhung', 1990, cccd(1990, false, 63), 'Hà Văn Cường', 'x', 'x', ''], // her head is done and not on the list
      ],
    };
    expect(listOf([byName], 'Xóm Trên').groups.map((g) => [g.label, g.people.map((p) => p.name)])).toEqual([
      [{ kind: 'household', number: null, head: 'Sầm Văn Lực' }, ['Sầm Văn Lực', 'Sầm Thị Hoa']],
      [{ kind: 'household', number: null, head: 'Hà Văn Cường' }, ['Hà Thị Nhung']],
    ]);
    const byMark: Grid = { ...byName, sheet: 'Xóm Dưới', values: [header, ...[['x', 1], ['', 2], ['x', 3]].map(([mark, i]) => [i, `Lường Văn ${i}`, 1970, cccd(1970, true, 70 + Number(i)), mark, 'x', 'x', ''])] };
    expect(listOf([byMark], 'Xóm Dưới').groups.map((g) => [g.label, g.people.map((p) => p.name)])).toEqual([
      [{ kind: 'household', number: null, head: 'Lường Văn 1' }, ['Lường Văn 1', 'Lường Văn 2']],
      [{ kind: 'household', number: null, head: 'Lường Văn 3' }, ['Lường Văn 3']],
    ]);
  });

  test('keep the households of one village out of the next on a commune’s combined list', () => {
    const header = ['STT', 'Họ và tên', 'Năm sinh', 'Số CCCD', 'Thôn', 'Số hộ', 'Định danh mức 2', 'Đã kích hoạt', 'Tích hợp BHYT'];
    const row = (i: number, village: string, household: CellValue) => [i, `Người ${i}`, 1980, cccd(1980, true, 90 + i), village, household, 'x', 'x', ''];
    const combined: Grid = { sheet: 'Danh sách xã', values: [header, row(1, 'Thôn A', 7), row(2, 'Thôn B', ''), row(3, 'Thôn A', ''), row(4, 'Thôn B', 9)] };
    const lists = workListsOf([combined]).lists;
    const households = (name: string) => lists.find((l) => l.name === name)?.groups.map((g) => [g.label?.kind === 'household' ? g.label.number : '?', g.people.map((p) => p.name)]);
    expect(households('Thôn A')).toEqual([['7', ['Người 1', 'Người 3']]]);
    // Người 2 is Thôn B's first row: no household above it in Thôn B, so one of her own.
    expect(households('Thôn B')).toEqual([
      [null, ['Người 2']],
      ['9', ['Người 4']],
    ]);
  });

  test('show a name as people read it: spaces made plain, NFD composed', () => {
    const thon: Grid = {
      sheet: 'Thôn Tên',
      values: [
        ['STT', 'Họ và tên', 'Năm sinh', 'Số CCCD', 'Định danh mức 2', 'Đã kích hoạt', 'Tích hợp BHYT'],
        [1, ' Lò  Thị\u00a0Mai ', 1980, cccd(1980, false, 95), 'x', 'x', ''],
        [2, 'Hà Văn Đức'.normalize('NFD'), 1981, cccd(1981, true, 96), 'x', 'x', ''],
      ],
    };
    expect(listOf([thon], 'Thôn Tên').groups[0].people.map((p) => p.name)).toEqual(['Lò Thị Mai', 'Hà Văn Đức']);
  });

  test('show a relation without what a cell adds after it (a name in brackets)', () => {
    const row = [1, 'Lò Thị Nhàn', 1990, cccd(1990, false, 81), bhytCard(81), 40, 'Con dâu (vợ Lò Văn Tài)', '', 'x', 'x', '', ''];
    const list = listOf([{ sheet: 'Thôn Dâu', values: [NA_LAN_HEADER, row] }], 'Thôn Dâu');
    expect(list.groups[0].people[0].relation).toBe('Con dâu');
    expect(JSON.stringify(list)).not.toContain('Lò Văn Tài');
  });

  test('count the people of a village with nothing to do as none left, also with the household columns', () => {
    expect(listOf([KHUOI_NGOA], 'Thôn Khuổi Ngọa').people).toBe(0);
    const done: Grid = { sheet: 'Thôn Xong', values: [NA_LAN_HEADER, [1, 'Lò Văn Hùng', 1970, cccd(1970, true, 1), bhytCard(1), 12, 'Chủ hộ', '', 'x', 'x', 'x', '']] };
    expect(listOf([done], 'Thôn Xong')).toMatchObject({ groups: [], guardian: [], people: 0, households: 0 });
  });
});
