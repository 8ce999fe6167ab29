import { AUTHORITY_LINES, blankDraft, BLANK_START, campaignFromDraft, draftFromCampaign, type SetupDraft } from '../../../src/core/campaign/setup';
import { PRESETS } from '../../../src/core/campaign/presets';
import type { Campaign } from '../../../src/core/campaign/schema';

const BO_Y = PRESETS['bo-y-2025'];

function saved(draft: SetupDraft, base = BLANK_START as Parameters<typeof campaignFromDraft>[1]): Campaign {
  const result = campaignFromDraft(draft, base);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.campaign;
}

/** A commune that is no preset, typed into the blank form. */
function baTo(): SetupDraft {
  const d = blankDraft();
  return {
    ...d,
    name: 'Đợt cao điểm tích hợp thẻ BHYT vào Sổ sức khỏe điện tử',
    supervising: 'UBND TỈNH QUẢNG NGÃI',
    body: 'ỦY BAN NHÂN DÂN XÃ BA TƠ',
    place: 'Ba Tơ',
    start: '02/03/2026',
    end: '30/04/2026',
    symbol: 'BC-UBND',
    authority: 'KT',
    signTop: AUTHORITY_LINES.KT[0],
    signTitle: AUTHORITY_LINES.KT[1],
    signer: 'Phạm Văn Tâm',
    recipients: 'UBND tỉnh (để b/c)\n\n  Công an tỉnh (để b/c)  \nLưu: VT, CAX',
    villages: 'Thôn Ba Tơ\nThôn Làng Mạ\n',
    units: 'Trạm Y tế xã',
    weekday: 5,
    time: '16:30',
    indicators: d.indicators.map((ind, i) => ({ ...ind, target: ['95', '90,5', '80'][i], deadline: i === 2 ? '15/04/2026' : '' })),
  };
}

describe('the set-up form as data', () => {
  test.each(Object.keys(PRESETS))('a preset opened in the form and saved unchanged is the same campaign (%s)', (id) => {
    expect(saved(draftFromCampaign(PRESETS[id]), PRESETS[id])).toEqual(PRESETS[id]);
  });

  test('a commune that is no preset makes its own header, villages, units, targets and weekly deadline from blank', () => {
    const c = saved(baTo());
    expect(c.id).toBe('ba-to-2026');
    expect(c.issuingBody).toEqual({ supervising: 'UBND TỈNH QUẢNG NGÃI', name: 'ỦY BAN NHÂN DÂN XÃ BA TƠ', place: 'Ba Tơ' });
    expect([c.start, c.end]).toEqual(['2026-03-02', '2026-04-30']);
    expect(c.report.signature).toEqual({ authority: 'KT', name: 'Phạm Văn Tâm' });
    expect(c.report.recipients).toEqual(['UBND tỉnh (để b/c)', 'Công an tỉnh (để b/c)', 'Lưu: VT, CAX']);
    expect(c.entities).toEqual([
      { sheet: 'Thôn Ba Tơ', kind: 'village' },
      { sheet: 'Thôn Làng Mạ', kind: 'village' },
      { sheet: 'Trạm Y tế xã', kind: 'unit' },
    ]);
    expect(c.reporting).toMatchObject({ weekday: 5, time: '16:30' });
    expect(c.indicators.map((i) => [i.target, i.deadline])).toEqual([
      [{ op: '>=', value: 95 }, undefined],
      [{ op: '>=', value: 90.5 }, undefined],
      [{ op: '>=', value: 80 }, '2026-04-15'],
    ]);
  });

  test('the blank form saved as it is says what is missing next to each field, targets included (no figure is guessed)', () => {
    const result = campaignFromDraft(blankDraft(), BLANK_START);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const key of ['name', 'body', 'place', 'start', 'end', 'indicators.0.target', 'indicators.1.target', 'indicators.2.target'] as const) {
      expect(result.errors[key]).toEqual({ vi: 'Hãy điền mục này.', en: 'Fill this in.' });
    }
  });

  test('what the schema refuses is put next to its field, in Vietnamese and English', () => {
    const result = campaignFromDraft({ ...baTo(), end: '01/03/2026', time: '9h', indicators: baTo().indicators.map((i, n) => (n === 1 ? { ...i, target: '120' } : i)) }, BLANK_START);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors['indicators.1.target']?.vi).toMatch(/100/);
    expect(result.errors['indicators.1.target']?.en).toMatch(/100/);
    const endOnly = campaignFromDraft({ ...baTo(), end: '01/03/2026' }, BLANK_START);
    expect(endOnly).toEqual({ ok: false, errors: { end: { vi: 'ngày kết thúc trước ngày bắt đầu (end is before start)', en: 'ngày kết thúc trước ngày bắt đầu (end is before start)' } } });
  });

  test('unreadable dates, times and levels are said in the form’s words; a too-long recipient names its line', () => {
    const result = campaignFromDraft({ ...baTo(), start: '31/02/2026', time: '25:00', indicators: baTo().indicators.map((i, n) => (n === 0 ? { ...i, target: 'cao', deadline: 'sớm' } : i)) }, BLANK_START);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.start?.vi).toContain('dd/mm/yyyy');
    expect(result.errors.time?.en).toContain('HH:mm');
    expect(result.errors['indicators.0.target']?.vi).toContain('từ 0 đến 100');
    expect(result.errors['indicators.0.deadline']?.vi).toContain('dd/mm/yyyy');
    const long = campaignFromDraft({ ...baTo(), recipients: `UBND tỉnh\n${'x'.repeat(501)}` }, BLANK_START);
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.errors.recipients?.vi).toMatch(/^Dòng 2: /);
  });

  test('a body that is no People’s Committee signs with its own two lines; a renamed or left-out sheet is kept', () => {
    const base = { ...BO_Y, entities: [{ sheet: 'Nháp', exclude: true }, { sheet: 'TYT', name: 'Trạm Y tế xã', kind: 'unit' as const }, { sheet: 'Thôn 1', kind: 'village' as const }] };
    const draft = { ...draftFromCampaign(base), signTop: 'TỔ TRƯỞNG', signTitle: 'CHỦ TỊCH UBND XÃ' };
    expect(draft.villages).toBe('Thôn 1');
    const c = saved(draft, base);
    expect(c.report.signature.lines).toEqual(['TỔ TRƯỞNG', 'CHỦ TỊCH UBND XÃ']);
    expect(c.entities).toEqual([{ sheet: 'Thôn 1', kind: 'village' }, { sheet: 'Nháp', exclude: true }, { sheet: 'TYT', name: 'Trạm Y tế xã', kind: 'unit' }]);
  });
});
