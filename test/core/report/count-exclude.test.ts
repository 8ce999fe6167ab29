import type { ListedEntity } from '../../../src/core/table/listed-entity';
import { countIndicators } from '../../../src/core/report/count';
import { FLAG_BIT, People } from '../../../src/core/table/people';
import { parseCampaign } from '../../../src/core/campaign/load';
import { campaignWith } from '../../helpers/lists';
import { PERSON_FLAGS, type PersonFlag } from '../../../src/core/vocabulary';

const AS_OF = 20260626;

/** A People store and its duplicate marks from [entity, flags, birth yyyymmdd, duplicate] rows. */
function peopleOf(rows: readonly [number, readonly PersonFlag[], number, boolean?][]): { people: People; duplicate: Uint8Array } {
  const people = new People(rows.length);
  const duplicate = new Uint8Array(rows.length);
  for (const [entity, flags, birth, isDuplicate] of rows) {
    const i = people.count++;
    people.entity[i] = entity;
    people.flags[i] = flags.reduce((m, f) => m | FLAG_BIT[f], 0);
    people.birth[i] = birth;
    duplicate[i] = isDuplicate ? 1 : 0;
  }
  return { people, duplicate };
}

/** Only what countIndicators reads of a list. */
const listed = (index: number, kind: 'village' | 'unit', name: string, records: number) => ({ index, kind, name, records }) as ListedEntity;

const campaign = campaignWith({
  indicators: [
    {
      id: 'shown_excluding',
      label: { vi: 'Có SSKĐT', en: 'SSKĐT' },
      appliesTo: ['village', 'unit'],
      denominator: { flags: ['hasBhyt'], exclude: ['noSmartphone', 'guardian'] },
      numerator: { flags: ['sskdt'] },
      target: { op: '>=', value: 100 },
    },
    {
      id: 'shown_all',
      label: { vi: 'Có SSKĐT (mọi người)', en: 'SSKĐT (everyone)' },
      appliesTo: ['village', 'unit'],
      denominator: { flags: ['hasBhyt'] },
      numerator: { flags: ['sskdt'] },
      target: { op: '>=', value: 100 },
    },
    {
      // Adults only, and the numerator leaves out the guardians' accounts on its own.
      id: 'adults_own_account',
      label: { vi: 'Người lớn tự có SSKĐT', en: 'Adults with their own SSKĐT' },
      appliesTo: ['village'],
      denominator: { flags: [], minAge: 18 },
      numerator: { flags: ['sskdt'], exclude: ['guardian'] },
      target: { op: '>=', value: 50 },
    },
  ],
});

describe('countIndicators: populations with `exclude`', () => {
  const { people, duplicate } = peopleOf([
    [0, ['hasBhyt', 'sskdt'], 19500101],
    [0, ['hasBhyt'], 19500101],
    [0, ['hasBhyt', 'noSmartphone'], 19400101],
    [0, ['hasBhyt', 'guardian', 'sskdt'], 19400101], // SSKĐT through a guardian: out of the excluding denominator
    [0, ['hasBhyt', 'noSmartphone', 'guardian'], 19400101],
    [0, ['noSmartphone'], 20100101], // no BHYT, a child
    [0, ['hasBhyt', 'noSmartphone'], 19400101, true], // a duplicate: not counted at all
    [1, ['hasBhyt', 'sskdt', 'guardian'], 19600101],
    [1, ['hasBhyt', 'sskdt'], 19600101],
  ]);
  const counts = countIndicators(people, duplicate, [listed(0, 'village', 'Thôn 1', 7), listed(1, 'unit', 'Trạm Y tế', 2)], campaign, AS_OF);
  const value = (e: number, id: string) => [counts.entities[e][id].numerator, counts.entities[e][id].denominator];

  it('leaves out every person with any excluded flag', () => {
    expect(value(0, 'shown_excluding')).toEqual([1, 2]);
    expect(value(1, 'shown_excluding')).toEqual([1, 1]);
  });

  it('counts them without `exclude`', () => {
    expect(value(0, 'shown_all')).toEqual([2, 5]);
    expect(value(1, 'shown_all')).toEqual([2, 2]);
  });

  it('applies an exclusion on the numerator inside the denominator, with the age bound', () => {
    // Adults: the first five (the child is 16); with an SSKĐT of their own: only the first.
    expect(value(0, 'adults_own_account')).toEqual([1, 5]);
  });

  it('sums the totals exactly and decides met on the fraction', () => {
    expect(counts.totals.village.indicators.shown_excluding).toMatchObject({ numerator: 1, denominator: 2, percent: 50, met: false });
    expect(counts.totals.unit.indicators.shown_excluding).toMatchObject({ numerator: 1, denominator: 1, percent: 100, met: true });
  });

  it('counts the persons recorded without a smartphone and with a guardian, duplicates once', () => {
    expect(counts.recorded).toEqual([
      { noSmartphone: 3, guardian: 2 },
      { noSmartphone: 0, guardian: 1 },
    ]);
    expect(counts.totals.village).toMatchObject({ noSmartphone: 3, guardian: 2 });
    expect(counts.totals.unit).toMatchObject({ guardian: 1 });
    expect(counts.totals.unit.noSmartphone).toBeUndefined();
  });
});

describe('person flags', () => {
  it('fit the 16 bits of People.flags, each its own bit', () => {
    expect(PERSON_FLAGS.length).toBeLessThanOrEqual(16);
    const bits = PERSON_FLAGS.map((f) => FLAG_BIT[f]);
    expect(new Set(bits).size).toBe(PERSON_FLAGS.length);
    const people = new People(1);
    people.flags[0] = FLAG_BIT.noSmartphone | FLAG_BIT.guardian;
    expect(people.flags[0] & FLAG_BIT.guardian).toBe(FLAG_BIT.guardian);
    expect(people.flags[0] & FLAG_BIT.noSmartphone).toBe(FLAG_BIT.noSmartphone);
  });
});

describe('a campaign file with `exclude`', () => {
  const base = campaignWith();
  const withPopulation = (denominator: unknown) => ({ ...base, indicators: [{ ...base.indicators[0], denominator }] });

  it('accepts it, and leaves it out when not written', () => {
    const parsed = parseCampaign(withPopulation({ flags: ['hasBhyt'], exclude: ['noSmartphone', 'guardian'] }));
    expect(parsed.ok && parsed.campaign.indicators[0].source === 'persons' && parsed.campaign.indicators[0].denominator.exclude).toEqual(['noSmartphone', 'guardian']);
    const plain = parseCampaign(withPopulation({ flags: ['hasBhyt'] }));
    expect(plain.ok && plain.campaign.indicators[0].source === 'persons' && 'exclude' in plain.campaign.indicators[0].denominator).toBe(false);
  });

  it('reports a flag both required and excluded, and an unknown flag, where they are', () => {
    const both = parseCampaign(withPopulation({ flags: ['smartphone'], exclude: ['smartphone'] }));
    expect(both.ok).toBe(false);
    if (!both.ok) expect(both.problems.map((p) => p.path)).toEqual(['indicators[0].denominator.exclude']);
    const unknown = parseCampaign(withPopulation({ exclude: ['elderly'] }));
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.problems[0].path).toBe('indicators[0].denominator.exclude[0]');
  });
});
