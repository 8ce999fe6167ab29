/** ISSUE 10 §10: the abbreviations communes write in the names of their units are read. */
import { expandName, nameKey, shownPrefix } from '../../../src/core/text/names';

describe('expandName: a name with its abbreviations spelled out', () => {
  it.each([
    ['TYT xã Tri Tôn', 'tram y te xa tri ton'],
    ['Trạm YT Tri Tôn', 'tram y te tri ton'],
    ['Trạm Y tế xã Tri Tôn', 'tram y te xa tri ton'],
    ['UBND xã Bờ Y', 'uy ban nhan dan xa bo y'],
    ['Văn phòng UBND', 'van phong uy ban nhan dan'],
    ['BCHQS xã', 'ban chi huy quan su xa'],
    ['Ban CHQS xã', 'ban chi huy quan su xa'],
    ['CAX Bờ Y', 'cong an xa bo y'],
    ['CA xã', 'cong an xa'],
    ['THCS Kim Đồng', 'truong trung hoc co so kim dong'],
    ['Trường THCS Kim Đồng', 'truong trung hoc co so kim dong'],
    ['THPT Tri Tôn', 'truong trung hoc pho thong tri ton'],
    ['TH Kim Đồng', 'truong tieu hoc kim dong'],
    ['Trường TH&THCS Kim Đồng', 'truong tieu hoc trung hoc co so kim dong'],
    ['MN Hoa Sen', 'truong mam non hoa sen'],
    ['Trường Mầm non Hoa Sen', 'truong mam non hoa sen'],
  ])('reads "%s" as "%s"', (name, expanded) => {
    expect(expandName(name)).toBe(expanded);
  });

  it('leaves "TH" and "MN" alone where they do not start a school’s name', () => {
    expect(expandName('Thôn TH')).toBe('thon th');
    expect(expandName('Tổ MN')).toBe('to mn');
  });

  it('gives one key to the short and the long spelling of a unit', () => {
    expect(nameKey('TYT xã Tri Tôn')).toBe(nameKey('Trạm Y tế xã Tri Tôn'));
    expect(nameKey('Trạm YT xã Tri Tôn')).toBe(nameKey('TRẠM Y TẾ XÃ TRI TÔN'));
    expect(nameKey('UBND xã')).toBe(nameKey('Ủy ban nhân dân xã'));
    expect(nameKey('TH Kim Đồng')).toBe(nameKey('Trường Tiểu học Kim Đồng'));
    expect(nameKey('Thôn 1')).not.toBe(nameKey('Thôn 2'));
  });

  it('shows a campaign’s folded prefix as people write it', () => {
    expect(shownPrefix('tram y te')).toBe('Trạm Y tế');
    expect(shownPrefix('Trường')).toBe('Trường');
    expect(shownPrefix('phong van hoa')).toBe('phong van hoa');
  });
});
