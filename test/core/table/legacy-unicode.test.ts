/** Unicode hygiene in lists: decomposed text, invisible characters, look-alike digits. */
import { consolidate } from '../../../src/core/consolidate';
import type { Grid } from '../../../src/core/grid';
import { detectHeader } from '../../../src/core/table/header';
import { ReportModel } from '../../../src/core/report/model';
import { LIST_HEADER, campaignWith, cccd, letterOf, listGrid, type PersonRow } from '../../helpers/lists';

const run = (grids: Grid[]) => {
  const model = consolidate({ grids, campaign: campaignWith(), asOf: '2025-10-25' });
  ReportModel.parse(model);
  return model;
};
const codes = (model: ReturnType<typeof run>, code: string) => model.issues.filter((i) => i.code === code);
const person = (n: number, extra: Partial<PersonRow> = {}): PersonRow => ({
  name: `Người ${n}`,
  birth: '01/01/1980',
  cccd: cccd(1980, true, n),
  resident: 'x',
  ...extra,
});

describe('decomposed (NFD) and mixed text', () => {
  it('matches a header written in NFD, or half NFD, as the composed one', () => {
    const clean = detectHeader(listGrid('Thôn 1', []))?.columns;
    const nfd = LIST_HEADER.map((h) => h.normalize('NFD'));
    const mixed = LIST_HEADER.map((h, i) => (i % 2 === 0 ? h.normalize('NFD') : h));
    expect(detectHeader(listGrid('Thôn 1', [], { header: nfd }))?.columns).toEqual(clean);
    expect(detectHeader(listGrid('Thôn 1', [], { header: mixed }))?.columns).toEqual(clean);
  });

  it('reads NFD and mixed status words as the composed ones', () => {
    // NFD throughout, one word of each form, and ô + a combining grave: composed letter, decomposed tone.
    const words = ['Có'.normalize('NFD'), 'Đã'.normalize('NFD'), 'Đã'.normalize('NFD') + ' có', 'Rô\u0300i'];
    const model = run([listGrid('Thôn 1', words.map((w, i) => person(i + 1, { level2: w })))]);
    expect(codes(model, 'STATUS_UNRECOGNIZED')).toEqual([]);
    expect(model.entities[0].indicators.level2_registered).toMatchObject({ numerator: words.length });
  });

  it('shows names in NFC in the errors list', () => {
    const model = run([listGrid('Thôn 1', [person(1, { name: 'Nguyễn Thị Ánh'.normalize('NFD'), cccd: '123' })])]);
    expect(codes(model, 'CCCD_FORMAT')[0].person?.name).toBe('Nguyễn Thị Ánh'.normalize('NFC'));
  });
});

describe('invisible characters and spaces', () => {
  it('reads status words with zero-width, non-breaking and surrounding spaces, without a warning', () => {
    const words = ['C\u200bó', '\u00a0Có\u00a0', ' x ', '\ufeffCó', 'Có\u2060'];
    const model = run([listGrid('Thôn 1', words.map((w, i) => person(i + 1, { level2: w })))]);
    expect(model.issues).toEqual([]);
    expect(model.entities[0].indicators.level2_registered).toMatchObject({ numerator: words.length });
  });

  it('reads a CCCD with spaces, non-breaking spaces and zero-width characters, without a warning', () => {
    const model = run([listGrid('Thôn 1', [person(1, { cccd: `\u00a0${cccd(1980, true, 1).replace(/(\d{3})/g, '$1\u200b')} ` })])]);
    expect(model.issues).toEqual([]);
  });
});

describe('look-alike digits in ID columns', () => {
  it('reads full-width digits and O/l typed for 0/1, with a warning at the cell, and counts the person as having a CCCD', () => {
    const value = cccd(1980, true, 1);
    const wide = [...value].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    const model = run([listGrid('Thôn 1', [person(1, { cccd: wide }), person(2, { cccd: 'O' + cccd(1980, true, 2).slice(1), bhyt: '012345678O' })])]);
    const cleaned = codes(model, 'ID_CHARACTERS_CLEANED');
    expect(cleaned.map((i) => [i.row, i.column])).toEqual([
      [2, letterOf('Số CCCD')],
      [3, letterOf('Số CCCD')],
      [3, letterOf('Mã thẻ BHYT')],
    ]);
    expect(cleaned[0].message).toContain(value);
    expect(cleaned[0].person?.cccd).toBe(value); // as the police will type it into VNeID
    expect(cleaned[2].person?.bhyt).toBe('0123456780');
    expect(model.mismatches).toEqual([]); // repaired by the engine: the village corrects its list, not the police
    expect(codes(model, 'CCCD_FORMAT')).toEqual([]);
  });

  it('rejects a value where the letters are not clearly digits (the existing format error)', () => {
    const model = run([listGrid('Thôn 1', [person(1, { cccd: 'OOOO80000001' })])]);
    expect(codes(model, 'CCCD_FORMAT')).toHaveLength(1);
    expect(codes(model, 'ID_CHARACTERS_CLEANED')).toEqual([]);
  });
});
